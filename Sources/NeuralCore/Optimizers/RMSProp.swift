// RMSProp: AdaGrad with a leaky average instead of a sum, so the step size adapts to recent
// gradients and does not decay to zero (Tieleman & Hinton 2012, Coursera lecture 6.5).

/// RMSProp: s ← ρ·s + (1 − ρ)·g², then w ← w − η·g / (√s + ε).
///
/// ε is added after the square root (as in PyTorch), bounding the step by η·|g|/ε.
public struct RMSProp: Optimizer {
  /// The step size η.
  public var learningRate: Float
  /// The decay rate ρ of the squared-gradient average, in [0, 1).
  public var decay: Float
  /// Added to √s to keep the division finite.
  public var epsilon: Float
  /// Weight decay, applied only to parameters with `decays == true`.
  public var weightDecay: WeightDecay
  /// Running mean of squared gradients s per scalar parameter.
  private var state = OptimizerState(slotsPerElement: 1)

  /// RMSProp with step size `learningRate` and averaging rate `decay` (ρ).
  public init(
    learningRate: Float, decay: Float = 0.9, epsilon: Float = 1e-8, weightDecay: WeightDecay = .none
  ) {
    precondition(decay >= 0 && decay < 1, "RMSProp: ρ must be in [0, 1), got \(decay)")
    self.learningRate = learningRate
    self.decay = decay
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  /// Applies s ← ρ·s + (1 − ρ)·g² and w ← w − η·g / (√s + ε) to every parameter.
  public mutating func step(_ parameters: [Parameter]) {
    let lr = learningRate, rho = decay, eps = epsilon
    state.update(parameters, learningRate: lr, weightDecay: weightDecay) { g, mean, _ in
      mean = rho * mean + (1 - rho) * g * g
      return -lr * g / (mean.squareRoot() + eps)
    }
  }

  /// Clears the running averages.
  public mutating func reset() {
    state.reset()
  }
}
