// Nesterov: momentum that looks ahead (Nesterov 1983), in the form Sutskever et al. (2013)
// made popular for deep learning, rewritten so that only the current weights are stored.

/// Nesterov accelerated gradient: the gradient is taken at the point momentum is about to reach.
///
/// The textbook form evaluates g at the look-ahead point w + μ·v. Following Sutskever et al.
/// (2013) and Bengio et al. (2013) we store the look-ahead weights themselves, so the gradient
/// of the current weights is the one needed and the step becomes
///
///     v ← μ·v − η·g
///     w ← w + μ·v − η·g        (using the new v)
///
/// which is the same update PyTorch applies with `nesterov=True` for a constant learning rate.
/// Compared with heavy ball (w ← w + v) the correction −η·g is applied twice over: once now and
/// once through the velocity, which damps oscillation in high-curvature directions.
public struct Nesterov: Optimizer {
  /// The step size η.
  public var learningRate: Float
  /// The momentum coefficient μ in [0, 1).
  public var momentum: Float
  /// Weight decay, applied only to parameters with `decays == true`.
  public var weightDecay: WeightDecay
  /// Velocity v per scalar parameter.
  private var state = OptimizerState(slotsPerElement: 1)

  /// Nesterov momentum with step size `learningRate` and coefficient `momentum` (μ).
  public init(learningRate: Float, momentum: Float = 0.9, weightDecay: WeightDecay = .none) {
    precondition(momentum >= 0 && momentum < 1, "Nesterov: μ must be in [0, 1), got \(momentum)")
    self.learningRate = learningRate
    self.momentum = momentum
    self.weightDecay = weightDecay
  }

  /// Applies v ← μ·v − η·g and w ← w + μ·v − η·g to every parameter.
  public mutating func step(_ parameters: [Parameter]) {
    let lr = learningRate, mu = momentum
    state.update(parameters, learningRate: lr, weightDecay: weightDecay) { g, velocity, _ in
      velocity = mu * velocity - lr * g
      return mu * velocity - lr * g
    }
  }

  /// Sets every velocity back to zero.
  public mutating func reset() {
    state.reset()
  }
}
