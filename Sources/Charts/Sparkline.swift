// Sparkline: a one-row trend of the latest values (`▁▂▃▄▅▆▇█`, or `_.-=^` in ASCII).

import Display

/// A one-row chart of recent values, one cell per value, for small live readouts.
///
/// When there are more values than cells, the most recent ones are shown. NaN and ±∞ leave a
/// blank cell, so a gap is visible.
public struct Sparkline: Sendable, Equatable {
  /// The values, oldest first.
  public var values: [Double]
  /// The values drawn as the lowest and highest level, or `nil` for the shown values' own range.
  public var range: ClosedRange<Double>?
  /// The style of the cells.
  public var style: Style

  /// A sparkline of `values`.
  public init(values: [Double], range: ClosedRange<Double>? = nil, style: Style = .plain) {
    self.values = values
    self.range = range
    self.style = style
  }

  /// The levels, lowest first.
  public static func levels(_ charset: Charset) -> [Character] {
    charset == .unicode ? Array("▁▂▃▄▅▆▇█") : Array("_.-=^")
  }

  /// The sparkline as text of at most `width` cells (the last `width` values).
  public func text(width: Int, charset: Charset) -> String {
    let shown = values.suffix(Swift.max(width, 0))
    let finite = shown.filter(\.isFinite)
    let lo = range?.lowerBound ?? finite.min() ?? 0
    let hi = range?.upperBound ?? finite.max() ?? 1
    let levels = Sparkline.levels(charset)
    return String(
      shown.map { value -> Character in
        // A flat series sits mid-height rather than on the floor, like a flat line chart.
        guard let fraction = Limits.unitFraction(value, lower: lo, upper: hi) else { return " " }
        let index = Int((fraction * Double(levels.count - 1)).rounded())
        return levels[index]
      })
  }

  /// Draws the sparkline on the first row of `area`, right-aligned so the latest value is at the edge.
  public func render(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let area = area.intersection(buffer.area)
    buffer.fill(area)
    guard !area.isEmpty else { return }
    let line = text(width: area.width, charset: charset)
    buffer.put(line, x: area.right - line.count, y: area.y, style: style, clip: area)
  }
}
