// SGD: plain (stochastic) gradient descent, w ← w − η·g (Robbins & Monro 1951).

/// Plain gradient descent: each step moves every weight by −η times its gradient.
public struct SGD: Optimizer {
  /// The step size η.
  public var learningRate: Float
  /// Weight decay; for SGD the coupled and decoupled forms give the same update.
  public var weightDecay: WeightDecay
  private var state = OptimizerState(slotsPerElement: 0)

  /// Gradient descent with step size `learningRate`.
  public init(learningRate: Float, weightDecay: WeightDecay = .none) {
    self.learningRate = learningRate
    self.weightDecay = weightDecay
  }

  /// Applies w ← w − η·g to every parameter.
  public mutating func step(_ parameters: [Parameter]) {
    let lr = learningRate
    state.update(parameters, learningRate: lr, weightDecay: weightDecay) { g, _, _ in -lr * g }
  }

  /// SGD keeps no state; present for the protocol.
  public mutating func reset() {
    state.reset()
  }
}
