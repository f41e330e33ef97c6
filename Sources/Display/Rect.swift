// Rect: an integer rectangle of cells, with clipping and insetting.

/// A rectangle of cells: origin at the top-left, `x` growing right and `y` growing down.
///
/// Widths and heights are never negative: operations that would shrink a rectangle past
/// nothing return an empty one instead, so layout code never has to guard against them.
public struct Rect: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// The left column.
  public var x: Int
  /// The top row.
  public var y: Int
  /// The number of columns.
  public var width: Int
  /// The number of rows.
  public var height: Int

  /// Creates a rectangle; negative sizes are clamped to zero.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The column just past the right edge (`x + width`).
  public var right: Int { x + width }
  /// The row just past the bottom edge (`y + height`).
  public var bottom: Int { y + height }
  /// Whether the rectangle holds no cells.
  public var isEmpty: Bool { width == 0 || height == 0 }
  /// The number of cells inside.
  public var area: Int { width * height }

  /// Whether the cell at (`x`, `y`) lies inside.
  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < right && py >= y && py < bottom
  }

  /// The rectangle shrunk by `margin` cells on every side (empty when too small).
  public func inset(by margin: Int) -> Rect {
    inset(horizontal: margin, vertical: margin)
  }

  /// The rectangle shrunk by `horizontal` cells left and right and `vertical` cells top and bottom.
  public func inset(horizontal: Int, vertical: Int) -> Rect {
    // Keep the origin inside the original even when the inset swallows everything, so an
    // empty result still clips to nothing rather than to somewhere else.
    let dx = min(horizontal, width / 2)
    let dy = min(vertical, height / 2)
    return Rect(x: x + dx, y: y + dy, width: width - 2 * horizontal, height: height - 2 * vertical)
  }

  /// The cells both rectangles contain (empty, positioned at the clamped origin, if none).
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let r = min(right, other.right)
    let b = min(bottom, other.bottom)
    return Rect(x: left, y: top, width: r - left, height: b - top)
  }

  /// `Rect(x: 1, y: 2, 3×4)`, compact for test failures and logs.
  public var description: String { "Rect(x: \(x), y: \(y), \(width)×\(height))" }
}
