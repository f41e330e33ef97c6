// Geometry: segment clipping (Liang–Barsky) and Bresenham rasterisation shared by canvases and paths.

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
}
