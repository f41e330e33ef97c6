// The optimizers experiment: a fair race (same weights, same batches) in which momentum and the
// adaptive methods beat plain SGD at a small step size, and a learning-rate range test whose
// regions come in the order too low, good, diverges — over several seeds.
import Display
import NeuralCore
import Testing
@testable import Experiments

@Suite struct OptimizersExperimentTests {
  static func run(_ assignments: [String], seed: UInt64, steps: Int = 1000) throws -> OptimizersExperiment {
    let e = try OptimizersExperiment(settings: OptimizersExperiment.settings(assignments), seed: seed)
    e.run(steps: steps)
    return e
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func everyOptimizerStartsFromTheSameWeightsAndLowersTheLoss(seed: UInt64) throws {
    let e = try Self.run([], seed: seed, steps: 0)
    let start = e.entrants.map { $0.classifier.network.parameters.map(\.value) }
    #expect(start.count == 5)
    #expect(start.allSatisfy { $0 == start[0] })
    e.run(steps: 1000)
    #expect(e.status.state == .finished)
    for entrant in e.entrants {
      #expect(entrant.lastLoss < e.initialLoss, "\(entrant.name)")
    }
  }

  /// At a small step size, plain SGD lags: momentum and the adaptive methods get well below it.
  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func momentumAndAdaptiveMethodsBeatSGDAtASmallRate(seed: UInt64) throws {
    let e = try Self.run(["lr=0.01", "epochs=50"], seed: seed)
    let sgd = try #require(e.readout("loss_sgd"))
    // Momentum 0.9 acts like a ten times larger step along steady directions; Adam and RMSProp
    // rescale every coordinate, so a small η stops being small for them.
    for (name, factor) in [("momentum", 0.75), ("rmsprop", 0.1), ("adam", 0.1)] {
      let loss = try #require(e.readout("loss_\(name)"))
      #expect(loss < factor * sgd, "\(name) \(loss) vs sgd \(sgd)")
    }
    #expect(e.status.message.hasPrefix("loss after 50 epochs at lr 0.01: "))
  }

  /// SGD's run does not depend on who else races: every entrant sees the same batches.
  @Test func theSameBatchesWhoeverRaces() throws {
    let alone = try Self.run(["optimizers=sgd", "epochs=10"], seed: 3)
    let field = try Self.run(["optimizers=all", "epochs=10"], seed: 3)
    let sgd = try #require(field.series.first { $0.name == "loss_sgd" })
    #expect(alone.series == [sgd])
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func rangeTestFindsTooLowThenGoodThenDiverges(seed: UInt64) throws {
    let e = try Self.run(["mode=lr-range"], seed: seed)
    #expect(e.status.state == .finished)
    #expect(e.stepCount == OptimizersExperiment.rangeRates.count)
    for (name, range) in zip(e.entrantNames, e.ranges) where name != .adaGrad {
      let regions = range.regions
      let firstGood = try #require(regions.firstIndex(of: .good), "\(name)")
      let lastGood = try #require(regions.lastIndex(of: .good))
      #expect(firstGood > 0, "\(name)")
      #expect(regions[..<firstGood].allSatisfy { $0 == .tooLow }, "\(name) \(regions)")
      #expect(regions[firstGood...lastGood].allSatisfy { $0 == .good }, "\(name) \(regions)")
      // Past the good band the loss only gets worse, though not always monotonically.
      #expect(regions[(lastGood + 1)...].allSatisfy { $0 == .tooHigh || $0 == .diverges }, "\(name) \(regions)")
      let divergesFrom = try #require(range.divergesFrom)
      #expect(try #require(range.goodTo) < divergesFrom)
    }
    #expect(e.readout("best_lr") == e.ranges[0].bestRate)
    #expect(e.readout("diverges_from") == e.ranges[0].divergesFrom)
    #expect(e.readout("adam_best_lr") == e.ranges[4].bestRate)
    // Adaptive methods rescale the gradient, so they peak at a smaller η than SGD.
    #expect(try #require(e.ranges[4].bestRate) < #require(e.ranges[0].bestRate))
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func aRaceWhereNoOneImprovesIsReportedAsDiverged(seed: UInt64) throws {
    let e = try Self.run(["lr=10", "batch=1", "optimizers=sgd,momentum"], seed: seed)
    #expect(e.status.state == .diverged)
    #expect(e.status.message.contains("no optimizer is below the starting loss"))
    #expect(e.status.lesson == "optimizers")
  }

  /// A network whose weights overflowed records NaN — a gap in its series — and stops training.
  @Test func aDivergedEntrantLeavesAGapAndDoesNotCrash() throws {
    var rng = RandomSource(seed: 1)
    let data = DataGenerator.moons(count: 40, rng: &rng)
    let network = Network.multilayerPerceptron(sizes: [2, 4, 2], hidden: .relu, rng: &rng)
    network.parameters[0].value[0] = .infinity
    let entrant = TrainingRun("adam", network: network, optimizer: Adam(learningRate: 0.1))
    entrant.trainEpoch([data], evaluatingOn: data)
    entrant.trainEpoch([data], evaluatingOn: data)
    #expect(entrant.divergedAtEpoch == 1)
    #expect(entrant.losses.count == 2 && entrant.losses.allSatisfy(\.isNaN))
    #expect(entrant.accuracies.count == 2 && entrant.accuracies.allSatisfy(\.isNaN))
    var range = LearningRateRange(initialLoss: 0.7)
    range.append(rate: 0.1, loss: 0.2)
    range.append(rate: 1, loss: .infinity)
    #expect(range.losses[1].isNaN)
    #expect(range.regions == [.good, .diverges])
  }

  @Test func rangeRegionsFromKnownLosses() {
    var range = LearningRateRange(initialLoss: 0.7)
    for (rate, loss) in [(0.001, 0.69), (0.01, 0.5), (0.1, 0.1), (1, 0.05), (2, 0.4), (5, 0.9), (10, .nan)] {
      range.append(rate: rate, loss: loss)
    }
    #expect(range.regions == [.tooLow, .tooLow, .good, .good, .tooHigh, .diverges, .diverges])
    #expect(range.bestRate == 1)
    #expect(range.goodFrom == 0.1)
    #expect(range.goodTo == 1)
    #expect(range.divergesFrom == 5)
    #expect(range.summary == "too low below 0.1, good 0.1–1 (best 1), diverges from 5")
  }

  @Test(arguments: ["race", "lr-range"])
  func sameSeedSameNumbers(mode: String) throws {
    let a = try Self.run(["mode=\(mode)", "epochs=5"], seed: 9)
    let b = try Self.run(["mode=\(mode)", "epochs=5"], seed: 9)
    #expect(a.series == b.series)
    #expect(a.status == b.status)
    #expect(a.series.allSatisfy { $0.values.count == a.stepCount })
  }

  /// One curve per optimizer, one point per step; lr-range mode drawn at several sizes too
  /// (ExperimentDrawingTests draws the default race).
  @Test(arguments: ["race", "lr-range"], Charset.allCases)
  func drawsEveryCurveAtAnySize(mode: String, charset: Charset) throws {
    let e = try Self.run(["mode=\(mode)", "epochs=5"], seed: 2)
    #expect(e.chart(charset).series.map(\.name) == e.entrantNames.map(OptimizersExperiment.label))
    #expect(e.chart(charset).series.allSatisfy { $0.ys.count == e.stepCount })
    for (width, height) in [(10, 3), (40, 12), (200, 60)] {
      var buffer = Buffer(width: width, height: height)
      e.draw(into: &buffer, area: buffer.area, charset: charset)
    }
  }
}
