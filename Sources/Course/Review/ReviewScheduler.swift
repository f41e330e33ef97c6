// ReviewScheduler: the Leitner boxes that decide when each question comes back, replayed from
// the learner's answer history so the state on disk is only the history itself.

import Foundation

/// Where a question stands in the review cycle.
public struct ReviewCard: Equatable, Sendable {
  /// The Leitner box, 1 to `ReviewScheduler.intervals.count`; a new question is in box 1.
  public let box: Int
  /// When it should be asked again; nil for a question never answered (it is new).
  public let due: Date?
  /// Every answer, oldest first.
  public let history: [AnswerRecord]

  /// Whether the question has never been answered.
  public var isNew: Bool { history.isEmpty }

  /// Whether it is due at `now` (a new question is not "due": it is new).
  public func isDue(at now: Date) -> Bool { due.map { $0 <= now } ?? false }
}

/// A Leitner scheduler.
///
/// Five boxes; a box's number says how long its questions rest: box 1 one day, box 2 three days,
/// then 7, 16 and 35 days. A new question starts in box 1. When a question is due:
/// - a right answer moves it up one box (at most to the last) and it rests that box's interval;
/// - a wrong answer sends it back to box 1: it is asked again at the end of the same session and
///   is due the next day.
/// An answer given before the question was due (practice, or the repeat in the same session)
/// never moves it up, but a wrong one still sends it back to box 1. So the schedule follows what
/// the learner knew when it mattered, and five right answers in one sitting do not bury a question.
///
/// The state is replayed from the history every time, never stored: the history is the only
/// truth, and merging two histories gives one schedule.
public enum ReviewScheduler {
  /// Days a question rests in each box (index 0 is box 1).
  public static let intervals = [1, 3, 7, 16, 35]

  /// The state after `history` (answers in any order).
  public static func card(for history: [AnswerRecord]) -> ReviewCard {
    let sorted = history.sorted { $0.time < $1.time }
    var box = 1
    var due: Date?
    for answer in sorted {
      let wasDue = due.map { answer.time >= $0 } ?? true
      if !answer.correct {
        box = 1
        due = answer.time.addingTimeInterval(days(intervals[0]))
      } else if wasDue {
        box = min(box + 1, intervals.count)
        due = answer.time.addingTimeInterval(days(intervals[box - 1]))
      }
    }
    return ReviewCard(box: box, due: due, history: sorted)
  }

  /// The state of `questionID` in `progress`.
  public static func card(_ questionID: String, in progress: LearnerProgress) -> ReviewCard {
    card(for: progress.answers[questionID] ?? [])
  }

  private static func days(_ n: Int) -> TimeInterval { TimeInterval(n) * 86_400 }
}
