// Adam: momentum on the gradient plus RMSProp's per-coordinate scale, with both running
// averages corrected for their zero start (Kingma & Ba 2015, Algorithm 1).

/// Adam: bias-corrected first and second moment estimates.
///
///     m ← β₁·m + (1 − β₁)·g          m̂ = m / (1 − β₁ᵗ)
///     v ← β₂·v + (1 − β₂)·g²         v̂ = v / (1 − β₂ᵗ)
///     w ← w − η·m̂ / (√v̂ + ε)
///
/// ε is added to the bias-corrected √v̂, outside the root, as in the paper's Algorithm 1 and
/// PyTorch. On the first step m̂ = g and v̂ = g², so every coordinate moves by almost exactly
/// −η·sign(g) whatever the gradient's size. With `.decoupled` weight decay this is AdamW.
public struct Adam: Optimizer {
  /// The step size η (α in the paper).
  public var learningRate: Float
  /// Decay rate β₁ of the gradient average, in [0, 1). Fixed, since the bias correction
  /// 1 − β₁ᵗ assumes the same β₁ at every step.
  public let beta1: Float
  /// Decay rate β₂ of the squared-gradient average, in [0, 1). Fixed, like β₁.
  public let beta2: Float
  /// Added to √v̂ to keep the division finite.
  public var epsilon: Float
  /// Weight decay, applied only to parameters with `decays == true`.
  public var weightDecay: WeightDecay
  /// Number of steps taken since creation or `reset()`: t in the bias corrections.
  public private(set) var stepCount = 0
  /// β₁ᵗ and β₂ᵗ, kept as running products so no `pow` is needed.
  private var beta1Power: Float = 1
  private var beta2Power: Float = 1
  /// m then v, each `count` floats, per parameter.
  private var state = OptimizerState(slotsPerElement: 2)

  /// Adam with the paper's defaults for everything but the step size.
  public init(
    learningRate: Float = 0.001, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8,
    weightDecay: WeightDecay = .none
  ) {
    precondition(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1, "Adam: β₁, β₂ must be in [0, 1)")
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  /// Advances t and applies the bias-corrected Adam update to every parameter.
  public mutating func step(_ parameters: [Parameter]) {
    stepCount += 1
    beta1Power *= beta1
    beta2Power *= beta2
    let lr = learningRate, b1 = beta1, b2 = beta2, eps = epsilon
    let correction1 = 1 - beta1Power, correction2 = 1 - beta2Power
    state.update(parameters, learningRate: lr, weightDecay: weightDecay) { g, m, v in
      m = b1 * m + (1 - b1) * g
      v = b2 * v + (1 - b2) * g * g
      let mHat = m / correction1, vHat = v / correction2
      return -lr * mHat / (vHat.squareRoot() + eps)
    }
  }

  /// Clears both moment estimates and the step count.
  public mutating func reset() {
    state.reset()
    stepCount = 0
    beta1Power = 1
    beta2Power = 1
  }
}
