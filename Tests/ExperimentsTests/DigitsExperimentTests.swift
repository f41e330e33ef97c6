// The digits experiment learns the real UCI digits to about 95% test accuracy, and its confusion
// matrix, accuracy and list of misclassified digits all tell the same story.
import NeuralCore
import Testing
@testable import Experiments

@Suite struct DigitsExperimentTests {
  static func run(_ assignments: [String] = [], seed: UInt64) throws -> DigitsExperiment {
    let e = try DigitsExperiment(settings: DigitsExperiment.settings(assignments), seed: seed)
    e.run(steps: DigitsExperiment.defaultSteps)
    return e
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func passesNinetyPercentWithinTheDefaultEpochs(seed: UInt64) throws {
    let e = try Self.run(seed: seed)
    #expect(e.status.state == .finished)
    #expect(e.stepCount == e.settings.integer("epochs"))
    let accuracy = try #require(e.readout("test_accuracy"))
    #expect(accuracy > 0.9, "seed \(seed): test accuracy \(accuracy)")
    // Learning, not luck: the untrained network is near chance.
    let fresh = try DigitsExperiment(settings: DigitsExperiment.settings(), seed: seed)
    #expect(try #require(fresh.readout("test_accuracy")) < 0.4)
  }

  @Test(arguments: [1, 2] as [UInt64])
  func confusionMatrixAgreesWithTheAccuracyAndTheTestSet(seed: UInt64) throws {
    let e = try Self.run(["epochs=3"], seed: seed)
    #expect(e.confusion.total == e.test.count)
    #expect(Double(e.confusion.total) == e.readout("test_size"))
    let trace = (0..<10).reduce(0) { $0 + e.confusion[$1, $1] }
    #expect(abs(Double(trace) / Double(e.test.count) - (e.readout("test_accuracy") ?? -1)) < 1e-12)
    #expect(e.misclassified.count == e.test.count - trace)
  }

  @Test(arguments: [1, 4] as [UInt64])
  func misclassifiedAreExactlyTheTestDigitsWhoseArgmaxIsWrong(seed: UInt64) throws {
    let e = try Self.run(["epochs=2"], seed: seed)
    let probabilities = e.testProbabilities
    var wrong: [Int] = []
    for i in 0..<e.test.count {
      let row = (0..<10).map { probabilities[i, $0] }
      #expect(abs(row.reduce(0, +) - 1) < 1e-4)
      let best = row.indices.max { row[$0] < row[$1] } ?? -1
      if best != e.test.labels[i] { wrong.append(i) }
    }
    #expect(!wrong.isEmpty)
    #expect(e.misclassified == wrong)
  }

  @Test func theExampleKnobBrowsesTheMisclassifiedDigitsAndWraps() throws {
    let first = try Self.run(["epochs=2"], seed: 5)
    let count = first.misclassified.count
    try #require(count >= 2)
    let second = try Self.run(["epochs=2", "example=1"], seed: 5)
    let wrapped = try Self.run(["epochs=2", "example=\(count + 1)"], seed: 5)
    #expect(first.shownIndex == first.misclassified[0])
    #expect(second.shownIndex == first.misclassified[1])
    #expect(wrapped.shownIndex == second.shownIndex)
    #expect(second.readout("shown_prediction") != second.readout("shown_truth"))
    let probabilities = try #require(second.readouts.first { $0.name == "shown_probabilities" }?.values)
    #expect(probabilities.indices.max { probabilities[$0] < probabilities[$1] }.map(Double.init) == second.readout("shown_prediction"))
  }

  @Test func sameSeedSameRun() throws {
    let a = try Self.run(["epochs=2"], seed: 7), b = try Self.run(["epochs=2"], seed: 7)
    #expect(ExperimentReport.json(a) == ExperimentReport.json(b))
  }
}
