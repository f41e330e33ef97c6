// SearchView: what a search adds to the screens — the `/query` prompt with its cursor, the matches
// marked in reverse video (the current one bold and underlined too), and the status row's count.

import Course
import Display

/// Marks the matches that fall on the lines shown in `text` (line `firstLine` on its top row), and
/// points at the current one from the margin left of `text`, so it is found without any styling.
func drawMatchHighlights(
  _ buffer: inout Buffer, _ matches: [TextMatch], current: Int?, firstLine: Int, text: Rect, _ charset: Charset
) {
  for (index, match) in matches.enumerated() where (firstLine..<(firstLine + text.height)).contains(match.line) {
    let y = text.y + match.line - firstLine
    let rect = Rect(x: text.x + match.column, y: y, width: match.width, height: 1).intersection(text)
    buffer.setStyle(rect, index == current ? Theme.markCurrentMatch : Theme.markMatch)
    if index == current, text.x > 0 {
      buffer.put(charset == .unicode ? "▸" : ">", x: text.x - 1, y: y, style: Theme.heading)
    }
  }
}

/// The prompt: `/`, the query and a cursor, then `after` (how many matches so far) in `afterStyle`.
func drawSearchPrompt(
  _ buffer: inout Buffer, query: String, after: String, afterStyle: Style, x: Int, y: Int, width: Int, _ charset: Charset
) {
  let cursor = charset == .unicode ? "█" : "_"
  var shownQuery = charset.transliterate(query)
  // A query longer than the row keeps its end, where the cursor is, in view.
  while displayWidth(" /" + shownQuery + cursor) > width, !shownQuery.isEmpty { shownQuery.removeFirst() }
  let prompt = " /" + shownQuery + cursor
  drawText(&buffer, prompt, x: x, y: y, width: width, style: Theme.heading, charset)
  let used = min(width, displayWidth(prompt) + 2)
  drawText(&buffer, after, x: x + used, y: y, width: width - used, style: afterStyle, charset)
}

/// Draws `segments` one after another from `x`, joined by the charset's dot, as many as fit.
func drawSegments(_ buffer: inout Buffer, _ segments: [(String, Style)], x: Int, y: Int, width: Int, _ charset: Charset) {
  let separator = charset == .unicode ? " · " : " | "
  var column = x
  for (index, segment) in segments.enumerated() {
    let text = (index == 0 ? " " : separator) + segment.0
    let shown = charset == .ascii ? charset.transliterate(text) : text
    let room = x + width - column
    guard room > 0 else { return }
    drawText(&buffer, text, x: column, y: y, width: room, style: segment.1, charset)
    column += displayWidth(shown)
  }
}

/// The count while a search is typed or confirmed: "“q”: match 3 of 12", or "no match for “q”".
func searchCountText(_ search: LessonSearch, matches: Int, _ strings: StringCatalog) -> String {
  guard let current = search.current, matches > 0 else {
    return search.query.isEmpty ? "" : strings.format(.searchNoMatch, search.query)
  }
  return strings.format(.searchMatchCount, search.query, String(min(current, matches - 1) + 1), String(matches))
}
