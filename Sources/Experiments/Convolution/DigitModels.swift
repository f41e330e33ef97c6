// DigitModels: the dense and the convolutional classifier the convolution lesson compares on
// the UCI digits — built, counted by formula, trained an epoch at a time, and scored.

import NeuralCore

/// The two models side by side, trained on the same images in the same order.
final class DigitModels {
  /// Input images are 8×8, one channel.
  static let side = 8
  static let classes = 10
  static let batchSize = 32

  /// 64 → hidden (ReLU) → 10.
  let dense: Classifier
  /// conv 3×3 (1 → f, valid, 8×8 → 6×6), ReLU, conv 3×3 (f → f, valid, 6×6 → 4×4), ReLU, dense 16f → 10.
  let conv: Classifier
  /// The first convolution, whose first filter is the lesson's "learned" kernel.
  let firstConvolution: Convolution2D
  let hidden: Int
  let filters: Int

  private var denseOptimizer: Adam
  private var convOptimizer: Adam
  private var batch = MiniBatch(capacity: batchSize, featureCount: side * side)
  private var order: [Int]
  private var rng: RandomSource

  init(hidden: Int, filters: Int, learningRate: Float, trainingCount: Int, rng: inout RandomSource) {
    self.hidden = hidden
    self.filters = filters
    dense = Classifier(Network.multilayerPerceptron(
      sizes: [Self.side * Self.side, hidden, Self.classes], hidden: .relu, initializer: .he, rng: &rng))
    firstConvolution = Convolution2D(
      inputChannels: 1, outputChannels: filters, height: Self.side, width: Self.side, padding: .valid, rng: &rng, name: "conv1")
    let second = Convolution2D(
      inputChannels: filters, outputChannels: filters, height: Self.side - 2, width: Self.side - 2, padding: .valid,
      rng: &rng, name: "conv2")
    conv = Classifier(Network([
      firstConvolution, ActivationLayer(.relu, size: firstConvolution.outputSize),
      second, ActivationLayer(.relu, size: second.outputSize),
      Dense(second.outputSize, Self.classes, initializer: .he, rng: &rng, name: "readout"),
    ]))
    denseOptimizer = Adam(learningRate: learningRate)
    convOptimizer = Adam(learningRate: learningRate)
    order = Array(0..<trainingCount)
    self.rng = RandomSource(seed: rng.next())
  }

  /// Weights and biases of 64 → h → 10: 64h + h + 10h + 10.
  static func denseParameterCount(hidden h: Int) -> Int {
    64 * h + h + 10 * h + 10
  }

  /// Weights and biases of one k×k convolution: k·k·c_in·c_out + c_out, whatever the image size.
  static func convolutionParameterCount(kernel k: Int, inputChannels: Int, outputChannels: Int) -> Int {
    k * k * inputChannels * outputChannels + outputChannels
  }

  /// Weights and biases of the conv model: two 3×3 convolutions and a dense readout of the
  /// 4×4×f maps, (9f + f) + (9f² + f) + (16f·10 + 10).
  static func convModelParameterCount(filters f: Int) -> Int {
    convolutionParameterCount(kernel: 3, inputChannels: 1, outputChannels: f)
      + convolutionParameterCount(kernel: 3, inputChannels: f, outputChannels: f)
      + 16 * f * classes + classes
  }

  /// What a dense layer producing the same f maps of 8×8 from the same image would need:
  /// 64 inputs × 64f outputs + 64f biases — it grows with the image, the convolution does not.
  static func denseEquivalentParameterCount(filters f: Int) -> Int {
    let pixels = side * side
    return pixels * pixels * f + pixels * f
  }

  /// One pass over `train` in a fresh random order, minibatch Adam for both models.
  func trainEpoch(_ train: Dataset) {
    rng.shuffle(&order)
    for indices in batchSlices(order, size: Self.batchSize) {
      batch.fill(from: train, rows: indices)
      dense.trainStep(batch.features, batch.labels, optimizer: &denseOptimizer)
      conv.trainStep(batch.features, batch.labels, optimizer: &convOptimizer)
    }
  }

  /// The fraction of `data` that `model` classifies correctly.
  static func accuracy(_ model: Classifier, on data: Dataset) -> Double {
    model.evaluate(data.features, data.labels).accuracy
  }
}
