// Metrics: free-standing scores over labels — accuracy and the majority-class baseline that
// shows why accuracy lies on imbalanced data. Clustering scores extend this namespace elsewhere.

/// Namespace for scores computed from labels, predictions and points.
public enum Metrics {
  /// Share of positions where `predicted` equals `truth` (0 for empty input).
  public static func accuracy(truth: [Int], predicted: [Int]) -> Double {
    precondition(truth.count == predicted.count, "accuracy: \(truth.count) labels, \(predicted.count) predictions")
    return Ratio(zip(truth, predicted).filter { $0 == $1 }.count, of: truth.count).value
  }

  /// What "always predict the most common class" scores on `truth`.
  ///
  /// On the 95/5 set it has accuracy 0.95 and recall 0 on the rare class: the number the
  /// metrics lesson opens with. Ties between equally common classes go to the smaller index.
  public static func majorityBaseline(truth: [Int], classCount: Int) -> MajorityBaseline {
    var counts = Array(repeating: 0, count: classCount)
    for label in truth { counts[label] += 1 }
    var majority = 0
    for c in counts.indices where counts[c] > counts[majority] { majority = c }
    let confusion = ConfusionMatrix(
      truth: truth, predicted: Array(repeating: majority, count: truth.count), classCount: classCount)
    return MajorityBaseline(majorityClass: majority, confusion: confusion)
  }
}

/// The scores of the classifier that always predicts the majority class.
public struct MajorityBaseline: Equatable, Sendable {
  /// The class it always predicts.
  public let majorityClass: Int
  /// Its confusion matrix: one non-zero column.
  public let confusion: ConfusionMatrix

  /// Its accuracy: the majority class's share of the data.
  public var accuracy: Double { confusion.accuracy }

  /// Its recall on class `c`: 1 for the majority class (if present), 0 for every other.
  public func recall(_ c: Int) -> Ratio { confusion.recall(c) }
}
