// LayerStatistics: what instrumentation records about one layer during a forward/backward
// pass — the numbers behind the vanishing/exploding-gradient and dead-ReLU lessons.

/// Measurements of one layer of a `Network` from the most recent instrumented pass.
///
/// Activation figures describe the layer's output over the batch; gradient figures come from
/// the backward pass. For a `Dense` layer the output gradient is ∂L/∂z, the error at the
/// pre-activation that backpropagation carries. Gradient norms are recorded only for layers
/// with parameters; other fields that do not apply to a layer stay 0.
public struct LayerStatistics: Equatable, Sendable {
  /// Mean of the layer's outputs over the batch and all units.
  public var mean: Float = 0
  /// Standard deviation of the layer's outputs over the batch and all units.
  public var deviation: Float = 0
  /// Sigmoid or tanh units saturated on every example of the batch. A sigmoid output counts
  /// as saturated below 0.01 or above 0.99 (σ′ < 0.0099, under 4 % of its peak 1/4); a tanh
  /// output when |y| > 0.99 (tanh′ < 0.02).
  public var saturatedUnits = 0
  /// Fraction of all (example, unit) outputs of a sigmoid/tanh layer that are saturated.
  public var saturatedFraction: Float = 0
  /// ReLU units whose output is zero on every example of the batch (they pass no gradient).
  public var deadUnits = 0
  /// ‖∂L/∂output‖ (Frobenius): for a `Dense` layer, ‖∂L/∂z‖.
  public var outputGradientNorm: Float = 0
  /// ‖∂L/∂W‖ of the layer's first parameter (its weight), as accumulated after backward.
  public var weightGradientNorm: Float = 0

  public init() {}
}
