// ReferenceView: the glossary and common-problems screens — the filter line and the list of
// entries on the left (or above on narrow terminals), the selected entry rendered like lesson text
// on the right, its selected link in reverse video, and a status line under it.

import Course
import Display

/// Draws the reference screen `kind`: title bar in row 0, list and detail in `area`.
func drawReferenceScreen(_ buffer: inout Buffer, _ model: Model, _ kind: ReferenceKind, area: Rect, _ charset: Charset) {
  guard let course = model.course else { return }
  let strings = model.strings
  let list = model.reference[kind]
  let entries = referenceEntries(kind, in: course, filter: list.filter)
  let selected = selectedIndex(list, in: entries)
  let total = referenceEntries(kind, in: course, filter: "").count
  let title = kind == .glossary ? course.glossary.title : course.problems.title
  drawTitleBar(&buffer, [strings[.appName], title], right: strings.format(.referenceCount, String(entries.count), String(total)),
    charset)
  let layout = ReferenceLayout(body: area)
  drawFilterLine(&buffer, list, strings, area: layout.filter, charset)
  drawEntryList(&buffer, entries, selected: selected, area: layout.list, charset)
  if layout.divider.width == 1 {
    buffer.drawVerticalLine(x: layout.divider.x, y: layout.divider.y, length: layout.divider.height, charset: charset,
      style: Theme.secondary)
  } else {
    buffer.drawHorizontalLine(x: layout.divider.x, y: layout.divider.y, length: layout.divider.width, charset: charset,
      style: Theme.secondary)
  }
  guard entries.indices.contains(selected) else {
    let message = strings.format(.referenceNoMatch, list.filter)
    for (row, line) in wrap(message, width: layout.detailWidth).prefix(layout.detailRows).enumerated() {
      drawText(&buffer, line, x: layout.detail.x + 1, y: layout.detail.y + row, width: layout.detailWidth, charset)
    }
    return
  }
  let detail = referenceDetail(kind, id: entries[selected].id, in: course, width: layout.detailWidth, charset: charset, strings: model.courseStrings)
  drawScrolledText(&buffer, detail, scroll: list.scroll, selectedLink: list.selectedLink, notice: list.notice, model,
    area: layout.detail, charset)
}

/// The filter being typed (with a cursor), the filter kept, or the hint that `/` filters.
private func drawFilterLine(_ buffer: inout Buffer, _ list: ReferenceList, _ strings: StringCatalog, area: Rect, _ charset: Charset) {
  let cursor = charset == .unicode ? "▏" : "_"
  if list.isFiltering {
    drawText(&buffer, " " + strings.format(.referenceFilter, list.filter) + cursor, x: area.x, y: area.y, width: area.width,
      style: Theme.selected, charset)
  } else if !list.filter.isEmpty {
    drawText(&buffer, " " + strings.format(.referenceFilter, list.filter), x: area.x, y: area.y, width: area.width,
      style: Theme.heading, charset)
  } else {
    drawText(&buffer, " " + strings[.referenceFilterHint], x: area.x, y: area.y, width: area.width, style: Theme.secondary,
      charset)
  }
}

/// The entries' names, one a row, scrolled so the selected one (pointer and reverse video) shows.
private func drawEntryList(_ buffer: inout Buffer, _ entries: [ReferenceEntry], selected: Int, area: Rect, _ charset: Charset) {
  guard area.height > 0 else { return }
  let first = max(0, min(selected - area.height / 2, entries.count - area.height))
  let pointer = charset == .unicode ? "▸" : ">"
  for (row, index) in (first..<min(entries.count, first + area.height)).enumerated() {
    let isSelected = index == selected
    drawText(&buffer, (isSelected ? " \(pointer) " : "   ") + entries[index].name, x: area.x, y: area.y + row, width: area.width,
      style: isSelected ? Theme.selected : .plain, charset)
  }
}

/// Rendered text in `area` from line `scroll`, its selected link in reverse video and underlined
/// (so it shows without colour), and on the last row the notice or the position and where the
/// selected link goes. Shared by the lesson text and the reference screens' detail.
func drawScrolledText(
  _ buffer: inout Buffer, _ text: RenderedText, scroll: Int, selectedLink: Int?, notice: String?, _ model: Model,
  area: Rect, extraPosition: String = "", _ charset: Charset
) {
  let strings = model.strings
  let rows = max(0, area.height - 1)
  let width = max(1, area.width - 2)
  let lines = text.lines
  let first = max(0, min(scroll, lines.count - rows))
  for row in 0..<rows where first + row < lines.count {
    let clip = Rect(x: area.x + 1, y: area.y + row, width: width, height: 1)
    _ = buffer.put(lines[first + row], x: clip.x, y: clip.y, clip: clip)
  }
  let visible = first..<(first + rows)
  let link = visibleSelectedLink(text.links, selected: selectedLink, visible: visible)
  for piece in link?.pieces ?? [] where visible.contains(piece.line) {
    let rect = Rect(x: area.x + 1 + piece.columns.lowerBound, y: area.y + piece.line - first, width: piece.columns.count, height: 1)
    buffer.setStyle(rect.intersection(Rect(x: area.x + 1, y: area.y, width: width, height: rows))) {
      $0.reverse = true
      $0.underline = true
    }
  }
  let statusY = area.y + rows
  if let notice {
    drawText(&buffer, " " + notice, x: area.x, y: statusY, width: area.width, style: Theme.notice, charset)
    return
  }
  if let link {
    drawText(&buffer, " " + linkStatus(link.target, model.course, strings), x: area.x, y: statusY, width: area.width,
      style: Theme.secondary, charset)
    return
  }
  let last = min(lines.count, first + rows)
  let position = strings.format(.lessonPosition, String(lines.isEmpty ? 0 : first + 1), String(last), String(lines.count))
  drawText(&buffer, " " + position + extraPosition, x: area.x, y: statusY, width: area.width, style: Theme.secondary, charset)
}
