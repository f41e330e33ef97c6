// WrapTests: line breaking of English, Chinese and mixed text, kinsoku rules and invariants.
import Testing
@testable import Display

/// Sample paragraphs for the invariant tests, one per language mix.
private let samples: [String] = [
  "Gradient descent takes small steps downhill; the learning rate sets their size. A rate too large overshoots, one too small crawls.",
  "梯度下降沿着损失函数的负梯度方向前进，每一步的大小由学习率决定。学习率太大会发散；太小则收敛很慢！",
  "我们用ReLU（修正线性单元）作为激活函数，因为它的梯度在正半轴恒为1。Adam优化器（Kingma与Ba，2014）结合了动量和RMSProp：见「第三章」。",
  "A «mixed» line: 神经网络 (neural networks) learn weights w₁, w₂… by back-propagation, e.g. 3.5 epochs.",
]

private let closingSet: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》", "】", ",", ".", ";", ":", "?", "!", ")"]
private let openingSet: Set<Character> = ["（", "「", "『", "《", "【", "("]

@Suite struct WrapTests {
  @Test func englishWordsStayWhole() {
    #expect(wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
  }

  @Test func longWordIsHardSplit() {
    #expect(wrap("a backpropagation step", width: 6) == ["a", "backpr", "opagat", "ion", "step"])
  }

  @Test func everyIdeographIsABreakOpportunity() {
    #expect(wrap("深度学习模型", width: 5) == ["深度", "学习", "模型"])
    #expect(wrap("こんにち", width: 7) == ["こんに", "ち"])
  }

  @Test func closingPunctuationNeverStartsALine() {
    // "学习，" would break before "，" at width 8; the comma pulls "习" down with it.
    #expect(wrap("深度学习，很有趣。", width: 8) == ["深度学", "习，很有", "趣。"])
    // A word plus comma wider than the line is cut one letter early to keep the comma company.
    #expect(wrap("word, word", width: 4) == ["wor", "d,", "word"])
  }

  @Test func openingBracketNeverEndsALine() {
    // Breaking after "用" would leave "（" at the end of the first line; it moves down instead.
    #expect(wrap("我们用（ReLU）", width: 8) == ["我们用", "（ReLU）"])
    #expect(wrap("see (figure 2)", width: 5) == ["see", "(figu", "re 2)"])
  }

  @Test func kinsokuHoldsAcrossSpaces() {
    // Without the rule, "。" would start the second line after the break at the space.
    #expect(wrap("我们 。很好", width: 6) == ["我", "们 。", "很好"])
    // Without it, "(" would end the first line: "see (".
    #expect(wrap("see ( here ) now", width: 9) == ["see", "( here )", "now"])
    // Too narrow for the glued run: it is cut, and the cut drops its spaces.
    #expect(wrap("( here )", width: 7) == ["( here", ")"])
  }

  @Test func compoundsBreakAfterTheirHyphens() {
    #expect(wrap("use back-propagation here", width: 12) == ["use back-", "propagation", "here"])
    #expect(wrap("state-of-the-art", width: 9) == ["state-of-", "the-art"])
    #expect(wrap("a -5 offset", width: 2) == ["a", "-5", "of", "fs", "et"])
  }

  @Test func latinWordNextToIdeographsBreaksCleanly() {
    #expect(wrap("使用Python语言", width: 8) == ["使用", "Python语", "言"])
  }

  @Test func spacesAtABreakAreDroppedAndIndentKept() {
    #expect(wrap("  one two   three", width: 7) == ["  one", "two", "three"])
    #expect(wrap("trailing   ", width: 20) == ["trailing"])
  }

  @Test func newlinesAreHonoured() {
    #expect(wrap("first line\n\nthird", width: 20) == ["first line", "", "third"])
    #expect(wrap("a\r\nb", width: 5) == ["a", "b"])
  }

  @Test func degenerateWidthsAndTexts() {
    #expect(wrap("anything", width: 0).isEmpty)
    #expect(wrap("anything", width: -3).isEmpty)
    #expect(wrap("", width: 10).isEmpty)
    // A wide glyph cannot fit in one column; it still gets a line of its own.
    #expect(wrap("深度", width: 1) == ["深", "度"])
  }

  @Test func styledSpansKeepTheirStyles() {
    let bold = Style(bold: true)
    let lines = wrap([Span("plain words "), Span("bold words", style: bold)], width: 11)
    #expect(lines == [[Span("plain words")], [Span("bold words", style: bold)]])
    let split = wrap([Span("ab"), Span("cd", style: bold), Span("ef")], width: 4)
    #expect(split == [[Span("ab"), Span("cd", style: bold)], [Span("ef")]])
  }

  @Test(arguments: 1...30)
  func styledWrapBreaksWhereThePlainOneDoes(width: Int) {
    // The same text cut into arbitrary spans must wrap to the same lines.
    let text = samples[2]
    let pieces = stride(from: 0, to: text.count, by: 7).map { start in
      let from = text.index(text.startIndex, offsetBy: start)
      let to = text.index(from, offsetBy: 7, limitedBy: text.endIndex) ?? text.endIndex
      return Span(String(text[from..<to]), style: Style(bold: start % 2 == 0))
    }
    #expect(wrap(pieces, width: width).map(\.plainText) == wrap(text, width: width))
  }

  @Test(arguments: samples, 1...40)
  func wrappingInvariants(text: String, width: Int) {
    let lines = wrap(text, width: width)
    #expect(!lines.isEmpty)
    for line in lines {
      #expect(displayWidth(line) <= width || line.count == 1, "line \"\(line)\" wider than \(width)")
      #expect(line.first != " " && line.last != " ", "stray space in \"\(line)\"")
    }
    // Nothing but break spaces is lost or added.
    #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    // Kinsoku holds once a line is wide enough for the longest glued run ("章」。": 6 columns).
    if width >= 6 {
      for line in lines.dropFirst() {
        #expect(!(line.first.map(closingSet.contains) ?? false), "\"\(line)\" starts with closing punctuation")
      }
      for line in lines {
        #expect(!(line.last.map(openingSet.contains) ?? false), "\"\(line)\" ends with an opening bracket")
      }
    }
  }

  @Test func linesAreFilledGreedily() {
    // No line could have taken the first word of the next one (an English-only check, where
    // every break is at a single space).
    let text = samples[0]
    for width in 10...40 {
      let lines = wrap(text, width: width)
      for (line, next) in zip(lines, lines.dropFirst()) {
        let firstWord = next.prefix { $0 != " " }
        #expect(displayWidth(line) + 1 + displayWidth(String(firstWord)) > width)
      }
    }
  }

  @Test func tagsSurviveWrappingAndKeepRunsOfOneStyleApart() {
    let link = Style(underline: true)
    let lines = wrap([Span("see "), Span("one link", style: link, tag: 0), Span("two", style: link, tag: 1), Span(" end")], width: 8)
    #expect(lines == [
      [Span("see "), Span("one", style: link, tag: 0)],
      [Span("link", style: link, tag: 0), Span("two", style: link, tag: 1)],
      [Span("end")],
    ])
  }
}
