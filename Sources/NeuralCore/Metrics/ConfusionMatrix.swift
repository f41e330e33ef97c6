// ConfusionMatrix: counts of (true class, predicted class) pairs for k classes, and the per-class
// precision, recall and F1 read off its columns and rows.

/// A k×k table counting how often each true class (row) was predicted as each class (column).
public struct ConfusionMatrix: Equatable, Sendable {
  /// Number of classes k.
  public let classCount: Int
  /// The counts, row-major: `counts[truth * classCount + predicted]`.
  public private(set) var counts: [Int]

  /// Counts the pairs of `truth` and `predicted`; both hold class indices in `0..<classCount`.
  public init(truth: [Int], predicted: [Int], classCount: Int) {
    precondition(truth.count == predicted.count, "ConfusionMatrix: \(truth.count) labels, \(predicted.count) predictions")
    precondition(classCount > 0, "ConfusionMatrix: need at least one class")
    self.classCount = classCount
    counts = Array(repeating: 0, count: classCount * classCount)
    for (t, p) in zip(truth, predicted) {
      precondition(t >= 0 && t < classCount && p >= 0 && p < classCount, "ConfusionMatrix: class outside 0..<\(classCount)")
      counts[t * classCount + p] += 1
    }
  }

  /// How many examples of class `truth` were predicted as `predicted`.
  public subscript(truth: Int, predicted: Int) -> Int {
    counts[truth * classCount + predicted]
  }

  /// Number of examples counted.
  public var total: Int { counts.reduce(0, +) }

  /// Share of examples on the diagonal (0 when there are none).
  public var accuracy: Double {
    Ratio((0..<classCount).reduce(0) { $0 + self[$1, $1] }, of: total).value
  }

  /// Precision of class `c`: of the examples predicted `c`, the share that are `c` (column).
  public func precision(_ c: Int) -> Ratio {
    Ratio(self[c, c], of: (0..<classCount).reduce(0) { $0 + self[$1, c] })
  }

  /// Recall of class `c`: of the examples that are `c`, the share predicted `c` (row).
  public func recall(_ c: Int) -> Ratio {
    Ratio(self[c, c], of: (0..<classCount).reduce(0) { $0 + self[c, $1] })
  }

  /// F1 of class `c`, the harmonic mean of precision and recall, computed from counts as
  /// 2·TP / (2·TP + FP + FN): undefined only when the class is neither present nor predicted.
  public func f1(_ c: Int) -> Ratio {
    binary(positive: c).f1
  }

  /// Unweighted mean of the per-class F1 scores (undefined classes count as 0).
  public var macroF1: Double {
    (0..<classCount).reduce(0) { $0 + f1($1).value } / Double(classCount)
  }

  /// The two-class view with `positive` against all other classes.
  public func binary(positive: Int) -> BinaryCounts {
    let tp = self[positive, positive]
    let predictedPositive = (0..<classCount).reduce(0) { $0 + self[$1, positive] }
    let actualPositive = (0..<classCount).reduce(0) { $0 + self[positive, $1] }
    return BinaryCounts(
      truePositives: tp, falsePositives: predictedPositive - tp, falseNegatives: actualPositive - tp,
      trueNegatives: total - predictedPositive - actualPositive + tp)
  }
}
