// BufferTests: the wide-glyph rules, put and clipping, fill and restyling of Buffer.
import Testing
@testable import Display

@Suite struct BufferTests {
  @Test func freshBufferIsBlank() {
    let buffer = Buffer(width: 3, height: 2)
    expectLines(buffer, ["   ", "   "])
    #expect(buffer[2, 1] == .blank)
    #expect(buffer.area == Rect(x: 0, y: 0, width: 3, height: 2))
    #expect(buffer.text == "   \n   ")
  }

  @Test func wideGlyphTakesTwoCells() {
    var buffer = Buffer(width: 4, height: 1)
    #expect(buffer.set("深", x: 1, y: 0) == 2)
    #expect(buffer[x: 1, y: 0].symbol == "深")
    #expect(buffer[x: 2, y: 0].isContinuation)
    expectLines(buffer, [" 深 "])
  }

  @Test func wideGlyphAtTheLastColumnIsNotDrawn() {
    var buffer = Buffer(width: 3, height: 1)
    #expect(buffer.set("深", x: 2, y: 0) == 0)
    expectLines(buffer, ["   "])
    // Nor at the right edge of a clip inside the buffer.
    #expect(buffer.set("深", x: 1, y: 0, clip: Rect(x: 0, y: 0, width: 2, height: 1)) == 0)
    expectLines(buffer, ["   "])
  }

  @Test func overwritingTheLeftHalfBlanksTheRightHalf() {
    var buffer = Buffer(width: 4, height: 1)
    buffer.set("深", x: 1, y: 0)
    buffer.set("a", x: 1, y: 0)
    expectLines(buffer, [" a  "])
    #expect(!buffer[2, 0].isContinuation)
  }

  @Test func overwritingTheRightHalfBlanksTheLeftHalf() {
    var buffer = Buffer(width: 4, height: 1)
    buffer.set("深", x: 1, y: 0)
    buffer.set("b", x: 2, y: 0)
    expectLines(buffer, ["  b "])
    #expect(buffer[1, 0] == .blank)
  }

  @Test func wideOverWideShiftedByOneBlanksBothNeighbours() {
    // "深度" then "学" at column 1 cuts both: the left half of 深 and the right half of 度 go.
    var buffer = Buffer(width: 6, height: 1)
    buffer.put("深度", x: 0, y: 0)
    buffer.set("学", x: 1, y: 0)
    expectLines(buffer, [" 学   "])
    expectRowsFullWidth(buffer)
  }

  @Test func zeroWidthGlyphsAreNotDrawn() {
    var buffer = Buffer(width: 3, height: 1)
    #expect(buffer.set("\n", x: 0, y: 0) == 0)
    #expect(buffer.set("\u{301}", x: 0, y: 0) == 0)
    #expect(buffer.set("é", x: 0, y: 0) == 1)  // a combined grapheme is one cell
    #expect(buffer.put("a\tb", x: 1, y: 0) == 3)
    expectLines(buffer, ["éab"])
  }

  @Test func putClipsAtTheRightEdge() {
    var buffer = Buffer(width: 5, height: 2)
    #expect(buffer.put("hello world", x: 2, y: 0) == 5)
    #expect(buffer.put("a深度", x: 2, y: 1) == 5)
    expectLines(buffer, ["  hel", "  a深"])
    var clipped = Buffer(width: 6, height: 1)
    #expect(clipped.put("ab深c", x: 0, y: 0, clip: Rect(x: 1, y: 0, width: 4, height: 1)) == 5)
    expectLines(clipped, [" b深c "])
    // The clip ends inside 深: writing stops before it, leaving the old cells alone.
    var straddle = Buffer(width: 6, height: 1)
    #expect(straddle.put("ab深c", x: 0, y: 0, clip: Rect(x: 1, y: 0, width: 2, height: 1)) == 2)
    expectLines(straddle, [" b    "])
  }

  @Test func putOutsideDrawsNothing() {
    var buffer = Buffer(width: 4, height: 2)
    #expect(buffer.put("text", x: 0, y: 2) == 0)
    #expect(buffer.put("text", x: 0, y: -1) == 0)
    #expect(buffer.put("text", x: 5, y: 0) == 5)
    #expect(buffer.put("text", x: -2, y: 1) == 2)
    expectLines(buffer, ["    ", "xt  "])
  }

  @Test func rowsAlwaysKeepTheirWidthUnderRandomWrites() {
    // A deterministic scramble of narrow and wide writes at every offset.
    var buffer = Buffer(width: 7, height: 3)
    let glyphs: [Character] = ["深", "a", "度", "─", "学", "b", "。"]
    var step = 0
    for round in 0..<6 {
      for y in 0..<3 {
        for x in stride(from: (round + y) % 2, to: 8, by: 1) {
          buffer.set(glyphs[step % glyphs.count], x: x, y: y)
          step += 3
        }
      }
      expectRowsFullWidth(buffer)
    }
    for y in 0..<3 {
      for x in 0..<7 where buffer[x, y].isContinuation {
        #expect(x > 0 && displayWidth(Character(buffer[x - 1, y].symbol)) == 2)
      }
    }
  }

  @Test func fillCoversTheClippedRect() {
    var buffer = Buffer(width: 5, height: 3)
    buffer.fill(Rect(x: 3, y: 1, width: 4, height: 4), with: "#")
    expectLines(buffer, ["     ", "   ##", "   ##"])
    // A wide fill leaves a space in an odd last column rather than a half glyph.
    buffer.fill(Rect(x: 0, y: 0, width: 5, height: 1), with: "深")
    expectLines(buffer, ["深深 ", "   ##", "   ##"])
  }

  @Test func setStyleKeepsSymbols() {
    var buffer = Buffer(width: 4, height: 2)
    buffer.put("abcd", x: 0, y: 0)
    buffer.setStyle(Rect(x: 1, y: 0, width: 2, height: 5)) { $0.bold = true; $0.foreground = .red }
    expectLines(buffer, ["abcd", "    "])
    #expect(buffer[0, 0].style == .plain)
    #expect(buffer[1, 0].style == Style(foreground: .red, bold: true))
    #expect(buffer[2, 1].style.bold)
    #expect(!buffer[3, 0].style.bold)
  }

  @Test func buffersCompareByContentAndStyle() {
    var a = Buffer(width: 2, height: 1)
    var b = Buffer(width: 2, height: 1)
    a.put("x", x: 0, y: 0)
    b.put("x", x: 0, y: 0, style: Style(underline: true))
    #expect(a != b)
    b.put("x", x: 0, y: 0)
    #expect(a == b)
  }

  @Test func degenerateSizes() {
    let empty = Buffer(width: 0, height: 3)
    #expect(empty.lines() == ["", "", ""])
    var negative = Buffer(width: -2, height: -1)
    #expect(negative.width == 0 && negative.height == 0)
    #expect(negative.put("x", x: 0, y: 0) == 0)
    #expect(negative.text == "")
  }
}
