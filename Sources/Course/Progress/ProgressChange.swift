// ProgressChange: one thing the learner did that the progress file keeps — reading a lesson, turning
// its knobs, finishing it, answering a question — as data, so the app can hand it to the store.

import Foundation

/// A change to a learner's progress, applied to the copy in memory at once and to the file by the
/// runtime.
public enum ProgressChange: Equatable, Sendable {
  /// The learner is at `line` of lesson `lesson`.
  case position(lesson: String, line: Int)
  /// The knob assignments (`name=value`) the learner set in lesson `lesson`'s experiment.
  case knobs(lesson: String, [String])
  /// The learner finished lesson `lesson`.
  case completed(lesson: String)
  /// The learner answered question `question` of lesson `lesson`: `answer` normalised (see
  /// `Answer.normalized`), and whether it was right.
  case answer(question: String, lesson: String, answer: String, correct: Bool)

  /// Applies the change to `progress` as made at `time`.
  public func apply(to progress: inout LearnerProgress, at time: Date) {
    switch self {
    case .position(let lesson, let line): progress.setPosition(lesson, line: line, at: time)
    case .knobs(let lesson, let knobs): progress.setKnobs(lesson, knobs, at: time)
    case .completed(let lesson): progress.complete(lesson, at: time)
    case .answer(let question, let lesson, let answer, let correct):
      progress.record(AnswerRecord(time: time, lesson: lesson, answer: answer, correct: correct), for: question)
    }
  }
}
