// LineChart: several series against x, linear or log y, with legend, reference lines and NaN gaps.

import Display

/// A line chart of one or more series drawn with sub-cell dots.
///
/// Every series is also marked with its own glyph (`●`, `○`, `▲`… or `o`, `x`, `+`…) at a few
/// points and in the legend, so the curves can be told apart without colour. A NaN or infinite
/// value breaks the curve, and the first one after real data is marked `×` ("diverged here").
public struct LineChart: Sendable, Equatable {
  /// The curves, drawn in order (later ones on top).
  public var series: [LineSeries]
  /// Linear or logarithmic y axis.
  public var yScale: ScaleKind
  /// Fixed x limits, or `nil` for automatic ones.
  public var xLimits: ClosedRange<Double>?
  /// Fixed y limits, or `nil` for automatic ones.
  public var yLimits: ClosedRange<Double>?
  /// The x axis title, drawn at the right of the tick labels.
  public var xLabel: String?
  /// The y axis title, drawn above the axis.
  public var yLabel: String?
  /// Horizontal reference lines (bounds, targets); automatic limits include them.
  public var references: [ReferenceLine]
  /// Whether to mark the first NaN/∞ of each series with `×`.
  public var marksDivergence: Bool
  /// Whether to draw the legend.
  public var showsLegend: Bool
  /// The dot marker, or `nil` for the charset's default (braille, or ASCII 3 × 3).
  public var marker: Marker?
  /// The least width reserved for y tick labels, so the plot does not shift as labels change.
  public var minimumLabelWidth: Int

  /// A line chart of `series`.
  public init(
    series: [LineSeries], yScale: ScaleKind = .linear, xLimits: ClosedRange<Double>? = nil,
    yLimits: ClosedRange<Double>? = nil, xLabel: String? = nil, yLabel: String? = nil,
    references: [ReferenceLine] = [], marksDivergence: Bool = true, showsLegend: Bool = true,
    marker: Marker? = nil, minimumLabelWidth: Int = 5
  ) {
    self.series = series
    self.yScale = yScale
    self.xLimits = xLimits
    self.yLimits = yLimits
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.references = references
    self.marksDivergence = marksDivergence
    self.showsLegend = showsLegend
    self.marker = marker
    self.minimumLabelWidth = minimumLabelWidth
  }

  /// The x scale: fixed limits, or the data's range (not rounded: steps should fill the width).
  public var resolvedXScale: Scale {
    if let xLimits { return Scale(.linear, lower: xLimits.lowerBound, upper: xLimits.upperBound) }
    let xs = series.flatMap(\.xs).filter(\.isFinite)
    guard let lo = xs.min(), let hi = xs.max() else { return Scale(.linear, lower: 0, upper: 1) }
    return Scale(.linear, lower: lo, upper: hi)
  }

  /// The y scale: fixed limits, or automatic limits over every series and reference line.
  public var resolvedYScale: Scale {
    if let yLimits { return Scale(yScale, lower: yLimits.lowerBound, upper: yLimits.upperBound) }
    return Limits.automatic(for: series.flatMap(\.ys), kind: yScale, including: references.map(\.value))
  }

  /// Draws the chart into `area` of `buffer`, touching nothing outside it.
  public func render(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let area = area.intersection(buffer.area)
    buffer.fill(area)
    let axes = Axes(
      area: area, x: resolvedXScale, y: resolvedYScale, xLabel: xLabel, yLabel: yLabel, charset: charset,
      minimumLabelWidth: minimumLabelWidth)
    axes.draw(into: &buffer, charset: charset)
    guard !axes.plot.isEmpty else { return }
    var canvas = DotCanvas(
      columns: axes.plot.width, rows: axes.plot.height, marker: marker ?? ChartGlyphs.dotMarker(charset))
    // Reference lines first (layers after the series), so curves are drawn over them.
    var referenceRows: [(reference: ReferenceLine, row: Int)] = []
    for (index, reference) in references.enumerated() {
      guard let dot = axes.dot(axes.x.lower, reference.value, on: canvas),
        dot.y > -0.5, dot.y < Double(canvas.dotHeight) - 0.5
      else { continue }
      let dotRow = Int(dot.y.rounded())
      canvas.dottedRow(y: dotRow, layer: series.count + index)
      referenceRows.append((reference, axes.plot.y + dotRow / canvas.marker.dotsDown))
    }
    for (index, line) in series.enumerated() {
      var previous: (x: Double, y: Double)?
      for (x, y) in zip(line.xs, line.ys) {
        guard let dot = axes.dot(x, y, on: canvas) else {
          previous = nil
          continue
        }
        canvas.line(from: previous ?? dot, to: dot, layer: index)
        previous = dot
      }
    }
    let styleOf: (Int) -> Style = { layer in
      layer < series.count ? series[layer].style : references[layer - series.count].style
    }
    axes.draw(canvas, into: &buffer, style: styleOf)
    for (reference, row) in referenceRows {
      // Above the line when there is room, so the label does not hide the line itself.
      let labelRow = row > axes.plot.y ? row - 1 : row
      let x = axes.plot.right - displayWidth(reference.label)
      buffer.put(reference.label, x: x, y: labelRow, style: reference.style, clip: axes.plot)
    }
    let marked =
      series.count > 1 ? drawSeriesMarkers(axes: axes, canvas: canvas, into: &buffer, charset: charset) : false
    let diverged =
      marksDivergence ? drawDivergence(axes: axes, canvas: canvas, into: &buffer, charset: charset) : false
    guard showsLegend else { return }
    var entries: [LegendEntry] = []
    if series.count > 1 || (series.count == 1 && !series[0].name.isEmpty) {
      entries = series.enumerated().map { index, line in
        LegendEntry(
          glyph: marked ? ChartGlyphs.marker(index, charset) : (charset == .unicode ? "─" : "-"),
          name: line.name, style: line.style)
      }
    }
    if diverged { entries.append(LegendEntry(glyph: ChartGlyphs.gap(charset), name: "NaN")) }
    Legend.draw(entries, in: axes.plot, avoiding: canvas, into: &buffer)
  }

  /// Puts each series' glyph at a few evenly spaced points, staggered so that series do not
  /// cover each other's marks. Returns whether any mark was drawn.
  private func drawSeriesMarkers(
    axes: Axes, canvas: DotCanvas, into buffer: inout Buffer, charset: Charset
  ) -> Bool {
    let marksPerSeries = Swift.max(1, axes.plot.width / 16)
    var drew = false
    for (index, line) in series.enumerated() where !line.ys.isEmpty {
      let glyph = ChartGlyphs.marker(index, charset)
      let phase = Double(index + 1) / Double(series.count + 1)
      for mark in 0..<marksPerSeries {
        let position = (Double(mark) + phase) / Double(marksPerSeries) * Double(line.ys.count - 1)
        let point = Int(position.rounded())
        guard point >= 0, point < line.ys.count, let cell = axes.cell(line.xs[point], line.ys[point], on: canvas)
        else { continue }
        if buffer.set(glyph, x: cell.x, y: cell.y, style: line.style, clip: axes.plot) > 0 { drew = true }
      }
    }
    return drew
  }

  /// Marks where each series first turns NaN/∞: at that x, at the height of the last finite value.
  private func drawDivergence(axes: Axes, canvas: DotCanvas, into buffer: inout Buffer, charset: Charset) -> Bool {
    var drew = false
    for line in series {
      guard let gap = line.firstGapAfterData, gap > 0 else { continue }
      // At the gap's x, level with the last finite value (the top of the plot when that is off-scale).
      let lastY = line.ys[..<gap].last(where: \.isFinite) ?? axes.y.upper
      let cell = axes.cell(line.xs[gap], lastY, on: canvas) ?? axes.cell(line.xs[gap], axes.y.upper, on: canvas)
      guard let cell else { continue }
      if buffer.set(ChartGlyphs.gap(charset), x: cell.x, y: cell.y, style: line.style, clip: axes.plot) > 0 {
        drew = true
      }
    }
    return drew
  }
}
