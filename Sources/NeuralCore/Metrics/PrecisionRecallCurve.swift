// PrecisionRecallCurve: precision against recall as the threshold falls, and average precision —
// the curve that stays honest on imbalanced data where ROC looks flattering.

/// The precision–recall trade-off of a binary classifier's scores.
public struct PrecisionRecallCurve: Equatable, Sendable {
  /// Starts at (recall 0, precision 1, threshold +∞) by convention, then one point per distinct
  /// score from the highest down, ending at recall 1.
  public let points: [CurvePoint]
  /// Average precision, Σₙ (Rₙ − Rₙ₋₁)·Pₙ over the thresholds: the step-wise area under the
  /// curve, without interpolation (scikit-learn's definition). Equals the positive share of the
  /// data for uninformative constant scores, 1 for a perfect ranking.
  public let averagePrecision: Double

  /// The curve of `scores` (higher means "more positive") against `positives`; nil when there
  /// are no positives (recall would divide by zero) or a score is NaN.
  public init?(scores: [Float], positives: [Bool]) {
    guard let steps = ThresholdSweep.steps(scores: scores, positives: positives),
      let last = steps.last, last.truePositives > 0
    else { return nil }
    let p = Double(last.truePositives)
    var points = [CurvePoint(x: 0, y: 1, threshold: .infinity)]
    var average = 0.0
    var previousRecall = 0.0
    for step in steps {
      // Every step admits at least one example, so the precision denominator is positive.
      let recall = Double(step.truePositives) / p
      let precision = Double(step.truePositives) / Double(step.truePositives + step.falsePositives)
      average += (recall - previousRecall) * precision
      previousRecall = recall
      points.append(CurvePoint(x: recall, y: precision, threshold: step.threshold))
    }
    self.points = points
    self.averagePrecision = average
  }
}
