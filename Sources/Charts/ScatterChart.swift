// ScatterChart: labelled points over shaded decision regions, with an optional straight boundary.

import Display

/// A point of a scatter chart with its class.
public struct ScatterPoint: Sendable, Equatable {
  /// The horizontal coordinate.
  public var x: Double
  /// The vertical coordinate.
  public var y: Double
  /// The class (0, 1, …), which picks the point's glyph and style.
  public var label: Int
  /// A glyph drawn instead of the class marker (a character at its learned embedding), or `nil`.
  public var symbol: Character?

  /// A point at (`x`, `y`) of class `label`, drawn with the class marker or with `symbol`.
  public init(x: Double, y: Double, label: Int, symbol: Character? = nil) {
    self.x = x
    self.y = y
    self.label = label
    self.symbol = symbol
  }
}

/// The line w₁·x + w₂·y + b = 0: a linear classifier's decision boundary.
public struct BoundaryLine: Sendable, Equatable {
  /// The weight of x.
  public var w1: Double
  /// The weight of y.
  public var w2: Double
  /// The bias.
  public var b: Double

  /// The line `w1·x + w2·y + b = 0`.
  public init(w1: Double, w2: Double, b: Double) {
    self.w1 = w1
    self.w2 = w2
    self.b = b
  }

  /// Two points of the line spanning `x × y`, or `nil` when the weights are both zero (no line).
  ///
  /// Solves for y across the x range when the line is closer to horizontal, else for x across
  /// the y range, so steep lines are not lost to division by a tiny weight.
  public func endpoints(x: ClosedRange<Double>, y: ClosedRange<Double>) -> ((Double, Double), (Double, Double))? {
    guard w1.isFinite, w2.isFinite, b.isFinite, w1 != 0 || w2 != 0 else { return nil }
    if Swift.abs(w2) >= Swift.abs(w1) {
      let at = { (px: Double) in -(self.w1 * px + self.b) / self.w2 }
      return ((x.lowerBound, at(x.lowerBound)), (x.upperBound, at(x.upperBound)))
    }
    let at = { (py: Double) in -(self.w2 * py + self.b) / self.w1 }
    return ((at(y.lowerBound), y.lowerBound), (at(y.upperBound), y.upperBound))
  }
}

/// A scatter chart of classed points over a shaded grid of predicted classes.
///
/// Classes differ by glyph (`●`/`○`/`▲`… or `o`/`x`/`+`…) and by background shade (blank, `░`,
/// `·`… or blank, `.`, `:`…), and optionally by colour.
public struct ScatterChart: Sendable, Equatable {
  /// The points, drawn over everything else.
  public var points: [ScatterPoint]
  /// Predicted classes over the plot area, or `nil` for a plain background.
  public var regions: RegionGrid?
  /// A straight boundary drawn with dots between the regions and the points.
  public var boundary: BoundaryLine?
  /// Fixed x limits, or `nil` for limits that contain every point.
  public var xLimits: ClosedRange<Double>?
  /// Fixed y limits, or `nil` for limits that contain every point.
  public var yLimits: ClosedRange<Double>?
  /// Names of the classes for the legend (none: no legend).
  public var classNames: [String]
  /// Styles of the classes (points and regions); missing entries are plain.
  public var classStyles: [Style]
  /// The style of the boundary line.
  public var boundaryStyle: Style
  /// The x axis title.
  public var xLabel: String?
  /// The y axis title.
  public var yLabel: String?

  /// A scatter chart of `points`.
  public init(
    points: [ScatterPoint], regions: RegionGrid? = nil, boundary: BoundaryLine? = nil,
    xLimits: ClosedRange<Double>? = nil, yLimits: ClosedRange<Double>? = nil, classNames: [String] = [],
    classStyles: [Style] = [], boundaryStyle: Style = Style(bold: true), xLabel: String? = nil,
    yLabel: String? = nil
  ) {
    self.points = points
    self.regions = regions
    self.boundary = boundary
    self.xLimits = xLimits
    self.yLimits = yLimits
    self.classNames = classNames
    self.classStyles = classStyles
    self.boundaryStyle = boundaryStyle
    self.xLabel = xLabel
    self.yLabel = yLabel
  }

  private func style(ofClass label: Int) -> Style {
    label >= 0 && label < classStyles.count ? classStyles[label] : .plain
  }

  private func scale(_ limits: ClosedRange<Double>?, _ values: [Double]) -> Scale {
    if let limits { return Scale(.linear, lower: limits.lowerBound, upper: limits.upperBound) }
    return Limits.automatic(for: values)
  }

  /// Draws the chart into `area` of `buffer`, touching nothing outside it.
  public func render(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let area = area.intersection(buffer.area)
    buffer.fill(area)
    let axes = Axes(
      area: area, x: scale(xLimits, points.map(\.x)), y: scale(yLimits, points.map(\.y)), xLabel: xLabel,
      yLabel: yLabel, charset: charset, minimumLabelWidth: 4)
    axes.draw(into: &buffer, charset: charset)
    let plot = axes.plot
    guard !plot.isEmpty else { return }
    if let regions {
      for row in 0..<plot.height {
        for column in 0..<plot.width {
          let fx = (Double(column) + 0.5) / Double(plot.width)
          let fy = (Double(row) + 0.5) / Double(plot.height)
          guard let label = regions.classAt(fx: fx, fy: fy) else { continue }
          let shadeStyle = Style(foreground: style(ofClass: label).foreground, dim: true)
          buffer.set(
            ChartGlyphs.regionShade(label, charset), x: plot.x + column, y: plot.y + row, style: shadeStyle,
            clip: plot)
        }
      }
    }
    var canvas = DotCanvas(columns: plot.width, rows: plot.height, marker: ChartGlyphs.dotMarker(charset))
    let xRange = axes.x.lower...axes.x.upper
    let yRange = axes.y.lower...axes.y.upper
    if let boundary, let (a, b) = boundary.endpoints(x: xRange, y: yRange),
      let from = axes.dot(a.0, a.1, on: canvas), let to = axes.dot(b.0, b.1, on: canvas)
    {
      canvas.line(from: from, to: to)
      axes.draw(canvas, into: &buffer) { _ in boundaryStyle }
    }
    // Where the points are, so the legend can sit where it hides fewest of them.
    var occupied = DotCanvas(columns: plot.width, rows: plot.height, marker: .halfBlocks)
    for point in points {
      guard let column = axes.column(point.x), let row = axes.row(point.y) else { continue }
      occupied.set(x: column - plot.x, y: 2 * (row - plot.y))
      let glyph = point.symbol ?? ChartGlyphs.marker(point.label, charset)
      // A wide symbol in the last column moves left one cell rather than vanish at the edge.
      let x = displayWidth(glyph) == 2 && column == plot.right - 1 ? column - 1 : column
      buffer.set(glyph, x: x, y: row, style: style(ofClass: point.label), clip: plot)
    }
    let entries = classNames.enumerated().map { index, name in
      LegendEntry(glyph: ChartGlyphs.marker(index, charset), name: name, style: style(ofClass: index))
    }
    Legend.draw(entries, in: plot, avoiding: occupied, into: &buffer)
  }
}
