// SampleList: the language model's generated samples, one line per epoch, so a learner can read
// noise turning into word-like text as the loss falls.

import Charts
import Display

/// Text samples labelled by epoch, drawn one per line, oldest at the top.
struct SampleList: Chart {
  /// (epoch, text) pairs in epoch order.
  let samples: [(epoch: Int, text: String)]

  /// Which samples fit `rows` lines: all of them, or the first, the latest and evenly spaced
  /// ones between, so the whole course of training stays visible.
  static func shown(_ count: Int, rows: Int) -> [Int] {
    guard count > rows else { return Array(0..<count) }
    guard rows > 1 else { return rows == 1 ? [count - 1] : [] }
    return (0..<rows).map { $0 * (count - 1) / (rows - 1) }
  }

  func render(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let area = area.intersection(buffer.area)
    buffer.fill(area)
    guard !area.isEmpty else { return }
    // One blank column on the left keeps the text off a chart drawn just beside it.
    let margin = area.width > 10 ? 1 : 0
    let labelWidth = String(samples.last?.epoch ?? 0).count
    for (row, index) in Self.shown(samples.count, rows: area.height).enumerated() {
      let sample = samples[index]
      let label = String(repeating: " ", count: labelWidth - String(sample.epoch).count) + "\(sample.epoch) | "
      let line = charset.transliterate(label + sample.text)
      buffer.put(displayPrefix(line, width: area.width - margin), x: area.x + margin, y: area.y + row, clip: area)
    }
  }
}
