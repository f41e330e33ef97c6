// CourseMapViewTests: the course map with a learner's progress — snapshots at 80×24 and 160×48 in
// both charsets, the status marks and legend without colour, rows that keep their status at 80
// columns, and the sizes the map must survive.

import Course
import Display
import Foundation
import Testing
import _TestSupport
@testable import TutorApp

@Suite struct CourseMapViewTests {
  @Test func theMapWithProgressMatchesItsSnapshots() {
    for (width, height, charset) in ScreenSnapshotTests.cases {
      let text = view(progressMap(width: width, height: height), width: width, height: height, charset: charset).text
      assertSnapshot(text, named: "course-map-progress-\(width)x\(height)-\(charset)")
    }
  }

  @Test func aWarningAboutTheFileSitsUnderTheIntro() {
    var model = progressMap(width: 80, height: 24)
    _ = update(&model, .progressWarning(.keptAside(
      path: "/s/dltutor/progress.json", aside: "/s/dltutor/progress.json.corrupt-20270115-080000", problem: .corrupt)))
    for charset in Charset.allCases {
      let text = view(model, width: 80, height: 24, charset: charset).text
      assertSnapshot(text, named: "course-map-warning-80x24-\(charset)")
    }
  }

  @Test func eachRowSaysItsStatusInMarksTheLegendNames() {
    let lines = view(progressMap(width: 80, height: 24), width: 80, height: 24, charset: .ascii).lines()
    let legend = "[x] done  [~] in progress  [ ] new"
    #expect(lines.contains { $0.contains("3 questions due for review.") && $0.contains(legend) })
    let rows = lines.filter { $0.contains("min ") }
    #expect(rows.count == 4)
    #expect(rows[0].contains("[x] 1.") && rows[0].contains("2 due"))
    #expect(rows[1].contains("> [~] 2.") && rows[1].contains("continue") && rows[1].contains("1 due"))
    #expect(rows[2].contains("[ ] 3.") && !rows[2].contains("due"))
  }

  @Test func atEightyColumnsALongTitleIsCutAndTheStatusKept() {
    let lines = view(progressMap(width: 80, height: 24), width: 80, height: 24, charset: .unicode).lines()
    let row = lines.first { $0.contains("4. ") } ?? ""
    #expect(row.contains("Learning without labels"))
    #expect(row.contains("…"))
    #expect(row.contains("· 4."))
    #expect(row.hasSuffix("20 min "))
    // Wide enough, the ids come back and nothing is cut.
    let wide = view(progressMap(width: 160, height: 48), width: 160, height: 48, charset: .unicode).lines()
    #expect(wide.contains { $0.contains("trends") && $0.contains("where the field is going next") })
  }

  @Test func withoutProgressNothingIsDueAndEveryLessonIsNew() {
    let model = modelWithProgress(LearnerProgress())
    let lines = view(model, width: 80, height: 24, charset: .unicode).lines()
    #expect(lines.contains { $0.contains("No questions due for review.") })
    #expect(lines.filter { $0.contains(" min ") }.allSatisfy { $0.contains("· ") && !$0.contains("due") })
    #expect(lines.contains { $0.contains("▸ · 1.") && $0.contains("continue") })
  }

  @Test func everyRowIsTheWidthAtEverySizeWithAWarning() {
    for (width, height) in ScreenInvariantTests.sizes {
      var model = progressMap(width: width, height: height)
      _ = update(&model, .progressWarning(.cannotSave(path: "/p", reason: "Read-only file system")))
      for charset in Charset.allCases {
        let lines = view(model, width: width, height: height, charset: charset).lines()
        #expect(lines.count == height)
        for line in lines {
          #expect(displayWidth(line) == width, "\(width)×\(height) \(charset): \(line)")
          if charset == .ascii { #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(line)") }
        }
      }
    }
  }

  @Test func theMapsHelpListsEveryKey() {
    expectHelpListsEveryKey(progressMap(width: 100, height: 30), width: 100, height: 30)
  }
}
