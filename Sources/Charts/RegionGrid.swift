// RegionGrid: a grid of predicted classes over the plane, the shaded background of a scatter chart.

/// Predicted classes sampled on a regular grid over a rectangle of the plane.
///
/// Row 0 is the top of the picture (the largest y), as on screen; `sampling` takes care of the
/// orientation. A class of `nil` (no prediction) is left unshaded.
public struct RegionGrid: Sendable, Equatable {
  /// Samples across.
  public let columns: Int
  /// Samples down.
  public let rows: Int
  /// Row-major classes, top row first.
  public let classes: [Int?]

  /// A grid of `classes` given top row first; missing entries count as no prediction.
  public init(columns: Int, rows: Int, classes: [Int?]) {
    self.columns = Swift.max(columns, 0)
    self.rows = Swift.max(rows, 0)
    self.classes = Geometry.fitted(classes, count: self.columns * self.rows, filler: nil)
  }

  /// A grid made by asking `classify` for the class at the centre of each of `columns × rows` cells
  /// covering `x × y`.
  public static func sampling(
    x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int,
    classify: (Double, Double) -> Int?
  ) -> RegionGrid {
    let classes = Geometry.sample(x: x, y: y, columns: columns, rows: rows, classify)
    return RegionGrid(columns: columns, rows: rows, classes: classes)
  }

  /// The class at fractional position (`fx`, `fy`) of the grid (0…1 each, `fy` = 0 at the top).
  public func classAt(fx: Double, fy: Double) -> Int? {
    guard columns > 0, rows > 0, fx.isFinite, fy.isFinite else { return nil }
    let column = Swift.min(Int(Swift.min(Swift.max(fx, 0), 1) * Double(columns)), columns - 1)
    let row = Swift.min(Int(Swift.min(Swift.max(fy, 0), 1) * Double(rows)), rows - 1)
    return classes[row * columns + column]
  }
}
