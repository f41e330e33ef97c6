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
    drawExperimentPane(&buffer, session, strings, area: pane, charset)
  }
}

/// The visible lines of the lesson with its selected link marked, then the position (or the last
/// notice, or where the selected link goes) on the pane's last row.
private func drawLessonText(
  _ buffer: inout Buffer, _ model: Model, _ lesson: LessonState, layout: LessonLayout, area: Rect, _ charset: Charset
) {
  let strings = model.strings
  var focus = ""
  if lesson.hasExperiment && layout.experiment != nil {
    let name = strings[lesson.focus == .text ? .focusText : .focusExperiment]
    focus = (charset == .unicode ? " · " : " | ") + strings[.keyTab] + strings.colon + name
  }
  drawScrolledText(&buffer, lessonText(lesson.entry, width: layout.textWidth, charset: charset, strings: model.courseStrings), scroll: lesson.scroll,
    selectedLink: lesson.focus == .text ? lesson.selectedLink : nil, notice: lesson.notice, model, area: area,
    extraPosition: focus, charset)
}
