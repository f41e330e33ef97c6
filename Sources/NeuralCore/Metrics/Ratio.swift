// Ratio: a rate built from counts (precision, recall, F1) that remembers its counts, so a metric
// whose denominator is zero reads as 0 yet can still be shown as "undefined" instead of hiding it.

/// A count-based rate `numerator / denominator`.
///
/// When the denominator is zero — precision of a classifier that never predicts the class,
/// recall of a class with no examples — `value` is 0 (scikit-learn's `zero_division=0`
/// convention) and `isDefined` is false, so a display can write "—" or "0 (undefined)".
public struct Ratio: Equatable, Sendable, CustomStringConvertible {
  /// The count on top, such as true positives.
  public let numerator: Int
  /// The count below, such as true positives + false positives.
  public let denominator: Int

  /// A rate of `numerator` out of `denominator`.
  public init(_ numerator: Int, of denominator: Int) {
    precondition(numerator >= 0 && denominator >= 0, "Ratio: counts cannot be negative")
    self.numerator = numerator
    self.denominator = denominator
  }

  /// Whether the denominator is positive, so that the rate means something.
  public var isDefined: Bool { denominator > 0 }

  /// The rate, or 0 when it is undefined.
  public var value: Double { denominator > 0 ? Double(numerator) / Double(denominator) : 0 }

  /// `"0.750 (3/4)"`, or `"undefined (0/0)"`.
  public var description: String {
    guard isDefined else { return "undefined (\(numerator)/\(denominator))" }
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) (\(numerator)/\(denominator))"
  }
}
