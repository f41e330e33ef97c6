// Buffer+Text: drawing styled spans and wrapped, aligned paragraphs into a buffer.

extension Buffer {
  /// Writes styled spans left to right from (`x`, `y`), with the clipping of `put(_:x:y:style:clip:)`.
  ///
  /// - Returns: The column just after the last glyph drawn (`x` if none was drawn).
  @discardableResult
  public mutating func put(_ spans: [Span], x: Int, y: Int, clip: Rect? = nil) -> Int {
    var column = x
    var end = x
    for span in spans {
      let spanEnd = put(span.text, x: column, y: y, style: span.style, clip: clip)
      if spanEnd > column { end = spanEnd }
      // Advance by the full span even if it was cut: later spans then start past the edge too.
      column += span.width
    }
    return end
  }

  /// Wraps styled text to the width of `rect` and draws the lines from its top, aligned.
  ///
  /// `firstLine` skips that many wrapped lines first, for scrolling. Lines that do not fit
  /// in the rectangle's height are not drawn. Only glyphs are written: cells the text does
  /// not reach keep their content, so `fill` the rectangle first to clear it.
  ///
  /// - Returns: The total number of wrapped lines, so callers can tell whether it overflowed.
  @discardableResult
  public mutating func drawParagraph(
    _ spans: [Span], in rect: Rect, alignment: TextAlignment = .left, firstLine: Int = 0
  ) -> Int {
    let lines = wrap(spans, width: rect.width)
    for (row, line) in lines.dropFirst(max(0, firstLine)).prefix(rect.height).enumerated() {
      let offset = alignment.leadingSpace(slack: rect.width - line.width)
      put(line, x: rect.x + offset, y: rect.y + row, clip: rect)
    }
    return lines.count
  }

  /// Wraps plain text to the width of `rect` and draws it in one style; see `drawParagraph(_:in:alignment:firstLine:)`.
  @discardableResult
  public mutating func drawParagraph(
    _ text: String, in rect: Rect, style: Style = .plain, alignment: TextAlignment = .left, firstLine: Int = 0
  ) -> Int {
    drawParagraph([Span(text, style: style)], in: rect, alignment: alignment, firstLine: firstLine)
  }
}
