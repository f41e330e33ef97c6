// CourseMapView: the lessons in course order — status, number, id, title, "continue", questions due
// and minutes on one row — under a line that says what is due in all, scrolled so the selection is
// always visible. Start-up notices and a warning about the progress file, if any, sit under the intro.

import Course
import Display

/// Draws the course map into `area`.
func drawCourseMap(_ buffer: inout Buffer, _ model: Model, _ course: Course, area: Rect, _ charset: Charset) {
  guard area.height > 2 else { return }
  let inner = Rect(x: area.x + 2, y: area.y, width: max(0, area.width - 4), height: area.height)
  var y = area.y + 1
  // The intro wraps to a second line on a narrow terminal rather than losing its end (the lab's key).
  for line in introLines(model.strings[.mapIntro], width: inner.width, charset) {
    drawText(&buffer, line, x: inner.x, y: y, width: inner.width, style: Theme.secondary, charset)
    y += 1
  }
  y += drawStartupNotices(&buffer, model, x: inner.x, y: y, width: inner.width, maxRows: max(0, area.height / 3), charset)
  y += 1
  // The rows are no wider than they need to be, so on a wide terminal the minutes stay near the titles.
  let columns = MapColumns(model, course, width: area.width, charset)
  y = drawMapHeader(&buffer, model, x: inner.x, y: y, width: max(0, columns.rowWidth - 4), charset)
  drawLessonRows(&buffer, model, course, columns,
    area: Rect(x: area.x, y: y, width: columns.rowWidth, height: max(0, area.bottom - y)), charset)
}

/// `text` wrapped to at most two lines, the second cut with an ellipsis if more would follow.
private func introLines(_ text: String, width: Int, _ charset: Charset) -> [String] {
  let shown = charset == .ascii ? charset.transliterate(text) : text
  let lines = wrap(shown, width: max(1, width))
  guard lines.count > 2 else { return lines }
  return [lines[0], truncate(lines[1...].joined(separator: " "), toWidth: width, charset: charset)]
}

/// The questions due in all on the left and the legend of the status marks on the right (on a line
/// of its own when both do not fit); returns the row below them.
private func drawMapHeader(
  _ buffer: inout Buffer, _ model: Model, x: Int, y: Int, width: Int, _ charset: Charset
) -> Int {
  let due = model.dueCount
  let summary = due == 0 ? model.strings[.mapDueNone]
    : due == 1 ? model.strings[.mapDueOne] : model.strings.format(.mapDueMany, String(due))
  let legend = [LessonStatus.done, .inProgress, .new]
    .map { statusMark($0, charset) + " " + statusWord($0, model.strings) }.joined(separator: "  ")
  drawText(&buffer, summary, x: x, y: y, width: width, style: due > 0 ? Theme.heading : Theme.secondary, charset)
  let legendWidth = displayWidth(charset == .ascii ? charset.transliterate(legend) : legend)
  if displayWidth(summary) + 2 + legendWidth <= width {
    drawText(&buffer, legend, x: x + width - legendWidth, y: y, width: legendWidth, style: Theme.secondary, charset)
    return y + 1
  }
  drawText(&buffer, legend, x: x, y: y + 1, width: width, style: Theme.secondary, charset)
  return y + 2
}

/// The mark of a status: a glyph in Unicode, a checkbox in ASCII, so it reads without colour.
func statusMark(_ status: LessonStatus, _ charset: Charset) -> String {
  switch (status, charset) {
  case (.done, .unicode): return "✓"
  case (.inProgress, .unicode): return "◐"
  case (.new, .unicode): return "·"
  case (.done, .ascii): return "[x]"
  case (.inProgress, .ascii): return "[~]"
  case (.new, .ascii): return "[ ]"
  }
}

/// The word for a status, as the legend says it.
func statusWord(_ status: LessonStatus, _ strings: StringCatalog) -> String {
  switch status {
  case .done: return strings[.mapStatusDone]
  case .inProgress: return strings[.mapStatusInProgress]
  case .new: return strings[.mapStatusNew]
  }
}

/// The colour that repeats a status mark (the mark and the legend carry the meaning).
private func statusStyle(_ status: LessonStatus) -> Style {
  switch status {
  case .done: return Theme.good
  case .inProgress: return Theme.notice
  case .new: return Theme.secondary
  }
}

/// The widths of the map's columns. The columns on the right (continue, due, minutes) keep their
/// width; the title is cut first, and the id column is dropped when it would leave the title too
/// little room.
private struct MapColumns {
  let minutes: [String]
  let due: [Int]
  let markWidth: Int
  let numberWidth: Int
  let idWidth: Int
  let showsID: Bool
  let continueWidth: Int
  let dueWidth: Int
  let minutesWidth: Int
  /// The whole row, margins included: what it needs, at most the width given.
  let rowWidth: Int

  init(_ model: Model, _ course: Course, width: Int, _ charset: Charset) {
    let lessons = course.lessons
    let strings = model.strings
    minutes = lessons.map { entry in
      strings.format(.mapMinutes, String(entry.lesson.minutes)) + (entry.isBroken ? " · " + strings[.mapBroken] : "")
    }
    due = lessons.map { model.dueCount($0) }
    markWidth = displayWidth(statusMark(.new, charset)) + 1
    numberWidth = displayWidth(String(lessons.count)) + 2
    idWidth = (lessons.map { displayWidth($0.lesson.id) }.max() ?? 0) + 2
    continueWidth = model.continueIndex == nil ? 0 : displayWidth(strings[.mapContinue]) + 2
    dueWidth = due.filter { $0 > 0 }.map { displayWidth(strings.format(.mapLessonDue, String($0))) + 2 }.max() ?? 0
    minutesWidth = (minutes.map(displayWidth).max() ?? 0) + 1
    let longestTitle = lessons.map { displayWidth($0.lesson.title) }.max() ?? 0
    // Margin, pointer, mark, number … title, gap, right columns, margin.
    let fixed = 1 + 3 + markWidth + numberWidth + 1 + continueWidth + dueWidth + minutesWidth + 1
    showsID = width - fixed - idWidth >= min(30, longestTitle)
    // At least 80 columns, so the header's summary and legend share a line whenever the terminal can.
    rowWidth = min(width, max(80, fixed + (showsID ? idWidth : 0) + longestTitle + 1))
  }

  /// Where the title ends and the right columns begin, in a row starting at `x`.
  func rightColumns(from x: Int) -> Int { x + rowWidth - 1 - continueWidth - dueWidth - minutesWidth }
}

/// One row per lesson: pointer, status mark, number, id, title, then continue, due and minutes.
private func drawLessonRows(
  _ buffer: inout Buffer, _ model: Model, _ course: Course, _ columns: MapColumns, area list: Rect, _ charset: Charset
) {
  guard list.height > 0 else { return }
  let lessons = course.lessons
  let strings = model.strings
  let continueIndex = model.continueIndex
  let right = columns.rightColumns(from: list.x)
  let pointer = charset == .unicode ? "▸" : ">"
  let visible = list.height
  let first = max(0, min(model.mapSelection - visible + 1, lessons.count - visible))
  for (row, index) in (first..<min(lessons.count, first + visible)).enumerated() {
    let entry = lessons[index]
    let selected = index == model.mapSelection
    let status = model.status(of: entry)
    let y = list.y + row
    func style(_ plain: Style) -> Style { selected ? Theme.selected : plain }
    // The whole row in reverse video when selected, gaps included.
    if selected {
      drawText(&buffer, "", x: list.x + 1, y: y, width: max(0, list.width - 2), style: Theme.selected, charset)
    }
    var x = list.x + 1
    drawText(&buffer, selected ? " \(pointer) " : "   ", x: x, y: y, width: 3, style: style(.plain), charset)
    x += 3
    drawText(&buffer, statusMark(status, charset), x: x, y: y, width: columns.markWidth,
      style: style(statusStyle(status)), charset)
    x += columns.markWidth
    var text = pad(String(index + 1) + ".", toWidth: columns.numberWidth)
    if columns.showsID { text += pad(entry.lesson.id, toWidth: columns.idWidth) }
    drawText(&buffer, text + entry.lesson.title, x: x, y: y, width: max(0, right - x - 1), style: style(.plain), charset)
    x = right
    if index == continueIndex {
      drawText(&buffer, strings[.mapContinue], x: x, y: y, width: columns.continueWidth, style: style(Theme.heading),
        charset)
    }
    x += columns.continueWidth
    if columns.due[index] > 0 {
      drawText(&buffer, strings.format(.mapLessonDue, String(columns.due[index])), x: x, y: y, width: columns.dueWidth,
        style: style(Theme.notice), charset)
    }
    x += columns.dueWidth
    drawText(&buffer, columns.minutes[index], x: x, y: y, width: columns.minutesWidth,
      style: style(entry.isBroken ? Theme.error : Theme.secondary), alignment: .right, charset)
  }
}
