// OptimizerName: the update rules the optimizers experiment can race, by the names its
// `optimizers` knob uses, each made with the textbook defaults for everything but η.

import NeuralCore

/// The optimizers the experiment can race.
enum OptimizerName: String, CaseIterable, Sendable {
  case sgd, momentum, adagrad, rmsprop, adam

  /// A fresh optimizer of this kind at step size `lr`, with the usual defaults for the rest
  /// (momentum 0.9; RMSProp decay 0.9; Adam β₁ 0.9, β₂ 0.999).
  func make(learningRate lr: Float) -> any Optimizer {
    switch self {
    case .sgd: SGD(learningRate: lr)
    case .momentum: Momentum(learningRate: lr, momentum: 0.9)
    case .adagrad: AdaGrad(learningRate: lr)
    case .rmsprop: RMSProp(learningRate: lr)
    case .adam: Adam(learningRate: lr)
    }
  }
}
