// The digits experiment: a small network learns the real UCI 8×8 digits live, one epoch per step;
// the learner watches test accuracy climb, reads the confusion matrix and browses the test digits
// it still gets wrong (the `example` knob) with the probabilities it gave each class.

import NeuralCore

/// An MLP trained on the UCI digits with Adam on mini-batches; one step is one epoch.
public final class DigitsExperiment: Experiment {
  public static let id = "digits"
  public static var title: String { tr("Digits") }
  public static var summary: String {
    tr("a small network learns the UCI 8×8 digits; browse the test digits it gets wrong")
  }
  public static var stepUnit: String { tr("epoch") }
  public static let defaultSteps = 15

  /// The architectures on offer, by knob value: layer sizes from the 64 pixels to the 10 classes.
  static let models: [(name: String, sizes: [Int])] = [
    ("mlp32", [64, 32, 10]), ("mlp128", [64, 128, 10]), ("deep", [64, 64, 64, 10]), ("linear", [64, 10]),
  ]

  public static let knobs: [Knob] = [
    Knob("model", .choice(models.map(\.name)), default: .choice("mlp32"),
         help: "64-32-10 or 64-128-10 ReLU networks, a deeper 64-64-64-10, or no hidden layer (softmax regression)"),
    Knob("epochs", .integer(range: 1...200, step: 5), default: .integer(15), help: "passes over the training digits"),
    Knob("lr", .number(range: 0.0001...1, step: 2, logarithmic: true), default: .number(0.003), help: "Adam's step size η"),
    Knob("example", .integer(range: 0...499, step: 1), default: .integer(0),
         help: "which misclassified test digit to show (wraps around the list)"),
  ]

  public let settings: KnobSettings
  public let seed: UInt64
  public private(set) var stepCount = 0
  public private(set) var status = ExperimentStatus.running

  /// Training and held-out digits (a stratified 75/25 split), with raw pixels 0…16.
  public let train: Dataset, test: Dataset
  /// The training digits with standardised pixels (statistics of the training set only).
  let trainInputs: Dataset
  /// The test digits' standardised pixels, the network's inputs.
  let testInputs: Matrix
  /// The network, its Adam optimizer, and the loss and accuracy after each epoch.
  let run: TrainingRun
  private var rng: RandomSource
  private let batchSize = 32

  /// Class probabilities of every test digit after the latest epoch, one row each.
  public private(set) var testProbabilities: Matrix
  /// The predicted class of every test digit (argmax of its probabilities).
  public private(set) var testPredictions: [Int] = []
  /// Indices into `test` of the digits predicted wrong, in test-set order.
  public private(set) var misclassified: [Int] = []
  public private(set) var confusion: ConfusionMatrix
  private var testAccuracy: [Double] = []

  public init(settings: KnobSettings, seed: UInt64) throws(ExperimentError) {
    self.settings = settings
    self.seed = seed
    rng = RandomSource(seed: seed)
    let digits = try DataFiles.digits()
    (train, test) = digits.stratifiedSplit(testFraction: 0.25, rng: &rng)
    let standardizer = Standardizer(fitting: train.features)
    trainInputs = train.withFeatures(standardizer.apply(train.features))
    testInputs = standardizer.apply(test.features)
    let sizes = Self.models.first { $0.name == settings.choice("model") }?.sizes ?? [64, 32, 10]
    let network = Network.multilayerPerceptron(sizes: sizes, hidden: .relu, initializer: .he, rng: &rng)
    run = TrainingRun("digits", network: network, optimizer: Adam(learningRate: Float(settings.number("lr"))))
    testProbabilities = Matrix(rows: test.count, cols: 10)
    confusion = ConfusionMatrix(truth: [], predicted: [], classCount: 10)
    evaluateTest()
  }

  public func step() {
    guard !status.isFinal else { return }
    run.trainEpoch(trainInputs.shuffledBatches(size: batchSize, rng: &rng), evaluatingOn: trainInputs)
    stepCount += 1
    evaluateTest()
    testAccuracy.append(confusion.accuracy)
    updateStatus()
  }

  /// Probabilities, predictions, confusion matrix and the misclassified list for the test set.
  private func evaluateTest() {
    let logits = run.classifier.network.forward(testInputs, training: false)
    testProbabilities = logits
    logits.data.withUnsafeBufferPointer { source in
      testProbabilities.data.withUnsafeMutableBufferPointer { target in
        if let input = source.baseAddress, let output = target.baseAddress {
          Activation.softmax.apply(input, output, rows: logits.rows, cols: logits.cols)
        }
      }
    }
    testPredictions = Classifier.argmax(testProbabilities)
    confusion = ConfusionMatrix(truth: test.labels, predicted: testPredictions, classCount: 10)
    misclassified = test.labels.indices.filter { testPredictions[$0] != test.labels[$0] }
  }

  private func updateStatus() {
    let epochs = settings.integer("epochs")
    let wrong = misclassified.count
    let accuracy = RateText.percent(confusion.accuracy)
    if let epoch = run.divergedAtEpoch {
      status = ExperimentStatus(
        .diverged, "diverged at epoch \(epoch): the training loss became NaN; lower lr (now \(KnobValue.format(settings.number("lr"))))",
        lesson: "optimizers")
    } else if stepCount >= epochs {
      status = ExperimentStatus(
        .finished,
        "after \(stepCount) epochs: test accuracy \(accuracy), \(wrong) of \(test.count) test digits wrong; turn `example` to browse them",
        lesson: confusion.accuracy < 0.8 ? "optimizers" : nil)
    } else {
      status = ExperimentStatus(.running, "epoch \(stepCount) of \(epochs): test accuracy \(accuracy), \(wrong) test digits wrong")
    }
  }

  /// The test digit on show: the `example`-th misclassified one (wrapping), or the first test
  /// digit when none is wrong.
  public var shownIndex: Int {
    guard !misclassified.isEmpty else { return 0 }
    return misclassified[settings.integer("example") % misclassified.count]
  }

  /// The shown digit's probability for each class.
  var shownProbabilities: [Double] {
    (0..<10).map { Double(testProbabilities[shownIndex, $0]) }
  }

  public var readouts: [Readout] {
    [
      Readout("epoch", Double(stepCount)),
      Readout("train_loss", run.lastLoss),
      Readout("train_accuracy", run.lastAccuracy),
      Readout("test_accuracy", confusion.accuracy),
      Readout("test_size", Double(test.count)),
      Readout("misclassified", Double(misclassified.count)),
      Readout("shown_test_index", Double(shownIndex)),
      Readout("shown_truth", Double(test.labels[shownIndex])),
      Readout("shown_prediction", Double(testPredictions[shownIndex])),
      Readout("shown_probabilities", vector: shownProbabilities),
    ]
  }

  public var series: [Series] {
    [Series("train_loss", run.losses), Series("train_accuracy", run.accuracies), Series("test_accuracy", testAccuracy)]
  }
}
