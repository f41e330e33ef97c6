// The dropout experiment: on the real UCI digits a wide MLP fits its training set perfectly;
// dropout (Srivastava et al. 2014) lowers its test loss and a little of its test error with about
// a thousand images, gives no reliable gain with a hundred, and makes a too-small network
// underfit. A/B against p = 0 by default, from the same weights on the same batches.

import Display
import NeuralCore

/// Two identical MLPs trained side by side on the digits, one with dropout and one without;
/// one step is one epoch of both.
public final class DropoutExperiment: Experiment {
  public static let id = "dropout"
  public static var title: String { tr("Dropout") }
  public static var summary: String {
    tr("dropout lowers a wide MLP's test loss and error on 1000 digits; on 100 the gain is noise; a too-small net underfits")
  }
  public static var stepUnit: String { tr("epoch") }
  public static let defaultSteps = 500

  public static let knobs: [Knob] = [
    Knob("train_size", .integer(range: 20...1000, step: 100), default: .integer(1000),
         help: "training digits, balanced across classes; the 797 test digits stay the same"),
    Knob("hidden", .integer(range: 2...512, step: 16), default: .integer(128),
         help: "units in each of the two ReLU hidden layers (with 8, dropout leaves too few and the network underfits)"),
    Knob("p", .number(range: 0...0.9, step: 0.1, logarithmic: false), default: .number(0.3),
         help: "drop probability after each hidden layer while training (Srivastava et al. used 0.5)"),
    Knob("weight_decay", .number(range: 0...0.01, step: 0.0005, logarithmic: false), default: .number(0),
         help: "L2 penalty λ/2·‖w‖² on the weights of both runs, another regulariser to compare"),
    Knob("epochs", .integer(range: 1...500, step: 10), default: .integer(100),
         help: "passes over the training digits in shuffled mini-batches of 32; dropout needs more of them"),
    Knob("lr", .number(range: 0.0001...1, step: 2, logarithmic: true), default: .number(0.01),
         help: "step size η of SGD with momentum 0.9 (too large and the ReLUs die or the loss becomes NaN)"),
    Knob("compare", .toggle, default: .toggle(true),
         help: "also train the same network from the same start with p = 0 (the baseline_ readouts)"),
  ]

  /// Mini-batch size: fixed, so the knobs stay about regularisation.
  static let batchSize = 32
  /// The epoch after which a network still at chance level is reported as broken.
  static let chanceCheckEpoch = 5

  public let settings: KnobSettings
  public let seed: UInt64
  public private(set) var stepCount = 0
  public private(set) var status = ExperimentStatus.running

  /// The training and held-out digits.
  public let split: DigitsSplit
  /// The run with the chosen p.
  public let dropoutRun: DropoutRun
  /// The same network from the same weights with p = 0, when `compare` is on.
  public let baselineRun: DropoutRun?

  private var shuffler: RandomSource
  private var order: [Int]
  private var batch: MiniBatch

  public init(settings: KnobSettings, seed: UInt64) throws(ExperimentError) {
    self.settings = settings
    self.seed = seed
    let digits = try DataFiles.scaledDigits()
    // Separate generators for the split, the weights and the batch order, so changing one knob
    // (say train_size) leaves the others' random draws alone.
    var seeds = RandomSource(seed: seed)
    var splitRNG = RandomSource(seed: seeds.next())
    let weightSeed = seeds.next()
    shuffler = RandomSource(seed: seeds.next())
    split = DigitsSplit(digits: digits, trainSize: settings.integer("train_size"), rng: &splitRNG)

    let hidden = settings.integer("hidden"), decay = settings.number("weight_decay"), lr = settings.number("lr")
    dropoutRun = DropoutRun(p: settings.number("p"), hidden: hidden, weightDecay: decay, learningRate: lr, weightSeed: weightSeed)
    baselineRun = settings.toggle("compare")
      ? DropoutRun(p: 0, hidden: hidden, weightDecay: decay, learningRate: lr, weightSeed: weightSeed)
      : nil
    order = Array(0..<split.train.count)
    batch = MiniBatch(capacity: Self.batchSize, featureCount: split.train.featureCount)
  }

  /// The runs being trained: the dropout run, then the baseline if there is one.
  public var runs: [DropoutRun] { [dropoutRun] + (baselineRun.map { [$0] } ?? []) }

  /// One epoch: both runs see the same shuffled mini-batches, then are scored on both sets.
  public func step() {
    guard !status.isFinal else { return }
    shuffler.shuffle(&order)
    var blownUp: DropoutRun?
    for indices in batchSlices(order, size: Self.batchSize) {
      batch.fill(from: split.train, rows: indices)
      for run in runs where !run.train(batch: batch.features, labels: batch.labels).isFinite { blownUp = blownUp ?? run }
    }
    for run in runs { run.evaluate(split) }
    stepCount += 1
    updateStatus(blownUp: blownUp ?? runs.first { !($0.history.trainLoss.last ?? 0).isFinite })
  }

  private func updateStatus(blownUp: DropoutRun?) {
    if let blownUp {
      status = ExperimentStatus(
        .diverged,
        "diverged at epoch \(stepCount): the p = \(ExperimentReport.readable(blownUp.p)) run's loss became NaN; lower lr",
        lesson: "optimizers")
      return
    }
    // A network at chance level after a few epochs will stay there: too large a step has
    // killed its ReLUs (every unit outputs 0), so no gradient reaches the weights any more.
    if stepCount >= Self.chanceCheckEpoch,
      let stuck = runs.first(where: { ($0.history.trainAccuracy.last ?? 1) < 0.2 })
    {
      status = ExperimentStatus(
        .diverged,
        "the p = \(ExperimentReport.readable(stuck.p)) run is stuck at chance after \(stepCount) epochs (train accuracy \(RateText.percent(stuck.history.trainAccuracy.last ?? 0))): η = \(ExperimentReport.readable(settings.number("lr"))) is too large and its ReLUs died; lower lr",
        lesson: "optimizers")
      return
    }
    guard stepCount >= settings.integer("epochs") else { return }
    status = DropoutVerdict(experiment: self).status
  }

  /// The dropout run's numbers under plain names (`test_loss`), then the p = 0 run's under the
  /// same names prefixed `baseline_` (`baseline_test_loss`); the series follow the same rule.
  public var readouts: [Readout] {
    var out = Self.readouts(of: dropoutRun, prefix: "")
    if let baselineRun { out += Self.readouts(of: baselineRun, prefix: "baseline_") }
    return out
  }

  /// Train and test accuracy and loss after the latest epoch, and the gap (train − test accuracy).
  static func readouts(of run: DropoutRun, prefix: String) -> [Readout] {
    let h = run.history
    let trainAccuracy = h.trainAccuracy.last ?? .nan, testAccuracy = h.testAccuracy.last ?? .nan
    return [
      Readout(prefix + "train_accuracy", trainAccuracy), Readout(prefix + "test_accuracy", testAccuracy),
      Readout(prefix + "train_loss", h.trainLoss.last ?? .nan), Readout(prefix + "test_loss", h.testLoss.last ?? .nan),
      Readout(prefix + "gap", trainAccuracy - testAccuracy),
    ]
  }

  public var series: [Series] {
    runs.flatMap { run in
      let prefix = run === baselineRun ? "baseline_" : ""
      return [
        Series(prefix + "train_accuracy", run.history.trainAccuracy), Series(prefix + "test_accuracy", run.history.testAccuracy),
        Series(prefix + "train_loss", run.history.trainLoss), Series(prefix + "test_loss", run.history.testLoss),
      ]
    }
  }
}
