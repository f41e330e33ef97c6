// LineSeries and ReferenceLine: the data a line chart draws (curves with gaps, horizontal bounds).

import Display

/// One curve of a line chart: a name for the legend, its points, and an optional style.
///
/// Points whose y is NaN or ±∞ (or not positive, on a log axis) are gaps: the curve breaks there.
public struct LineSeries: Sendable, Equatable {
  /// The name shown in the legend.
  public var name: String
  /// The x coordinates, one per point.
  public var xs: [Double]
  /// The y coordinates, one per point.
  public var ys: [Double]
  /// The style of the curve's cells (colour is optional; the legend glyph identifies the series).
  public var style: Style

  /// A series of `values` at x = 0, 1, 2… (a value per step or per epoch).
  public init(name: String, values: [Double], style: Style = .plain) {
    self.name = name
    self.xs = values.indices.map(Double.init)
    self.ys = values
    self.style = style
  }

  /// A series of `values` of another floating-point type (the numeric core's `Float`) at x = 0, 1, 2….
  public init<Value: BinaryFloatingPoint>(name: String, values: [Value], style: Style = .plain) {
    self.init(name: name, values: values.map { Double($0) }, style: style)
  }

  /// A series of (x, y) points, drawn in the order given.
  public init(name: String, points: [(x: Double, y: Double)], style: Style = .plain) {
    self.name = name
    self.xs = points.map(\.x)
    self.ys = points.map(\.y)
    self.style = style
  }

  /// The index of the first point whose y is not finite after at least one that is (where a run
  /// diverged), or `nil`.
  public var firstGapAfterData: Int? {
    guard let firstFinite = ys.firstIndex(where: \.isFinite) else { return nil }
    return ys[firstFinite...].firstIndex { !$0.isFinite }
  }
}

/// A horizontal line across a chart at a fixed value, with a label: a theoretical bound, a target.
public struct ReferenceLine: Sendable, Equatable {
  /// The y value of the line.
  public var value: Double
  /// The text drawn at the line's right end (`"bound"`).
  public var label: String
  /// The style of the line and its label.
  public var style: Style

  /// A reference line at `value` labelled `label`.
  public init(value: Double, label: String, style: Style = .plain) {
    self.value = value
    self.label = label
    self.style = style
  }
}
