// `dltutor lint`, `lessons` and `read` as a user runs them: exit codes, `file:line: message`
// output, the course map, and `read` snapshots at two widths (RECORD_SNAPSHOTS=1 re-records).

import Foundation
import Testing
import _TestSupport

@Suite struct CourseCommandTests {
  static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  static let lessons = tests.deletingLastPathComponent().appendingPathComponent("Lessons").path
  static let broken = tests.appendingPathComponent("CourseTests/Fixtures/broken").path

  @Test func lintPassesOnTheShippedLessons() throws {
    let result = try runDLTutor(["lint", Self.lessons])
    #expect(result.status == 0)
    #expect(result.out == "")
    #expect(result.err.hasPrefix("no problems: "))
  }

  @Test func lintPrintsEveryProblemAndFails() throws {
    let result = try runDLTutor(["lint", Self.broken])
    #expect(result.status == 1)
    // `{experiments}` in the expected text stands for the catalog's ids, as the linter lists them.
    let printed = result.out.split(separator: "\n").map(String.init)
    let listed = (printed.first { $0.contains("unknown experiment") } ?? "").components(separatedBy: "experiments: ").last ?? ""
    let expected = try String(contentsOfFile: Self.broken + ".expected", encoding: .utf8)
      .replacingOccurrences(of: "{experiments}", with: listed)
      .split(separator: "\n").map { Self.broken + "/" + $0 }
    #expect(listed.hasPrefix("perceptron, "))
    #expect(printed == expected)
    #expect(result.err == "\(expected.count) problems\n")
  }

  @Test func lintSaysWhenAFolderHoldsNoLessons() throws {
    let result = try runDLTutor(["lint", Self.tests.path])
    #expect(result.status == 1)
    #expect(result.out == "\(Self.tests.path):1: no lessons found (expected Markdown files under a language folder such as en/)\n")
  }

  @Test func lintRefusesAFolderThatDoesNotExist() throws {
    let result = try runDLTutor(["lint", "/nonexistent/lessons"])
    #expect(result.status == 2)
    #expect(result.err == "dltutor: no such folder: /nonexistent/lessons\n")
  }

  @Test func lessonsPrintsTheCourseMapAndItsFolder() throws {
    let result = try runDLTutor(["lessons", "--lessons", Self.lessons])
    #expect(result.status == 0)
    let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "Lessons from \(Self.lessons)")
    // Columns are separated by at least two spaces (titles hold single spaces).
    let rows = lines.map { $0.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    #expect(rows.contains(["#", "id", "title", "min"]))
    #expect(rows.contains(["1", "welcome", "Welcome: how to use this tutor", "8"]))
    #expect(rows.contains(["2", "perceptron", "Artificial neurons and the perceptron", "15"]))
  }

  @Test func lessonsMarksABrokenLesson() throws {
    let result = try runDLTutor(["lessons", "--lessons", Self.broken])
    #expect(result.status == 0)
    let line = result.out.split(separator: "\n").first { $0.hasPrefix(" 9  bad-answers ") }
    #expect(line?.contains("  broken: answer \"c\" is not one of the choices") == true)
    #expect(result.out.contains("\n -  no-front-matter "))
  }

  @Test func readRefusesBadInput() throws {
    let unknown = try runDLTutor(["read", "nosuch", "--lessons", Self.lessons])
    #expect(unknown.status == 2)
    #expect(unknown.err.hasPrefix("dltutor: unknown lesson \"nosuch\"; lessons: welcome, perceptron"))
    let narrow = try runDLTutor(["read", "perceptron", "--width", "5", "--lessons", Self.lessons])
    #expect(narrow.status == 2)
    #expect(narrow.err.contains("--width: 5 is not valid"))
    let broken = try runDLTutor(["read", "bad-answers", "--lessons", Self.broken])
    #expect(broken.status == 1)
    #expect(broken.err.contains("bad-answers.md:15: answer \"c\" is not one of the choices"))
  }

  @Test func readPrintsTheGlossaryAndTheProblems() throws {
    let glossary = try runDLTutor(["read", "glossary", "--width", "60", "--lessons", Self.lessons], environment: ["LC_ALL": "C.UTF-8"])
    #expect(glossary.status == 0)
    #expect(glossary.out.hasPrefix("Glossary\n════════\n"))
    #expect(glossary.out.contains("\nperceptron\n  A threshold unit with a learning rule"))
    let problems = try runDLTutor(["read", "problems", "--width", "60", "--lessons", Self.lessons])
    #expect(problems.status == 0)
    #expect(problems.out.contains("  Lesson: Artificial neurons and the perceptron (perceptron)"))
  }

  @Test func readSnapshotAt80ColumnsUnicode() throws {
    let result = try runDLTutor(["read", "perceptron", "--width", "80", "--lessons", Self.lessons], environment: ["LC_ALL": "C.UTF-8"])
    #expect(result.status == 0)
    #expect(result.out.split(separator: "\n").allSatisfy { $0.count <= 80 })
    assertSnapshot(result.out, named: "read-perceptron-80")
  }

  @Test func readSnapshotAt44ColumnsASCII() throws {
    let result = try runDLTutor(["read", "perceptron", "--width", "44", "--lessons", Self.lessons], environment: ["LC_ALL": "C"])
    #expect(result.status == 0)
    #expect(result.out.unicodeScalars.allSatisfy { $0.isASCII })
    #expect(result.out.split(separator: "\n").allSatisfy { $0.count <= 44 })
    assertSnapshot(result.out, named: "read-perceptron-44-ascii")
  }
}
