// Rect+Split: dividing a rectangle into rows or columns by simple constraints.

/// How much of a split one part asks for.
public enum SizeConstraint: Equatable, Hashable, Sendable {
  /// Exactly this many cells (less only if the whole is too small).
  case fixed(Int)
  /// This percentage of the whole, rounded down.
  case percent(Int)
  /// At least this many cells, growing like `fill(1)` when there is room.
  case min(Int)
  /// A share of whatever the other parts leave, in proportion to the weight.
  case fill(Int)
}

/// The direction in which a split lays its parts out.
public enum SplitAxis: Equatable, Hashable, Sendable {
  /// Parts stacked top to bottom (each spans the full width).
  case vertical
  /// Parts placed left to right (each spans the full height).
  case horizontal
}

extension Rect {
  /// Splits the rectangle into stacked rows, one per constraint.
  public func rows(_ constraints: [SizeConstraint]) -> [Rect] {
    split(.vertical, constraints)
  }

  /// Splits the rectangle into side-by-side columns, one per constraint.
  public func columns(_ constraints: [SizeConstraint]) -> [Rect] {
    split(.horizontal, constraints)
  }

  /// Splits the rectangle along `axis`; the parts always tile it exactly.
  ///
  /// Fixed, percent and min sizes are granted first. If they overflow, the later parts
  /// shrink (to zero if need be). Room left over goes to the `fill` and `min` parts by
  /// weight, the rounding remainder one cell at a time from the left; with no growable part
  /// the last part takes it. Integer arithmetic only, so a layout never jitters.
  public func split(_ axis: SplitAxis, _ constraints: [SizeConstraint]) -> [Rect] {
    guard !constraints.isEmpty else { return [] }
    let total = axis == .vertical ? height : width
    let sizes = Rect.partition(total, constraints)
    var parts: [Rect] = []
    parts.reserveCapacity(sizes.count)
    var offset = axis == .vertical ? y : x
    for size in sizes {
      switch axis {
      case .vertical: parts.append(Rect(x: x, y: offset, width: width, height: size))
      case .horizontal: parts.append(Rect(x: offset, y: y, width: size, height: height))
      }
      offset += size
    }
    return parts
  }

  /// Lengths for each constraint, summing to `total` (which is at least zero).
  static func partition(_ total: Int, _ constraints: [SizeConstraint]) -> [Int] {
    var sizes = constraints.map { constraint -> Int in
      switch constraint {
      case .fixed(let n), .min(let n): Swift.max(0, n)
      case .percent(let p): total * Swift.min(Swift.max(0, p), 100) / 100
      case .fill: 0
      }
    }
    var excess = sizes.reduce(0, +) - total
    var index = sizes.count - 1
    while excess > 0 && index >= 0 {
      let cut = Swift.min(excess, sizes[index])
      sizes[index] -= cut
      excess -= cut
      index -= 1
    }
    let leftover = -excess
    guard leftover > 0 else { return sizes }

    let weights = constraints.map { constraint -> Int in
      switch constraint {
      case .fill(let w): Swift.max(0, w)
      case .min: 1
      case .fixed, .percent: 0
      }
    }
    let totalWeight = weights.reduce(0, +)
    guard totalWeight > 0 else {
      sizes[sizes.count - 1] += leftover
      return sizes
    }
    var given = 0
    for i in sizes.indices where weights[i] > 0 {
      let share = leftover * weights[i] / totalWeight
      sizes[i] += share
      given += share
    }
    var remainder = leftover - given
    for i in sizes.indices where weights[i] > 0 && remainder > 0 {
      sizes[i] += 1
      remainder -= 1
    }
    return sizes
  }
}
