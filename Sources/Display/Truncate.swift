// Truncate: shortening text to a display width, marking the cut with the charset's ellipsis.

/// Shortens text to at most `width` columns, ending it with an ellipsis if anything was cut.
///
/// The ellipsis is `…` in unicode and `...` in ascii. Spaces just before it are dropped
/// (`"deep learning"` → `"deep…"`, not `"deep …"`). The result can be one column short of
/// `width` when the next glyph is wide; pad it if an exact width matters. When `width` is
/// smaller than the ellipsis itself, as much of the ellipsis as fits is returned.
public func truncate(_ text: String, toWidth width: Int, charset: Charset) -> String {
  guard width > 0 else { return "" }
  if displayWidth(text) <= width { return text }
  let ellipsis = charset.ellipsis
  let room = width - displayWidth(ellipsis)
  guard room >= 0 else { return String(ellipsis.prefix(width)) }
  var kept = displayPrefix(text, width: room)
  while kept.last == " " { kept.removeLast() }
  return kept + ellipsis
}

/// The longest prefix of `text` (whole graphemes) at most `width` columns wide.
public func displayPrefix(_ text: String, width: Int) -> String {
  var used = 0
  var end = text.startIndex
  for index in text.indices {
    let glyphWidth = displayWidth(text[index])
    if used + glyphWidth > width { break }
    used += glyphWidth
    end = text.index(after: index)
  }
  return String(text[..<end])
}
