// LessonView: one lesson on screen — its text, scrolled, with a position line under it, and its
// experiment beside it on wide terminals or in its place after Tab on narrow ones.

import Course
import Display

/// Draws the lesson screen: title bar in row 0, the panes in `area`.
func drawLessonScreen(_ buffer: inout Buffer, _ model: Model, _ lesson: LessonState, area: Rect, _ charset: Charset) {
  let strings = model.strings
  let layout = LessonLayout(lesson, body: area)
  let session = lesson.hasExperiment ? model.session : nil
  var right = ""
  if let session, layout.experiment != nil {
    right = runStateText(session, strings, charset)
  }
  drawTitleBar(&buffer, [strings[.mapTitle], lesson.entry.lesson.title], right: right, charset)
  if let text = layout.text {
    drawLessonText(&buffer, model, lesson, layout: layout, area: text, charset)
  }
  if let pane = layout.experiment, let session {
    if let text = layout.text {
      // The divider stands out while the experiment has the keys.
      buffer.drawVerticalLine(x: text.right, y: area.y, length: area.height, charset: charset,
        style: lesson.focus == .experiment ? Theme.heading : Theme.secondary)
    }
    drawExperimentPane(&buffer, session, strings, course: model.course, area: pane, charset)
  }
}

/// The visible lines of the lesson with its selected link and any search's matches marked, then on
/// the pane's last row the search prompt, the last notice, the search's count, where the selected
/// link goes, or the position.
private func drawLessonText(
  _ buffer: inout Buffer, _ model: Model, _ lesson: LessonState, layout: LessonLayout, area: Rect, _ charset: Charset
) {
  let strings = model.strings
  var focus = ""
  if lesson.hasExperiment && layout.experiment != nil {
    let name = strings[lesson.focus == .text ? .focusText : .focusExperiment]
    focus = (charset == .unicode ? " · " : " | ") + strings[.keyTab] + strings.colon + name
  }
  let text = model.renderCache.text(lesson.entry, width: layout.textWidth, charset: charset, strings: strings)
  drawScrolledText(&buffer, text, scroll: lesson.scroll, selectedLink: lesson.focus == .text ? lesson.selectedLink : nil,
    notice: lesson.notice, model, area: area, extraPosition: focus, charset)
  guard let search = lesson.search else { return }
  let rows = layout.textRows
  let first = max(0, min(lesson.scroll, text.lines.count - rows))
  let textArea = Rect(x: area.x + 1, y: area.y, width: layout.textWidth, height: rows)
  let matches = model.renderCache.matches(
    of: search.query, in: lesson.entry, width: layout.textWidth, charset: charset, strings: strings)
  drawMatchHighlights(&buffer, matches, current: search.current, firstLine: first, text: textArea, charset)
  // The status row: the prompt while typing (before any notice), else the count unless a notice speaks.
  let status = Rect(x: area.x, y: area.y + rows, width: area.width, height: 1)
  if search.isTyping {
    buffer.fill(status)
    let count = searchCountText(search, matches: matches.count, strings)
    drawSearchPrompt(&buffer, query: search.query, after: count, afterStyle: matches.isEmpty ? Theme.notice : Theme.secondary,
      x: status.x, y: status.y, width: status.width, charset)
    return
  }
  guard lesson.notice == nil else { return }
  buffer.fill(status)
  let last = min(text.lines.count, first + rows)
  let position = strings.format(.lessonPosition, String(text.lines.isEmpty ? 0 : first + 1), String(last), String(text.lines.count))
  var segments = [(searchCountText(search, matches: matches.count, strings), Theme.heading)]
  if let wrapped = search.wrapped {
    segments.append((strings[wrapped == .toTop ? .searchWrappedToTop : .searchWrappedToBottom], Theme.notice))
  }
  segments.append((position + focus, Theme.secondary))
  drawSegments(&buffer, segments, x: status.x, y: status.y, width: status.width, charset)
}
