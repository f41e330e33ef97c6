// Buffer+Box: frames, titled boxes and separator lines drawn with the charset's border glyphs.

extension Buffer {
  /// Draws a frame along the edges of `rect`, with an optional title in the top edge.
  ///
  /// The title is set as `┌─ Title ───┐`, truncated with the charset's ellipsis when the
  /// box is narrow and left out when not even one column of it fits. Rectangles narrower
  /// or shorter than 2 cells get no frame. Everything is clipped to the buffer.
  ///
  /// - Returns: The inside of the frame (empty if there is none).
  @discardableResult
  public mutating func drawBox(
    _ rect: Rect, title: String? = nil, charset: Charset, style: Style = .plain, titleStyle: Style? = nil
  ) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
    let glyphs = charset.border
    let right = rect.right - 1
    let bottom = rect.bottom - 1
    drawHorizontalLine(x: rect.x + 1, y: rect.y, length: rect.width - 2, charset: charset, style: style)
    drawHorizontalLine(x: rect.x + 1, y: bottom, length: rect.width - 2, charset: charset, style: style)
    drawVerticalLine(x: rect.x, y: rect.y + 1, length: rect.height - 2, charset: charset, style: style)
    drawVerticalLine(x: right, y: rect.y + 1, length: rect.height - 2, charset: charset, style: style)
    set(glyphs.topLeft, x: rect.x, y: rect.y, style: style)
    set(glyphs.topRight, x: right, y: rect.y, style: style)
    set(glyphs.bottomLeft, x: rect.x, y: bottom, style: style)
    set(glyphs.bottomRight, x: right, y: bottom, style: style)

    // Corner, one line glyph and a space on the left; a space and the corner on the right.
    if let title, !title.isEmpty, rect.width - 5 >= 1 {
      let shown = truncate(title, toWidth: rect.width - 5, charset: charset)
      let titleClip = Rect(x: rect.x + 2, y: rect.y, width: rect.width - 3, height: 1)
      put(" " + shown + " ", x: rect.x + 2, y: rect.y, style: titleStyle ?? style, clip: titleClip)
    }
    return rect.inset(by: 1)
  }

  /// Draws a horizontal line of `length` cells starting at (`x`, `y`), clipped to the buffer.
  public mutating func drawHorizontalLine(x: Int, y: Int, length: Int, charset: Charset, style: Style = .plain) {
    guard length > 0 else { return }
    fill(Rect(x: x, y: y, width: length, height: 1), with: charset.border.horizontal, style: style)
  }

  /// Draws a vertical line of `length` cells starting at (`x`, `y`), clipped to the buffer.
  public mutating func drawVerticalLine(x: Int, y: Int, length: Int, charset: Charset, style: Style = .plain) {
    guard length > 0 else { return }
    fill(Rect(x: x, y: y, width: 1, height: length), with: charset.border.vertical, style: style)
  }
}
