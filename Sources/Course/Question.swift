// Question: a quiz question with its stable id and kind — choice, true/false, numeric,
// predict-then-run, diagnose-this-curve — its key and its explanations.

/// The kinds of question a lesson can ask.
public enum QuestionKind: String, Equatable, Sendable, CaseIterable {
  case single
  case multiple
  case trueFalse = "true-false"
  case numeric
  /// The learner predicts, then the experiment runs and its readouts are the answer.
  case predict
  /// A chart from a run; the learner names the problem.
  case diagnose

  /// Whether the question offers labelled choices.
  public var hasChoices: Bool { self == .single || self == .multiple || self == .diagnose }
  /// Whether the question runs an experiment.
  public var runsExperiment: Bool { self == .predict || self == .diagnose }
}

/// One labelled choice and its explanation.
public struct Choice: Equatable, Sendable {
  public let label: String
  public let text: [Inline]
  public var why: [Inline]?
  public let line: Int
}

/// How far a numeric answer may be from the key.
public enum Tolerance: Equatable, Sendable {
  case absolute(Double)
  /// A fraction of the key (10% is 0.1).
  case relative(Double)

  /// Whether `answer` is close enough to `key`.
  public func accepts(_ answer: Double, key: Double) -> Bool {
    switch self {
    case .absolute(let d): return abs(answer - key) <= d
    case .relative(let f): return abs(answer - key) <= f * abs(key)
    }
  }

  /// Reads `0.5` or `10%`.
  init?(_ text: String) {
    if text.hasSuffix("%") {
      guard let p = Double(String(text.dropLast()).trimmed), p >= 0 else { return nil }
      self = .relative(p / 100)
    } else {
      guard let d = Double(text), d >= 0 else { return nil }
      self = .absolute(d)
    }
  }
}

/// An experiment run that a predict or diagnose question needs.
public struct QuestionRun: Equatable, Sendable {
  /// The experiment id (the lesson's unless the question names another).
  public let experiment: String
  public let settings: [KnobAssignment]
  /// Steps to run; nil for the experiment's own default.
  public let steps: Int?
  public let seed: UInt64
  /// Series to chart (diagnose).
  public let show: [String]
}

/// A quiz question.
public struct Question: Equatable, Sendable {
  /// The stable id: progress and review schedules are keyed by it.
  public let id: String
  public let line: Int
  public let kind: QuestionKind
  public let prompt: [Inline]
  public let choices: [Choice]
  /// Choice labels that are right (single, multiple, diagnose).
  public let correctLabels: [String]
  /// The key of a true/false question.
  public let truth: Bool?
  /// The key of a numeric question.
  public let number: Double?
  public let tolerance: Tolerance?
  public let explanation: [Inline]?
  /// The run of a predict or diagnose question.
  public let run: QuestionRun?
  /// Predict: the expression whose value after the run is the answer.
  public let key: ReadoutExpression?
  /// Diagnose: a condition that must hold after the run.
  public let check: ReadoutExpression?
  /// What the author says the run gives (`true`, `false` or a number), checked by tests.
  public let expect: String?

  /// Whether the learner can see why an answer is right or wrong.
  public var isExplained: Bool {
    explanation != nil || (!choices.isEmpty && choices.allSatisfy { $0.why != nil })
  }
}
