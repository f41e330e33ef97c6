// Ticks: "nice" tick positions (1-2-5 steps, whole decades) and their compact labels.

import Display
import Foundation

/// Tick positions along an axis with their labels.
///
/// Linear axes use steps of 1, 2 or 5 times a power of ten (Heckbert's nice numbers); log axes use
/// whole decades, with 2 and 5 in between when the axis spans few decades. Labels are compact
/// (`0.25`, `1.2k`, `1e-3`, `10⁻³`) and share one format along an axis, so that `0.5` and `1`
/// appear as `0.5` and `1`, never as `0.50` and `1.00`.
public struct Ticks: Sendable, Equatable {
  /// Tick positions, ascending, in data units.
  public var values: [Double]
  /// One label per value.
  public var labels: [String]

  /// The widest label, in terminal columns.
  public var labelWidth: Int { labels.map(displayWidth).max() ?? 0 }

  /// Ticks for `scale` with at most `maxCount` values (at least 2 are asked for).
  ///
  /// - Parameter superscripts: write decades as `10⁻³` (Unicode) rather than `1e-3`.
  public init(for scale: Scale, maxCount: Int, superscripts: Bool = true) {
    switch scale.kind {
    case .linear: self = Ticks.linear(scale, maxCount: maxCount)
    case .log10: self = Ticks.logarithmic(scale, maxCount: maxCount, superscripts: superscripts)
    }
  }

  /// Explicit ticks.
  public init(values: [Double], labels: [String]) {
    self.values = values
    self.labels = labels
  }

  /// The smallest step of the form {1, 2, 5} × 10ᵏ that cuts `span` into at most `count` parts.
  public static func niceStep(span: Double, count: Int) -> Double {
    let raw = span / Double(Swift.max(count, 1))
    guard raw.isFinite, raw > 0 else { return 1 }
    let magnitude = pow(10, log10(raw).rounded(.down))
    for multiple in [1.0, 2, 5, 10] where multiple * magnitude >= raw * (1 - 1e-9) {
      return multiple * magnitude
    }
    return 10 * magnitude
  }

  private static func linear(_ scale: Scale, maxCount: Int) -> Ticks {
    let count = Swift.max(maxCount, 2)
    let span = scale.upper - scale.lower
    var step = niceStep(span: span, count: count - 1)
    var values = multiples(of: step, in: scale, limit: count)
    // A short axis may hold only one multiple of the step: refine until there are two labels.
    var refinements = 0
    while values.count < 2 && refinements < 6 {
      // The next smaller 1-2-5 step (neighbours differ by a factor of 2 or 2.5).
      step = niceStep(span: step / 2.6, count: 1)
      values = multiples(of: step, in: scale, limit: count + 1)
      refinements += 1
    }
    return Ticks(values: values, labels: TickLabel.labels(for: values, step: step))
  }

  /// The multiples of `step` inside the scale's limits, at most `limit` + 1 of them.
  private static func multiples(of step: Double, in scale: Scale, limit: Int) -> [Double] {
    let first = (scale.lower / step - 1e-9).rounded(.up)
    var values: [Double] = []
    var index = 0.0
    while values.count <= limit {
      var v = (first + index) * step
      if v > scale.upper + step * 1e-9 { break }
      // Multiples of a decimal step carry binary noise; snap what should be zero to zero.
      if Swift.abs(v) < step * 1e-9 { v = 0 }
      values.append(v)
      index += 1
    }
    return values
  }

  private static func logarithmic(_ scale: Scale, maxCount: Int, superscripts: Bool) -> Ticks {
    let count = Swift.max(maxCount, 2)
    let loDecade = Int((log10(scale.lower) - 1e-9).rounded(.up))
    let hiDecade = Int((log10(scale.upper) + 1e-9).rounded(.down))
    let decades = hiDecade - loDecade + 1
    var values: [Double] = []
    var labels: [String] = []
    if decades <= 3 {
      // Few decades: 1, 2 and 5 of each decade, as far as they fit the limits.
      for decade in (loDecade - 1)...(hiDecade + 1) {
        for multiple in [1.0, 2, 5] {
          let v = multiple * pow(10, Double(decade))
          guard v >= scale.lower * (1 - 1e-9), v <= scale.upper * (1 + 1e-9) else { continue }
          values.append(v)
          labels.append(
            multiple == 1 ? TickLabel.decade(decade, superscripts: superscripts) : TickLabel.compact(v))
        }
      }
      if values.count <= count { return Ticks(values: values, labels: labels) }
      values = []
      labels = []
    }
    let stride = Swift.max(1, Int((Double(decades) / Double(count)).rounded(.up)))
    var decade = loDecade
    while decade <= hiDecade {
      values.append(pow(10, Double(decade)))
      labels.append(TickLabel.decade(decade, superscripts: superscripts))
      decade += stride
    }
    return Ticks(values: values, labels: labels)
  }
}
