// ReferenceViewTests: snapshots of the glossary and common-problems screens at 80×24 and 160×48 in
// both charsets, a lesson with a link selected, the marking of a selected link (reverse video and
// underline, so it shows without colour), and the size invariants for these screens.

import Display
import Foundation
import Testing
import _TestSupport
@testable import TutorApp

/// The reference screens the snapshots and invariants cover, laid out for `charset`.
func referenceScreens(width: Int, height: Int, charset: Charset) -> [(name: String, model: Model)] {
  var start = modelWithReferenceCourse(width: width, height: height)
  start.charset = charset
  var glossary = start
  press(&glossary, .char("d"), .down, .char("]"))
  var filter = start
  press(&filter, .char("d"), .char("/"), .char("r"), .char("a"), .char("t"))
  var problems = start
  press(&problems, .char("p"), .char("]"), .char("]"))
  var lesson = start
  press(&lesson, .enter, .char("]"), .char("]"))
  var web = lesson
  press(&web, .end, .char("]"), .char("]"), .enter)
  var help = problems
  press(&help, .char("?"))
  return [("glossary", glossary), ("glossary-filter", filter), ("problems", problems), ("lesson-link", lesson),
    ("lesson-web-link", web), ("problems-help", help)]
}

@Suite struct ReferenceSnapshotTests {
  @Test(arguments: ["glossary", "glossary-filter", "problems", "lesson-link", "lesson-web-link", "problems-help"])
  func screenMatchesItsSnapshot(_ name: String) throws {
    for (width, height, charset) in ScreenSnapshotTests.cases {
      let model = try #require(referenceScreens(width: width, height: height, charset: charset).first { $0.name == name }?.model)
      let text = view(model, width: width, height: height, charset: charset).text
      assertSnapshot(text, named: "\(name)-\(width)x\(height)-\(charset)")
    }
  }

  @Test func everyRowIsExactlyTheWidthAndAsciiModeIsAscii() {
    for (width, height) in ScreenInvariantTests.sizes {
      for charset in Charset.allCases {
        for (name, model) in referenceScreens(width: width, height: height, charset: charset) {
          let lines = view(model, width: width, height: height, charset: charset).lines()
          #expect(lines.count == height, "\(name) \(width)×\(height)")
          for (y, line) in lines.enumerated() {
            #expect(displayWidth(line) == width, "\(name) \(width)×\(height) \(charset) row \(y)")
            if charset == .ascii { #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(name) \(width)×\(height) row \(y)") }
          }
        }
      }
    }
  }

  @Test func theSelectedLinkIsInReverseVideoAndUnderlinedAndNothingElseIs() throws {
    for charset in Charset.allCases {
      let model = try #require(referenceScreens(width: 80, height: 24, charset: charset).first { $0.name == "lesson-link" }?.model)
      let buffer = view(model, width: 80, height: 24, charset: charset)
      var marked = ""
      for y in 1..<23 {
        for x in 0..<80 where buffer[x, y].style.reverse && buffer[x, y].style.underline { marked += buffer[x, y].symbol }
        if !marked.isEmpty, !marked.hasSuffix(" ") { marked += " " }
      }
      #expect(marked.trimmingCharacters(in: .whitespaces) == "the loss diverges", "\(charset)")
      #expect(buffer.lines()[22].contains("The loss grows until it becomes NaN"), "the status line says where Enter goes")
    }
  }

  @Test func theGlossaryListsTermsBesideTheDefinitionAndStacksThemWhenNarrow() throws {
    let wide = try #require(referenceScreens(width: 80, height: 24, charset: .unicode).first { $0.name == "glossary" }?.model)
    let lines = view(wide, width: 80, height: 24, charset: .unicode).lines()
    let row = try #require(lines.first { $0.contains("▸ epoch") })
    #expect(row.contains("│") && row.contains("epoch"))
    #expect(lines.contains { $0.contains("One full pass over the training data") })
    let narrow = try #require(referenceScreens(width: 50, height: 20, charset: .unicode).first { $0.name == "glossary" }?.model)
    let stacked = view(narrow, width: 50, height: 20, charset: .unicode).lines()
    let pointer = try #require(stacked.firstIndex { $0.contains("▸ epoch") })
    let definition = try #require(stacked.firstIndex { $0.contains("One full pass") })
    #expect(definition > pointer, "the definition is under the list")
  }
}
