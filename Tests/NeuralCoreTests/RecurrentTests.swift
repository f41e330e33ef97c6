// The tanh recurrent layer: a hand-computed step, BPTT against finite differences, the
// orthogonal recurrent initialisation, and gradients vanishing or exploding with its scale.
import Testing
@testable import NeuralCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct RecurrentTests {
  private func randomSequence(steps: Int, batch: Int, features: Int, deviation: Float = 1,
                              rng: inout RandomSource) -> [Matrix] {
    (0..<steps).map { _ in
      Matrix(rows: batch, cols: features, data: (0..<(batch * features)).map { _ in rng.gaussian(mean: 0, deviation: deviation) })
    }
  }

  @Test func forwardMatchesAHandComputedRecurrence() {
    var rng = RandomSource(seed: 1)
    let rnn = Recurrent(inputSize: 1, hiddenSize: 1, rng: &rng)
    rnn.inputWeight.value = [0.5]
    rnn.recurrentWeight.value = [2]
    rnn.bias.value = [0.1]
    let final = rnn.forward([Matrix([[1]]), Matrix([[-1]])])
    let h1 = tanhf(0.5 + 0.1)
    let h2 = tanhf(-0.5 + 2 * h1 + 0.1)
    #expect(abs(rnn.states[1].data[0] - h1) < 1e-6)
    #expect(abs(final.data[0] - h2) < 1e-6)
    #expect(rnn.states[0].data == [0])
  }

  @Test func backpropagationThroughTimeMatchesFiniteDifferences() {
    var rng = RandomSource(seed: 2)
    let (steps, batch, hidden, features) = (5, 2, 4, 3)
    let rnn = Recurrent(inputSize: features, hiddenSize: hidden, recurrentScale: 0.9, rng: &rng)
    for i in 0..<hidden { rnn.bias.value[i] = rng.uniform(-0.5, 0.5) }
    var sequence = randomSequence(steps: steps, batch: batch, features: features, rng: &rng)
    var h0 = randomSequence(steps: 1, batch: batch, features: hidden, deviation: 0.5, rng: &rng)[0]
    // L = Σₜ Σ rₜ ⊙ hₜ, so ∂L/∂hₜ = rₜ arrives at every step.
    let r = randomSequence(steps: steps, batch: batch, features: hidden, rng: &rng)
    func loss() -> Double {
      rnn.forward(sequence, initialState: h0)
      var total = 0.0
      for t in 1...steps {
        for (h, w) in zip(rnn.states[t].data, r[t - 1].data) { total += Double(h) * Double(w) }
      }
      return total
    }
    rnn.forward(sequence, initialState: h0)
    let inputGradients = rnn.backward(stateGradients: r)
    let h0Gradient = rnn.initialStateGradient.data
    for p in rnn.parameters {
      let analytic = p.grad
      var values = p.value
      let numeric = GradientCheck.numeric(&values) { v in
        p.value = v
        return loss()
      }
      p.value = values
      #expect(GradientCheck.relativeError(analytic, numeric) < 1e-2, "\(p.name)")
    }
    for t in [0, steps - 1] {
      var xs = sequence[t].data
      let numeric = GradientCheck.numeric(&xs) { v in
        sequence[t].data = v
        return loss()
      }
      sequence[t].data = xs
      #expect(GradientCheck.relativeError(inputGradients[t].data, numeric) < 1e-2, "x\(t + 1)")
    }
    var initial = h0.data
    let numeric = GradientCheck.numeric(&initial) { v in
      h0.data = v
      return loss()
    }
    #expect(GradientCheck.relativeError(h0Gradient, numeric) < 1e-2, "h0")
  }

  @Test func finalStateGradientEqualsZeroGradientsBeforeTheLastStep() {
    var rng = RandomSource(seed: 3)
    let rnn = Recurrent(inputSize: 2, hiddenSize: 3, rng: &rng)
    let sequence = randomSequence(steps: 4, batch: 2, features: 2, rng: &rng)
    let g = randomSequence(steps: 1, batch: 2, features: 3, rng: &rng)[0]
    rnn.forward(sequence)
    let viaFinal = rnn.backward(finalStateGradient: g).map(\.data)
    let gradsViaFinal = rnn.parameters.map(\.grad)
    let normsViaFinal = rnn.stateGradientNorms
    for p in rnn.parameters { p.zeroGrad() }
    let zeros = Matrix(rows: 2, cols: 3)
    let viaAll = rnn.backward(stateGradients: [zeros, zeros, zeros, g]).map(\.data)
    #expect(viaFinal == viaAll)
    #expect(gradsViaFinal == rnn.parameters.map(\.grad))
    #expect(normsViaFinal == rnn.stateGradientNorms)
    // The norm at the last step is just the gradient given there.
    let gNorm = g.data.reduce(0) { $0 + $1 * $1 }.squareRoot()
    #expect(abs(normsViaFinal[4] - gNorm) < 1e-5)
  }

  @Test func recurrentWeightIsScaledOrthogonal() {
    var rng = RandomSource(seed: 4)
    let rnn = Recurrent(inputSize: 2, hiddenSize: 6, recurrentScale: 1.5, rng: &rng)
    let w = Matrix(rows: 6, cols: 6, data: rnn.recurrentWeight.value)
    let gram = Matrix.product(w, w, transposeA: true)
    for i in 0..<6 {
      for j in 0..<6 { #expect(abs(gram[i, j] - (i == j ? 2.25 : 0)) < 1e-4) }
    }
    rnn.resetRecurrentWeight(scale: 0.5, rng: &rng)
    let v = Matrix(rows: 6, cols: 6, data: rnn.recurrentWeight.value)
    #expect(abs(Matrix.product(v, v, transposeB: true)[3, 3] - 0.25) < 1e-5)
  }

  /// ‖∂L/∂h₀‖ relative to ‖∂L/∂h_T‖ after `steps` steps back, for a given recurrent scale.
  private func gradientRatio(scale: Float, steps: Int) -> Float {
    var rng = RandomSource(seed: 5)
    let rnn = Recurrent(inputSize: 4, hiddenSize: 32, recurrentScale: scale, rng: &rng)
    let sequence = randomSequence(steps: steps, batch: 1, features: 4, deviation: 0.1, rng: &rng)
    rnn.forward(sequence)
    let g = randomSequence(steps: 1, batch: 1, features: 32, rng: &rng)[0]
    rnn.backward(finalStateGradient: g)
    return rnn.stateGradientNorms[0] / rnn.stateGradientNorms[steps]
  }

  @Test func gradientVanishesForSmallScaleAndExplodesForLargeScale() {
    let small = gradientRatio(scale: 0.5, steps: 40)
    let large = gradientRatio(scale: 3, steps: 40)
    // tanh′ ≤ 1 bounds the small case by 0.5⁴⁰ ≈ 1e-12.
    #expect(small < 1e-10)
    #expect(large > 1e3, "ratio \(large)")
  }
}
