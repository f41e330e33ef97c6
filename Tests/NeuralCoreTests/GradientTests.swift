// Backpropagation against finite differences: Dense, every activation, dropout with a fixed
// mask, every loss, and a whole small network.
import Testing
@testable import NeuralCore

@Suite struct GradientTests {
  @Test func denseGradients() {
    var rng = RandomSource(seed: 1)
    let dense = Dense(7, 5, initializer: .xavier, rng: &rng)
    GradientCheck.checkLayer(dense, input: GradientCheck.random(6, 7, &rng))
  }

  @Test func denseLargeEnoughForTheBlockedKernel() {
    var rng = RandomSource(seed: 2)
    let dense = Dense(20, 33, initializer: .he, rng: &rng)
    GradientCheck.checkLayer(dense, input: GradientCheck.random(9, 20, &rng))
  }

  static let smoothActivations: [Activation] = [.identity, .sigmoid, .tanh, .softmax]

  @Test(arguments: smoothActivations)
  func smoothActivationGradients(_ activation: Activation) {
    var rng = RandomSource(seed: 3)
    GradientCheck.checkLayer(ActivationLayer(activation, size: 6), input: GradientCheck.random(5, 6, &rng, -2, 2))
  }

  @Test(arguments: [Activation.relu, .leakyReLU(slope: 0.1), .step])
  func piecewiseActivationGradientsAwayFromKinks(_ activation: Activation) {
    var rng = RandomSource(seed: 4)
    // Inputs at least 0.1 from zero, so a step of 0.01 never crosses the kink.
    let data = (0..<30).map { _ -> Float in
      let magnitude = rng.uniform(0.1, 2)
      return rng.unitFloat() < 0.5 ? -magnitude : magnitude
    }
    GradientCheck.checkLayer(ActivationLayer(activation, size: 6), input: Matrix(rows: 5, cols: 6, data: data))
  }

  @Test func stepDerivativeIsZero() {
    let layer = ActivationLayer(.step, size: 3)
    _ = layer.forward(Matrix([[-1, 0.5, 2]]), training: true)
    #expect(layer.backward(Matrix([[1, 1, 1]])).data == [0, 0, 0])
    #expect(Activation.step.derivative(0.3) == 0)
  }

  @Test func dropoutGradientWithFixedMask() {
    var rng = RandomSource(seed: 5)
    let dropout = Dropout(rate: 0.5, size: 4, rng: RandomSource(seed: 9))
    dropout.fixMask(Matrix([[2, 0, 2, 0], [0, 0, 2, 2], [2, 2, 2, 0]]))
    GradientCheck.checkLayer(dropout, input: GradientCheck.random(3, 4, &rng))
  }

  /// Checks `loss`'s gradient w.r.t. the output against central differences.
  func checkLoss<L: Loss>(_ loss: L, output: Matrix, target: L.Target) {
    var gradient = Matrix(rows: 0, cols: 0)
    _ = loss.evaluate(output, target, gradient: &gradient)
    var values = output.data
    let numeric = GradientCheck.numeric(&values) { values in
      Double(loss.value(Matrix(rows: output.rows, cols: output.cols, data: values), target))
    }
    #expect(GradientCheck.relativeError(gradient.data, numeric) < 1e-2)
  }

  @Test func lossGradients() {
    var rng = RandomSource(seed: 6)
    let output = GradientCheck.random(5, 3, &rng, -3, 3)
    checkLoss(MeanSquaredError(), output: output, target: GradientCheck.random(5, 3, &rng))
    let probabilities = Matrix(rows: 5, cols: 3, data: (0..<15).map { _ in rng.unitFloat() })
    checkLoss(BinaryCrossEntropyWithLogits(), output: output, target: probabilities)
    checkLoss(SoftmaxCrossEntropy(), output: output, target: [0, 2, 1, 1, 0])
    // Margins kept away from the kink: |margin − t·z| > step for every element.
    let signs = Matrix(rows: 5, cols: 3, data: (0..<15).map { _ in rng.unitFloat() < 0.5 ? -1 : 1 })
    let awayFromKink = Matrix(rows: 5, cols: 3, data: output.data.map { abs($0) < 1.2 && abs($0) > 0.8 ? $0 * 2 : $0 })
    checkLoss(HingeLoss(margin: 1), output: awayFromKink, target: signs)
    checkLoss(HingeLoss.perceptron, output: awayFromKink, target: signs)
  }

  @Test func wholeNetworkGradients() {
    var rng = RandomSource(seed: 7)
    let net = Network.multilayerPerceptron(sizes: [3, 5, 4, 3], hidden: .tanh, initializer: .xavier, rng: &rng)
    let x = GradientCheck.random(6, 3, &rng)
    let labels = [0, 1, 2, 2, 1, 0]
    let loss = SoftmaxCrossEntropy()
    var gradient = Matrix(rows: 0, cols: 0)
    net.zeroGrad()
    _ = loss.evaluate(net.forward(x, training: true), labels, gradient: &gradient)
    net.backward(gradient)
    for parameter in net.parameters {
      let analytic = parameter.grad
      var values = parameter.value
      let numeric = GradientCheck.numeric(&values) { values in
        parameter.value = values
        return Double(loss.value(net.forward(x, training: true), labels))
      }
      parameter.value = values
      #expect(GradientCheck.relativeError(analytic, numeric) < 1e-2, "\(parameter.name)")
    }
  }
}
