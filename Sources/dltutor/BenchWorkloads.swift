// The four benchmark workloads of PRODUCT.md §7, defined to match bench/reference.py line for
// line: same generator, same data, same initial weights, same updates.
import NeuralCore

/// One benchmark workload: a name and a factory that builds its data and model (untimed) and
/// returns the step to time.
struct BenchWorkload: Sendable {
  let name: String
  let make: @Sendable () -> () -> Void

  static let all: [BenchWorkload] = [
    BenchWorkload(name: "tiny-tanh", make: tinyTanh),
    BenchWorkload(name: "deep-sigmoid", make: deepSigmoid),
    BenchWorkload(name: "dropout-relu", make: dropoutReLU),
    BenchWorkload(name: "perceptron-epoch", make: perceptronEpoch),
  ]

  /// MLP 2→8→8→1, tanh hidden, BCE with logits, batch 10 fixed, plain SGD (η = 0.1).
  static func tinyTanh() -> () -> Void {
    var rng = RandomSource(seed: 1)
    let (x, y) = quadrantData(rows: 10, rng: &rng)
    let net = Network.multilayerPerceptron(sizes: [2, 8, 8, 1], hidden: .tanh, initializer: .standardUniform, rng: &rng)
    return trainingStep(net, x, y, BinaryCrossEntropyWithLogits(), optimizer: SGD(learningRate: 0.1))
  }

  /// MLP 2→32 (10 hidden layers)→1, sigmoid hidden, BCE with logits, batch 64 fixed, SGD (η = 0.1),
  /// recording every layer's ‖∂L/∂z‖ and ‖∂L/∂W‖ on each step.
  static func deepSigmoid() -> () -> Void {
    var rng = RandomSource(seed: 1)
    let (x, y) = quadrantData(rows: 64, rng: &rng)
    let net = Network.multilayerPerceptron(
      sizes: [2] + Array(repeating: 32, count: 10) + [1], hidden: .sigmoid, initializer: .standardUniform, rng: &rng)
    net.recordsGradients = true
    return trainingStep(net, x, y, BinaryCrossEntropyWithLogits(), optimizer: SGD(learningRate: 0.1))
  }

  /// MLP 64→256→256→10, ReLU, inverted dropout p = 0.5 after both hidden layers (fresh masks each
  /// step), softmax cross-entropy, batch 32 fixed (inputs in [0, 1), labels 0…9), SGD with
  /// momentum 0.9 (η = 0.01).
  static func dropoutReLU() -> () -> Void {
    var rng = RandomSource(seed: 1)
    let x = Matrix(rows: 32, cols: 64, data: (0..<(32 * 64)).map { _ in rng.uniform(0, 1) })
    let labels = (0..<32).map { _ in rng.below(10) }
    let net = Network.multilayerPerceptron(
      sizes: [64, 256, 256, 10], hidden: .relu, initializer: .standardUniform, dropout: 0.5, rng: &rng)
    return trainingStep(net, x, labels, SoftmaxCrossEntropy(), optimizer: Momentum(learningRate: 0.01, momentum: 0.9))
  }

  /// One epoch of Rosenblatt's rule over 1000 points labelled by w* = (0.6, −0.8), b* = 0.1,
  /// in a fixed order; the weights carry over from epoch to epoch, as in the reference.
  static func perceptronEpoch() -> () -> Void {
    var rng = RandomSource(seed: 1)
    let points = Matrix(rows: 1000, cols: 2, data: (0..<2000).map { _ in rng.uniform(-1, 1) })
    let labels = (0..<1000).map { i -> Float in 0.6 * points[i, 0] - 0.8 * points[i, 1] + 0.1 >= 0 ? 1 : -1 }
    let model = PerceptronBox(Perceptron(inputs: 2))
    return { _ = model.perceptron.epoch(points, labels: labels) }
  }

  /// `rows` points uniform in [−1, 1)², labelled 1 where x₀·x₁ > 0 (the XOR-like quadrants).
  static func quadrantData(rows: Int, rng: inout RandomSource) -> (Matrix, Matrix) {
    let x = Matrix(rows: rows, cols: 2, data: (0..<(rows * 2)).map { _ in rng.uniform(-1, 1) })
    let y = Matrix(rows: rows, cols: 1, data: (0..<rows).map { x[$0, 0] * x[$0, 1] > 0 ? 1 : 0 })
    return (x, y)
  }

  /// Clear gradients, forward, loss gradient, backward, update: one training step on a fixed
  /// batch, with the same optimizers the experiments use.
  static func trainingStep<L: Loss, O: Optimizer>(
    _ net: Network, _ x: Matrix, _ target: L.Target, _ loss: L, optimizer: O
  ) -> () -> Void {
    let state = TrainingState(gradient: Matrix(rows: x.rows, cols: net.outputSize), optimizer: optimizer)
    let parameters = net.parameters
    return {
      net.zeroGrad()
      let output = net.forward(x, training: true)
      _ = loss.evaluate(output, target, gradient: &state.gradient)
      net.backward(state.gradient)
      state.optimizer.step(parameters)
    }
  }
}

/// The loss-gradient buffer and optimizer a training step mutates, kept in a class rather than
/// captured as closure variables: those live in boxes whose every access is checked at run time.
final class TrainingState<O: Optimizer> {
  // One thread steps a workload, so the exclusivity check would only cost time.
  @exclusivity(unchecked) var gradient: Matrix
  @exclusivity(unchecked) var optimizer: O

  init(gradient: Matrix, optimizer: O) {
    self.gradient = gradient
    self.optimizer = optimizer
  }
}

/// Holds the perceptron the timed closure trains, so its weights carry over between epochs.
final class PerceptronBox {
  var perceptron: Perceptron
  init(_ perceptron: Perceptron) { self.perceptron = perceptron }
}
