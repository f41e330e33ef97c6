// DotCanvas: a grid of sub-cell dots over a block of character cells, with lines and per-cell layers.

/// A grid of dots, several per character cell, that plots draw into before it becomes glyphs.
///
/// Dot (0, 0) is the top-left dot; x grows to the right and y downwards. Each cell also remembers
/// the `layer` that last drew into it (a series index, say), because a cell can show only one
/// colour: the chart maps layers to styles when it renders.
public struct DotCanvas: Sendable, Equatable {
  /// The way cells are divided into dots.
  public let marker: Marker
  /// Width in character cells.
  public let columns: Int
  /// Height in character cells.
  public let rows: Int
  private var bits: [UInt16]
  private var layers: [Int]

  /// An empty canvas of `columns × rows` cells.
  public init(columns: Int, rows: Int, marker: Marker) {
    self.marker = marker
    self.columns = Swift.max(columns, 0)
    self.rows = Swift.max(rows, 0)
    bits = Array(repeating: 0, count: self.columns * self.rows)
    layers = Array(repeating: -1, count: self.columns * self.rows)
  }

  /// Width in dots.
  public var dotWidth: Int { columns * marker.dotsAcross }
  /// Height in dots.
  public var dotHeight: Int { rows * marker.dotsDown }

  /// Sets the dot at (`x`, `y`) for `layer`; dots outside the canvas are ignored.
  public mutating func set(x: Int, y: Int, layer: Int = 0) {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
    let cell = (y / marker.dotsDown) * columns + x / marker.dotsAcross
    bits[cell] |= marker.bit(column: x % marker.dotsAcross, row: y % marker.dotsDown)
    layers[cell] = layer
  }

  /// Whether the dot at (`x`, `y`) is set.
  public func isSet(x: Int, y: Int) -> Bool {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return false }
    let cell = (y / marker.dotsDown) * columns + x / marker.dotsAcross
    return bits[cell] & marker.bit(column: x % marker.dotsAcross, row: y % marker.dotsDown) != 0
  }

  /// The glyph of the cell at (`column`, `row`), or `nil` when none of its dots is set.
  public func glyph(column: Int, row: Int) -> Character? {
    guard column >= 0, row >= 0, column < columns, row < rows else { return nil }
    return marker.glyph(for: bits[row * columns + column])
  }

  /// The layer that last drew into the cell at (`column`, `row`), or `nil` for an empty cell.
  public func layer(column: Int, row: Int) -> Int? {
    guard column >= 0, row >= 0, column < columns, row < rows else { return nil }
    let index = row * columns + column
    return bits[index] == 0 ? nil : layers[index]
  }

  /// How many dots are set inside the cell block `columns × rows` (for placing a legend).
  public func setDotCount(columns columnRange: Range<Int>, rows rowRange: Range<Int>) -> Int {
    var total = 0
    for row in rowRange where row >= 0 && row < rows {
      for column in columnRange where column >= 0 && column < columns {
        total += bits[row * columns + column].nonzeroBitCount
      }
    }
    return total
  }

  /// The canvas as text, one string per cell row, blanks for empty cells (for tests and logs).
  public var lines: [String] {
    (0..<rows).map { row in
      String((0..<columns).map { glyph(column: $0, row: row) ?? " " })
    }
  }

  /// Draws a straight line of dots between two points given in dot coordinates.
  ///
  /// The segment is first clipped to the canvas (so a point far outside costs nothing), then
  /// rasterised with Bresenham's algorithm; both end points are included.
  public mutating func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), layer: Int = 0) {
    let box = (minX: -0.5, minY: -0.5, maxX: Double(dotWidth) - 0.5, maxY: Double(dotHeight) - 0.5)
    guard let (a, b) = Geometry.clip(start, end, to: box) else { return }
    for (x, y) in Geometry.rasterLine(
      from: (Int(a.x.rounded()), Int(a.y.rounded())), to: (Int(b.x.rounded()), Int(b.y.rounded())))
    {
      set(x: x, y: y, layer: layer)
    }
  }

  /// Draws every `period`-th dot of a horizontal line at dot row `y` (a dotted reference line).
  public mutating func dottedRow(y: Int, period: Int = 2, layer: Int = 0) {
    guard period > 0 else { return }
    for x in Swift.stride(from: 0, to: dotWidth, by: period) { set(x: x, y: y, layer: layer) }
  }
}
