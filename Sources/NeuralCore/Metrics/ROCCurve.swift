// ROCCurve: true-positive rate against false-positive rate as the threshold falls, and the area
// under it — the probability that a random positive outscores a random negative.

/// The receiver operating characteristic of a binary classifier's scores.
public struct ROCCurve: Equatable, Sendable {
  /// From (0, 0) at threshold +∞ to (1, 1), one point per distinct score.
  public let points: [CurvePoint]
  /// Area under the curve by the trapezoid rule: 1 for a perfect ranking, 0 for a reversed one,
  /// 0.5 for constant scores (tied scores share a diagonal segment, so ties count half).
  public let area: Double

  /// The curve of `scores` (higher means "more positive") against `positives`; nil when there
  /// are no positives or no negatives (a rate would divide by zero) or a score is NaN.
  public init?(scores: [Float], positives: [Bool]) {
    guard let steps = ThresholdSweep.steps(scores: scores, positives: positives),
      let last = steps.last, last.truePositives > 0, last.falsePositives > 0
    else { return nil }
    let p = Double(last.truePositives), n = Double(last.falsePositives)
    var points = [CurvePoint(x: 0, y: 0, threshold: .infinity)]
    var area = 0.0
    for step in steps {
      let point = CurvePoint(x: Double(step.falsePositives) / n, y: Double(step.truePositives) / p, threshold: step.threshold)
      if let previous = points.last { area += (point.x - previous.x) * (point.y + previous.y) / 2 }
      points.append(point)
    }
    self.points = points
    self.area = area
  }
}
