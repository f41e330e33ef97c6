// ShadedImage: a small grid of intensities drawn as shaded cells (an 8×8 digit, a feature map).

import Display

/// A small image of intensities drawn with the charset's shade ramp, two columns per pixel.
///
/// Two columns per pixel make pixels roughly square in a terminal cell (about twice as tall as
/// wide). When the area is too narrow the image drops to one column per pixel, then clips.
public struct ShadedImage: Sendable, Equatable {
  /// Pixels across.
  public let columns: Int
  /// Pixels down.
  public let rows: Int
  /// Row-major intensities, top row first.
  public let pixels: [Double]
  /// The intensities that map to empty and full ink, or `nil` for the image's own range.
  public var range: ClosedRange<Double>?

  /// An image of `pixels` (row-major, top row first).
  public init(columns: Int, rows: Int, pixels: [Double], range: ClosedRange<Double>? = nil) {
    self.columns = Swift.max(columns, 0)
    self.rows = Swift.max(rows, 0)
    self.pixels = Geometry.fitted(pixels, count: self.columns * self.rows, filler: .nan)
    self.range = range
  }

  /// The ink of each pixel in 0…1 (a pixel that cannot be placed is NaN and is drawn empty).
  public var intensities: [Double] {
    let finite = pixels.filter(\.isFinite)
    let lo = range?.lowerBound ?? finite.min() ?? 0
    let hi = range?.upperBound ?? finite.max() ?? 1
    // A flat image (all one value) is drawn as ink where the value is positive.
    return pixels.map { Limits.unitFraction($0, lower: lo, upper: hi, flat: $0 > 0 ? 1 : 0) ?? .nan }
  }

  /// The columns the image takes in an area `width` wide: `2 × columns`, else `columns`.
  public func width(fitting width: Int) -> Int {
    width >= 2 * columns ? 2 * columns : Swift.min(columns, width)
  }

  /// Draws the image at the top-left of `area` of `buffer`, clipped to it.
  public func render(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let area = area.intersection(buffer.area)
    buffer.fill(area)
    guard !area.isEmpty, columns > 0 else { return }
    let perPixel = area.width >= 2 * columns ? 2 : 1
    let ink = intensities
    for row in 0..<Swift.min(rows, area.height) {
      for column in 0..<columns {
        let glyph = charset.shade(ink[row * columns + column])
        for offset in 0..<perPixel {
          buffer.set(glyph, x: area.x + column * perPixel + offset, y: area.y + row, clip: area)
        }
      }
    }
  }
}
