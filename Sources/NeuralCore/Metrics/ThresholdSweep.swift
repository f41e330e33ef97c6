// ThresholdSweep: the shared walk behind the ROC and precision–recall curves — lower the
// threshold through every distinct score and count the positives and negatives let through.

/// One point on a threshold curve: `x` and `y` are the curve's axes (false-positive rate and
/// true-positive rate for ROC; recall and precision for PR).
public struct CurvePoint: Equatable, Sendable {
  /// Horizontal coordinate, in [0, 1].
  public var x: Double
  /// Vertical coordinate, in [0, 1].
  public var y: Double
  /// Examples with score ≥ threshold are predicted positive; +∞ for the "nothing positive" end.
  public var threshold: Float
}

/// Cumulative counts after admitting every example with score ≥ `threshold`.
struct SweepStep {
  var threshold: Float
  var truePositives: Int
  var falsePositives: Int
}

enum ThresholdSweep {
  /// One step per distinct score, from the highest down; examples with equal scores enter
  /// together, which is what makes tied scores count as half right in the area under ROC.
  /// Returns nil when a score is NaN (no order) or when the inputs are empty.
  static func steps(scores: [Float], positives: [Bool]) -> [SweepStep]? {
    precondition(scores.count == positives.count, "curve: \(scores.count) scores, \(positives.count) labels")
    guard !scores.isEmpty, !scores.contains(where: \.isNaN) else { return nil }
    let order = scores.indices.sorted { scores[$0] > scores[$1] }
    var steps = [SweepStep]()
    var tp = 0, fp = 0
    for (rank, i) in order.enumerated() {
      if positives[i] { tp += 1 } else { fp += 1 }
      let last = rank == order.count - 1
      if last || scores[order[rank + 1]] != scores[i] {
        steps.append(SweepStep(threshold: scores[i], truePositives: tp, falsePositives: fp))
      }
    }
    return steps
  }
}
