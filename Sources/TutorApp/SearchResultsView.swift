// SearchResultsView: what a search from the course map found — one row per match, in course order:
// the lesson's number and title (dimmed when the row above is the same lesson), then the matching
// line cut around the match so it stays in view, the match marked in reverse video.

import Course
import Display

/// Draws the results of `search` into `area`, scrolled so the selection is visible.
func drawSearchResults(
  _ buffer: inout Buffer, _ model: Model, _ search: CourseSearch, _ course: Course, area: Rect, _ charset: Charset
) {
  guard area.height > 2 else { return }
  let list = Rect(x: area.x + 1, y: area.y + 1, width: max(0, area.width - 2), height: area.height - 1)
  let hits = search.hits
  let visible = max(1, list.height)
  let first = max(0, min(search.selection - visible / 2, hits.count - visible))
  let numberWidth = displayWidth(String(course.lessons.count)) + 2
  let titles = Set(hits.map(\.lesson)).map { charset.transliterate(course.lessons[$0].lesson.title) }
  let longestTitle = titles.map(displayWidth).max() ?? 0
  let titleWidth = min(longestTitle, max(8, list.width / 3))
  let pointer = charset == .unicode ? "▸" : ">"
  let excerptX = list.x + 3 + numberWidth + titleWidth + 2
  let excerptWidth = list.right - excerptX
  for (row, index) in (first..<min(hits.count, first + visible)).enumerated() {
    let hit = hits[index]
    let selected = index == search.selection
    let startsLesson = index == 0 || hits[index - 1].lesson != hit.lesson
    let y = list.y + row
    let rowRect = Rect(x: list.x, y: y, width: list.width, height: 1)
    if selected { buffer.fill(rowRect, style: Theme.selected) }
    let head = (selected ? " \(pointer) " : "   ") + pad(String(hit.lesson + 1) + ".", toWidth: numberWidth)
      + course.lessons[hit.lesson].lesson.title
    let headStyle = selected ? Theme.selected : (startsLesson ? Theme.heading : Theme.secondary)
    drawText(&buffer, head, x: list.x, y: y, width: 3 + numberWidth + titleWidth, style: headStyle, charset)
    guard excerptWidth > 0 else { continue }
    let excerpt = matchExcerpt(hit, width: excerptWidth, charset)
    drawText(&buffer, excerpt.text, x: excerptX, y: y, width: excerptWidth, style: selected ? Theme.selected : .plain,
      charset)
    let mark = Rect(x: excerptX + excerpt.column, y: y, width: excerpt.width, height: 1).intersection(rowRect)
    buffer.setStyle(mark, selected ? Theme.markMatchOnSelectedRow : Theme.markMatch)
  }
}

/// The title bar's text for `search`: the query and how many matches in how many lessons.
func searchResultsTitle(_ search: CourseSearch, _ strings: StringCatalog) -> String {
  if search.hits.count == 1 { return strings.format(.searchResultsTitleOne, search.query) }
  let key: UIText = search.lessonCount == 1 ? .searchResultsTitleOneLesson : .searchResultsTitle
  return strings.format(key, search.query, String(search.hits.count), String(search.lessonCount))
}

/// The hit's line fitted to `width` columns around its match (leading spaces dropped, an
/// ellipsis where text was cut), with the match's column and width in the result.
func matchExcerpt(_ hit: CourseSearchHit, width: Int, _ charset: Charset) -> (text: String, column: Int, width: Int) {
  let characters = Array(hit.line)
  let end = min(characters.count, hit.match.start + hit.match.length)
  let start = min(hit.match.start, end)
  let lead = characters[..<start].prefix { $0 == " " }.count
  var before = charset.transliterate(String(characters[lead..<start]))
  var match = charset.transliterate(String(characters[start..<end]))
  var after = charset.transliterate(String(characters[end...]))
  if displayWidth(before) + displayWidth(match) + displayWidth(after) > width {
    match = truncate(match, toWidth: width, charset: charset)
    // About a third of the spare room shows what leads up to the match and the rest what follows,
    // unless little follows it: then what leads up to it takes the room.
    let spare = max(0, width - displayWidth(match))
    let room = max(spare / 3, spare - displayWidth(after))
    if displayWidth(before) > room {
      let ellipsis = charset.ellipsis
      before = room > displayWidth(ellipsis) ? ellipsis + displaySuffix(before, width: room - displayWidth(ellipsis)) : ""
    }
    after = truncate(after, toWidth: width - displayWidth(before) - displayWidth(match), charset: charset)
  }
  return (before + match + after, displayWidth(before), displayWidth(match))
}

/// The longest suffix of `text` (whole characters) at most `width` columns wide.
func displaySuffix(_ text: String, width: Int) -> String {
  var used = 0
  var start = text.endIndex
  while start > text.startIndex {
    let previous = text.index(before: start)
    let glyphWidth = displayWidth(text[previous])
    if used + glyphWidth > width { break }
    used += glyphWidth
    start = previous
  }
  return String(text[start...])
}
