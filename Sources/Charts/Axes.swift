// Axes: the frame around a plot (tick labels, axis lines, titles) and the plot area it leaves.

import Display

/// The layout of a 2-D plot inside a region: tick labels on the left and bottom, the rest for data.
///
/// The label column has a fixed minimum width (`minimumLabelWidth`) so that a live curve does not
/// jump sideways when its tick labels change from `0.5` to `0.25`.
struct Axes {
  let area: Rect
  let plot: Rect
  let x: Scale
  let y: Scale
  let xTicks: Ticks
  let yTicks: Ticks
  let labelWidth: Int
  let xLabel: String?
  let yLabel: String?

  /// Lays out axes for `x` and `y` in `area`; the plot rectangle may be empty when `area` is tiny.
  init(
    area: Rect, x: Scale, y: Scale, xLabel: String?, yLabel: String?, charset: Charset,
    minimumLabelWidth: Int
  ) {
    self.area = area
    self.x = x
    self.y = y
    self.xLabel = xLabel
    self.yLabel = yLabel
    let top = area.y + (yLabel == nil ? 0 : 1)
    // Two rows at the bottom: the axis line and its tick labels.
    let plotHeight = Swift.max(0, area.bottom - 2 - top)
    let yTicks = Ticks(for: y, maxCount: Swift.max(2, plotHeight / 3 + 1), superscripts: charset == .unicode)
    let labelWidth = Swift.min(Swift.max(minimumLabelWidth, yTicks.labelWidth), Swift.max(0, area.width / 3))
    let plotX = area.x + labelWidth + 1
    let plotWidth = Swift.max(0, area.right - plotX)
    self.yTicks = yTicks
    self.labelWidth = labelWidth
    self.plot = Rect(x: plotX, y: top, width: plotWidth, height: plotHeight)
    self.xTicks = Ticks(for: x, maxCount: Swift.max(2, plotWidth / 10 + 1), superscripts: charset == .unicode)
  }

  /// The plot column of data value `value` (may lie outside the plot), or `nil` for a gap.
  func column(_ value: Double) -> Int? {
    x.slot(of: value, resolution: plot.width).map { plot.x + $0 }
  }

  /// The plot row of data value `value` (may lie outside the plot), or `nil` for a gap.
  func row(_ value: Double) -> Int? {
    y.slot(of: value, resolution: plot.height).map { plot.bottom - 1 - $0 }
  }

  /// The dot coordinates of a data point on `canvas` (which covers the plot), or `nil` for a gap.
  func dot(_ px: Double, _ py: Double, on canvas: DotCanvas) -> (x: Double, y: Double)? {
    guard let fx = x.fraction(of: px), let fy = y.fraction(of: py) else { return nil }
    return (fx * Double(canvas.dotWidth - 1), (1 - fy) * Double(canvas.dotHeight - 1))
  }

  /// The plot cell holding the dot of a data point on `canvas`, or `nil` for a gap or a point
  /// outside the plot. Marks placed this way sit exactly on the drawn curve.
  func cell(_ px: Double, _ py: Double, on canvas: DotCanvas) -> (x: Int, y: Int)? {
    guard let dot = dot(px, py, on: canvas),
      dot.x > -0.5, dot.x < Double(canvas.dotWidth) - 0.5, dot.y > -0.5, dot.y < Double(canvas.dotHeight) - 0.5
    else { return nil }
    return (
      plot.x + Int(dot.x.rounded()) / canvas.marker.dotsAcross, plot.y + Int(dot.y.rounded()) / canvas.marker.dotsDown
    )
  }

  /// Draws the labels, the axis lines and the tick marks.
  func draw(into buffer: inout Buffer, charset: Charset, style: Style = .plain) {
    guard !plot.isEmpty else { return }
    let lines = charset.border
    if let yLabel { buffer.put(yLabel, x: area.x, y: area.y, style: style, clip: area) }
    // The y axis: a vertical line with a tee at each tick, labels right-aligned beside it.
    let axisX = plot.x - 1
    for row in plot.y..<plot.bottom { buffer.set(lines.vertical, x: axisX, y: row, style: style, clip: area) }
    var usedRows = Set<Int>()
    for (value, label) in zip(yTicks.values, yTicks.labels) {
      guard let row = row(value), row >= plot.y, row < plot.bottom, usedRows.insert(row).inserted else {
        continue
      }
      buffer.set(lines.teeLeft, x: axisX, y: row, style: style, clip: area)
      let width = displayWidth(label)
      if width <= labelWidth {
        buffer.put(label, x: area.x + labelWidth - width, y: row, style: style, clip: area)
      }
    }
    // The x axis: a corner, a horizontal line with tees at ticks, labels centred below.
    let axisY = plot.bottom
    buffer.set(lines.bottomLeft, x: axisX, y: axisY, style: style, clip: area)
    for column in plot.x..<plot.right { buffer.set(lines.horizontal, x: column, y: axisY, style: style, clip: area) }
    var nextFree = area.x
    for (value, label) in zip(xTicks.values, xTicks.labels) {
      guard let column = column(value), column >= plot.x, column < plot.right else { continue }
      buffer.set(lines.teeDown, x: column, y: axisY, style: style, clip: area)
      let width = displayWidth(label)
      let start = Swift.min(Swift.max(column - width / 2, area.x), area.right - width)
      guard start >= nextFree else { continue }
      buffer.put(label, x: start, y: axisY + 1, style: style, clip: area)
      nextFree = start + width + 1
    }
    if let xLabel {
      // The x label goes at the right end of the tick-label row when it does not hide a tick label.
      let width = displayWidth(xLabel)
      let start = area.right - width
      if start >= nextFree { buffer.put(xLabel, x: start, y: axisY + 1, style: style, clip: area) }
    }
  }

  /// Draws the canvas's glyphs into the plot, styling each cell by the layer that drew it.
  func draw(_ canvas: DotCanvas, into buffer: inout Buffer, style: (Int) -> Style) {
    for row in 0..<canvas.rows {
      for column in 0..<canvas.columns {
        guard let glyph = canvas.glyph(column: column, row: row) else { continue }
        let layer = canvas.layer(column: column, row: row) ?? 0
        buffer.set(glyph, x: plot.x + column, y: plot.y + row, style: style(layer), clip: plot)
      }
    }
  }
}
