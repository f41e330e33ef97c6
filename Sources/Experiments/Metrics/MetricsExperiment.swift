// The metrics experiment: logistic regression on an imbalanced data set shows why accuracy lies
// (always answering "negative" scores 95% on a 95/5 set and finds no positive at all) and how the
// threshold and a class weight trade precision against recall, on the ROC and PR curves.

import NeuralCore

/// Logistic regression trained by full-batch Adam; one step is one pass over the training set.
///
/// The positive class is what the screen looks for: malignant on breast cancer (the file's
/// label 0), the rare class on the 95/5 set (label 1). Every metric is measured on held-out data
/// (a stratified 30% split), with features standardised on the training part only.
public final class MetricsExperiment: Experiment {
  public static let id = "metrics"
  public static var title: String { tr("Metrics") }
  public static var summary: String {
    tr("accuracy lies on imbalanced data; precision, recall and the threshold trade-off")
  }
  public static var stepUnit: String { tr("epoch") }
  public static let defaultSteps = 300

  public static let knobs: [Knob] = [
    Knob("dataset", .choice(["breast_cancer", "imbalanced"]), default: .choice("breast_cancer"),
         help: "Wisconsin breast cancer (212 malignant / 357 benign) or a synthetic 95/5 set"),
    Knob("threshold", .number(range: 0.01...0.99, step: 0.05, logarithmic: false), default: .number(0.5),
         help: "call an example positive when its predicted probability is at least this"),
    Knob("class_weight", .number(range: 1...100, step: 2, logarithmic: true), default: .number(1),
         help: "how much a positive example's loss counts, relative to a negative one's"),
    Knob("lr", .number(range: 0.0001...1, step: 2, logarithmic: true), default: .number(0.05), help: "Adam's step size η"),
    Knob("epochs", .integer(range: 1...5000, step: 50), default: .integer(300), help: "full-batch updates to run"),
  ]

  public let settings: KnobSettings
  public let seed: UInt64
  public private(set) var stepCount = 0
  public private(set) var status = ExperimentStatus.running

  /// The data set, split 70/30 by class.
  public let train: Dataset, test: Dataset
  /// The label that counts as positive, and its name ("malignant").
  public let positiveLabel: Int
  public var positiveName: String { test.classNames[positiveLabel] }
  let trainInputs: Matrix, testInputs: Matrix
  /// 1 for a positive training example, 0 otherwise (the sigmoid's target).
  private let targets: Matrix
  /// Each training example's weight in the loss: `class_weight` for positives, 1 for negatives.
  private let weights: [Float]
  let network: Network
  private var optimizer: Adam
  private let loss = BinaryCrossEntropyWithLogits()
  private var lossGradient = Matrix(rows: 0, cols: 0)

  /// Whether each test example is positive.
  public let testPositives: [Bool]
  /// The model's probability of "positive" for each test example, after the latest step.
  public private(set) var testScores: [Float] = []
  public private(set) var counts = BinaryCounts(truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0)
  public private(set) var roc: ROCCurve?
  public private(set) var precisionRecall: PrecisionRecallCurve?
  /// What always answering the majority class ("negative") scores on the test set.
  public let baseline: MajorityBaseline
  private var lossHistory: [Double] = []
  private var recallHistory: [Double] = []
  private var precisionHistory: [Double] = []

  public init(settings: KnobSettings, seed: UInt64) throws(ExperimentError) {
    self.settings = settings
    self.seed = seed
    var rng = RandomSource(seed: seed)
    let data: Dataset
    if settings.choice("dataset") == "imbalanced" {
      data = DataGenerator.imbalanced(count: 2000, minorityFraction: 0.05, rng: &rng)
      positiveLabel = 1
    } else {
      data = try DataFiles.breastCancer()
      positiveLabel = 0
    }
    (train, test) = data.stratifiedSplit(testFraction: 0.3, rng: &rng)
    let standardizer = Standardizer(fitting: train.features)
    trainInputs = standardizer.apply(train.features)
    testInputs = standardizer.apply(test.features)
    let positive = positiveLabel, classWeight = Float(settings.number("class_weight"))
    targets = Matrix(rows: train.count, cols: 1, data: train.labels.map { $0 == positive ? 1 : 0 })
    weights = train.labels.map { $0 == positive ? classWeight : 1 }
    testPositives = test.labels.map { $0 == positive }
    baseline = Metrics.majorityBaseline(truth: test.labels, classCount: test.classCount)
    network = Network.multilayerPerceptron(sizes: [data.featureCount, 1], hidden: .identity, rng: &rng)
    optimizer = Adam(learningRate: Float(settings.number("lr")))
    evaluate()
  }

  public func step() {
    guard !status.isFinal else { return }
    network.zeroGrad()
    let output = network.forward(trainInputs, training: true)
    // The weighted loss Σ wᵢ·ℓᵢ / n has gradient wᵢ·∂ℓᵢ/∂zᵢ / n: scale each example's row.
    let value = loss.evaluate(output, targets, gradient: &lossGradient)
    for i in 0..<weights.count { lossGradient[i, 0] *= weights[i] }
    network.backward(lossGradient)
    optimizer.step(network.parameters)
    stepCount += 1
    // The unweighted loss, so runs with different class weights can be compared.
    lossHistory.append(Double(value))
    evaluate()
    recallHistory.append(recall)
    precisionHistory.append(precision)
    updateStatus(Double(value))
  }

  /// Scores, counts at the threshold and both curves on the test set.
  private func evaluate() {
    let logits = network.forward(testInputs, training: false)
    testScores = logits.data.map { 1 / (1 + VectorMath.exp(-$0)) }
    counts = BinaryCounts(scores: testScores, truth: testPositives, threshold: Float(settings.number("threshold")))
    roc = ROCCurve(scores: testScores, positives: testPositives)
    precisionRecall = PrecisionRecallCurve(scores: testScores, positives: testPositives)
  }

  /// A rate, or NaN when its denominator is zero (precision when nothing is called positive).
  private static func value(_ ratio: Ratio) -> Double { ratio.isDefined ? ratio.value : .nan }

  public var accuracy: Double { counts.accuracy.value }
  public var precision: Double { Self.value(counts.precision) }
  public var recall: Double { Self.value(counts.recall) }
  public var f1: Double { Self.value(counts.f1) }
  public var baselineRecall: Double { baseline.recall(positiveLabel).value }

  private func updateStatus(_ lossValue: Double) {
    let t = KnobValue.format(settings.number("threshold"))
    let positives = counts.truePositives + counts.falseNegatives
    let found: Phrase = "found \(counts.truePositives) of \(positives) \(key: positiveName) (recall \(RateText.decimal(recall)))"
    if !lossValue.isFinite {
      status = ExperimentStatus(.diverged, "diverged at step \(stepCount): the loss became NaN; lower lr", lesson: "optimizers")
    } else if stepCount >= settings.integer("epochs") {
      let versus: Phrase = "always-negative scores \(RateText.percent(baseline.accuracy)) accuracy, recall \(RateText.decimal(baselineRecall))"
      status = ExperimentStatus(
        .finished, "at threshold \(t): accuracy \(RateText.percent(accuracy)), \(found); \(versus)",
        lesson: recall < 0.5 ? "ml-vs-dl" : nil)
    } else {
      status = ExperimentStatus(.running, "epoch \(stepCount): at threshold \(t), \(found)")
    }
  }

  public var readouts: [Readout] {
    [
      Readout("threshold", settings.number("threshold")),
      Readout("accuracy", accuracy),
      Readout("precision", precision),
      Readout("recall", recall),
      Readout("f1", f1),
      // Specificity, TN / (TN + FP): of the negatives, the share left alone.
      Readout("specificity", Self.value(Ratio(counts.trueNegatives, of: counts.trueNegatives + counts.falsePositives))),
      Readout("true_positives", Double(counts.truePositives)),
      Readout("false_positives", Double(counts.falsePositives)),
      Readout("false_negatives", Double(counts.falseNegatives)),
      Readout("true_negatives", Double(counts.trueNegatives)),
      Readout("roc_auc", roc?.area ?? .nan),
      Readout("average_precision", precisionRecall?.averagePrecision ?? .nan),
      Readout("baseline_accuracy", baseline.accuracy),
      Readout("baseline_recall", baselineRecall),
      Readout("train_loss", lossHistory.last ?? .nan),
    ]
  }

  public var series: [Series] {
    [Series("train_loss", lossHistory), Series("recall", recallHistory), Series("precision", precisionHistory)]
  }
}
