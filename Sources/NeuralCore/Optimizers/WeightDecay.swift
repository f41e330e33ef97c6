// WeightDecay: the two ways of shrinking weights toward zero, which coincide for plain SGD but
// not for adaptive methods (Loshchilov & Hutter 2019, "Decoupled Weight Decay Regularization").

/// How an optimizer applies weight decay to parameters whose `decays` flag is set.
public enum WeightDecay: Equatable, Sendable {
  /// No decay.
  case none
  /// Coupled L2 regularisation: λ·w is added to the gradient before the update rule sees it,
  /// exactly as if λ/2·‖w‖² were part of the loss. Adaptive methods then rescale it too.
  case l2(Float)
  /// Decoupled decay: the weight is shrunk by η·λ·w beside the update, bypassing momentum and
  /// adaptive scaling (with Adam this is AdamW).
  case decoupled(Float)

  /// The coefficient added to the gradient, per element: g + l2Coefficient · w.
  func l2Coefficient(for parameter: Parameter) -> Float {
    guard parameter.decays, case .l2(let lambda) = self else { return 0 }
    return lambda
  }

  /// The factor the old weight is multiplied by before the update is added: 1 − η·λ.
  func shrinkFactor(for parameter: Parameter, learningRate: Float) -> Float {
    guard parameter.decays, case .decoupled(let lambda) = self else { return 1 }
    return 1 - learningRate * lambda
  }
}
