// Scale: the mapping from data values to a position along an axis, linear or base-10 logarithmic.

import Foundation

/// How values are spread along an axis.
public enum ScaleKind: Sendable, Hashable {
  /// Equal differences take equal space.
  case linear
  /// Equal ratios take equal space; values that are zero or negative have no position (a gap).
  case log10
}

/// A mapping from a closed data interval onto the unit interval.
///
/// `lower` and `upper` are data values (for a log scale, positive ones); `fraction(of:)` returns
/// 0 at `lower` and 1 at `upper`, or `nil` for a value that cannot be placed (NaN, ±∞, or a
/// non-positive value on a log scale), which charts draw as a gap.
public struct Scale: Sendable, Hashable {
  /// The kind of spacing.
  public var kind: ScaleKind
  /// The data value at fraction 0.
  public var lower: Double
  /// The data value at fraction 1.
  public var upper: Double

  /// A scale over `lower...upper`; the bounds are repaired when they cannot form an interval.
  ///
  /// Equal or reversed bounds, non-finite bounds and (on a log scale) non-positive bounds would
  /// make every position NaN, so they are replaced by the nearest usable interval instead.
  public init(_ kind: ScaleKind = .linear, lower: Double, upper: Double) {
    self.kind = kind
    let repaired = Limits.repair(lower: lower, upper: upper, kind: kind)
    self.lower = repaired.lower
    self.upper = repaired.upper
  }

  /// The value in the scale's own coordinate: itself (linear) or its base-10 logarithm.
  @inlinable
  public func transform(_ value: Double) -> Double? {
    guard value.isFinite else { return nil }
    switch kind {
    case .linear: return value
    case .log10: return value > 0 ? Foundation.log10(value) : nil
    }
  }

  /// The inverse of `transform`.
  @inlinable
  public func untransform(_ coordinate: Double) -> Double {
    switch kind {
    case .linear: return coordinate
    case .log10: return Foundation.pow(10, coordinate)
    }
  }

  /// The position of `value` between `lower` (0) and `upper` (1); `nil` when it has none.
  ///
  /// Values outside the limits give fractions outside 0...1; callers clip.
  public func fraction(of value: Double) -> Double? {
    guard let v = transform(value), let lo = transform(lower), let hi = transform(upper) else {
      return nil
    }
    // Halving before subtracting keeps the span finite for limits near ±Double.greatestFiniteMagnitude.
    let halfSpan = hi / 2 - lo / 2
    guard halfSpan > 0 else { return 0.5 }
    return (v / 2 - lo / 2) / halfSpan
  }

  /// The data value at `fraction` of the way from `lower` to `upper`.
  public func value(atFraction fraction: Double) -> Double {
    guard let lo = transform(lower), let hi = transform(upper) else { return lower }
    return untransform(lo + (hi - lo) * fraction)
  }

  /// The index among `resolution` equally spaced slots (0 at `lower`) nearest to `value`.
  ///
  /// Rounds to nearest, as ratatui's canvas does, so both limits land exactly on the first and last
  /// slot. Returns `nil` for a value with no position; indices outside `0..<resolution` are returned
  /// as they are so that lines can be clipped geometrically.
  public func slot(of value: Double, resolution: Int) -> Int? {
    guard resolution > 0, let f = fraction(of: value) else { return nil }
    let position = (f * Double(resolution - 1)).rounded()
    // Far-off values are pinned to a bound that still converts to Int safely.
    let bound = Double(resolution) * 4 + 4
    return Int(Swift.min(Swift.max(position, -bound), bound))
  }
}
