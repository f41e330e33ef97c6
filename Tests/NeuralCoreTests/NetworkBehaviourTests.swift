// The textbook results the lessons show: inverted dropout keeps the expectation, He init keeps
// activations flat through depth, deep sigmoid nets lose their gradient geometrically, and the
// instrumentation counts dead and saturated units.
import Testing
@testable import NeuralCore

@Suite struct NetworkBehaviourTests {
  @Test func invertedDropoutKeepsTheExpectation() {
    let dropout = Dropout(rate: 0.5, size: 100, rng: RandomSource(seed: 1))
    let input = Matrix(rows: 200, cols: 100, repeating: 3)
    let trained = dropout.forward(input, training: true)
    let mean = trained.data.reduce(0, +) / Float(trained.count)
    #expect(abs(mean - 3) < 0.05)
    #expect(trained.data.allSatisfy { $0 == 0 || $0 == 6 })
    let zeros = trained.data.filter { $0 == 0 }.count
    #expect(abs(Float(zeros) / Float(trained.count) - 0.5) < 0.02)
    #expect(dropout.forward(input, training: false) == input)
  }

  @Test func dropoutMasksChangeEveryStepButFollowTheSeed() {
    let a = Dropout(rate: 0.3, size: 50, rng: RandomSource(seed: 4))
    let b = Dropout(rate: 0.3, size: 50, rng: RandomSource(seed: 4))
    let input = Matrix(rows: 4, cols: 50, repeating: 1)
    let first = a.forward(input, training: true)
    #expect(first == b.forward(input, training: true))
    #expect(first != a.forward(input, training: true))
  }

  /// Standard deviation of the activations after each ReLU in a 20-layer, 64-wide net.
  func reluDeviations(_ initializer: Initializer) -> [Float] {
    var rng = RandomSource(seed: 2)
    let net = Network.multilayerPerceptron(
      sizes: Array(repeating: 64, count: 21), hidden: .relu, initializer: initializer, rng: &rng)
    net.recordsActivations = true
    let x = Matrix(rows: 128, cols: 64, data: (0..<(128 * 64)).map { _ in rng.gaussian(mean: 0, deviation: 1) })
    _ = net.forward(x, training: false)
    return zip(net.layers, net.statistics).compactMap { $0 is ActivationLayer ? $1.deviation : nil }
  }

  @Test func heInitKeepsReLUActivationsFlatWhileOthersExplodeOrVanish() {
    let he = reluDeviations(.he)
    #expect(he.count == 19)
    let ratio = (he.last ?? 0) / (he.first ?? 1)
    #expect(ratio > 0.25 && ratio < 4, "He: first \(he.first ?? 0), last \(he.last ?? 0)")
    let unit = reluDeviations(.normal(deviation: 1))
    #expect((unit.last ?? 0) / (unit.first ?? 1) > 1e10)
    let small = reluDeviations(.normal(deviation: 0.01))
    #expect((small.last ?? 1) / (small.first ?? 1) < 1e-10)
  }

  @Test func deepSigmoidGradientShrinksGeometricallyTowardTheInput() {
    var rng = RandomSource(seed: 3)
    let net = Network.multilayerPerceptron(
      sizes: [2] + Array(repeating: 32, count: 10) + [1], hidden: .sigmoid, initializer: .standardUniform, rng: &rng)
    net.recordsGradients = true
    let x = Matrix(rows: 64, cols: 2, data: (0..<128).map { _ in rng.uniform(-1, 1) })
    let y = Matrix(rows: 64, cols: 1, data: (0..<64).map { x[$0, 0] * x[$0, 1] > 0 ? 1 : 0 })
    var gradient = Matrix(rows: 0, cols: 0)
    _ = BinaryCrossEntropyWithLogits().evaluate(net.forward(x, training: true), y, gradient: &gradient)
    net.backward(gradient)
    let norms = zip(net.layers, net.statistics).compactMap { $0 is Dense ? $1.outputGradientNorm : nil }
    #expect(norms.count == 11)
    // Toward the input every layer's ‖∂L/∂z‖ is smaller than the next one's, by a factor near
    // σ′ ≤ 1/4 times the weight scale.
    for (lower, upper) in zip(norms.dropLast(), norms.dropFirst().dropFirst()) {
      #expect(lower < upper)
    }
    let ratios = zip(norms.dropFirst().dropLast(), norms.dropFirst(2)).map { $0 / $1 }
    #expect(ratios.allSatisfy { $0 < 0.5 }, "\(ratios)")
    #expect(norms[0] / norms[9] < 1e-4)
    let weightNorms = zip(net.layers, net.statistics).compactMap { $0 is Dense ? $1.weightGradientNorm : nil }
    #expect(weightNorms[0] < weightNorms[9])
  }

  @Test func instrumentationCountsDeadAndSaturatedUnits() {
    var rng = RandomSource(seed: 5)
    let net = Network.multilayerPerceptron(sizes: [3, 4, 2], hidden: .relu, rng: &rng)
    net.recordsActivations = true
    if let first = net.layers.first as? Dense {
      // Units 0 and 1 get a bias so negative they never fire.
      first.bias.value = [-100, -100, 0, 0]
      first.weight.value = first.weight.value.map { abs($0) }
    }
    _ = net.forward(Matrix(rows: 5, cols: 3, repeating: 0.5), training: false)
    #expect(net.statistics[1].deadUnits == 2)

    let sigmoid = Network([ActivationLayer(.sigmoid, size: 3)])
    sigmoid.recordsActivations = true
    _ = sigmoid.forward(Matrix([[10, 0, -10], [10, 4, -10]]), training: false)
    #expect(sigmoid.statistics[0].saturatedUnits == 2)
    #expect(abs(sigmoid.statistics[0].saturatedFraction - 4.0 / 6) < 1e-6)
    let tanh = Network([ActivationLayer(.tanh, size: 2)])
    tanh.recordsActivations = true
    _ = tanh.forward(Matrix([[3, 2.5]]), training: false)
    #expect(tanh.statistics[0].saturatedUnits == 1)
    #expect(abs(tanh.statistics[0].mean - (Float(0.99505475) + 0.98661430) / 2) < 1e-5)
  }

  @Test func trainingReducesTheLoss() {
    var rng = RandomSource(seed: 6)
    let net = Network.multilayerPerceptron(sizes: [2, 8, 1], hidden: .tanh, initializer: .xavier, rng: &rng)
    let x = Matrix(rows: 16, cols: 2, data: (0..<32).map { _ in rng.uniform(-1, 1) })
    let y = Matrix(rows: 16, cols: 1, data: (0..<16).map { x[$0, 0] + x[$0, 1] > 0 ? 1 : 0 })
    let loss = BinaryCrossEntropyWithLogits()
    var gradient = Matrix(rows: 0, cols: 0)
    var first: Float = 0, last: Float = 0
    for step in 0..<200 {
      net.zeroGrad()
      last = loss.evaluate(net.forward(x, training: true), y, gradient: &gradient)
      if step == 0 { first = last }
      net.backward(gradient)
      for p in net.parameters {
        for i in p.value.indices { p.value[i] -= 0.5 * p.grad[i] }
      }
    }
    #expect(last < first * 0.5)
  }
}
