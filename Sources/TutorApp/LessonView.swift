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
    drawLessonText(&buffer, lesson, strings, layout: layout, area: text, charset)
  }
  if let pane = layout.experiment, let session {
    if let text = layout.text {
      // The divider stands out while the experiment has the keys.
      buffer.drawVerticalLine(x: text.right, y: area.y, length: area.height, charset: charset,
        style: lesson.focus == .experiment ? Theme.heading : Theme.secondary)
    }
    drawExperimentPane(&buffer, session, strings, area: pane, charset)
  }
}

/// The visible lines of the lesson, then the position (or the last notice) on the pane's last row.
private func drawLessonText(
  _ buffer: inout Buffer, _ lesson: LessonState, _ strings: StringCatalog, layout: LessonLayout, area: Rect,
  _ charset: Charset
) {
  let lines = lessonLines(lesson.entry, width: layout.textWidth, charset: charset, strings: strings)
  let rows = layout.textRows
  let first = max(0, min(lesson.scroll, lines.count - rows))
  for row in 0..<rows where first + row < lines.count {
    let clip = Rect(x: area.x + 1, y: area.y + row, width: layout.textWidth, height: 1)
    _ = buffer.put(lines[first + row], x: clip.x, y: clip.y, clip: clip)
  }
  let statusY = area.y + rows
  if let notice = lesson.notice {
    drawText(&buffer, " " + notice, x: area.x, y: statusY, width: area.width, style: Theme.notice, charset)
    return
  }
  let last = min(lines.count, first + rows)
  var position = strings.format(.lessonPosition, String(lines.isEmpty ? 0 : first + 1), String(last), String(lines.count))
  if lesson.hasExperiment && layout.experiment != nil {
    let focus = strings[lesson.focus == .text ? .focusText : .focusExperiment]
    position += (charset == .unicode ? " · " : " | ") + strings[.keyTab] + ": " + focus
  }
  drawText(&buffer, " " + position, x: area.x, y: statusY, width: area.width, style: Theme.secondary, charset)
}
