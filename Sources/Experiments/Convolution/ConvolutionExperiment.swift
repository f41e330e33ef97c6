// The convolution experiment: one 3×3 kernel slid over a digit (and the same response, moved,
// when the digit moves), a dense and a convolutional classifier trained side by side on the UCI
// digits with their exact parameter counts, and WaveNet's dilated stack doubling its reach.

import NeuralCore

/// Weight sharing on the UCI digits; one step is one training epoch of both models.
public final class ConvolutionExperiment: Experiment {
  public static let id = "convolution"
  public static var title: String { tr("Convolution") }
  public static var summary: String {
    tr("a 3×3 kernel shared across the image: its response moves with the input, and a small conv net matches a dense net on digits with fewer weights")
  }
  public static var stepUnit: String { tr("epoch") }
  public static let defaultSteps = 15

  public static let knobs: [Knob] = [
    Knob("kernel", .choice(KernelChoice.allCases.map(\.rawValue)), default: .choice("edge-x"),
         help: "the 3×3 kernel slid over the digit: Sobel edges, blur, sharpen, or the conv model's first learned filter"),
    Knob("shift", .integer(range: 0...3, step: 1), default: .integer(1),
         help: "pixels the digit is moved to the right; the feature map moves with it"),
    Knob("digit", .integer(range: 0...99, step: 1), default: .integer(0), help: "which test image to show"),
    Knob("hidden", .integer(range: 4...256, step: 8), default: .integer(64), help: "hidden units of the dense model 64 → h → 10"),
    Knob("filters", .integer(range: 1...16, step: 1), default: .integer(8), help: "filters per layer of the conv model"),
    Knob("lr", .number(range: 0.0001...1, step: 2, logarithmic: true), default: .number(0.01), help: "Adam learning rate for both models"),
    Knob("layers", .integer(range: 1...10, step: 1), default: .integer(6),
         help: "layers of the dilated causal 1-D stack (kernel 2, dilations 1, 2, 4, …)"),
  ]

  /// The share of the digits held out for testing.
  static let testFraction = 0.25

  public let settings: KnobSettings
  public let seed: UInt64
  public private(set) var stepCount = 0
  public private(set) var status = ExperimentStatus.running

  let models: DigitModels
  let train: Dataset
  let test: Dataset
  let kernelChoice: KernelChoice
  let shift: Int
  /// The test image shown, unshifted, pixels scaled to 0…1.
  let digitImage: [Float]
  let digitLabel: Int
  public private(set) var denseAccuracyHistory: [Double] = []
  public private(set) var convAccuracyHistory: [Double] = []

  public init(settings: KnobSettings, seed: UInt64) throws(ExperimentError) {
    self.settings = settings
    self.seed = seed
    var rng = RandomSource(seed: seed)
    // Pixels scaled from 0…16 to 0…1 so both models start on an even footing.
    (train, test) = try DataFiles.scaledDigits().stratifiedSplit(testFraction: Self.testFraction, rng: &rng)
    models = DigitModels(
      hidden: settings.integer("hidden"), filters: settings.integer("filters"), learningRate: Float(settings.number("lr")),
      trainingCount: train.count, rng: &rng)
    kernelChoice = KernelChoice(rawValue: settings.choice("kernel")) ?? .edgeX
    shift = settings.integer("shift")
    let index = min(settings.integer("digit"), test.count - 1)
    digitImage = test.features.row(index)
    digitLabel = test.labels[index]
  }

  public func step() {
    guard !status.isFinal else { return }
    models.trainEpoch(train)
    stepCount += 1
    denseAccuracyHistory.append(denseAccuracy)
    convAccuracyHistory.append(convAccuracy)
    status = ExperimentStatus(.running, comparisonSummary)
  }

  public var denseAccuracy: Double { DigitModels.accuracy(models.dense, on: test) }
  public var convAccuracy: Double { DigitModels.accuracy(models.conv, on: test) }
  public var denseParameters: Int { DigitModels.denseParameterCount(hidden: models.hidden) }
  public var convParameters: Int { DigitModels.convModelParameterCount(filters: models.filters) }

  /// The kernel and bias shown: the chosen hand-made one, or the conv model's first filter.
  var shownKernel: (weights: [Float], bias: Float) {
    if let weights = kernelChoice.weights { return (weights, 0) }
    let layer = models.firstConvolution
    let weights = (0..<3).flatMap { u in
      (0..<3).map { v in layer.weight.value[layer.weightIndex(inputChannel: 0, row: u, column: v, outputChannel: 0)] }
    }
    return (weights, layer.bias.value[0])
  }

  /// The shifted digit and the shown kernel's response to it.
  var featureMap: FeatureMap {
    let kernel = shownKernel
    return FeatureMap(image: FeatureMap.shiftedRight(digitImage, by: shift), kernel: kernel.weights, bias: kernel.bias)
  }

  /// How far the response to the shifted digit is from the unshifted response moved by `shift`.
  public var equivarianceError: Double {
    Double(FeatureMap.equivarianceError(image: digitImage, kernel: shownKernel.weights, shift: shift))
  }

  /// One line comparing the two models.
  public var comparisonSummary: Phrase {
    let dense = denseAccuracyHistory.last ?? denseAccuracy, conv = convAccuracyHistory.last ?? convAccuracy
    return "epoch \(stepCount): test accuracy dense \(RateText.percent(dense)) with \(denseParameters) weights, conv \(RateText.percent(conv)) with \(convParameters)"
  }

  public var readouts: [Readout] {
    let layers = settings.integer("layers")
    return [
      Readout("dense_test_accuracy", denseAccuracyHistory.last ?? .nan),
      Readout("conv_test_accuracy", convAccuracyHistory.last ?? .nan),
      Readout("dense_params", Double(denseParameters)),
      Readout("conv_params", Double(convParameters)),
      Readout("conv_layer_params", Double(DigitModels.convolutionParameterCount(kernel: 3, inputChannels: 1, outputChannels: models.filters))),
      Readout("dense_equivalent_layer_params", Double(DigitModels.denseEquivalentParameterCount(filters: models.filters))),
      Readout("equivariance_error", equivarianceError),
      Readout("receptive_field", Double(DilatedStack.receptiveField(layers: layers))),
      Readout("receptive_field_measured", Double(DilatedStack.measuredReceptiveField(layers: layers))),
      Readout("kernel", vector: shownKernel.weights.map(Double.init)),
    ]
  }

  public var series: [Series] {
    [Series("dense_test_accuracy", denseAccuracyHistory), Series("conv_test_accuracy", convAccuracyHistory)]
  }
}
