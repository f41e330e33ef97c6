// The lesson renderer: nothing wider than the width, callouts behind a bar, tables aligned (or
// listed when too wide), code kept verbatim, ASCII glyphs in ASCII mode.

import Display
import Testing
@testable import Course

@Suite struct RendererTests {
  func blocks(_ body: String) -> [Block] {
    CourseParser.parse("---\nid: x\n---\n" + body).blocks
  }

  func text(_ body: String, width: Int, charset: Charset = .unicode) -> [String] {
    LessonRenderer(width: width, charset: charset, strings: .english).render(blocks(body), experiment: "perceptron").map(\.plainText)
  }

  @Test func tablesAlignTheirColumns() {
    let lines = text("| year | who |\n|---|---|\n| 1943 | McCulloch & Pitts |\n| 1958 | Rosenblatt |", width: 40)
    #expect(lines == ["year  who", "────  ─────────────────", "1943  McCulloch & Pitts", "1958  Rosenblatt"])
  }

  @Test func tooWideTablesBecomeLists() {
    let lines = text("| year | who |\n|---|---|\n| 1943 | McCulloch and Pitts, and others |", width: 20, charset: .ascii)
    #expect(lines == ["* year: 1943", "  who: McCulloch and", "  Pitts, and others"])
  }

  @Test func calloutsAreMarkedAndTryThisSaysHowToRunIt() {
    let lines = text("::: try Look\nset: dataset=xor\nWatch errors.\n:::\n\n::: note\nA note.\n:::", width: 60, charset: .ascii)
    #expect(lines == [
      "| Try this: Look", "| Knobs: dataset=xor", "| Watch errors.", "| Run it: dltutor run perceptron --set dataset=xor",
      "", "| Note", "| A note.",
    ])
  }

  @Test func headingsAreUnderlinedAndCodeIsVerbatim() {
    let lines = text("# Title\n\n```\n  indented   code that is long\n```", width: 20)
    #expect(lines == ["Title", "═════", "", "    indented   code "])
  }

  @Test func glossaryTermsAreSortedWithIndentedDefinitions() {
    let file = CourseParser.parse("---\nid: glossary\ntitle: Words\nkind: glossary\n---\n::: term b\nterm: beta\nSecond.\n:::\n::: term a\nterm: Alpha\nFirst letter.\n:::")
    let glossary = Glossary(path: "en/glossary.md", id: "glossary", title: "Words", terms: file.terms)
    let lines = LessonRenderer(width: 30, charset: .ascii, strings: .english).render(glossary).map(\.plainText)
    #expect(lines == ["Words", "=====", "", "Alpha", "  First letter.", "", "beta", "  Second."])
  }

  @Test(arguments: [20, 33, 80], [Charset.unicode, .ascii])
  func nothingIsWiderThanTheWidth(width: Int, charset: Charset) {
    let course = shippedCourse
    let renderer = LessonRenderer(width: width, charset: charset, strings: .english)
    let pages = course.lessons.map { ($0.lesson.id, renderer.render($0.lesson)) }
      + [("glossary", renderer.render(course.glossary)), ("problems", renderer.render(course.problems, lessonTitles: [:]))]
    for (id, lines) in pages {
      for line in lines {
        #expect(line.width <= width, "\(id): \(line.plainText)")
      }
    }
  }
}
