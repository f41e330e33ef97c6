// DotCanvasTests: the dot matrix under the glyphs, line rasterisation and the glyph tables.

import Testing
@testable import Charts

@Suite struct DotCanvasTests {
  private func dots(_ canvas: DotCanvas) -> [String] {
    (0..<canvas.dotHeight).map { y in
      String((0..<canvas.dotWidth).map { canvas.isSet(x: $0, y: y) ? "#" : "." })
    }
  }

  @Test func brailleDotsFollowUnicodeNumbering() {
    var canvas = DotCanvas(columns: 1, rows: 1, marker: .braille)
    canvas.set(x: 0, y: 0)
    #expect(canvas.lines == ["⠁"])
    canvas.set(x: 1, y: 3)
    #expect(canvas.lines == ["⢁"])
    var full = DotCanvas(columns: 1, rows: 1, marker: .braille)
    for x in 0..<2 { for y in 0..<4 { full.set(x: x, y: y) } }
    #expect(full.lines == ["⣿"])
  }

  @Test func diagonalLineDotMatrix() {
    var canvas = DotCanvas(columns: 2, rows: 1, marker: .braille)
    canvas.line(from: (0, 3), to: (3, 0))
    #expect(dots(canvas) == ["...#", "..#.", ".#..", "#..."])
    #expect(canvas.lines == ["⡠⠊"])
  }

  @Test func linesAreClippedNotWrapped() {
    var canvas = DotCanvas(columns: 2, rows: 1, marker: .quadrants)
    canvas.line(from: (-100, 1), to: (1e9, 1))
    #expect(dots(canvas) == ["....", "####"])
    #expect(canvas.lines == ["▄▄"])
    canvas.line(from: (-5, -5), to: (-1, -9))
    #expect(canvas.lines == ["▄▄"])
    canvas.line(from: (.nan, 0), to: (1, 1))
    #expect(canvas.lines == ["▄▄"])
  }

  @Test func halfBlocksAndQuadrants() {
    var half = DotCanvas(columns: 3, rows: 1, marker: .halfBlocks)
    half.set(x: 0, y: 0)
    half.set(x: 1, y: 1)
    half.set(x: 2, y: 0)
    half.set(x: 2, y: 1)
    #expect(half.lines == ["▀▄█"])
    var quad = DotCanvas(columns: 1, rows: 1, marker: .quadrants)
    quad.set(x: 1, y: 0)
    quad.set(x: 0, y: 1)
    #expect(quad.lines == ["▞"])
  }

  @Test func asciiStrokesReadAsStrokes() {
    var canvas = DotCanvas(columns: 4, rows: 1, marker: .ascii)
    canvas.line(from: (0, 2), to: (2, 0))  // rising diagonal in cell 0
    canvas.line(from: (3, 1), to: (5, 1))  // middle row in cell 1
    canvas.line(from: (7, 0), to: (7, 2))  // vertical in cell 2
    canvas.line(from: (9, 2), to: (11, 2))  // bottom row in cell 3
    #expect(canvas.lines == ["/-|_"])
  }

  @Test func everyNonEmptyAsciiPatternHasInk() {
    for bits in 1..<512 {
      let glyph = Marker.ascii.glyph(for: UInt16(bits))
      #expect(glyph != nil && glyph != " " && glyph?.isASCII == true)
    }
  }

  @Test func layersRememberTheLastWriter() {
    var canvas = DotCanvas(columns: 2, rows: 1, marker: .braille)
    canvas.set(x: 0, y: 0, layer: 3)
    canvas.set(x: 1, y: 1, layer: 5)
    #expect(canvas.layer(column: 0, row: 0) == 5)
    #expect(canvas.layer(column: 1, row: 0) == nil)
    #expect(canvas.setDotCount(columns: 0..<2, rows: 0..<1) == 2)
  }

  @Test func rasterLineIncludesBothEnds() {
    let points = Geometry.rasterLine(from: (0, 0), to: (5, 2)).map { [$0.0, $0.1] }
    #expect(points.first == [0, 0] && points.last == [5, 2] && points.count == 6)
    #expect(Geometry.rasterLine(from: (3, 3), to: (3, 3)).count == 1)
  }
}
