// Buffer+Compose: copying one buffer into another, and listing where styles change.

extension Buffer {
  /// Draws every glyph of `other` with its top-left corner at (`x`, `y`), clipped to `clip`
  /// (default: the whole buffer), following the wide-glyph rules.
  ///
  /// Lets a widget render into a buffer of its own size and be placed anywhere afterwards.
  public mutating func draw(_ other: Buffer, x: Int, y: Int, clip: Rect? = nil) {
    for row in 0..<other.height {
      for column in 0..<other.width {
        let cell = other[column, row]
        guard let symbol = cell.symbol.first else { continue }  // continuation: drawn with its left half
        set(symbol, x: x + column, y: y + row, style: cell.style, clip: clip)
      }
    }
  }

  /// The runs of non-plain style, row by row, as `"y=1 x=2..<5 red, bold"`.
  ///
  /// Together with `lines()` this snapshots a screen completely but readably: text first,
  /// then only the places where colour or attributes are used (after ratatui's `Debug`
  /// output for its buffer).
  public func styleRuns() -> [String] {
    var runs: [String] = []
    for row in 0..<height {
      var start = 0
      while start < width {
        let style = self[start, row].style
        var end = start + 1
        while end < width, self[end, row].style == style { end += 1 }
        if style != .plain { runs.append("y=\(row) x=\(start)..<\(end) \(style)") }
        start = end
      }
    }
    return runs
  }
}
