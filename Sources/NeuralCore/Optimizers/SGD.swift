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
    state.update(parameters, learningRate: learningRate, weightDecay: weightDecay, rule: Rule(learningRate: learningRate))
  }

  /// −η·g, as a value so the update loop inlines it.
  private struct Rule: UpdateRule {
    let learningRate: Float

    @inline(__always)
    func callAsFunction(_ g: OptimizerState.Lanes, _: inout OptimizerState.Lanes, _: inout OptimizerState.Lanes) -> OptimizerState.Lanes {
      -learningRate * g
    }
  }

  /// SGD keeps no state; present for the protocol.
  public mutating func reset() {
    state.reset()
  }
}
