// RendererLinkTests: the renderer says where each link landed — its line, its columns in display
// cells (CJK counts two), every piece of a wrapped link — and render() still returns plain lines.

import Display
import Testing
@testable import Course

@Suite struct RendererLinkTests {
  func lesson(_ body: String) -> Lesson {
    Lesson(
      path: "en/x.md", language: "en", id: "x", title: "T", order: 1, covers: [], experiment: nil, minutes: 1,
      blocks: CourseParser.parse("---\nid: x\n---\n" + body).blocks, questions: [], frontMatter: [])
  }

  func layout(_ body: String, width: Int, charset: Charset = .unicode) -> RenderedText {
    LessonRenderer(width: width, charset: charset, strings: .english).layout(lesson(body))
  }

  /// The text under each piece of `link`, read back from the lines by display column.
  func pieceTexts(_ text: RenderedText, _ link: RenderedLink) -> [String] {
    link.pieces.map { piece in
      var column = 0
      var out = ""
      for character in text.lines[piece.line].plainText {
        if piece.columns.contains(column) { out.append(character) }
        column += displayWidth(character)
      }
      return out
    }
  }

  @Test func aLinkReportsItsLineColumnsAndTarget() throws {
    let text = layout("See the [epoch](term:epoch) entry.", width: 40)
    // Lines: title, its rule, blank, the paragraph.
    #expect(text.lines[3].plainText == "See the epoch entry.")
    let link = try #require(text.links.first)
    #expect(text.links.count == 1)
    #expect(link.target == .term("epoch"))
    #expect(link.pieces == [LinkPiece(line: 3, columns: 8..<13)])
  }

  @Test func linksComeInReadingOrderWithEveryKindOfTarget() {
    let text = layout(
      "Read [one](lesson:a), then [two](problem:b).\n\n- an item with [three](https://example.org)\n\n::: note\nA [four](term:c).\n:::",
      width: 60)
    #expect(text.links.map(\.target) == [.lesson("a"), .problem("b"), .web("https://example.org"), .term("c")])
    #expect(text.links.map { pieceTexts(text, $0) } == [["one"], ["two"], ["three"], ["four"]])
  }

  @Test func aWrappedLinkHasOnePiecePerLine() throws {
    let text = layout("Words before the [link that is long enough to wrap](term:x) after.", width: 24)
    let link = try #require(text.links.first)
    #expect(link.pieces.count >= 2)
    #expect(link.pieces.map(\.line) == Array(link.firstLine...link.lastLine))
    #expect(pieceTexts(text, link).joined(separator: " ") == "link that is long enough to wrap")
  }

  @Test func cjkLinksCountDisplayColumns() throws {
    let text = layout("学习率[太大](term:learning-rate)会发散。", width: 40)
    let link = try #require(text.links.first)
    #expect(link.pieces == [LinkPiece(line: 3, columns: 6..<10)])
    #expect(pieceTexts(text, link) == ["太大"])
  }

  @Test func aWrappedCjkLinkKeepsEveryGlyph() throws {
    let text = layout("这是一段很长的中文说明，其中[梯度消失和梯度爆炸的问题](term:vanishing)需要注意。", width: 16)
    let link = try #require(text.links.first)
    #expect(link.pieces.count >= 2)
    #expect(pieceTexts(text, link).joined() == "梯度消失和梯度爆炸的问题")
    #expect(link.pieces.allSatisfy { $0.columns.upperBound <= 16 })
  }

  @Test func linksInCalloutsTablesAndHeadingsAreFound() {
    let text = layout(
      "## About [heads](term:h)\n\n| a | b |\n|---|---|\n| [cell](term:c) | x |\n\n::: fact-check\nclaim: [c1](term:c1)\ntruth: t\nsource: s\n:::",
      width: 50, charset: .ascii)
    #expect(text.links.map(\.target) == [.term("h"), .term("c"), .term("c1")])
    #expect(text.links.map { pieceTexts(text, $0) } == [["heads"], ["cell"], ["c1"]])
  }

  @Test func asciiTransliterationMovesColumnsWithTheText() throws {
    let text = layout("With γ → 0 see [margin](term:margin).", width: 60, charset: .ascii)
    let link = try #require(text.links.first)
    #expect(pieceTexts(text, link) == ["margin"])
  }

  @Test func renderStillReturnsUntaggedLines() {
    let lines = LessonRenderer(width: 40, charset: .unicode, strings: .english).render(lesson("See [epoch](term:epoch)."))
    #expect(lines.allSatisfy { $0.allSatisfy { $0.tag == nil } })
    #expect(lines == layout("See [epoch](term:epoch).", width: 40).lines)
  }

  @Test func aProblemsLessonIsALinkAndATermsDefinitionKeepsItsLinks() throws {
    let file = CourseParser.parse(
      "---\nid: problems\ntitle: P\nkind: problems\n---\n::: problem p1\nsymptom: It breaks.\ncause: See [x](term:x).\nfixes: Fix it.\nlesson: perceptron\n:::")
    let problem = try #require(file.problems.first)
    let text = LessonRenderer(width: 40, charset: .unicode, strings: .english).layout(problem, lessonTitle: "Neurons")
    #expect(text.links.map(\.target) == [.term("x"), .lesson("perceptron")])
    #expect(text.links.last.map { pieceTexts(text, $0) } == ["Neurons (perceptron)"])
    let glossary = CourseParser.parse("---\nid: glossary\ntitle: G\nkind: glossary\n---\n::: term a\nterm: Alpha\nSee [beta](term:b).\n:::")
    let term = try #require(glossary.terms.first)
    let definition = LessonRenderer(width: 40, charset: .unicode, strings: .english).layout(term)
    #expect(definition.lines.map(\.plainText) == ["Alpha", "See beta."])
    #expect(definition.links == [RenderedLink(target: .term("b"), pieces: [LinkPiece(line: 1, columns: 4..<8)])])
  }
}
