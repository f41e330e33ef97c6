// QuizState: a quiz session on screen — the questions in order, the one being asked, what the
// learner has marked or typed, the live run of a predict question, the verdict, and the first-try
// results the summary adds up.

import Course
import Experiments

/// Where Esc or q leads from the quiz's summary.
public enum QuizExit: Equatable, Sendable {
  /// Back to the screen the quiz was opened from (a lesson, the course map).
  case back(Screen)
  /// Out of the program: `dltutor quiz` is the quiz alone.
  case quit
}

/// The stage of the current question.
public enum QuizPhase: Equatable, Sendable {
  /// Waiting for the answer.
  case asking
  /// A predict question's experiment runs on screen after the prediction.
  case running
  /// The verdict and the explanations are shown.
  case answered
  /// The end: score, weak lessons, the next review.
  case summary
}

/// The experiment of a predict or diagnose question as the quiz shows it.
///
/// The instance is a class stepped in place, like the lab's runs; only the UI thread touches it.
public struct QuizRun {
  public let experiment: any Experiment
  /// The steps the run takes in all (it stops earlier when its status becomes final).
  public let plannedSteps: Int
  /// The series a diagnose question charts (empty: the experiment draws itself).
  public let show: [String]
  /// Frames shown so far of the live run.
  var frames = 0

  public init(experiment: any Experiment, plannedSteps: Int, show: [String]) {
    self.experiment = experiment
    self.plannedSteps = plannedSteps
    self.show = show
  }

  /// Whether the run has gone as far as `QuestionRunner.run` would take it.
  public var isDone: Bool { experiment.stepCount >= plannedSteps || experiment.status.isFinal }

  /// Steps for the next frame: one at first, to watch the start, doubling every half second (15
  /// frames) so that any run — 13 updates or 5000 — is over in a few seconds.
  var stepsForNextFrame: Int { 1 << min(frames / 15, 20) }
}

/// The first answer the learner gave to one question of the session.
public struct QuizResult: Equatable, Sendable {
  public let questionID: String
  public let lessonID: String
  public let correct: Bool
}

/// One quiz session.
public struct QuizState {
  /// The session's questions, in the order asked the first time.
  public let items: [ReviewItem]
  /// `items`, then the missed ones once more once the first pass is over.
  public private(set) var queue: [ReviewItem]
  /// The position in `queue` of the question on screen.
  public private(set) var index = 0
  public var phase: QuizPhase = .asking
  public let exit: QuizExit
  /// The seed every run uses instead of the question's own (`--seed`), so a class sees the same charts.
  public let seed: UInt64?
  /// The choices marked so far in a multiple-answer question.
  public var marked: [String] = []
  /// The number typed so far.
  public var typed = ""
  /// A one-line notice (an answer that could not be read); cleared by the next key.
  public var notice: String?
  /// The first text line shown.
  public var scroll = 0
  /// The question's experiment, for predict and diagnose questions.
  public var run: QuizRun?
  /// Why the question's experiment could not run; the question is then skipped, nothing recorded.
  public var runError: String?
  /// The learner's answer, once given.
  public var answer: Answer?
  /// Whether it was right, once judged.
  public var correct: Bool?
  /// What a predict question's run computed: the answer it is judged against.
  public var computed: ReadoutExpression.Value?
  /// First-try results, in the order answered.
  public private(set) var results: [QuizResult] = []
  /// The questions missed on the first try.
  public private(set) var missed: [ReviewItem] = []
  /// Whether the learner ended the session before the last question.
  public var endedEarly = false
  /// Whether the learner went to a lesson from here with `l` (Esc there comes back).
  public var visitingLesson = false
  /// What the summary says when the session had nothing to ask.
  public let nothingToAsk: String?

  /// A session asking `items`; with none, it opens on the summary saying `nothingToAsk`.
  public init(items: [ReviewItem], exit: QuizExit, seed: UInt64? = nil, nothingToAsk: String? = nil) {
    self.items = items
    self.queue = items
    self.exit = exit
    self.seed = seed
    self.nothingToAsk = nothingToAsk
    if items.isEmpty { phase = .summary }
  }

  /// The item on screen (nil on the summary).
  public var current: ReviewItem? { phase == .summary || !queue.indices.contains(index) ? nil : queue[index] }

  /// The question on screen, with `--seed`'s seed in place of its own.
  public var question: Question? { current.map { $0.question.reseeded(seed) } }

  /// Whether the question on screen is a missed one asked again.
  public var isRepeat: Bool { index >= items.count }

  /// Whether printable keys answer the question on screen (letters, digits, t/f).
  public var takesAnswerKeys: Bool { phase == .asking && runError == nil }

  /// Notes the judged answer: a first try counts in the score, and a miss comes back at the end.
  mutating func judged(correct: Bool) {
    self.correct = correct
    phase = .answered
    guard !isRepeat, let item = current else { return }
    results.append(QuizResult(questionID: item.question.id, lessonID: item.lesson.id, correct: correct))
    if !correct { missed.append(item) }
  }

  /// Moves to the next question (the missed ones come after the first pass), or to the summary;
  /// returns false at the summary.
  mutating func moveOn() -> Bool {
    index += 1
    if index == items.count, queue.count == items.count { queue += missed }
    clearAnswer()
    guard index < queue.count else {
      phase = .summary
      return false
    }
    phase = .asking
    return true
  }

  /// Ends the session now: the summary says so when questions of the first pass were left
  /// (skipping the repeats of missed ones is not ending early: every question was answered).
  mutating func end() {
    let skipped = index < items.count && runError != nil ? 1 : 0
    endedEarly = results.count + skipped < min(index + 1, items.count) || index < items.count - 1
    clearAnswer()
    phase = .summary
  }

  private mutating func clearAnswer() {
    (marked, typed, notice, scroll) = ([], "", nil, 0)
    (run, runError, answer, correct, computed) = (nil, nil, nil, nil, nil)
  }
}
