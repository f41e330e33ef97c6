// Chart: the one requirement every chart meets, so screens can lay out charts without knowing their kind.

import Display

/// Something that draws itself into a region of a buffer.
///
/// Every chart in this module conforms. `render` fills its whole region (so stale cells never show
/// through), draws nothing outside it, and never splits a wide glyph; with `.ascii` it uses only
/// ASCII glyphs of its own (labels are drawn as given).
public protocol Chart: Sendable {
  /// Draws into `area` of `buffer` with the glyphs of `charset`.
  func render(into buffer: inout Buffer, area: Rect, charset: Charset)
}

extension LineChart: Chart {}
extension ScatterChart: Chart {}
extension BarChart: Chart {}
extension HeatMap: Chart {}
extension MatrixTable: Chart {}
extension ShadedImage: Chart {}
extension Sparkline: Chart {}
