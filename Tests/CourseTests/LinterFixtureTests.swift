// The linter against fixture folders of broken lessons, one mistake per file: the exact
// `file:line: message` output, and the loader keeping broken lessons with their problems.

import Experiments
import Foundation
import Testing
@testable import Course

@Suite struct LinterFixtureTests {
  /// The expected lines; `{experiments}` stands for the catalog's ids, which grow as experiments land.
  func expected(_ name: String) throws -> [String] {
    let text = try String(contentsOfFile: Folders.fixture(name + ".expected"), encoding: .utf8)
      .replacingOccurrences(of: "{experiments}", with: ExperimentCatalog.all.map { $0.id }.joined(separator: ", "))
    return text.split(separator: "\n").map(String.init)
  }

  @Test func reportsEveryMistakeInTheBrokenFolder() throws {
    let lines = Linter.lint(folder: Folders.fixture("broken")).map { $0.formatted(folder: nil, strings: .english) }
    let want = try expected("broken")
    #expect(lines == want)
    // Every file in the fixture folder but the valid one is there for a reason.
    let files = try FileManager.default.contentsOfDirectory(atPath: Folders.fixture("broken") + "/en").filter { $0 != "good.md" }
    for file in files {
      #expect(want.contains { $0.hasPrefix("en/\(file):") } || file == "duplicate-order.md", "\(file) reports nothing")
    }
  }

  @Test func reportsALessonMissingInOneLanguage() throws {
    let lines = Linter.lint(folder: Folders.fixture("twins")).map { $0.formatted(folder: nil, strings: .english) }
    #expect(lines == (try expected("twins")))
  }

  @Test func loaderKeepsBrokenLessonsWithTheirProblems() throws {
    let course = Course.load(folder: Folders.fixture("broken"))
    let good = try #require(course.lesson("good"))
    #expect(good.issues.map(\.message) == [.duplicateOrder(1, first: "duplicate-order"), .duplicateId(what: "question", id: "shared-id", first: "en/bad-questions.md:10")])
    let answers = try #require(course.lesson("bad-answers"))
    #expect(answers.isBroken)
    #expect(answers.lesson.questions.count == 3)
    #expect(answers.issues.map(\.line) == [15, 22, 26])
    let linksFine = Course.load(folder: Folders.fixture("twins"))
    #expect(linksFine.lesson("a")?.isBroken == false)
  }

  @Test func onlyLanguageFoldersHoldLessons() {
    #expect(["en", "zh", "pt-BR", "zh_Hans", "ast"].allSatisfy(CourseFiles.isLanguageCode))
    #expect(!["data", "English", "e", "ci-clone", "en-", "EN", ".git"].contains(where: CourseFiles.isLanguageCode))
  }

  @Test func formatsWithTheFolderAsTyped() {
    let issue = CourseIssue(file: "en/x.md", line: 3, .missingField("title"))
    #expect(issue.formatted(folder: "Lessons", strings: .english) == "Lessons/en/x.md:3: missing field \"title\"")
    #expect(issue.formatted(folder: "Lessons/", strings: .english) == "Lessons/en/x.md:3: missing field \"title\"")
  }
}
