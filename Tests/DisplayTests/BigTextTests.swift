// BigTextTests: the large number glyphs as text lines — each glyph's shape, spacing, the ASCII
// variant, what cannot be drawn big, and drawing into a buffer with clipping.
import Testing
@testable import Display

@Suite struct BigTextTests {
  @Test func digitsAreThreeColumnsWideAndOneApart() {
    #expect(BigText.lines("10", charset: .ascii) == [
      " #  ###",
      "##  # #",
      " #  # #",
      " #  # #",
      "### ###",
    ])
    #expect(BigText.width("10") == 7)
  }

  @Test func aDecimalPointTakesOneColumn() {
    #expect(BigText.lines("0.5", charset: .ascii) == [
      "###   ###",
      "# #   #  ",
      "# #   ###",
      "# #     #",
      "### # ###",
    ])
    #expect(BigText.width("0.5") == 9)
  }

  @Test func percentMinusAndExponent() {
    #expect(BigText.lines("-7%", charset: .ascii) == [
      "    ### # #",
      "      #   #",
      "###   #  # ",
      "      # #  ",
      "      # # #",
    ])
    #expect(BigText.lines("1e-9", charset: .ascii) == [
      " #  ###     ###",
      "##  #       # #",
      " #  ##  ### ###",
      " #  #         #",
      "### ###     ###",
    ])
    #expect(BigText.lines("2E+3", charset: .ascii) == BigText.lines("2e+3", charset: .ascii))
  }

  @Test func unicodeUsesFullBlocks() {
    #expect(BigText.lines("7", charset: .unicode) == ["███", "  █", "  █", "  █", "  █"])
  }

  @Test func textWithoutBigGlyphsIsRefused() {
    #expect(!BigText.canRender("NaN"))
    #expect(!BigText.canRender(""))
    #expect(BigText.lines("inf", charset: .ascii) == [])
    #expect(BigText.width("loss") == 0)
    #expect(BigText.canRender("12.5%"))
  }

  @Test func drawingKeepsWhatIsUnderTheGapsAndClips() {
    var buffer = Buffer(width: 8, height: 6)
    buffer.fill(buffer.area, with: ".")
    let used = buffer.putBig("42", x: 1, y: 0, style: Style(bold: true), charset: .unicode,
      clip: Rect(x: 0, y: 0, width: 6, height: 6))
    #expect(used == 7)
    expectLines(buffer, [
      ".█.█.█..",
      ".█.█....",
      ".███.█..",
      "...█.█..",
      "...█.█..",
      "........",
    ])
    #expect(buffer[1, 0].style.bold)
    #expect(!buffer[2, 0].style.bold)
    expectRowsFullWidth(buffer)
  }
}
