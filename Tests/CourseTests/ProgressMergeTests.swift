// Merging two copies of a learner's progress: answers are a union, the latest position and
// knobs win, completion stays, and a reset is not undone by a copy that still holds old records.

import Foundation
import Testing
@testable import Course

@Suite struct ProgressMergeTests {
  static let t0 = progressClock()
  static func at(_ s: Double) -> Date { t0.addingTimeInterval(s) }
  static func record(_ s: Double, _ lesson: String = "perceptron", correct: Bool = true) -> AnswerRecord {
    AnswerRecord(time: at(s), lesson: lesson, answer: "b", correct: correct)
  }

  @Test func answersAreAUnionInTimeOrder() {
    var a = LearnerProgress(), b = LearnerProgress()
    a.record(Self.record(0), for: "q")
    a.record(Self.record(20), for: "q")
    b.record(Self.record(0), for: "q")
    b.record(Self.record(10, correct: false), for: "q")
    b.record(Self.record(5), for: "r")
    let m = a.merged(with: b)
    #expect(m.answers["q"]?.map(\.time) == [Self.at(0), Self.at(10), Self.at(20)])
    #expect(m.answers["r"]?.count == 1)
    #expect(b.merged(with: a) == m)
    #expect(m.merged(with: m) == m)
  }

  @Test func theLatestPositionAndKnobsWinAndCompletionStays() {
    var a = LearnerProgress(), b = LearnerProgress()
    a.setPosition("vanishing", line: 10, at: Self.at(100))
    b.setPosition("vanishing", line: 99, at: Self.at(50))
    a.setKnobs("vanishing", ["depth=5"], at: Self.at(10))
    b.setKnobs("vanishing", ["depth=30"], at: Self.at(60))
    b.complete("vanishing", at: Self.at(70))
    let m = a.merged(with: b)
    #expect(m.lessons["vanishing"]?.position?.value == 10)
    #expect(m.lessons["vanishing"]?.knobs?.value == ["depth=30"])
    #expect(m.lessons["vanishing"]?.completedAt == Self.at(70))
    #expect(b.merged(with: a) == m)
  }

  @Test func aResetIsNotUndoneByAnOlderCopy() {
    var old = LearnerProgress()
    old.record(Self.record(0, "perceptron"), for: "p1")
    old.record(Self.record(0, "vanishing"), for: "v1")
    old.complete("perceptron", at: Self.at(0))
    var reset = old
    reset.reset(lesson: "perceptron", at: Self.at(10))
    #expect(reset.answers["p1"] == nil)
    #expect(reset.lessons["perceptron"] == nil)
    #expect(reset.answers["v1"] != nil)
    let m = reset.merged(with: old)
    #expect(m.answers["p1"] == nil)
    #expect(m.answers["v1"] != nil)
    // What the learner does after the reset counts.
    var later = old
    later.record(Self.record(20, "perceptron"), for: "p1")
    #expect(m.merged(with: later).answers["p1"]?.map(\.time) == [Self.at(20)])
    var all = m
    all.resetAll(at: Self.at(30))
    #expect(all.merged(with: later).answers.isEmpty)
  }

  @Test func savingMergesWithWhatAnotherProcessWrote() throws {
    let folder = try ProgressFolder.make()
    let first = ProgressStore(directory: folder, now: progressClock)
    let second = ProgressStore(directory: folder, now: progressClock)
    var mine = first.load().progress
    var theirs = second.load().progress
    mine.record(Self.record(1), for: "q1")
    theirs.record(Self.record(2), for: "q2")
    try first.save(mine)
    try second.save(theirs)
    let final = first.load().progress
    #expect(final.answers.keys.sorted() == ["q1", "q2"])
  }
}

@Suite struct ProgressResetTests {
  @Test func aResetCoversRecordsFromAClockThatWasAhead() {
    var p = LearnerProgress()
    let t = progressClock()
    p.record(AnswerRecord(time: t.addingTimeInterval(86_400), lesson: "a", answer: "b", correct: true), for: "a1")
    p.record(AnswerRecord(time: t.addingTimeInterval(86_400), lesson: "b", answer: "b", correct: true), for: "b1")
    p.reset(lesson: "a", at: t)
    #expect(p.answers.keys.sorted() == ["b1"])
    p.resetAll(at: t)
    #expect(p.answers.isEmpty)
  }
}
