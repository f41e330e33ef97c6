// Optimizer update rules checked against steps worked out by hand, plus weight decay,
// learning-rate changes and reset.
import Testing
@testable import NeuralCore

/// A one-element parameter holding `value`, with gradient `grad`.
private func scalar(_ value: Float, grad: Float = 0, decays: Bool = true) -> Parameter {
  let p = Parameter(name: "w", rows: 1, cols: 1, value: [value], decays: decays)
  p.grad[0] = grad
  return p
}

/// Runs `optimizer` once per gradient in `grads` on a scalar starting at `start`; returns the
/// value after each step.
private func trajectory(_ optimizer: some Optimizer, start: Float, grads: [Float]) -> [Float] {
  var optimizer = optimizer
  let w = scalar(start)
  return grads.map { g in
    w.grad[0] = g
    optimizer.step([w])
    return w.value[0]
  }
}

private func expectClose(_ actual: [Float], _ expected: [Float], tolerance: Float = 1e-5,
                         sourceLocation: SourceLocation = #_sourceLocation) {
  #expect(actual.count == expected.count, sourceLocation: sourceLocation)
  for (a, e) in zip(actual, expected) {
    #expect(abs(a - e) <= tolerance, "got \(actual), expected \(expected)", sourceLocation: sourceLocation)
  }
}

@Suite struct OptimizerUpdateTests {
  @Test func sgdStepsAgainstTheGradient() {
    expectClose(trajectory(SGD(learningRate: 0.1), start: 1, grads: [0.5, -2]), [0.95, 1.15])
  }

  @Test func momentumSecondAndThirdStepsCarryVelocity() {
    // v1 = −0.1, w1 = 0.9; v2 = 0.9·(−0.1) − 0.1 = −0.19, w2 = 0.71; v3 = −0.271, w3 = 0.439.
    let path = trajectory(Momentum(learningRate: 0.1, momentum: 0.9), start: 1, grads: [1, 1, 1])
    expectClose(path, [0.9, 0.71, 0.439])
  }

  @Test func nesterovAppliesTheLookAheadCorrection() {
    // v1 = −0.1, w1 = 1 + 0.9·(−0.1) − 0.1 = 0.81; v2 = −0.19, w2 = 0.81 − 0.171 − 0.1 = 0.539.
    let path = trajectory(Momentum(learningRate: 0.1, momentum: 0.9, nesterov: true), start: 1, grads: [1, 1])
    expectClose(path, [0.81, 0.539])
  }

  @Test func adaGradDenominatorAccumulates() {
    // G = 1, 5, 6: steps 0.1·1/1, 0.1·2/√5, 0.1·1/√6.
    let path = trajectory(AdaGrad(learningRate: 0.1), start: 1, grads: [1, 2, 1])
    expectClose(path, [0.9, 0.9 - 0.2 / Float(5).squareRoot(), 0.9 - 0.2 / Float(5).squareRoot() - 0.1 / Float(6).squareRoot()])
  }

  @Test func rmsPropUsesALeakyAverage() {
    // s1 = 0.1, s2 = 0.19 with ρ = 0.9 and g = 1.
    let path = trajectory(RMSProp(learningRate: 0.01, decay: 0.9), start: 1, grads: [1, 1])
    let w1 = 1 - 0.01 / Float(0.1).squareRoot()
    expectClose(path, [w1, w1 - 0.01 / Float(0.19).squareRoot()])
  }

  @Test(arguments: [Float(1e-3), -5, 100, -1e4])
  func adamFirstStepIsMinusLearningRateTimesSign(gradient: Float) {
    let path = trajectory(Adam(learningRate: 0.1), start: 0, grads: [gradient])
    expectClose(path, [gradient > 0 ? -0.1 : 0.1], tolerance: 1e-5)
  }

  @Test func adamSecondStepUsesBiasCorrectedMoments() {
    // g = 1 then −1: m2 = −0.01, m̂2 = −0.01/0.19; v2 = 0.001999, v̂2 = 1; so w moves by +0.1·0.01/0.19.
    let path = trajectory(Adam(learningRate: 0.1), start: 0, grads: [1, -1])
    expectClose(path, [-0.1, -0.1 + 0.001 / 0.19])
  }

  @Test func gradientsAreLeftUnchanged() {
    let w = scalar(1, grad: 0.25)
    var adam = Adam(learningRate: 0.1, weightDecay: .l2(0.5))
    adam.step([w])
    #expect(w.grad == [0.25])
  }

  @Test func learningRateChangeIsHonouredOnTheNextStep() {
    var sgd = SGD(learningRate: 0.1)
    let w = scalar(1, grad: 1)
    sgd.step([w])
    sgd.learningRate = 0.5
    sgd.step([w])
    #expect(abs(w.value[0] - 0.4) < 1e-6)

    // Adam's steps are ±η on constant gradients, so a change shows directly.
    var adam = Adam(learningRate: 0.1)
    let u = scalar(0, grad: 3)
    adam.step([u])
    adam.learningRate = 0.01
    adam.step([u])
    #expect(abs(u.value[0] - (-0.11)) < 1e-5)
  }

  @Test func coupledDecayAppliesOnlyWhereDecaysIsSet() {
    var sgd = SGD(learningRate: 0.1, weightDecay: .l2(0.5))
    let weight = scalar(2, decays: true), bias = scalar(2, decays: false)
    sgd.step([weight, bias])
    // g = 0 + 0.5·2 = 1 for the weight; the bias has no gradient and no decay.
    #expect(abs(weight.value[0] - 1.9) < 1e-6)
    #expect(bias.value[0] == 2)
  }

  @Test func coupledDecayIsRescaledByAdamButDecoupledIsNot() {
    // Coupled: the decay term λw = 1 is the only gradient, so Adam's first step is −η·sign = −0.1.
    var coupled = Adam(learningRate: 0.1, weightDecay: .l2(0.5))
    let a = scalar(2)
    coupled.step([a])
    #expect(abs(a.value[0] - 1.9) < 1e-5)
    // Decoupled (AdamW): w ← (1 − ηλ)·w = 0.99·2, whatever the adaptive scale.
    var decoupled = Adam(learningRate: 0.1, weightDecay: .decoupled(0.1))
    let b = scalar(2), bias = scalar(2, decays: false)
    decoupled.step([b, bias])
    #expect(abs(b.value[0] - 1.98) < 1e-6)
    #expect(bias.value[0] == 2)
  }

  @Test func resetForgetsVelocity() {
    var momentum = Momentum(learningRate: 0.1, momentum: 0.9)
    let w = scalar(1, grad: 1)
    momentum.step([w])
    momentum.reset()
    momentum.step([w])
    // A fresh velocity gives a second step of −0.1, not −0.19.
    #expect(abs(w.value[0] - 0.8) < 1e-6)
  }

  @Test func stateFollowsEachParameterInAListOfDifferentSizes() {
    let big = Parameter(name: "W", rows: 2, cols: 3, value: [1, 2, 3, 4, 5, 6])
    let small = Parameter(name: "b", rows: 1, cols: 2, value: [1, 1], decays: false)
    big.grad = [1, 1, 1, 1, 1, 1]
    small.grad = [-1, 2]
    var momentum = Momentum(learningRate: 0.1, momentum: 0.5)
    momentum.step([big, small])
    momentum.step([big, small])
    // Each element moves by −0.1·g then −0.15·g, with its own velocity.
    expectClose(big.value, [0.75, 1.75, 2.75, 3.75, 4.75, 5.75])
    expectClose(small.value, [1.25, 0.5])
  }

  static let rules: [any Optimizer] = [
    SGD(learningRate: 0.1, weightDecay: .l2(0.1)),
    Momentum(learningRate: 0.1, weightDecay: .decoupled(0.1)),
    Momentum(learningRate: 0.1, nesterov: true),
    AdaGrad(learningRate: 0.1, weightDecay: .l2(0.3)),
    RMSProp(learningRate: 0.1),
    Adam(learningRate: 0.1, weightDecay: .decoupled(0.2)),
  ]

  /// Long parameters go eight elements at a time with a padded tail; every element must move
  /// exactly as it would alone.
  @Test(arguments: 0..<rules.count)
  func longParametersUpdateElementByElement(index: Int) {
    let count = 19
    var rng = RandomSource(seed: 9)
    let start = (0..<count).map { _ in rng.uniform(-2, 2) }
    let grads = (0..<3).map { _ in (0..<count).map { _ in rng.uniform(-1, 1) } }
    var together = Self.rules[index]
    let long = Parameter(name: "long", rows: 1, cols: count, value: start)
    for g in grads {
      long.grad = g
      together.step([long])
    }
    for i in 0..<count {
      let alone = trajectory(Self.rules[index], start: start[i], grads: grads.map { $0[i] })
      #expect(abs(long.value[i] - alone[2]) <= 1e-6, "element \(i)")
    }
  }
}
