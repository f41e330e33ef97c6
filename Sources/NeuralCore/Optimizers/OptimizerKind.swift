// OptimizerKind: the update rules by name, so an experiment's "optimizer" knob can list them
// and build a fresh one with the lesson's usual hyperparameters.

/// The optimizers of the course, as a choice a learner can make.
public enum OptimizerKind: String, CaseIterable, Sendable {
  case sgd, momentum, nesterov, adaGrad, rmsProp, adam

  /// The name shown beside a knob or in a chart's legend.
  public var displayName: String {
    switch self {
    case .sgd: return "SGD"
    case .momentum: return "Momentum"
    case .nesterov: return "Nesterov"
    case .adaGrad: return "AdaGrad"
    case .rmsProp: return "RMSProp"
    case .adam: return "Adam"
    }
  }

  /// A fresh optimizer of this kind with step size `learningRate`, momentum μ = `momentum`
  /// where it applies, and each method's customary defaults otherwise (ρ = 0.9 for RMSProp;
  /// β₁ = 0.9, β₂ = 0.999 for Adam; ε = 1e-8).
  public func make(learningRate: Float, momentum: Float = 0.9, weightDecay: WeightDecay = .none) -> any Optimizer {
    switch self {
    case .sgd: return SGD(learningRate: learningRate, weightDecay: weightDecay)
    case .momentum: return Momentum(learningRate: learningRate, momentum: momentum, weightDecay: weightDecay)
    case .nesterov: return Momentum(learningRate: learningRate, momentum: momentum, nesterov: true, weightDecay: weightDecay)
    case .adaGrad: return AdaGrad(learningRate: learningRate, weightDecay: weightDecay)
    case .rmsProp: return RMSProp(learningRate: learningRate, weightDecay: weightDecay)
    case .adam: return Adam(learningRate: learningRate, weightDecay: weightDecay)
    }
  }
}
