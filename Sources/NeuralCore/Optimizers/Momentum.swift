// Momentum: the heavy-ball method (Polyak 1964). A velocity accumulates past gradients, so
// steps grow along a consistent direction and cancel across the walls of a ravine.

/// Gradient descent with heavy-ball momentum: v ← μ·v − η·g, then w ← w + v.
///
/// With a constant gradient the step approaches −η·g / (1 − μ): momentum 0.9 behaves like a
/// ten-times larger learning rate along directions where the gradient keeps its sign.
public struct Momentum: Optimizer {
  /// The step size η.
  public var learningRate: Float
  /// The momentum coefficient μ in [0, 1): how much of the last velocity is kept.
  public var momentum: Float
  /// Weight decay, applied only to parameters with `decays == true`.
  public var weightDecay: WeightDecay
  /// Velocity v per scalar parameter.
  private var state = OptimizerState(slotsPerElement: 1)

  /// Heavy-ball momentum with step size `learningRate` and coefficient `momentum` (μ).
  public init(learningRate: Float, momentum: Float = 0.9, weightDecay: WeightDecay = .none) {
    precondition(momentum >= 0 && momentum < 1, "Momentum: μ must be in [0, 1), got \(momentum)")
    self.learningRate = learningRate
    self.momentum = momentum
    self.weightDecay = weightDecay
  }

  /// Applies v ← μ·v − η·g and w ← w + v to every parameter.
  public mutating func step(_ parameters: [Parameter]) {
    state.update(parameters, learningRate: learningRate, weightDecay: weightDecay,
                 rule: Rule(learningRate: learningRate, momentum: momentum))
  }

  /// v ← μ·v − η·g, returning v (the step), as a value so the update loop inlines it.
  private struct Rule: UpdateRule {
    let learningRate: Float
    let momentum: Float

    @inline(__always)
    func callAsFunction(
      _ g: OptimizerState.Lanes, _ velocity: inout OptimizerState.Lanes, _: inout OptimizerState.Lanes
    ) -> OptimizerState.Lanes {
      velocity = momentum * velocity - learningRate * g
      return velocity
    }
  }

  /// Sets every velocity back to zero.
  public mutating func reset() {
    state.reset()
  }
}
