// AdaGrad: per-coordinate learning rates from the running sum of squared gradients
// (Duchi, Hazan & Singer 2011). Rare features keep large steps; the steps of all shrink forever.

/// AdaGrad: G ← G + g², then w ← w − η·g / (√G + ε).
///
/// ε is added after the square root, so it bounds the step by η·|g|/ε when G is tiny.
/// Because G only grows, the effective learning rate decays like 1/√t — the weakness RMSProp fixes.
public struct AdaGrad: Optimizer {
  /// The step size η.
  public var learningRate: Float
  /// Added to √G to keep the division finite.
  public var epsilon: Float
  /// Weight decay, applied only to parameters with `decays == true`.
  public var weightDecay: WeightDecay
  /// Accumulated squared gradient G per scalar parameter.
  private var state = OptimizerState(slotsPerElement: 1)

  /// AdaGrad with step size `learningRate`.
  public init(learningRate: Float, epsilon: Float = 1e-8, weightDecay: WeightDecay = .none) {
    self.learningRate = learningRate
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  /// Applies G ← G + g² and w ← w − η·g / (√G + ε) to every parameter.
  public mutating func step(_ parameters: [Parameter]) {
    let lr = learningRate, eps = epsilon
    state.update(parameters, learningRate: lr, weightDecay: weightDecay) { g, sum, _ in
      sum += g * g
      return -lr * g / (sum.squareRoot() + eps)
    }
  }

  /// Clears the accumulated squared gradients.
  public mutating func reset() {
    state.reset()
  }
}
