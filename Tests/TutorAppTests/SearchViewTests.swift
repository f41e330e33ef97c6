// SearchViewTests: snapshots of a lesson with a search's matches marked and of the course search's
// results, at 80×24 and 160×48 in Unicode and ASCII. Each snapshot is the screen's text, then the
// rows with marks (`#` the current match, `=` other reversed cells), since text cannot show styles.

import Course
import Display
import Foundation
import Testing
import _TestSupport
@testable import TutorApp

@Suite struct SearchViewTests {
  static let cases: [(Int, Int, Charset)] = [(80, 24, .unicode), (80, 24, .ascii), (160, 48, .unicode), (160, 48, .ascii)]

  /// The lesson searched for "sigmoid", on its second match, with the first one on screen too
  /// where the screen is tall enough.
  static func searchedLesson(width: Int, height: Int, charset: Charset) -> Model {
    var model = searchModelWithLesson("gradients", width: width, height: height, charset: charset)
    press(&model, .char("/"))
    type(&model, "sigmoid")
    press(&model, .enter, .char("n"))
    return model
  }

  /// The results of searching the course for "sigmoid", the second row selected.
  static func results(width: Int, height: Int, charset: Charset) -> Model {
    var model = searchModel(width: width, height: height, charset: charset)
    press(&model, .char("/"))
    type(&model, "sigmoid")
    press(&model, .enter, .down)
    return model
  }

  @Test func aLessonWithItsMatchesMarked() {
    for (width, height, charset) in SearchViewTests.cases {
      let buffer = view(SearchViewTests.searchedLesson(width: width, height: height, charset: charset),
        width: width, height: height, charset: charset)
      assertSnapshot(buffer.text + "\n\n" + matchMarks(buffer), named: "search-lesson-\(width)x\(height)-\(charset)")
    }
  }

  @Test func theCourseSearchResults() {
    for (width, height, charset) in SearchViewTests.cases {
      let buffer = view(SearchViewTests.results(width: width, height: height, charset: charset),
        width: width, height: height, charset: charset)
      assertSnapshot(buffer.text + "\n\n" + matchMarks(buffer), named: "search-results-\(width)x\(height)-\(charset)")
    }
  }

  @Test func thePromptOnTheMapAndInTheLesson() {
    var map = searchModel()
    press(&map, .char("/"))
    type(&map, "sigm")
    var lines = view(map, width: 80, height: 24, charset: .unicode).lines()
    #expect(lines[22].hasPrefix("  /sigm█"))
    lines = view(map, width: 80, height: 24, charset: .ascii).lines()
    #expect(lines[22].hasPrefix("  /sigm_"))
    var lesson = searchModelWithLesson("gradients")
    press(&lesson, .char("/"))
    type(&lesson, "sigm")
    lines = view(lesson, width: 80, height: 24, charset: .unicode).lines()
    #expect(lines[22].hasPrefix(" /sigm█  “sigm”: match 1 of 3"))
  }

  @Test func everyOtherMatchLooksAlikeAndTheCurrentOneStandsOutWithoutColour() throws {
    var model = searchModelWithLesson("gradients", width: 80, height: 40)
    press(&model, .char("/"))
    type(&model, "sigmoid")
    press(&model, .enter)
    // Scrolled so both the first and the second match are on screen, n moves the mark only.
    for _ in 0..<12 { press(&model, .down) }
    press(&model, .char("n"))
    #expect(model.lesson?.scroll == 12)
    let buffer = view(model, width: 80, height: 40, charset: .unicode)
    let lines = buffer.lines()
    // The first match is half emphasis (underlined) in the text; marked, it is plain reverse video.
    let other = try #require(lines.firstIndex { $0.contains("The sigmoid squashes") })
    for x in 5..<12 {
      let style = buffer[x, other].style
      #expect(style.reverse && !style.underline && !style.bold, "column \(x): \(style)")
    }
    #expect(lines[other].hasPrefix(" The"), "no pointer in the margin")
    let current = try #require(lines.firstIndex { $0.contains("and sigmoid units") })
    #expect(lines[current].hasPrefix("▸The factor"), "the margin points at the current match")
    let line = lines[current]
    let x = try #require(line.range(of: "sigmoid").map { line.distance(from: line.startIndex, to: $0.lowerBound) })
    let style = buffer[x, current].style
    #expect(style.reverse && style.bold && style.underline)
  }

  @Test func onAShortMapThePromptLeavesTheSelectionInView() {
    // The shipped course has more lessons than a 12-row map shows.
    let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Lessons").path
    var model = Model(width: 40, height: 12, course: Course.load(folder: lessons))
    press(&model, .end, .char("/"))
    let lines = view(model, width: 40, height: 12, charset: .unicode).lines()
    #expect(lines[10].hasPrefix("  /█"))
    #expect(lines[..<10].contains { $0.contains("▸") && $0.contains("12.") }, "\(lines)")
  }

  @Test func aLongQueryKeepsItsEndInView() {
    var model = searchModelWithLesson("gradients", width: 40, height: 12)
    press(&model, .char("/"))
    type(&model, String(repeating: "abcdefghij", count: 6))
    let row = view(model, width: 40, height: 12, charset: .unicode).lines()[10]
    #expect(row.contains("ghij█"))
    #expect(displayWidth(row) == 40)
  }

  @Test func theResultExcerptKeepsTheMatchInViewWhenTheLineIsCut() {
    let line = "  " + String(repeating: "word ", count: 30) + "TARGET" + String(repeating: " tail", count: 30)
    let start = Array(line).firstIndex(of: "T") ?? 0
    let hit = CourseSearchHit(lesson: 0, ordinal: 0, match: TextMatch(line: 0, start: start, length: 6, column: start, width: 6),
      line: line)
    for charset in Charset.allCases {
      let excerpt = matchExcerpt(hit, width: 40, charset)
      #expect(displayWidth(excerpt.text) <= 40)
      #expect(excerpt.text.hasPrefix(charset.ellipsis))
      #expect(excerpt.text.hasSuffix(charset.ellipsis))
      let characters = Array(excerpt.text)
      #expect(String(characters[excerpt.column..<(excerpt.column + excerpt.width)]) == "TARGET")
    }
    let short = matchExcerpt(CourseSearchHit(lesson: 0, ordinal: 0,
      match: TextMatch(line: 0, start: 6, length: 3, column: 6, width: 3), line: "    a big cat"), width: 40, .unicode)
    #expect(short.text == "a big cat")
    #expect(short.column == 2)
  }

  @Test func searchScreensKeepEveryRowTheWidthAtEverySize() {
    for (width, height) in ScreenInvariantTests.sizes {
      for charset in Charset.allCases {
        for model in [SearchViewTests.searchedLesson(width: width, height: height, charset: charset),
          SearchViewTests.results(width: width, height: height, charset: charset)]
        {
          let lines = view(model, width: width, height: height, charset: charset).lines()
          #expect(lines.count == height)
          for (y, line) in lines.enumerated() {
            #expect(displayWidth(line) == width, "\(width)×\(height) \(charset) row \(y)")
            if charset == .ascii { #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(line)") }
          }
        }
      }
    }
  }
}
