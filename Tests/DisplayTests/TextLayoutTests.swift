// TextLayoutTests: truncation with an ellipsis, padding and alignment by display width.
import Testing
@testable import Display

@Suite struct TextLayoutTests {
  @Test func shortTextIsUntouched() {
    #expect(truncate("loss", toWidth: 4, charset: .unicode) == "loss")
    #expect(truncate("损失", toWidth: 4, charset: .ascii) == "损失")
  }

  @Test func truncationEndsWithTheCharsetEllipsis() {
    #expect(truncate("learning rate", toWidth: 8, charset: .unicode) == "learnin…")
    #expect(truncate("learning rate", toWidth: 8, charset: .ascii) == "learn...")
    #expect(truncate("deep learning", toWidth: 6, charset: .unicode) == "deep…")
  }

  @Test func truncationNeverSplitsAWideGlyph() {
    let cut = truncate("深度学习模型", toWidth: 6, charset: .unicode)
    #expect(cut == "深度…")
    #expect(displayWidth(cut) == 5)
  }

  @Test func tinyWidths() {
    #expect(truncate("abcdef", toWidth: 0, charset: .unicode) == "")
    #expect(truncate("abcdef", toWidth: -1, charset: .ascii) == "")
    #expect(truncate("abcdef", toWidth: 1, charset: .unicode) == "…")
    #expect(truncate("abcdef", toWidth: 2, charset: .ascii) == "..")
  }

  @Test(arguments: 0...14)
  func truncationFitsEveryWidth(width: Int) {
    for charset in Charset.allCases {
      for text in ["gradient descent", "梯度下降法，简单有效", "ReLU（修正线性单元）"] {
        let cut = truncate(text, toWidth: width, charset: charset)
        #expect(displayWidth(cut) <= max(width, 0))
        if displayWidth(text) > width && width >= displayWidth(charset.ellipsis) {
          #expect(cut.hasSuffix(charset.ellipsis))
          #expect(text.hasPrefix(String(cut.dropLast(charset.ellipsis.count))))
        }
      }
    }
  }

  @Test func displayPrefixTakesWholeGlyphs() {
    #expect(displayPrefix("a深b", width: 2) == "a")
    #expect(displayPrefix("a深b", width: 3) == "a深")
    #expect(displayPrefix("abc", width: 0) == "")
  }

  @Test func paddingByDisplayWidth() {
    #expect(pad("ab", toWidth: 5) == "ab   ")
    #expect(pad("ab", toWidth: 5, alignment: .right) == "   ab")
    #expect(pad("ab", toWidth: 5, alignment: .center) == " ab  ")
    #expect(pad("深度", toWidth: 6, alignment: .center) == " 深度 ")
    #expect(pad("toolong", toWidth: 3) == "toolong")
  }

  @Test func fitGivesExactWidth() {
    for width in 1...12 {
      for text in ["epoch", "训练轮数很多", "a"] {
        #expect(displayWidth(fit(text, toWidth: width, alignment: .right, charset: .unicode)) == width)
      }
    }
    #expect(fit("深度学习", toWidth: 4, charset: .unicode) == "深… ")
  }
}
