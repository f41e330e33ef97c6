// QuizStrings: the words of the quiz and of the progress commands — prompts, verdicts, the
// end-of-session summary, progress warnings — one catalog per language (English now).

import Foundation

/// The user-visible words of quizzes and progress in one language.
public struct QuizStrings: Sendable {
  /// The session's first line: how many questions, how many due, how many new.
  public let sessionHeader: @Sendable (_ total: Int, _ due: Int, _ new: Int) -> String
  /// How to answer and how to stop.
  public let howToAnswer: String
  /// The heading of one question: number, total, lesson id, question id.
  public let questionHeading: @Sendable (_ number: Int, _ total: Int, _ lesson: String, _ id: String) -> String
  /// The heading of a missed question asked again in the same session.
  public let againHeading: @Sendable (_ lesson: String, _ id: String) -> String
  /// "Once more, the questions you missed:".
  public let againIntro: String
  /// The answer prompt for a form.
  public let prompt: @Sendable (AnswerForm) -> String
  /// The prompt of a predict question (before the run).
  public let predictPrompt: @Sendable (AnswerForm) -> String
  /// An answer that could not be read, with what is expected.
  public let unreadable: @Sendable (AnswerForm) -> String
  /// "Running EXPERIMENT (KNOBS, seed N)…".
  public let running: @Sendable (_ experiment: String, _ settings: [String], _ seed: UInt64) -> String
  /// What the run computed for a predict question, and the readouts that made it.
  public let computed: @Sendable (_ value: String, _ readouts: [(name: String, value: Double)]) -> String
  /// A run that could not be made (its error).
  public let runFailed: @Sendable (String) -> String
  /// A number as the learner would write it.
  public let number: @Sendable (Double) -> String
  /// The verdicts.
  public let right: String
  public let wrong: String
  /// "The answer is …" (for choices: `b) text`).
  public let theAnswerIs: @Sendable (String) -> String
  /// Where to read more: lesson id and title.
  public let revisit: @Sendable (_ id: String, _ title: String) -> String
  /// The score at the end.
  public let score: @Sendable (_ right: Int, _ answered: Int) -> String
  /// The lessons to review again, each with wrong and answered counts.
  public let weakLessons: @Sendable ([(lesson: String, wrong: Int, answered: Int)]) -> String
  /// When the next review is due (the date, and how far off from now in whole days).
  public let nextReview: @Sendable (_ date: String, _ days: Int) -> String
  /// Said when a session has nothing to ask: the scope and whether any lesson was read.
  public let nothingToAsk: @Sendable (_ scope: ReviewScope, _ anyLessonRead: Bool) -> String
  /// Said when input ends in the middle of a session.
  public let endedEarly: @Sendable (_ answered: Int) -> String
  /// One line about the progress file.
  public let warning: @Sendable (ProgressWarning) -> String
  /// The CSV header of an export.
  public let exportHeader: [String]
  /// After an export: how many answers went to which file.
  public let exported: @Sendable (_ count: Int, _ path: String) -> String
  /// A file that cannot be written, and the system's reason.
  public let cannotWrite: @Sendable (_ path: String, _ reason: String) -> String
  /// `progress show`: the file, a lesson line, the question totals.
  public let progressFile: @Sendable (String) -> String
  public let noProgress: String
  public let lessonLine: @Sendable (_ id: String, _ finished: Bool, _ line: Int?, _ knobs: [String]) -> String
  public let quizLine: @Sendable (_ id: String, _ answered: Int, _ right: Int, _ due: Int) -> String
  public let questionTotals: @Sendable (_ answered: Int, _ right: Int, _ due: Int) -> String
  /// `progress reset`: the confirmation question (a lesson id, or nil for everything) and outcomes.
  public let confirmReset: @Sendable (_ lesson: String?, _ path: String) -> String
  public let resetDone: @Sendable (_ lesson: String?) -> String
  public let resetCancelled: String
  public let resetNeedsConfirmation: String
}
