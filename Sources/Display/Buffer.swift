// Buffer: a width × height grid of cells with the wide-glyph rules, the target of every drawing.

/// A rectangular grid of cells that screens and widgets draw into.
///
/// Drawing keeps two invariants, whatever is written and in whatever order:
/// - a double-width glyph always occupies its cell and a continuation cell to its right,
///   and is never drawn where it would straddle the right edge (of the buffer or the clip);
/// - overwriting either half of a wide glyph blanks the other half, so no half glyph is
///   ever left behind.
/// Hence every row of `lines()` has a display width of exactly `width`.
public struct Buffer: Equatable, Sendable {
  /// The number of columns.
  public let width: Int
  /// The number of rows.
  public let height: Int
  /// Row-major cells, `width * height` of them.
  private var cells: [Cell]

  /// Creates a buffer of blank cells; negative sizes are treated as zero.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The whole buffer as a rectangle at the origin.
  public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The cell at column `x`, row `y`; both must be in range.
  public subscript(x: Int, y: Int) -> Cell {
    precondition(x >= 0 && x < width && y >= 0 && y < height, "cell (\(x), \(y)) outside \(width)×\(height)")
    return cells[y * width + x]
  }

  /// The cell at column `x`, row `y`, with labels for readability at call sites.
  public subscript(x x: Int, y y: Int) -> Cell { self[x, y] }

  /// Writes one grapheme at (`x`, `y`), applying the wide-glyph rules.
  ///
  /// Nothing is drawn if the cell lies outside `clip` (default: the whole buffer), if the
  /// glyph has no width (controls, lone combining marks), or if a wide glyph would
  /// straddle the clip's right edge. When the write cuts a wide glyph in half, the other
  /// half is blanked even if it lies outside the clip.
  ///
  /// - Returns: The number of columns used: 0 if nothing was drawn, else 1 or 2.
  @discardableResult
  public mutating func set(_ symbol: Character, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
    let bounds = clip.map { $0.intersection(area) } ?? area
    let glyphWidth = displayWidth(symbol)
    guard glyphWidth > 0, bounds.contains(x: x, y: y), x + glyphWidth <= bounds.right else { return 0 }
    let row = y * width
    // Break up whatever wide glyphs the new one lands on before writing it.
    for column in x..<(x + glyphWidth) { detachWideHalf(at: column, row: row, keeping: x..<(x + glyphWidth)) }
    cells[row + x] = Cell(symbol: String(symbol), style: style)
    if glyphWidth == 2 { cells[row + x + 1] = Cell(symbol: "", style: style) }
    return glyphWidth
  }

  /// Blanks the half of a wide glyph that lies outside `kept` when its other half is at `column`.
  private mutating func detachWideHalf(at column: Int, row: Int, keeping kept: Range<Int>) {
    let cell = cells[row + column]
    if cell.isContinuation, column > 0, !kept.contains(column - 1) {
      cells[row + column - 1].symbol = " "
    } else if !cell.isContinuation, column + 1 < width, cells[row + column + 1].isContinuation,
      !kept.contains(column + 1)
    {
      cells[row + column + 1].symbol = " "
    }
  }

  /// Writes a string left to right from (`x`, `y`), clipped to `clip` (default: the whole buffer).
  ///
  /// Zero-width graphemes (controls, including newlines) are skipped. Glyphs left of the
  /// clip are skipped but still advance the position; writing stops at the first glyph
  /// that does not fit before the clip's right edge, so a wide glyph never straddles it.
  ///
  /// - Returns: The column just after the last glyph drawn (`x` if none was drawn).
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
    let bounds = clip.map { $0.intersection(area) } ?? area
    guard y >= bounds.y, y < bounds.bottom else { return x }
    var column = x
    var end = x
    for c in text {
      let glyphWidth = displayWidth(c)
      if glyphWidth == 0 { continue }
      if column + glyphWidth > bounds.right { break }
      if column >= bounds.x, set(c, x: column, y: y, style: style, clip: bounds) > 0 {
        end = column + glyphWidth
      }
      column += glyphWidth
    }
    return end
  }

  /// Fills a rectangle (clipped to the buffer) with one glyph in one style.
  ///
  /// A wide glyph is repeated every two columns; an odd column left at the right edge
  /// is filled with a space so no cell keeps stale content.
  public mutating func fill(_ rect: Rect, with symbol: Character = " ", style: Style = .plain) {
    let bounds = rect.intersection(area)
    guard !bounds.isEmpty else { return }
    for y in bounds.y..<bounds.bottom {
      var x = bounds.x
      while x < bounds.right {
        let used = set(symbol, x: x, y: y, style: style, clip: bounds)
        if used == 0 { set(" ", x: x, y: y, style: style, clip: bounds) }
        x += max(used, 1)
      }
    }
  }

  /// Changes the style of every cell in `rect` (clipped to the buffer), keeping the symbols.
  public mutating func setStyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
    let bounds = rect.intersection(area)
    guard !bounds.isEmpty else { return }
    for y in bounds.y..<bounds.bottom {
      for x in bounds.x..<bounds.right { transform(&cells[y * width + x].style) }
    }
  }

  /// The rows as strings, continuation cells skipped; each has display width `width`.
  public func lines() -> [String] {
    (0..<height).map { y in
      var line = ""
      for cell in cells[(y * width)..<((y + 1) * width)] where !cell.isContinuation {
        line += cell.symbol
      }
      return line
    }
  }

  /// The rows joined by newlines, for snapshots and debugging.
  public var text: String { lines().joined(separator: "\n") }
}
