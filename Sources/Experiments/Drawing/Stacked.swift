// Stacked: two things drawn in one panel, a chart of fixed height above a captioned one — the
// digits screen's digit over its confusion matrix, the metrics screen's table over its rates.

import Charts
import Display

/// A chart of `topHeight` rows, a blank row, then a captioned panel in the rows left.
struct Stacked: Chart {
  let top: any Chart
  let topHeight: Int
  let bottomCaption: Phrase
  let bottom: any Chart

  func render(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let area = area.intersection(buffer.area)
    buffer.fill(area)
    guard !area.isEmpty else { return }
    let parts = area.rows([.fixed(min(topHeight, area.height)), .fixed(area.height > topHeight ? 1 : 0), .fill(1)])
    top.render(into: &buffer, area: parts[0], charset: charset)
    Panels.draw(Panel(bottomCaption, bottom), into: &buffer, area: parts[2], charset: charset)
  }
}
