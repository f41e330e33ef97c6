// BinaryCounts: the four outcomes of a yes/no classifier and the rates the metrics lesson shows
// (precision, recall, F1, false-positive rate), including at a chosen score threshold.

/// True/false positives and negatives of a binary classifier.
public struct BinaryCounts: Equatable, Sendable {
  public var truePositives: Int
  public var falsePositives: Int
  public var falseNegatives: Int
  public var trueNegatives: Int

  /// The four counts, given directly.
  public init(truePositives: Int, falsePositives: Int, falseNegatives: Int, trueNegatives: Int) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
    self.trueNegatives = trueNegatives
  }

  /// Counts predictions against the truth (true = positive).
  public init(truth: [Bool], predicted: [Bool]) {
    precondition(truth.count == predicted.count, "BinaryCounts: \(truth.count) labels, \(predicted.count) predictions")
    self.init(truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0)
    for (t, p) in zip(truth, predicted) {
      switch (t, p) {
      case (true, true): truePositives += 1
      case (false, true): falsePositives += 1
      case (true, false): falseNegatives += 1
      case (false, false): trueNegatives += 1
      }
    }
  }

  /// Counts the predictions "positive when score ≥ threshold" against the truth.
  public init(scores: [Float], truth: [Bool], threshold: Float) {
    self.init(truth: truth, predicted: scores.map { $0 >= threshold })
  }

  /// Number of examples.
  public var total: Int { truePositives + falsePositives + falseNegatives + trueNegatives }

  /// Share of correct predictions.
  public var accuracy: Ratio { Ratio(truePositives + trueNegatives, of: total) }

  /// TP / (TP + FP): of the predicted positives, how many are positive.
  public var precision: Ratio { Ratio(truePositives, of: truePositives + falsePositives) }

  /// TP / (TP + FN): of the positives, how many were found (the true-positive rate).
  public var recall: Ratio { Ratio(truePositives, of: truePositives + falseNegatives) }

  /// 2·TP / (2·TP + FP + FN), equal to the harmonic mean of precision and recall when both are
  /// defined; undefined only when there are no positives and none are predicted.
  public var f1: Ratio { Ratio(2 * truePositives, of: 2 * truePositives + falsePositives + falseNegatives) }

  /// FP / (FP + TN): of the negatives, how many were flagged (the ROC curve's x axis).
  public var falsePositiveRate: Ratio { Ratio(falsePositives, of: falsePositives + trueNegatives) }
}
