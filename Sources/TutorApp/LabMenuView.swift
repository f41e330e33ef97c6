// LabMenuView: the list of experiments — id and title on one row, the summary under it — scrolled
// so the selection is always visible.

import Display
import Experiments

/// Draws the lab menu into `area`.
func drawLabMenu(_ buffer: inout Buffer, _ model: Model, area: Rect, _ charset: Charset) {
  guard area.height > 2 else { return }
  drawText(&buffer, model.strings[.labIntro], x: area.x + 2, y: area.y + 1, width: area.width - 4,
    style: Theme.secondary, charset)
  // Without a course the lab is the first screen, so the start-up notices go here.
  let noticeRows = model.course != nil ? 0 : drawStartupNotices(&buffer, model, x: area.x + 2, y: area.y + 2,
    width: area.width - 4, maxRows: max(0, area.height / 3), charset)
  let top = noticeRows > 0 ? 4 + noticeRows : 3
  let list = Rect(x: area.x, y: area.y + top, width: area.width, height: max(0, area.height - top))
  let rowsPerItem = 3
  let visible = max(1, list.height / rowsPerItem)
  let first = max(0, min(model.menuSelection - visible + 1, model.experiments.count - visible))
  let idWidth = (model.experiments.map { displayWidth($0.id) }.max() ?? 0) + 2
  let pointer = charset == .unicode ? "▸" : ">"
  for (row, index) in (first..<min(model.experiments.count, first + visible)).enumerated() {
    let type = model.experiments[index]
    let y = list.y + row * rowsPerItem
    let selected = index == model.menuSelection
    let style = selected ? Theme.selected : Theme.heading
    let line = (selected ? " \(pointer) " : "   ") + pad(type.id, toWidth: idWidth) + type.title
    drawText(&buffer, line, x: list.x + 1, y: y, width: list.width - 2, style: style, charset)
    drawText(&buffer, type.summary, x: list.x + 4, y: y + 1, width: list.width - 5, style: Theme.secondary, charset)
  }
}
