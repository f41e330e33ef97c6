// Optimizer: the protocol every update rule conforms to, so an experiment can race SGD against
// Adam by swapping one value. The rules themselves live one per file beside this one.

/// A rule that moves parameters against their gradients.
///
/// Conforming types keep per-parameter state (velocities, moment estimates) keyed by position
/// in the list passed to `step`; pass the same parameters in the same order every time. The
/// state is allocated on the first step (and again only if the list's sizes change), so later
/// steps allocate nothing.
public protocol Optimizer: Sendable {
  /// The step size η. It may be changed between steps (schedules, learning-rate range tests).
  var learningRate: Float { get set }
  /// How weight decay is applied; only parameters with `decays == true` are affected.
  var weightDecay: WeightDecay { get set }
  /// Updates every parameter's `value` in place from its `grad`; gradients are left unchanged.
  mutating func step(_ parameters: [Parameter])
  /// Forgets all accumulated state (velocities, moments, step count), as if freshly made.
  mutating func reset()
}
