// ExperimentStatus: where a run stands, in words a learner can act on.

/// The state of a run, with a one-line reason and, for a failure, the lesson that explains it.
public struct ExperimentStatus: Equatable, Sendable {
  public enum State: String, Equatable, Sendable {
    case running
    case converged
    /// The run used its whole step budget; the message says what it showed.
    case finished
    case diverged
    /// The run cannot succeed, whatever the number of steps (the perceptron on XOR).
    case neverConverges = "never-converges"
  }

  public var state: State
  /// One line: "converged after 7 mistakes", "diverged at step 12: loss became NaN" — kept as a
  /// phrase so that it reads in the language current where it is shown.
  public var phrase: Phrase
  /// The one line in the current language.
  public var message: String { phrase.description }
  /// The id of the lesson that explains a failure.
  public var lesson: String?

  public init(_ state: State, _ message: Phrase, lesson: String? = nil) {
    self.state = state
    self.phrase = message
    self.lesson = lesson
  }

  public static let running = ExperimentStatus(.running, "running")

  /// True once stepping further cannot change the outcome.
  public var isFinal: Bool { state != .running }

  /// True when the message says no more than the state's name (a plain "running").
  public var saysOnlyItsState: Bool { phrase.template == state.rawValue && phrase.arguments.isEmpty }
}
