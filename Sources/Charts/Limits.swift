// Limits: automatic axis limits from data (flat series, gaps, huge ranges) and repair of bad bounds.

import Foundation

/// Automatic axis limits.
///
/// The rules follow what readers of a training curve expect: NaN and ±∞ are ignored (they are drawn
/// as gaps), a flat series gets a padded range so it still draws as a line in the middle, and a log
/// axis spans whole decades.
public enum Limits {
  /// The largest magnitude a limit may have; keeps spans and tick arithmetic finite.
  public static let largestMagnitude = 1e300

  /// Limits that contain every placeable value of `values` on a scale of `kind`.
  ///
  /// - Parameters:
  ///   - values: the data; NaN, ±∞ and (for `.log10`) non-positive values are ignored.
  ///   - kind: the scale the limits are for.
  ///   - including: extra values that must be inside the limits (a reference line, zero).
  /// - Returns: a scale whose linear limits are rounded outward to "nice" tick steps, or whose log
  ///   limits are whole decades.
  public static func automatic(
    for values: [Double], kind: ScaleKind = .linear, including: [Double] = []
  ) -> Scale {
    var lo = Double.infinity
    var hi = -Double.infinity
    for v in values + including where v.isFinite && (kind == .linear || v > 0) {
      lo = Swift.min(lo, v)
      hi = Swift.max(hi, v)
    }
    guard lo <= hi else {
      return kind == .linear ? Scale(.linear, lower: 0, upper: 1) : Scale(.log10, lower: 1, upper: 10)
    }
    switch kind {
    case .linear:
      lo = Swift.max(lo, -largestMagnitude)
      hi = Swift.min(hi, largestMagnitude)
      if lo == hi {
        // A flat series: pad by 10% of its magnitude (or ±1 around zero) so it sits mid-plot.
        let pad = lo == 0 ? 1 : Swift.abs(lo) / 10
        lo -= pad
        hi += pad
      }
      let step = Ticks.niceStep(span: hi - lo, count: 4)
      let niceLo = (lo / step).rounded(.down) * step
      let niceHi = (hi / step).rounded(.up) * step
      if niceLo.isFinite && niceHi.isFinite { return Scale(.linear, lower: niceLo, upper: niceHi) }
      return Scale(.linear, lower: lo, upper: hi)
    case .log10:
      var loDecade = Foundation.log10(lo).rounded(.down)
      var hiDecade = Foundation.log10(hi).rounded(.up)
      if loDecade == hiDecade {
        loDecade -= 1
        hiDecade += 1
      }
      return Scale(.log10, lower: Foundation.pow(10, loDecade), upper: Foundation.pow(10, hiDecade))
    }
  }

  /// The nearest usable interval to `lower...upper` for a scale of `kind`.
  static func repair(lower: Double, upper: Double, kind: ScaleKind) -> (lower: Double, upper: Double) {
    switch kind {
    case .linear:
      var lo = lower.isFinite ? Swift.max(lower, -largestMagnitude) : -1
      var hi = upper.isFinite ? Swift.min(upper, largestMagnitude) : 1
      if lo > hi { swap(&lo, &hi) }
      if lo == hi {
        let pad = lo == 0 ? 1 : Swift.abs(lo) / 10
        lo -= pad
        hi += pad
      }
      return (lo, hi)
    case .log10:
      // Clamped so that the padding below stays finite.
      var lo = lower.isFinite && lower > 0 ? Swift.min(lower, largestMagnitude) : 1
      var hi = upper.isFinite && upper > 0 ? Swift.min(upper, largestMagnitude) : lo * 10
      if lo > hi { swap(&lo, &hi) }
      if lo == hi {
        lo /= 10
        hi *= 10
      }
      return (lo, hi)
    }
  }

  /// Where `value` lies between `lower` (0) and `upper` (1), clamped to 0…1; `nil` when it cannot be
  /// placed (a non-finite value or bound). A flat range places every value at `flat`.
  ///
  /// Halving before subtracting keeps the arithmetic finite for ranges as wide as ±1.8e308.
  static func unitFraction(_ value: Double, lower: Double, upper: Double, flat: Double = 0.5) -> Double? {
    guard value.isFinite, lower.isFinite, upper.isFinite else { return nil }
    let halfSpan = upper / 2 - lower / 2
    guard halfSpan > 0 else { return flat }
    let fraction = (value / 2 - lower / 2) / halfSpan
    return fraction.isFinite ? Swift.min(Swift.max(fraction, 0), 1) : nil
  }
}
