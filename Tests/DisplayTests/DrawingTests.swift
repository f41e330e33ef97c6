// DrawingTests: boxes, separator lines, styled spans and paragraphs drawn into a buffer.
import Testing
@testable import Display

@Suite struct DrawingTests {
  @Test func titledBoxInBothCharsets() {
    var unicode = Buffer(width: 12, height: 4)
    let inner = unicode.drawBox(unicode.area, title: "Loss", charset: .unicode)
    #expect(inner == Rect(x: 1, y: 1, width: 10, height: 2))
    expectLines(unicode, ["┌─ Loss ───┐", "│          │", "│          │", "└──────────┘"])

    var ascii = Buffer(width: 12, height: 3)
    ascii.drawBox(ascii.area, title: "Loss", charset: .ascii)
    expectLines(ascii, ["+- Loss ---+", "|          |", "+----------+"])
  }

  @Test func longAndWideTitlesAreTruncated() {
    var buffer = Buffer(width: 10, height: 2)
    buffer.drawBox(buffer.area, title: "Learning rate", charset: .unicode)
    expectLines(buffer, ["┌─ Lear… ┐", "└────────┘"])
    var chinese = Buffer(width: 10, height: 2)
    chinese.drawBox(chinese.area, title: "学习率曲线", charset: .unicode)
    expectLines(chinese, ["┌─ 学习… ┐", "└────────┘"])
    expectRowsFullWidth(chinese)
  }

  @Test func tinyBoxes() {
    var buffer = Buffer(width: 5, height: 3)
    #expect(buffer.drawBox(Rect(x: 0, y: 0, width: 1, height: 3), charset: .unicode).isEmpty)
    expectLines(buffer, ["     ", "     ", "     "])
    let inner = buffer.drawBox(Rect(x: 3, y: 1, width: 2, height: 2), title: "T", charset: .unicode)
    #expect(inner.isEmpty)
    expectLines(buffer, ["     ", "   ┌┐", "   └┘"])
  }

  @Test func boxIsClippedToTheBuffer() {
    var buffer = Buffer(width: 4, height: 2)
    buffer.drawBox(Rect(x: 1, y: 0, width: 6, height: 5), charset: .ascii)
    expectLines(buffer, [" +--", " |  "])
  }

  @Test func separatorLines() {
    var buffer = Buffer(width: 5, height: 3)
    buffer.drawHorizontalLine(x: 0, y: 1, length: 5, charset: .unicode)
    buffer.drawVerticalLine(x: 2, y: 0, length: 3, charset: .unicode)
    expectLines(buffer, ["  │  ", "──│──", "  │  "])
  }

  @Test func styledSpansAreDrawnInTheirStyles() {
    var buffer = Buffer(width: 8, height: 1)
    let red = Style(foreground: .red)
    let end = buffer.put([Span("ab"), Span("深c", style: red), Span("de")], x: 1, y: 0, clip: Rect(x: 0, y: 0, width: 7, height: 1))
    #expect(end == 7)
    expectLines(buffer, [" ab深cd "])
    #expect(buffer[2, 0].style == .plain)
    #expect(buffer[3, 0].style == red && buffer[4, 0].style == red && buffer[5, 0].style == red)
    #expect(buffer[6, 0].style == .plain)
  }

  @Test func paragraphsWrapAlignAndScroll() {
    var buffer = Buffer(width: 10, height: 3)
    let text = "深度学习：用很多层的网络。"
    let total = buffer.drawParagraph(text, in: buffer.area)
    #expect(total == 3)
    expectLines(buffer, ["深度学习：", "用很多层的", "网络。    "])

    var centred = Buffer(width: 9, height: 2)
    centred.drawParagraph("one two three", in: centred.area, alignment: .center)
    expectLines(centred, [" one two ", "  three  "])

    var right = Buffer(width: 6, height: 1)
    let lines = right.drawParagraph("alpha beta gamma", in: right.area, alignment: .right, firstLine: 1)
    #expect(lines == 3)
    expectLines(right, ["  beta"])
  }

  @Test(arguments: 1...24)
  func framedParagraphsKeepEveryRowFullWidth(width: Int) {
    let text = "梯度下降：沿负梯度方向更新参数（learning rate η），直到收敛。Gradient descent, step by step."
    for charset in Charset.allCases {
      var buffer = Buffer(width: width + 2, height: 9)
      let inner = buffer.drawBox(buffer.area, title: "梯度 Gradient", charset: charset)
      buffer.drawParagraph(text, in: inner)
      expectRowsFullWidth(buffer)
      for y in 0..<buffer.height {
        for x in 0..<buffer.width where buffer[x, y].isContinuation {
          #expect(x > 0 && displayWidth(buffer[x - 1, y].symbol) == 2, "orphan continuation at (\(x), \(y))")
        }
      }
      // The frame survives the text: the side borders are intact on every inner row.
      for y in 1..<(buffer.height - 1) {
        #expect(buffer[0, y].symbol == String(charset.border.vertical))
        #expect(buffer[buffer.width - 1, y].symbol == String(charset.border.vertical))
      }
    }
  }

  @Test func paragraphStaysInsideItsRect() {
    var buffer = Buffer(width: 8, height: 4)
    buffer.fill(buffer.area, with: ".")
    buffer.drawParagraph("a long paragraph of words", in: Rect(x: 1, y: 1, width: 5, height: 2))
    // Only the glyphs are drawn: the rest of the rectangle keeps what was there.
    expectLines(buffer, ["........", ".a......", ".long...", "........"])
  }
}

@Suite struct ComposeTests {
  @Test func drawCopiesGlyphsAndStylesWithClipping() {
    var widget = Buffer(width: 4, height: 2)
    widget.put("深a", x: 0, y: 0, style: Style(foreground: .green))
    widget.put("bcde", x: 0, y: 1)
    var screen = Buffer(width: 6, height: 3)
    screen.fill(screen.area, with: ".")
    screen.draw(widget, x: 3, y: 1)
    expectLines(screen, ["......", "...深a", "...bcd"])
    #expect(screen[3, 1].style == Style(foreground: .green))
    expectRowsFullWidth(screen)
    // Drawn at column 5, 深 would straddle the right edge: it is dropped, not split.
    screen.draw(widget, x: 5, y: 0)
    expectLines(screen, ["......", "...深b", "...bcd"])
  }

  @Test func styleRunsListOnlyStyledCells() {
    var buffer = Buffer(width: 6, height: 2)
    buffer.put("ab", x: 1, y: 0, style: Style(foreground: .red, bold: true))
    buffer.put("c", x: 3, y: 0, style: Style(background: .blue))
    buffer.setStyle(Rect(x: 0, y: 1, width: 6, height: 1)) { $0.reverse = true }
    #expect(buffer.styleRuns() == ["y=0 x=1..<3 red, bold", "y=0 x=3..<4 on blue", "y=1 x=0..<6 reverse"])
    #expect(Buffer(width: 3, height: 3).styleRuns().isEmpty)
  }

  @Test func styleDescriptions() {
    #expect(Style.plain.description == "plain")
    #expect(Style(foreground: .cyan, background: .black, dim: true, underline: true).description == "cyan on black, dim, underline")
  }
}
