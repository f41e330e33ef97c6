// BarChart: horizontal bars with eighth-block resolution, linear or log, with predicted-value marks.

import Display

/// One bar: a label, the measured value, and optionally the value theory predicts.
public struct Bar: Sendable, Equatable {
  /// The label left of the bar (may be Chinese).
  public var label: String
  /// The measured value: the bar's length.
  public var value: Double
  /// A predicted value, marked `┃` (or `|`) on the bar's row; `nil` for none.
  public var predicted: Double?
  /// The style of the bar.
  public var style: Style

  /// A bar of `value` labelled `label`, with an optional `predicted` mark.
  public init(label: String, value: Double, predicted: Double? = nil, style: Style = .plain) {
    self.label = label
    self.value = value
    self.predicted = predicted
    self.style = style
  }
}

/// Horizontal bars, one row each, with the value printed after each bar.
///
/// Bars grow from the scale's lower limit: zero on a linear scale, the lowest whole decade on a log
/// scale (so per-layer gradient norms from 1e-9 to 10 all show). A value with no position (NaN, or
/// not positive on a log scale) draws no bar and prints as it is.
public struct BarChart: Sendable, Equatable {
  /// The bars, top to bottom.
  public var bars: [Bar]
  /// Linear or logarithmic lengths.
  public var scale: ScaleKind
  /// Fixed limits, or `nil` for automatic ones over values and predictions.
  public var limits: ClosedRange<Double>?
  /// The legend text for the bars (the legend is drawn only when some bar has a prediction).
  public var measuredLabel: String
  /// The legend text for the predicted marks.
  public var predictedLabel: String
  /// The style of predicted marks.
  public var predictedStyle: Style

  /// A bar chart of `bars`.
  public init(
    bars: [Bar], scale: ScaleKind = .linear, limits: ClosedRange<Double>? = nil,
    measuredLabel: String = "measured", predictedLabel: String = "predicted",
    predictedStyle: Style = Style(bold: true)
  ) {
    self.bars = bars
    self.scale = scale
    self.limits = limits
    self.measuredLabel = measuredLabel
    self.predictedLabel = predictedLabel
    self.predictedStyle = predictedStyle
  }

  /// Cells a bar keeps for itself before labels may take more than a third of the width.
  static let minimumBarWidth = 10

  /// The scale bars are measured on.
  public var resolvedScale: Scale {
    if let limits { return Scale(scale, lower: limits.lowerBound, upper: limits.upperBound) }
    let values = bars.map(\.value) + bars.compactMap(\.predicted)
    // Linear bars start at zero, so zero is always inside the limits.
    return Limits.automatic(for: values, kind: scale, including: scale == .linear ? [0] : [])
  }

  /// The length of a bar of `value` in eighths of a cell, on a bar area `width` cells wide.
  public func eighths(of value: Double, width: Int, scale: Scale) -> Int {
    guard let fraction = scale.fraction(of: value) else { return 0 }
    let clamped = Swift.min(Swift.max(fraction, 0), 1)
    return Int((clamped * Double(width * 8)).rounded())
  }

  /// Draws the chart into `area` of `buffer`, touching nothing outside it.
  public func render(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let area = area.intersection(buffer.area)
    buffer.fill(area)
    guard !area.isEmpty else { return }
    let scale = resolvedScale
    let valueTexts = bars.map { TickLabel.compact($0.value) }
    let valueWidth = valueTexts.map { displayWidth($0) }.max() ?? 0
    // The label column is as wide as the longest label, while the bars keep `minimumBarWidth`
    // cells (or labels a third of the area, if that is more). A label wider than the column is
    // shortened at its end, never clipped at its start ("rror p=0.3" told the wrong story).
    let longestLabel = bars.map { displayWidth($0.label) }.max() ?? 0
    let labelWidth = Swift.min(longestLabel, Swift.max(area.width / 3, area.width - valueWidth - 2 - Self.minimumBarWidth))
    let barX = area.x + labelWidth + (labelWidth > 0 ? 1 : 0)
    let barWidth = area.right - barX - valueWidth - 1
    let hasPredictions = bars.contains { $0.predicted != nil }
    // Rows below the bars, while there is room: the legend (with predictions), then the tick labels.
    let legendRows = hasPredictions && area.height > bars.count ? 1 : 0
    let axisRows = area.height > bars.count + legendRows ? 1 : 0
    let barRows = Swift.min(bars.count, area.height - legendRows - axisRows)
    guard barWidth > 0 else { return }
    for (index, bar) in bars.prefix(barRows).enumerated() {
      let y = area.y + index
      let labelClip = Rect(x: area.x, y: y, width: labelWidth, height: 1)
      let label = truncate(bar.label, toWidth: labelWidth, charset: charset)
      buffer.put(label, x: area.x + labelWidth - displayWidth(label), y: y, clip: labelClip)
      let length = eighths(of: bar.value, width: barWidth, scale: scale)
      var barEnd = barX
      for column in 0..<barWidth {
        let piece = ChartGlyphs.barPiece(eighths: Swift.min(length - column * 8, 8), charset)
        guard let piece else { break }
        barEnd += buffer.set(piece, x: barX + column, y: y, style: bar.style, clip: area)
      }
      let valueX = barEnd + 1
      if let predicted = bar.predicted, let fraction = scale.fraction(of: predicted) {
        let clamped = Swift.min(Swift.max(fraction, 0), 1)
        let column = Swift.min(Int((clamped * Double(barWidth)).rounded(.down)), barWidth - 1)
        buffer.set(ChartGlyphs.predicted(charset), x: barX + column, y: y, style: predictedStyle, clip: area)
        // The printed value goes after whichever is further right: the bar or the mark.
        buffer.put(valueTexts[index], x: Swift.max(valueX, barX + column + 2), y: y, clip: area)
      } else {
        buffer.put(valueTexts[index], x: valueX, y: y, clip: area)
      }
    }
    if axisRows > 0 {
      drawTickLabels(
        y: area.y + barRows, barX: barX, barWidth: barWidth, scale: scale, area: area, charset: charset,
        into: &buffer)
    }
    if legendRows > 0 {
      let y = area.y + barRows + axisRows
      let measured = "\(charset.fullBlock) \(measuredLabel)"
      let x = buffer.put(measured, x: barX, y: y, clip: area) + 2
      buffer.put("\(ChartGlyphs.predicted(charset)) \(predictedLabel)", x: x, y: y, style: predictedStyle, clip: area)
    }
  }

  /// Tick labels under the bars, each starting at its tick's column (the first at the bars' base).
  private func drawTickLabels(
    y: Int, barX: Int, barWidth: Int, scale: Scale, area: Rect, charset: Charset, into buffer: inout Buffer
  ) {
    let ticks = Ticks(for: scale, maxCount: Swift.max(2, barWidth / 8 + 1), superscripts: charset == .unicode)
    var nextFree = barX
    for (value, label) in zip(ticks.values, ticks.labels) {
      guard let fraction = scale.fraction(of: value) else { continue }
      let column = barX + Int((Swift.min(Swift.max(fraction, 0), 1) * Double(barWidth)).rounded())
      let start = Swift.min(column, barX + barWidth + 1 - displayWidth(label))
      guard start >= nextFree else { continue }
      nextFree = buffer.put(label, x: start, y: y, style: Style(dim: true), clip: area) + 1
    }
  }
}
