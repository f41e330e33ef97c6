// Momentum: the heavy-ball method (Polyak 1964) and its look-ahead variant, Nesterov momentum
// (Nesterov 1983; Sutskever et al. 2013). A velocity accumulates past gradients, so steps grow
// along a consistent direction and cancel across the walls of a ravine.

/// Gradient descent with momentum: heavy ball, or Nesterov's look-ahead with `nesterov: true`.
///
/// Heavy ball: v ← μ·v − η·g, then w ← w + v. With a constant gradient the step approaches
/// −η·g / (1 − μ): momentum 0.9 behaves like a ten-times larger learning rate along directions
/// where the gradient keeps its sign.
///
/// Nesterov takes the gradient at the point momentum is about to reach, w + μ·v. Following
/// Sutskever et al. (2013) and Bengio et al. (2013) we store the look-ahead weights themselves,
/// so the gradient of the current weights is the one needed and the step becomes
///
///     v ← μ·v − η·g
///     w ← w + μ·v − η·g        (using the new v)
///
/// which is the update PyTorch applies with `nesterov=True` for a constant learning rate.
/// Compared with heavy ball the correction −η·g is applied twice over: once now and once
/// through the velocity, which damps oscillation in high-curvature directions.
public struct Momentum: Optimizer {
  /// The step size η.
  public var learningRate: Float
  /// The momentum coefficient μ in [0, 1): how much of the last velocity is kept.
  public var momentum: Float
  /// Whether the step looks ahead (Nesterov) instead of following the velocity (heavy ball).
  public var nesterov: Bool
  /// Weight decay, applied only to parameters with `decays == true`.
  public var weightDecay: WeightDecay
  /// Velocity v per scalar parameter.
  private var state = OptimizerState(slotsPerElement: 1)

  /// Momentum with step size `learningRate` and coefficient `momentum` (μ); heavy ball unless
  /// `nesterov` is true.
  public init(learningRate: Float, momentum: Float = 0.9, nesterov: Bool = false, weightDecay: WeightDecay = .none) {
    precondition(momentum >= 0 && momentum < 1, "Momentum: μ must be in [0, 1), got \(momentum)")
    self.learningRate = learningRate
    self.momentum = momentum
    self.nesterov = nesterov
    self.weightDecay = weightDecay
  }

  /// Applies v ← μ·v − η·g, then w ← w + v (heavy ball) or w ← w + μ·v − η·g (Nesterov), to
  /// every parameter.
  public mutating func step(_ parameters: [Parameter]) {
    let rule = Rule(learningRate: learningRate, momentum: momentum, nesterov: nesterov)
    state.update(parameters, learningRate: learningRate, weightDecay: weightDecay, rule: rule)
  }

  /// v ← μ·v − η·g, returning the step (v, or μ·v − η·g for Nesterov), as a value so the update
  /// loop inlines it.
  private struct Rule: UpdateRule {
    let learningRate: Float
    let momentum: Float
    let nesterov: Bool

    @inline(__always)
    func callAsFunction(
      _ g: OptimizerState.Lanes, _ velocity: inout OptimizerState.Lanes, _: inout OptimizerState.Lanes
    ) -> OptimizerState.Lanes {
      velocity = momentum * velocity - learningRate * g
      return nesterov ? momentum * velocity - learningRate * g : velocity
    }
  }

  /// Sets every velocity back to zero.
  public mutating func reset() {
    state.reset()
  }
}
