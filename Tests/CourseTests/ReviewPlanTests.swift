// Session selection: due reviews first (most overdue first), then new questions from the lessons
// read, one lesson or all; the count caps; a question that left the course is skipped but kept.

import Foundation
import Testing
@testable import Course

/// A two-lesson course in a temporary folder.
enum ReviewFixture {
  static func lesson(_ id: String, order: Int, questions: [String]) -> String {
    var text = "---\nid: \(id)\ntitle: Lesson \(id)\norder: \(order)\ncovers: 1\nexperiment: none\nminutes: 5\n---\n# \(id)\n\nText.\n"
    for q in questions {
      text += "\n::: question \(q)\nkind: true-false\nprompt: Is \(q) true?\nanswer: true\nexplain: Because.\n:::\n"
    }
    return text
  }

  static func course(_ lessons: [(id: String, questions: [String])]) throws -> Course {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString)")
    let en = folder.appendingPathComponent("en")
    try FileManager.default.createDirectory(at: en, withIntermediateDirectories: true)
    for (n, l) in lessons.enumerated() {
      try lesson(l.id, order: n + 1, questions: l.questions).write(to: en.appendingPathComponent(l.id + ".md"), atomically: true, encoding: .utf8)
    }
    return Course.load(folder: folder.path)
  }
}

@Suite struct ReviewPlanTests {
  static let now = Date(timeIntervalSince1970: 1_800_000_000)
  static func ago(days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

  let course: Course
  init() throws {
    course = try ReviewFixture.course([("alpha", ["a1", "a2", "a3"]), ("beta", ["b1", "b2"])])
    #expect(course.lessons.allSatisfy { !$0.isBroken })
  }

  func answered(_ entries: [(String, String, Date, Bool)]) -> LearnerProgress {
    var p = LearnerProgress()
    for (id, lesson, time, correct) in entries {
      p.record(AnswerRecord(time: time, lesson: lesson, answer: "true", correct: correct), for: id)
    }
    return p
  }

  @Test func nothingReadMeansNothingNewByDefault() {
    let plan = ReviewPlan.select(course: course, progress: LearnerProgress(), now: Self.now, scope: .lessonsRead, count: 10)
    #expect(plan.isEmpty)
  }

  @Test func newQuestionsComeFromLessonsRead() {
    var p = LearnerProgress()
    p.setPosition("beta", line: 3, at: Self.now)
    let plan = ReviewPlan.select(course: course, progress: p, now: Self.now, scope: .lessonsRead, count: 10)
    #expect(plan.map(\.question.id) == ["b1", "b2"])
  }

  @Test func dueReviewsComeFirstMostOverdueFirst() {
    // b1 wrong 3 days ago (due 2 days ago); a2 wrong 2 days ago (due yesterday); a3 wrong just now (not due).
    var p = answered([("a2", "alpha", Self.ago(days: 2), false), ("b1", "beta", Self.ago(days: 3), false),
      ("a3", "alpha", Self.now, false)])
    p.complete("alpha", at: Self.ago(days: 5))
    let plan = ReviewPlan.select(course: course, progress: p, now: Self.now, scope: .lessonsRead, count: 10)
    #expect(plan.map(\.question.id) == ["b1", "a2", "a1"])
    #expect(plan.map(\.card.isNew) == [false, false, true])
  }

  @Test func oneLessonOrEverything() {
    let p = answered([("b1", "beta", Self.ago(days: 3), false), ("a1", "alpha", Self.ago(days: 3), false)])
    let alpha = ReviewPlan.select(course: course, progress: p, now: Self.now, scope: .lesson("alpha"), count: 10)
    #expect(alpha.map(\.question.id) == ["a1", "a2", "a3"])
    let all = ReviewPlan.select(course: course, progress: p, now: Self.now, scope: .everything, count: 10)
    #expect(all.map(\.question.id) == ["a1", "b1", "a2", "a3", "b2"])
  }

  @Test func theCountCaps() {
    let p = answered([("b1", "beta", Self.ago(days: 3), false)])
    let plan = ReviewPlan.select(course: course, progress: p, now: Self.now, scope: .everything, count: 2)
    #expect(plan.map(\.question.id) == ["b1", "a1"])
  }

  @Test func aQuestionThatLeftTheCourseIsSkippedAndKept() throws {
    let p = answered([("gone", "alpha", Self.ago(days: 10), false), ("a1", "alpha", Self.ago(days: 10), false)])
    let plan = ReviewPlan.select(course: course, progress: p, now: Self.now, scope: .lesson("alpha"), count: 10)
    #expect(!plan.map(\.question.id).contains("gone"))
    #expect(ReviewPlan.dueCount(course: course, progress: p, now: Self.now) == 1)
    // Saving through a store keeps its history.
    let store = ProgressStore(directory: try ProgressFolder.make())
    try store.save(p)
    #expect(store.load().progress.answers["gone"]?.count == 1)
  }

  @Test func aBrokenLessonIsSkipped() throws {
    var broken = try ReviewFixture.course([("alpha", ["a1"]), ("beta", ["b1"])])
    // The second lesson's file loses its front matter: the linter reports it, the quiz passes it by.
    let file = URL(fileURLWithPath: broken.folder).appendingPathComponent("en/beta.md")
    try String(try String(contentsOf: file, encoding: .utf8).dropFirst(4)).write(to: file, atomically: true, encoding: .utf8)
    broken = Course.load(folder: broken.folder)
    let plan = ReviewPlan.select(course: broken, progress: LearnerProgress(), now: Self.now, scope: .everything, count: 10)
    #expect(plan.map(\.question.id) == ["a1"])
  }

  @Test func dueCountAndNextDue() throws {
    let p = answered([("a1", "alpha", Self.ago(days: 2), false), ("b1", "beta", Self.now, true)])
    #expect(ReviewPlan.dueCount(course: course, progress: p, now: Self.now) == 1)
    #expect(ReviewPlan.nextDue(course: course, progress: p, after: Self.now) == Self.now.addingTimeInterval(3 * 86_400))
    let store = ProgressStore(directory: try ProgressFolder.make())
    #expect(dueCount(store: store, course: course, now: Self.now) == 0)
    try store.save(p)
    #expect(dueCount(store: store, course: course, now: Self.now) == 1)
  }
}
