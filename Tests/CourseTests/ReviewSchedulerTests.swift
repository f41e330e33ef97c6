// The Leitner scheduler: wrong answers come back the next day, right ones rest longer and longer,
// early answers do not promote, and the state is the replay of the history in any order.

import Foundation
import Testing
@testable import Course

@Suite struct ReviewSchedulerTests {
  static let start = Date(timeIntervalSince1970: 1_800_000_000)
  static func day(_ n: Double) -> Date { start.addingTimeInterval(n * 86_400) }
  static func answer(_ at: Date, _ correct: Bool) -> AnswerRecord {
    AnswerRecord(time: at, lesson: "l", answer: correct ? "b" : "a", correct: correct)
  }

  @Test func aNewQuestionIsNewNotDue() {
    let card = ReviewScheduler.card(for: [])
    #expect(card.isNew)
    #expect(card.box == 1)
    #expect(!card.isDue(at: Self.start))
  }

  @Test func aWrongAnswerIsDueTheNextDay() {
    let card = ReviewScheduler.card(for: [Self.answer(Self.start, false)])
    #expect(card.box == 1)
    #expect(card.due == Self.day(1))
    #expect(!card.isDue(at: Self.day(0.5)))
    #expect(card.isDue(at: Self.day(1)))
  }

  @Test func rightAnswersOnTimeSpreadOut() throws {
    var history: [AnswerRecord] = []
    var now = Self.start
    var gaps: [Double] = []
    for _ in 0..<6 {
      history.append(Self.answer(now, true))
      let card = ReviewScheduler.card(for: history)
      let due = try #require(card.due)
      gaps.append(due.timeIntervalSince(now) / 86_400)
      now = due
    }
    #expect(gaps == [3, 7, 16, 35, 35, 35])
  }

  @Test func aWrongAnswerAfterManyRightOnesStartsOver() {
    let history = [Self.answer(Self.start, true), Self.answer(Self.day(3), true), Self.answer(Self.day(10), false)]
    let card = ReviewScheduler.card(for: history)
    #expect(card.box == 1)
    #expect(card.due == Self.day(11))
  }

  @Test func anEarlyRightAnswerDoesNotPromote() {
    // Wrong, then right again in the same session: still due the next day, still in box 1.
    let history = [Self.answer(Self.start, false), Self.answer(Self.start.addingTimeInterval(60), true)]
    let card = ReviewScheduler.card(for: history)
    #expect(card.box == 1)
    #expect(card.due == Self.day(1))
  }

  @Test func theHistoryOrderDoesNotMatter() {
    let history = [Self.answer(Self.start, true), Self.answer(Self.day(3), false), Self.answer(Self.day(4), true)]
    #expect(ReviewScheduler.card(for: history.reversed()) == ReviewScheduler.card(for: history))
    #expect(ReviewScheduler.card(for: history).due == Self.day(7))
  }
}
