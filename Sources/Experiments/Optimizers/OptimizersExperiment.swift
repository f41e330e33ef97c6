// The optimizers experiment: SGD, momentum, AdaGrad, RMSProp and Adam race on one small task
// (moons, a small MLP) from identical weights on identical batches; and a learning-rate range
// test shows the three regimes of the step size — too low, good, diverges.

import Display
import NeuralCore

/// An optimizer race or a learning-rate range test on the moons; one step is one epoch of every
/// optimizer (race) or one full training run at the next learning rate (lr-range).
public final class OptimizersExperiment: Experiment {
  public static let id = "optimizers"
  public static var title: String { tr("Optimizers") }
  public static var summary: String {
    tr("SGD, momentum, AdaGrad, RMSProp and Adam race from the same start; a learning-rate range test finds too low, good and diverging step sizes")
  }
  public static var stepUnit: String { tr("step") }
  public static let defaultSteps = 100

  /// The five optimizers of the lesson, in historical order.
  static let raced: [OptimizerKind] = [.sgd, .momentum, .adaGrad, .rmsProp, .adam]

  /// The choices of the `optimizers` knob and the optimizers each one races.
  static let lineUps: [(name: String, entrants: [OptimizerKind])] = [
    ("all", raced),
    ("sgd,momentum", [.sgd, .momentum]),
    ("sgd,adam", [.sgd, .adam]),
    ("momentum,adam", [.momentum, .adam]),
    ("rmsprop,adam", [.rmsProp, .adam]),
    ("adagrad,rmsprop", [.adaGrad, .rmsProp]),
  ] + raced.map { (label($0), [$0]) }

  /// The optimizer's name in knobs, series and readouts: `sgd`, `adagrad`, `rmsprop`.
  static func label(_ kind: OptimizerKind) -> String { kind.rawValue.lowercased() }

  /// The learning rates of the range test: 0.0001 to 10 in 1–2–5 steps, so they read as typed.
  public static let rangeRates: [Double] = [1e-4, 1e-3, 1e-2, 1e-1, 1].flatMap { [$0, 2 * $0, 5 * $0] } + [10]

  public static let knobs: [Knob] = [
    Knob("mode", .choice(["race", "lr-range"]), default: .choice("race"),
         help: "race the optimizers at one lr, or train afresh at each lr from 0.0001 to 10"),
    Knob("optimizers", .choice(lineUps.map(\.name)), default: .choice("all"),
         help: "which optimizers take part: all five, a pair, or one"),
    Knob("lr", .number(range: 0.0001...10, step: 2, logarithmic: true), default: .number(0.01),
         help: "the step size η every optimizer in the race uses"),
    Knob("batch", .integer(range: 1...200, step: 8), default: .integer(32),
         help: "examples per update; 200 is the whole set (full-batch gradient descent)"),
    Knob("epochs", .integer(range: 1...1000, step: 10), default: .integer(50),
         help: "epochs in the race; in lr-range, the epochs each learning rate trains for"),
  ]

  public let settings: KnobSettings
  public let seed: UInt64
  public private(set) var stepCount = 0
  public private(set) var status = ExperimentStatus.running

  /// The task: 200 noisy moons points.
  public let data: Dataset
  /// Layer sizes of the network every optimizer trains.
  public static let sizes = [2, 16, 16, 2]
  /// True in lr-range mode.
  public let isRangeTest: Bool
  /// The optimizers taking part, in the knob's order.
  let entrantNames: [OptimizerKind]
  /// The loss of the untrained network (every optimizer starts here).
  public let initialLoss: Double

  /// Seeds that make every network start from the same weights and see the same batches.
  private let weightSeed: UInt64
  private let batchSeed: UInt64
  private var batchOrder: RandomSource
  /// Race mode: the optimizers running.
  private(set) var entrants: [TrainingRun] = []
  /// lr-range mode: one range test per optimizer.
  public private(set) var ranges: [LearningRateRange] = []

  public init(settings: KnobSettings, seed: UInt64) throws(ExperimentError) {
    self.settings = settings
    self.seed = seed
    var rng = RandomSource(seed: seed)
    data = DataGenerator.moons(count: 200, noise: Noise(jitter: 0.1), rng: &rng)
    weightSeed = rng.next()
    batchSeed = rng.next()
    batchOrder = RandomSource(seed: batchSeed)
    isRangeTest = settings.choice("mode") == "lr-range"
    let lineUp = settings.choice("optimizers")
    entrantNames = Self.lineUps.first { $0.name == lineUp }?.entrants ?? Self.raced
    let probe = Classifier(Self.makeNetwork(weightSeed))
    initialLoss = probe.evaluate(data.features, data.labels).loss
    if isRangeTest {
      ranges = entrantNames.map { _ in LearningRateRange(initialLoss: initialLoss) }
    } else {
      let lr = Float(settings.number("lr"))
      entrants = entrantNames.map {
        TrainingRun(Self.label($0), network: Self.makeNetwork(weightSeed), optimizer: $0.make(learningRate: lr))
      }
    }
  }

  /// A fresh copy of the network, with the same initial weights every time.
  private func makeNetwork() -> Network { Self.makeNetwork(weightSeed) }

  private static func makeNetwork(_ weightSeed: UInt64) -> Network {
    var rng = RandomSource(seed: weightSeed)
    return Network.multilayerPerceptron(sizes: Self.sizes, hidden: .relu, initializer: .he, rng: &rng)
  }

  /// One epoch's batches, in an order drawn from `order`.
  private func epochBatches(_ order: inout RandomSource) -> [Dataset] {
    data.shuffledBatches(size: settings.integer("batch"), rng: &order)
  }

  public func step() {
    guard !status.isFinal else { return }
    if isRangeTest { rangeStep() } else { raceStep() }
  }

  // MARK: - Race

  private func raceStep() {
    let batches = epochBatches(&batchOrder)
    for entrant in entrants { entrant.trainEpoch(batches, evaluatingOn: data) }
    stepCount += 1
    let lrText = KnobValue.format(settings.number("lr"))
    if entrants.allSatisfy({ $0.divergedAtEpoch != nil }) {
      status = ExperimentStatus(
        .diverged, "diverged at epoch \(stepCount): every optimizer's loss became NaN at lr \(lrText); lower lr",
        lesson: "optimizers")
    } else if stepCount >= settings.integer("epochs") {
      let start = ExperimentReport.readable(initialLoss)
      if entrants.allSatisfy({ !($0.lastLoss < initialLoss) }) {
        status = ExperimentStatus(
          .diverged, "diverged: after \(stepCount) epochs at lr \(lrText) no optimizer is below the starting loss \(start); lower lr",
          lesson: "optimizers")
        return
      }
      let ranked = entrants.sorted { ($0.lastLoss.isNaN ? .infinity : $0.lastLoss) < ($1.lastLoss.isNaN ? .infinity : $1.lastLoss) }
      let standings = ranked.map { e -> Phrase in
        e.divergedAtEpoch.map { "\(e.name) diverged at epoch \($0)" }
          ?? "\(e.name) \(ExperimentReport.readable(e.lastLoss))"
      }
      let above = ranked.filter { $0.lastLoss >= initialLoss }.map(\.name)
      let warning: Phrase = above.isEmpty ? "" : "; \(above.joined(separator: ", ")) ended above the start \(start): lr too large for them"
      status = ExperimentStatus(
        .finished, "loss after \(stepCount) epochs at lr \(lrText): " + Phrase.joined(standings, separator: ", ") + warning)
    }
  }

  // MARK: - Learning-rate range test

  private func rangeStep() {
    let lr = Self.rangeRates[stepCount]
    for (index, name) in entrantNames.enumerated() {
      // Same weights and the same batch order at every rate: only the step size changes.
      let run = TrainingRun(Self.label(name), network: makeNetwork(), optimizer: name.make(learningRate: Float(lr)))
      var order = RandomSource(seed: batchSeed)
      for _ in 0..<settings.integer("epochs") {
        run.trainEpoch(epochBatches(&order), evaluatingOn: data)
        if run.divergedAtEpoch != nil { break }
      }
      ranges[index].append(rate: lr, loss: run.lastLoss)
    }
    stepCount += 1
    if stepCount == Self.rangeRates.count {
      status = ExperimentStatus(
        .finished,
        Phrase.joined(zip(entrantNames, ranges).map { "\(Self.label($0)): \($1.summaryPhrase)" }, separator: "; "))
    }
  }

  // MARK: - Readouts

  public var readouts: [Readout] {
    if isRangeTest {
      // The rate tried last (none yet before the first step).
      var out = [Readout("lr", stepCount > 0 ? Self.rangeRates[stepCount - 1] : .nan)]
      let named = zip(entrantNames, ranges).map { ("\(Self.label($0))_", $1) }
      for (prefix, range) in (ranges.first.map { [("", $0)] } ?? []) + named {
        out += [
          Readout("\(prefix)best_lr", range.bestRate ?? .nan),
          Readout("\(prefix)good_from", range.goodFrom ?? .nan),
          Readout("\(prefix)good_to", range.goodTo ?? .nan),
          Readout("\(prefix)diverges_from", range.divergesFrom ?? .nan),
        ]
      }
      return out
    }
    return [Readout("epoch", Double(stepCount)), Readout("initial_loss", initialLoss)]
      + entrants.map { Readout("loss_\($0.name)", $0.lastLoss) }
  }

  public var series: [Series] {
    if isRangeTest {
      return [Series("lr", Array(Self.rangeRates.prefix(stepCount)))]
        + zip(entrantNames, ranges).map { Series("final_loss_\(Self.label($0))", $1.losses) }
    }
    return entrants.map { Series("loss_\($0.name)", $0.losses) }
  }
}
