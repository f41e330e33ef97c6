// Geometry: segment clipping, Bresenham lines and grid sampling shared by canvases, paths and maps.

/// Small 2-D helpers for drawing lines on integer grids.
enum Geometry {
  typealias Point = (x: Double, y: Double)

  /// The part of the segment `a`–`b` inside `box`, or `nil` when none is (Liang–Barsky).
  static func clip(
    _ a: Point, _ b: Point, to box: (minX: Double, minY: Double, maxX: Double, maxY: Double)
  ) -> (Point, Point)? {
    guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return nil }
    let dx = b.x - a.x
    let dy = b.y - a.y
    var t0 = 0.0
    var t1 = 1.0
    let edges = [(-dx, a.x - box.minX), (dx, box.maxX - a.x), (-dy, a.y - box.minY), (dy, box.maxY - a.y)]
    for (p, q) in edges {
      if p == 0 {
        if q < 0 { return nil }
        continue
      }
      let t = q / p
      if p < 0 {
        if t > t1 { return nil }
        t0 = Swift.max(t0, t)
      } else {
        if t < t0 { return nil }
        t1 = Swift.min(t1, t)
      }
    }
    return ((a.x + t0 * dx, a.y + t0 * dy), (a.x + t1 * dx, a.y + t1 * dy))
  }

  /// The grid points of the line from `a` to `b`, both included (Bresenham, all octants).
  static func rasterLine(from a: (Int, Int), to b: (Int, Int)) -> [(Int, Int)] {
    var (x, y) = a
    let dx = Swift.abs(b.0 - x)
    let dy = -Swift.abs(b.1 - y)
    let sx = x < b.0 ? 1 : -1
    let sy = y < b.1 ? 1 : -1
    var error = dx + dy
    var points: [(Int, Int)] = []
    points.reserveCapacity(Swift.max(dx, -dy) + 1)
    while true {
      points.append((x, y))
      if x == b.0 && y == b.1 { break }
      let doubled = 2 * error
      if doubled >= dy {
        error += dy
        x += sx
      }
      if doubled <= dx {
        error += dx
        y += sy
      }
    }
    return points
  }

  /// `f` at the centre of each of `columns × rows` equal cells covering `x × y`, top row first.
  static func sample<T>(
    x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int, _ f: (Double, Double) -> T
  ) -> [T] {
    var samples: [T] = []
    samples.reserveCapacity(Swift.max(columns, 0) * Swift.max(rows, 0))
    for row in 0..<Swift.max(rows, 0) {
      let py = y.upperBound - (Double(row) + 0.5) / Double(rows) * (y.upperBound - y.lowerBound)
      for column in 0..<Swift.max(columns, 0) {
        let px = x.lowerBound + (Double(column) + 0.5) / Double(columns) * (x.upperBound - x.lowerBound)
        samples.append(f(px, py))
      }
    }
    return samples
  }

  /// `values` cut or padded with `filler` to exactly `count` elements.
  static func fitted<T>(_ values: [T], count: Int, filler: T) -> [T] {
    Array(values.prefix(count)) + Array(repeating: filler, count: Swift.max(0, count - values.count))
  }
}
