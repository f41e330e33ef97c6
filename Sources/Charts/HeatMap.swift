// HeatMap: a sampled 2-D function as shaded cells (bands of a glyph ramp) with paths drawn over it.

import Display
import Foundation

/// A sequence of points drawn over a heat map: an optimizer's trajectory.
public struct HeatMapPath: Sendable, Equatable {
  /// The name shown in the legend.
  public var name: String
  /// The points in order; non-finite ones are skipped.
  public var points: [(x: Double, y: Double)]
  /// The style of the path's glyphs.
  public var style: Style

  /// A path through `points` named `name`.
  public init(name: String, points: [(x: Double, y: Double)], style: Style = .plain) {
    self.name = name
    self.points = points
    self.style = style
  }

  /// Paths are equal when names, styles and every point agree (tuples are not `Equatable`).
  public static func == (lhs: HeatMapPath, rhs: HeatMapPath) -> Bool {
    lhs.name == rhs.name && lhs.style == rhs.style && lhs.points.count == rhs.points.count
      && zip(lhs.points, rhs.points).allSatisfy { $0.x == $1.x && $0.y == $1.y }
  }
}

/// A heat map of a function sampled on a grid, with trajectories drawn over it.
///
/// Values are shaded with a ramp (` ·░▒▓█` or ` .:;=#`) in a few equal bands, which
/// reads as rough contours; `logShading` spreads the bands by the logarithm of the height above the
/// minimum, which resolves the valley floor of a loss surface. Each path has its own glyph, its
/// start is marked `◇` (`S`) and its last point is drawn reversed.
public struct HeatMap: Sendable, Equatable {
  /// Samples across.
  public let columns: Int
  /// Samples down.
  public let rows: Int
  /// Row-major samples, top row (largest y) first.
  public let values: [Double]
  /// The x range the samples cover.
  public var x: ClosedRange<Double>
  /// The y range the samples cover.
  public var y: ClosedRange<Double>
  /// Whether bands follow log10 of the height above the minimum.
  public var logShading: Bool
  /// Paths drawn over the shading.
  public var paths: [HeatMapPath]
  /// The x axis title.
  public var xLabel: String?
  /// The y axis title.
  public var yLabel: String?

  /// A heat map of `values` (top row first) covering `x × y`.
  public init(
    columns: Int, rows: Int, values: [Double], x: ClosedRange<Double>, y: ClosedRange<Double>,
    logShading: Bool = false, paths: [HeatMapPath] = [], xLabel: String? = nil, yLabel: String? = nil
  ) {
    self.columns = Swift.max(columns, 0)
    self.rows = Swift.max(rows, 0)
    self.values = Geometry.fitted(values, count: self.columns * self.rows, filler: .nan)
    self.x = x
    self.y = y
    self.logShading = logShading
    self.paths = paths
    self.xLabel = xLabel
    self.yLabel = yLabel
  }

  /// A heat map of `function` sampled at the centres of `columns × rows` cells over `x × y`.
  public static func sampling(
    x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int, logShading: Bool = false,
    function: (Double, Double) -> Double
  ) -> HeatMap {
    let values = Geometry.sample(x: x, y: y, columns: columns, rows: rows, function)
    return HeatMap(columns: columns, rows: rows, values: values, x: x, y: y, logShading: logShading)
  }

  /// The shading intensity (0…1) of each sample; `nil` for a NaN or infinite sample.
  public var intensities: [Double?] {
    let finite = values.filter(\.isFinite)
    guard let lo = finite.min(), let hi = finite.max() else { return values.map { _ in nil } }
    guard logShading else {
      return values.map { Limits.unitFraction($0, lower: lo, upper: hi, flat: 0) }
    }
    // Heights above the minimum, halved so that even a ±1e308 range stays finite; the floor
    // (a hundredth of the range) keeps log10 finite at the minimum and spans two decades.
    let floor = Swift.max((hi / 2 - lo / 2) * 1e-2, Double.leastNormalMagnitude)
    let top = log10(hi / 2 - lo / 2 + floor)
    return values.map { v in
      guard v.isFinite else { return nil }
      return Limits.unitFraction(log10(v / 2 - lo / 2 + floor), lower: log10(floor), upper: top, flat: 0)
    }
  }

  /// Draws the map into `area` of `buffer`, touching nothing outside it.
  public func render(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let area = area.intersection(buffer.area)
    buffer.fill(area)
    let axes = Axes(
      area: area, x: Scale(.linear, lower: x.lowerBound, upper: x.upperBound),
      y: Scale(.linear, lower: y.lowerBound, upper: y.upperBound), xLabel: xLabel, yLabel: yLabel,
      charset: charset, minimumLabelWidth: 4)
    axes.draw(into: &buffer, charset: charset)
    let plot = axes.plot
    guard !plot.isEmpty, columns > 0, rows > 0 else { return }
    let shades = intensities
    let ramp = ChartGlyphs.heatRamp(charset)
    for row in 0..<plot.height {
      // Each cell shows the sample under its centre, so the picture is not shifted by half a cell.
      let sampleRow = Swift.min((2 * row + 1) * rows / (2 * plot.height), rows - 1)
      for column in 0..<plot.width {
        let sampleColumn = Swift.min((2 * column + 1) * columns / (2 * plot.width), columns - 1)
        guard let intensity = shades[sampleRow * columns + sampleColumn] else { continue }
        let band = Int((intensity * Double(ramp.count - 1)).rounded())
        buffer.set(ramp[band], x: plot.x + column, y: plot.y + row, style: Style(dim: true), clip: plot)
      }
    }
    var occupied = DotCanvas(columns: plot.width, rows: plot.height, marker: .halfBlocks)
    for (index, path) in paths.enumerated() {
      drawPath(
        path, glyph: ChartGlyphs.marker(index, charset), axes: axes, charset: charset, occupied: &occupied,
        into: &buffer)
    }
    let entries = paths.enumerated().map { index, path in
      LegendEntry(glyph: ChartGlyphs.marker(index, charset), name: path.name, style: path.style)
    }
    Legend.draw(entries, in: plot, avoiding: occupied, into: &buffer)
  }

  /// Draws one path as a trail of cells (continuous between points), its start and its end.
  private func drawPath(
    _ path: HeatMapPath, glyph: Character, axes: Axes, charset: Charset, occupied: inout DotCanvas,
    into buffer: inout Buffer
  ) {
    let plot = axes.plot
    let cells = path.points.compactMap { point -> (Int, Int)? in
      guard let column = axes.column(point.x), let row = axes.row(point.y) else { return nil }
      return (column, row)
    }
    guard let first = cells.first, let last = cells.last else { return }
    var previous = first
    for cell in cells {
      let a = (Double(previous.0), Double(previous.1))
      let b = (Double(cell.0), Double(cell.1))
      let box = (
        minX: Double(plot.x), minY: Double(plot.y), maxX: Double(plot.right - 1), maxY: Double(plot.bottom - 1)
      )
      if let (from, to) = Geometry.clip(a, b, to: box) {
        for (column, row) in Geometry.rasterLine(
          from: (Int(from.x.rounded()), Int(from.y.rounded())), to: (Int(to.x.rounded()), Int(to.y.rounded())))
        {
          buffer.set(glyph, x: column, y: row, style: path.style, clip: plot)
          occupied.set(x: column - plot.x, y: 2 * (row - plot.y))
        }
      }
      previous = cell
    }
    buffer.set(ChartGlyphs.pathStart(charset), x: first.0, y: first.1, style: path.style, clip: plot)
    var endStyle = path.style
    endStyle.reverse = true
    buffer.set(glyph, x: last.0, y: last.1, style: endStyle, clip: plot)
  }
}
