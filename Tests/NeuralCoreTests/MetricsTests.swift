// Classification metrics on hand-worked examples: confusion matrix, precision/recall/F1 with
// their zero-denominator behaviour, the majority baseline, ROC/AUC and precision–recall.
import Testing
@testable import NeuralCore

@Suite struct MetricsTests {
  // Worked by hand: rows are the truth, columns the prediction.
  //        pred 0  1  2
  // true 0      2  1  1
  // true 1      1  2  0
  // true 2      0  1  2
  let truth = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2]
  let predicted = [0, 0, 1, 2, 1, 1, 0, 2, 2, 1]

  @Test func confusionMatrixOnAHandWorkedExample() {
    let m = ConfusionMatrix(truth: truth, predicted: predicted, classCount: 3)
    #expect(m.counts == [2, 1, 1, 1, 2, 0, 0, 1, 2])
    #expect(m[0, 2] == 1 && m[2, 0] == 0 && m.total == 10)
    #expect(abs(m.accuracy - 0.6) < 1e-12)
    #expect(Metrics.accuracy(truth: truth, predicted: predicted) == m.accuracy)
    #expect(m.precision(0) == Ratio(2, of: 3) && m.recall(0) == Ratio(2, of: 4))
    #expect(m.precision(1) == Ratio(2, of: 4) && m.recall(1) == Ratio(2, of: 3))
    #expect(m.precision(2) == Ratio(2, of: 3) && m.recall(2) == Ratio(2, of: 3))
    // F1 of class 0: harmonic mean of 2/3 and 1/2 is 4/7.
    #expect(abs(m.f1(0).value - 4.0 / 7) < 1e-12)
    #expect(abs(m.f1(2).value - 2.0 / 3) < 1e-12)
    #expect(abs(m.macroF1 - (4.0 / 7 + 4.0 / 7 + 2.0 / 3) / 3) < 1e-12)
    #expect(m.binary(positive: 0) == BinaryCounts(truePositives: 2, falsePositives: 1, falseNegatives: 2, trueNegatives: 5))
  }

  @Test func zeroDenominatorsAreZeroAndFlagged() {
    // Class 2 is never predicted and class 1 never occurs.
    let m = ConfusionMatrix(truth: [0, 0, 2], predicted: [0, 1, 0], classCount: 3)
    #expect(!m.precision(2).isDefined && m.precision(2).value == 0)
    #expect(!m.recall(1).isDefined && m.recall(1).value == 0)
    #expect(m.f1(1).isDefined && m.f1(1).value == 0)  // predicted once, wrongly: F1 is a true 0
    let none = BinaryCounts(truth: [false, false], predicted: [false, false])
    #expect(!none.f1.isDefined && !none.precision.isDefined && !none.recall.isDefined)
    #expect(none.accuracy == Ratio(2, of: 2))
    #expect(Ratio(0, of: 0).description == "undefined (0/0)")
    #expect(Ratio(3, of: 4).description == "0.750 (3/4)")
    #expect(Ratio(1, of: 3).description == "0.333 (1/3)")
  }

  @Test func thresholdCountsMatchTheScores() {
    let counts = BinaryCounts(scores: [0.9, 0.4, 0.6, 0.1], truth: [true, true, false, false], threshold: 0.5)
    #expect(counts == BinaryCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1, trueNegatives: 1))
    #expect(counts.falsePositiveRate == Ratio(1, of: 2))
  }

  @Test func majorityBaselineLooksGoodOnImbalancedData() {
    var rng = RandomSource(seed: 3)
    let set = DataGenerator.imbalanced(count: 1000, rng: &rng)
    let baseline = Metrics.majorityBaseline(truth: set.labels, classCount: 2)
    #expect(baseline.majorityClass == 0)
    #expect(abs(baseline.accuracy - 0.95) < 1e-12)
    #expect(baseline.recall(0) == Ratio(950, of: 950))
    #expect(baseline.recall(1) == Ratio(0, of: 50))
    #expect(!baseline.confusion.precision(1).isDefined)
  }

  @Test func rocAreaOfPerfectReversedAndTiedRankings() throws {
    let positives = [true, true, true, false, false, false]
    let perfect: [Float] = [0.9, 0.8, 0.7, 0.3, 0.2, 0.1]
    #expect(try #require(ROCCurve(scores: perfect, positives: positives)).area == 1)
    #expect(try #require(ROCCurve(scores: perfect.reversed(), positives: positives)).area == 0)
    let tied = try #require(ROCCurve(scores: Array(repeating: 0.5, count: 6), positives: positives))
    #expect(tied.area == 0.5)
    #expect(tied.points == [CurvePoint(x: 0, y: 0, threshold: .infinity), CurvePoint(x: 1, y: 1, threshold: 0.5)])
  }

  @Test func rocAreaIsTheProbabilityAPositiveOutranksANegative() throws {
    // Of the 9 positive–negative pairs, 8 are ordered correctly.
    let roc = try #require(ROCCurve(scores: [0.9, 0.8, 0.7, 0.6, 0.55, 0.5], positives: [true, true, false, true, false, false]))
    #expect(abs(roc.area - 8.0 / 9) < 1e-12)
    #expect(roc.points.count == 7 && roc.points.last?.x == 1 && roc.points.last?.y == 1)
    // A tie between a positive and a negative counts half: (1 + 1 + 0.5 + 1) / 4.
    let ties = try #require(ROCCurve(scores: [1, 0.5, 0.5, 0], positives: [true, true, false, false]))
    #expect(abs(ties.area - 0.875) < 1e-12)
    #expect(ROCCurve(scores: [0.1, 0.2], positives: [true, true]) == nil)
    #expect(ROCCurve(scores: [.nan, 0.2], positives: [true, false]) == nil)
  }

  @Test func precisionRecallAndAveragePrecision() throws {
    let pr = try #require(
      PrecisionRecallCurve(scores: [0.9, 0.8, 0.7, 0.6, 0.55, 0.5], positives: [true, true, false, true, false, false]))
    // Recall steps of 1/3 at precisions 1, 1 and 3/4: AP = 1/3 + 1/3 + 1/4.
    #expect(abs(pr.averagePrecision - 11.0 / 12) < 1e-12)
    #expect(pr.points.first == CurvePoint(x: 0, y: 1, threshold: .infinity))
    #expect(abs(pr.points[4].y - 0.75) < 1e-12 && pr.points[4].x == 1)
    #expect(pr.points.last.map { abs($0.y - 0.5) < 1e-12 } == true)
    // Constant scores: AP is the share of positives.
    let flat = try #require(PrecisionRecallCurve(scores: [1, 1, 1, 1], positives: [true, false, false, false]))
    #expect(abs(flat.averagePrecision - 0.25) < 1e-12)
    let perfect = try #require(PrecisionRecallCurve(scores: [3, 2, 1], positives: [true, true, false]))
    #expect(perfect.averagePrecision == 1)
    #expect(PrecisionRecallCurve(scores: [1, 2], positives: [false, false]) == nil)
  }
}
