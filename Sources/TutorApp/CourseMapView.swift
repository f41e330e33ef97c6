// CourseMapView: the lessons in course order — number, id, title and minutes on one row — scrolled
// so the selection is always visible, under the start-up notices.

import Course
import Display

/// Draws the course map into `area`.
func drawCourseMap(_ buffer: inout Buffer, _ model: Model, _ course: Course, area: Rect, _ charset: Charset) {
  guard area.height > 2 else { return }
  drawText(&buffer, model.strings[.mapIntro], x: area.x + 2, y: area.y + 1, width: area.width - 4,
    style: Theme.secondary, charset)
  let noticeRows = drawStartupNotices(&buffer, model, x: area.x + 2, y: area.y + 2, width: area.width - 4,
    maxRows: max(0, area.height / 3), charset)
  let top = noticeRows > 0 ? 4 + noticeRows : 3
  let list = Rect(x: area.x, y: area.y + top, width: area.width, height: max(0, area.height - top))
  let lessons = course.lessons
  let visible = max(1, list.height)
  let first = max(0, min(model.mapSelection - visible + 1, lessons.count - visible))
  let idWidth = (lessons.map { displayWidth($0.lesson.id) }.max() ?? 0) + 2
  let numberWidth = displayWidth(String(lessons.count)) + 2
  let pointer = charset == .unicode ? "▸" : ">"
  for (row, index) in (first..<min(lessons.count, first + visible)).enumerated() {
    let entry = lessons[index]
    let selected = index == model.mapSelection
    let minutes = model.strings.format(.mapMinutes, String(entry.lesson.minutes))
      + (entry.isBroken ? " · " + model.strings[.mapBroken] : "")
    let minutesWidth = displayWidth(minutes) + 2
    let y = list.y + row
    let line = (selected ? " \(pointer) " : "   ") + pad(String(index + 1) + ".", toWidth: numberWidth)
      + pad(entry.lesson.id, toWidth: idWidth) + entry.lesson.title
    let lineWidth = max(0, list.width - 2 - minutesWidth)
    drawText(&buffer, line, x: list.x + 1, y: y, width: lineWidth, style: selected ? Theme.selected : .plain, charset)
    drawText(&buffer, minutes, x: list.x + 1 + lineWidth, y: y, width: list.width - 2 - lineWidth,
      style: selected ? Theme.selected : (entry.isBroken ? Theme.error : Theme.secondary), alignment: .right, charset)
  }
}
