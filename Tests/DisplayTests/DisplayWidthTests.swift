// DisplayWidthTests: widths of graphemes and strings by our own table, without any locale.
import Testing
@testable import Display

@Suite struct DisplayWidthTests {
  @Test func narrowGlyphs() {
    for c: Character in ["a", "Z", "~", " ", "é", "ß", "λ", "Ж", "→", "∑", "─", "█", "⣿", "░", "•", "…", "\u{AD}"] {
      #expect(displayWidth(c) == 1, "\(c)")
    }
  }

  @Test func wideGlyphs() {
    for c: Character in ["深", "学", "，", "。", "「", "】", "あ", "カ", "한", "Ａ", "😀", "𠀀"] {
      #expect(displayWidth(c) == 2, "\(c)")
    }
  }

  @Test func invisibleGlyphs() {
    for c: Character in ["\0", "\n", "\t", "\u{7F}", "\u{85}", "\u{200B}", "\u{301}", "\u{FE0F}", "\r\n"] {
      #expect(displayWidth(c) == 0, "\(c.unicodeScalars.map(\.value))")
    }
  }

  @Test func graphemeClustersSumTheirScalarsUpToTwo() {
    #expect(displayWidth("e\u{301}" as Character) == 1)  // e + combining acute
    #expect(displayWidth("\u{1100}\u{1161}\u{11A8}" as Character) == 2)  // conjoining jamo: 각
    #expect(displayWidth("👩‍💻" as Character) == 2)  // ZWJ sequence, capped
  }

  @Test func stringWidths() {
    #expect(displayWidth("") == 0)
    #expect(displayWidth("loss 0.25") == 9)
    #expect(displayWidth("学习率 lr=0.1") == 13)
    #expect(displayWidth("（修正）") == 8)
    #expect(displayWidth("a\nb") == 2)
  }
}
