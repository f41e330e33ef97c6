// Legend: a small key of glyph + name entries, placed in the plot corner that hides the least data.

import Display

/// One entry of a chart legend: the glyph that marks an item on the chart, and its name.
public struct LegendEntry: Sendable, Equatable {
  /// The glyph drawn on the chart for this item.
  public var glyph: Character
  /// The item's name (may be Chinese; measured in display columns).
  public var name: String
  /// The style of the glyph.
  public var style: Style

  /// An entry showing `glyph` before `name`.
  public init(glyph: Character, name: String, style: Style = .plain) {
    self.glyph = glyph
    self.name = name
    self.style = style
  }
}

enum Legend {
  /// Draws `entries` in the corner of `plot` where `canvas` has the fewest dots; returns the box used.
  ///
  /// The legend is dropped (returns `nil`) when it does not fit, rather than covering the whole plot.
  @discardableResult
  static func draw(
    _ entries: [LegendEntry], in plot: Rect, avoiding canvas: DotCanvas?, into buffer: inout Buffer
  ) -> Rect? {
    guard !entries.isEmpty else { return nil }
    let width = entries.map { displayWidth($0.name) + 2 }.max() ?? 0
    let height = entries.count
    guard width <= plot.width - 2, height <= plot.height - 1 else { return nil }
    let corners = [
      Rect(x: plot.right - width, y: plot.y, width: width, height: height),
      Rect(x: plot.x + 1, y: plot.y, width: width, height: height),
      Rect(x: plot.right - width, y: plot.bottom - height, width: width, height: height),
      Rect(x: plot.x + 1, y: plot.bottom - height, width: width, height: height),
    ]
    func cost(_ box: Rect) -> Int {
      guard let canvas else { return 0 }
      return canvas.setDotCount(
        columns: (box.x - plot.x)..<(box.right - plot.x), rows: (box.y - plot.y)..<(box.bottom - plot.y))
    }
    // The first corner wins ties, so an empty plot keeps its legend top right.
    var best = corners[0]
    var bestCost = cost(best)
    for box in corners.dropFirst() where cost(box) < bestCost {
      best = box
      bestCost = cost(box)
    }
    buffer.fill(best)
    for (offset, entry) in entries.enumerated() {
      let y = best.y + offset
      buffer.set(entry.glyph, x: best.x, y: y, style: entry.style, clip: best)
      buffer.put(entry.name, x: best.x + 2, y: y, clip: best)
    }
    return best
  }
}
