// The metrics experiment shows what it exists to show: on a 95/5 set the always-negative
// baseline scores 95% with zero recall; a higher threshold never finds more positives; weighting
// the rare class finds more of it; and every rate is the hand count it claims to be.
import NeuralCore
import Testing
@testable import Experiments

@Suite struct MetricsExperimentTests {
  static func run(_ assignments: [String], seed: UInt64, steps: Int = MetricsExperiment.defaultSteps) throws -> MetricsExperiment {
    let e = try MetricsExperiment(settings: MetricsExperiment.settings(assignments), seed: seed)
    e.run(steps: steps)
    return e
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func alwaysNegativeScoresNinetyFivePercentAndFindsNothing(seed: UInt64) throws {
    let e = try Self.run(["dataset=imbalanced"], seed: seed, steps: 1)
    #expect(abs((e.readout("baseline_accuracy") ?? 0) - 0.95) < 0.005)
    #expect(e.readout("baseline_recall") == 0)
    #expect(e.baseline.majorityClass != e.positiveLabel)
  }

  @Test(arguments: ["breast_cancer", "imbalanced"], [1, 2] as [UInt64])
  func raisingTheThresholdNeverRaisesRecall(dataset: String, seed: UInt64) throws {
    var previous = Double.infinity
    for threshold in stride(from: 0.05, through: 0.95, by: 0.1) {
      let e = try Self.run(["dataset=\(dataset)", "threshold=\(threshold)", "epochs=100"], seed: seed, steps: 100)
      let recall = try #require(e.readout("recall"))
      #expect(recall <= previous, "\(dataset) seed \(seed): recall \(recall) at threshold \(threshold)")
      previous = recall
    }
    #expect(previous < 1)
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func weightingTheRareClassRaisesItsRecall(seed: UInt64) throws {
    let plain = try Self.run(["dataset=imbalanced"], seed: seed)
    let weighted = try Self.run(["dataset=imbalanced", "class_weight=19"], seed: seed)
    let before = try #require(plain.readout("recall")), after = try #require(weighted.readout("recall"))
    #expect(after > before + 0.2, "seed \(seed): recall \(before) → \(after)")
    #expect(plain.readout("baseline_accuracy") == weighted.readout("baseline_accuracy"))
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func breastCancerIsRankedAlmostPerfectly(seed: UInt64) throws {
    let e = try Self.run([], seed: seed)
    #expect(e.positiveName == "malignant")
    #expect(try #require(e.readout("roc_auc")) > 0.95)
    #expect(try #require(e.readout("accuracy")) > 0.9)
    #expect(e.status.state == .finished)
    // Always "benign" is right exactly as often as the test set is benign, and finds no cancer.
    let benign = e.test.labels.filter { $0 != e.positiveLabel }.count
    #expect(e.readout("baseline_accuracy") == Double(benign) / Double(e.test.count))
    #expect(e.status.message.contains("always-negative scores"))
    #expect(e.status.message.hasSuffix("recall 0.000"))
  }

  @Test(arguments: [0.2, 0.5, 0.8])
  func ratesAreTheHandCount(threshold: Double) throws {
    let e = try Self.run(["dataset=imbalanced", "threshold=\(threshold)"], seed: 4, steps: 50)
    var tp = 0, fp = 0, fn = 0, tn = 0
    for (score, positive) in zip(e.testScores, e.testPositives) {
      switch (Double(score) >= threshold, positive) {
      case (true, true): tp += 1
      case (true, false): fp += 1
      case (false, true): fn += 1
      case (false, false): tn += 1
      }
    }
    #expect(e.readout("true_positives") == Double(tp))
    #expect(e.readout("false_positives") == Double(fp))
    #expect(e.readout("false_negatives") == Double(fn))
    #expect(e.readout("true_negatives") == Double(tn))
    #expect(tp + fp + fn + tn == e.test.count)
    #expect(e.readout("accuracy") == Double(tp + tn) / Double(e.test.count))
    #expect(e.readout("recall") == Double(tp) / Double(tp + fn))
    #expect(e.readout("specificity") == Double(tn) / Double(tn + fp))
    if tp + fp > 0 { #expect(e.readout("precision") == Double(tp) / Double(tp + fp)) }
    #expect(abs((e.readout("f1") ?? 0) - Double(2 * tp) / Double(2 * tp + fp + fn)) < 1e-12)
  }

  @Test func precisionIsUndefinedWhenNothingIsCalledPositive() throws {
    let e = try Self.run(["dataset=imbalanced", "threshold=0.99"], seed: 1)
    try #require(e.readout("true_positives") == 0 && e.readout("false_positives") == 0)
    #expect(e.readout("precision")?.isNaN == true)
  }

  @Test func sameSeedSameRun() throws {
    let a = try Self.run([], seed: 9, steps: 20), b = try Self.run([], seed: 9, steps: 20)
    #expect(ExperimentReport.json(a) == ExperimentReport.json(b))
  }
}
