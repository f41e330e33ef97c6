// The dropout experiment: the A/B is fair (same data, start and batches), and over several seeds
// the runs show what the overfitting lesson says — with a thousand digits dropout lowers test loss
// and error, with a hundred the gain is not reliable, and on a too-small network it underfits.
import Testing
import NeuralCore
@testable import Experiments

@Suite struct DropoutExperimentTests {
  static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6]

  static func make(_ assignments: [String], seed: UInt64 = 1) throws -> DropoutExperiment {
    try DropoutExperiment(settings: DropoutExperiment.settings(assignments), seed: seed)
  }

  static func run(_ assignments: [String], seed: UInt64 = 1) throws -> DropoutExperiment {
    let e = try make(assignments, seed: seed)
    e.run(steps: DropoutExperiment.defaultSteps)
    return e
  }

  /// Final test error and loss with dropout and without, for one seed.
  struct Outcome {
    let error: Double, baselineError: Double, loss: Double, baselineLoss: Double
    init(_ e: DropoutExperiment) throws {
      error = 1 - (try #require(e.readout("test_accuracy")))
      baselineError = 1 - (try #require(e.readout("baseline_test_accuracy")))
      loss = try #require(e.readout("test_loss"))
      baselineLoss = try #require(e.readout("baseline_test_loss"))
    }
    var errorGain: Double { baselineError - error }
  }

  static func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }

  /// The standard error of the mean of `xs`.
  static func standardError(_ xs: [Double]) -> Double {
    let m = mean(xs)
    let variance = xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(xs.count - 1)
    return (variance / Double(xs.count)).squareRoot()
  }

  @Test func aThousandDigitsOverfitAndDropoutLowersTestLossAndError() throws {
    var outcomes: [Outcome] = []
    for seed in Self.seeds {
      let e = try Self.run(["train_size=1000"], seed: seed)
      #expect(e.status.state == .finished)
      #expect(e.stepCount == 100)
      // Without dropout the wide network memorises its training set.
      #expect(try #require(e.readout("baseline_train_accuracy")) == 1)
      #expect(try #require(e.readout("train_accuracy")) > 0.99)
      let outcome = try Outcome(e)
      // The status quotes both runs' test errors, whatever it concludes.
      #expect(e.status.message.contains(RateText.percent(outcome.error)))
      #expect(e.status.message.contains(RateText.percent(outcome.baselineError)))
      outcomes.append(outcome)
    }
    // Test loss: lower with dropout for every seed, by at least a tenth on average.
    #expect(outcomes.allSatisfy { $0.loss < $0.baselineLoss })
    #expect(Self.mean(outcomes.map(\.loss)) < 0.9 * Self.mean(outcomes.map(\.baselineLoss)))
    // Test error: lower on average (the gain is a few tenths of a point: a handful of digits).
    #expect(Self.mean(outcomes.map(\.errorGain)) > 0.001)
    // And the train/test gap narrows.
    #expect(Self.mean(outcomes.map(\.error)) < Self.mean(outcomes.map(\.baselineError)))
  }

  @Test func aHundredDigitsGiveNoReliableGain() throws {
    var outcomes: [Outcome] = []
    for seed in Self.seeds {
      let e = try Self.run(["train_size=100"], seed: seed)
      #expect(e.split.train.count == 100)
      #expect(try #require(e.readout("baseline_train_accuracy")) == 1)
      outcomes.append(try Outcome(e))
    }
    let gains = outcomes.map(\.errorGain)
    // Both networks overfit badly: several times the error of the thousand-digit runs.
    #expect(outcomes.allSatisfy { $0.baselineError > 0.06 && $0.error > 0.06 })
    // The mean change in test error is inside two standard errors of zero, and for some seeds
    // dropout does worse on the test error or the test loss.
    #expect(abs(Self.mean(gains)) < 2 * Self.standardError(gains))
    #expect(outcomes.contains { $0.errorGain < 0 || $0.loss > $0.baselineLoss })
  }

  @Test func dropoutMakesATooSmallNetworkUnderfit() throws {
    for seed in Self.seeds.prefix(3) {
      let e = try Self.run(["hidden=8", "train_size=500", "epochs=50"], seed: seed)
      let train = try #require(e.readout("train_accuracy")), baselineTrain = try #require(e.readout("baseline_train_accuracy"))
      let test = try #require(e.readout("test_accuracy")), baselineTest = try #require(e.readout("baseline_test_accuracy"))
      #expect(baselineTrain > 0.9)
      #expect(train < baselineTrain - 0.1)
      #expect(test < baselineTest - 0.1)
      #expect(e.status.message.hasPrefix("dropout made the network underfit"))
      #expect(e.status.lesson == "overfitting")
    }
  }

  /// With p = 0 the two runs are the same network on the same batches, so every number matches:
  /// the only difference in the A/B is dropout.
  @Test func theBaselineDiffersOnlyInP() throws {
    let e = try Self.make(["p=0", "train_size=200"])
    let baseline = try #require(e.baselineRun)
    let start = baseline.network.parameters.map(\.value)
    let sameStart = e.dropoutRun.network.parameters.map(\.value) == start
    #expect(sameStart, "both runs start from the same weights")
    e.run(steps: 5)
    #expect(e.dropoutRun.history == baseline.history)
    #expect(e.dropoutRun.history.trainLoss.count == 5)

    // With p > 0 the start is still the same (the builder draws weights before dropout masks).
    let withDropout = try Self.make(["p=0.5", "train_size=200"])
    let sameStartWithDropout = withDropout.dropoutRun.network.parameters.map(\.value) == start
    #expect(sameStartWithDropout)
  }

  @Test func weightDecayShrinksTheWeights() throws {
    func squaredNorm(_ e: DropoutExperiment) throws -> Float {
      let run = try #require(e.baselineRun)
      return run.network.parameters.filter(\.decays).flatMap(\.value).reduce(0) { $0 + $1 * $1 }
    }
    let plain = try Self.make(["train_size=100", "epochs=20"]), decayed = try Self.make(["train_size=100", "epochs=20", "weight_decay=0.01"])
    plain.run(steps: 20)
    decayed.run(steps: 20)
    #expect(try squaredNorm(decayed) < 0.9 * squaredNorm(plain))
  }

  @Test func theSameSeedGivesTheSameNumbers() throws {
    let a = try Self.make(["train_size=300"], seed: 7), b = try Self.make(["train_size=300"], seed: 7)
    a.run(steps: 3)
    b.run(steps: 3)
    #expect(a.readouts == b.readouts)
    #expect(a.series == b.series)
    let c = try Self.make(["train_size=300"], seed: 8)
    c.run(steps: 3)
    #expect(c.readouts != a.readouts)
  }

  @Test func theTestSetIsTheSameForEveryTrainingSizeAndTrainingIsBalanced() throws {
    let small = try Self.make(["train_size=100"]), large = try Self.make(["train_size=1000"])
    #expect(small.split.test == large.split.test)
    #expect(small.split.test.count == DigitsSplit.testCount)
    #expect(small.split.train.classCounts == Array(repeating: 10, count: 10))
    #expect(large.split.train.count == 1000)
    #expect(large.split.train.features.data.allSatisfy { $0 >= 0 && $0 <= 1 })
    // No training digit is also a test digit.
    let testRows = Set((0..<large.split.test.count).map { large.split.test.features.row($0) })
    let shared = (0..<large.split.train.count).filter { testRows.contains(large.split.train.features.row($0)) }
    // The digits file has a few exact duplicate images, so allow those and no more.
    #expect(shared.count < 10)
  }

  @Test func compareOffRunsOnlyTheChosenP() throws {
    let e = try Self.make(["compare=off", "epochs=2", "train_size=100"])
    e.run(steps: 10)
    #expect(e.baselineRun == nil)
    #expect(e.stepCount == 2)
    #expect(e.readouts.map(\.name) == ["train_accuracy", "test_accuracy", "train_loss", "test_loss", "gap"])
    #expect(e.series.map(\.name) == ["train_accuracy", "test_accuracy", "train_loss", "test_loss"])
    #expect(e.status.state == .finished)
    #expect(e.status.message.hasPrefix("after 2 epochs: train accuracy"))
  }

  @Test func readoutsAndSeriesNameBothRuns() throws {
    let e = try Self.make(["epochs=3", "train_size=100"])
    e.run(steps: 3)
    let names = e.readouts.map(\.name)
    for name in ["train_accuracy", "test_accuracy", "train_loss", "test_loss", "gap"] {
      #expect(names.contains(name) && names.contains("baseline_" + name))
    }
    let gap = try #require(e.readout("gap"))
    #expect(abs(gap - (try #require(e.readout("train_accuracy")) - (try #require(e.readout("test_accuracy"))))) < 1e-12)
    #expect(e.series.count == 8)
    #expect(e.series.allSatisfy { $0.values.count == 3 })
  }

  @Test func tooLargeAStepIsReportedNotHidden() throws {
    let e = try Self.run(["lr=1", "train_size=100"])
    #expect(e.status.state == .diverged)
    #expect(e.status.message.contains("stuck at chance after 5 epochs"))
    #expect(e.status.message.contains("lower lr"))
    #expect(e.status.lesson == "optimizers")
    #expect(e.stepCount == DropoutExperiment.chanceCheckEpoch)
  }
}
