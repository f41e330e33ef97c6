// QuestionRunner: runs the experiment of a predict-then-run or diagnose-this-curve question with
// the question's knobs, steps and seed, and evaluates its key and check on the final readouts.
// The start and the evaluation are separate so the app can step the run itself, live on screen.

import Experiments

/// What a question's run computed.
public struct QuestionOutcome {
  /// The experiment after the run (its series are what a diagnose question charts).
  public let experiment: any Experiment
  /// The key's value: the answer of a predict question.
  public let key: ReadoutExpression.Value?
  /// Whether a diagnose question's check held.
  public let check: Bool?

  /// Whether the run agrees with what the author wrote in `expect` (true when nothing is expected).
  public func agrees(with question: Question) -> Bool {
    guard let expect = question.expect else { return true }
    switch (question.kind, key, check) {
    case (.predict, .condition(let b)?, _): return String(b) == expect
    case (.predict, .number(let v)?, _):
      guard let expected = Double(expect) else { return false }
      return (question.tolerance ?? .absolute(0)).accepts(expected, key: v)
    case (.diagnose, _, let c?): return String(c) == expect
    default: return false
    }
  }
}

/// A question's experiment at step 0, and how many steps its run takes.
public struct QuestionStart {
  public let experiment: any Experiment
  /// The steps to run (the run stops earlier when its status becomes final).
  public let steps: Int
}

public enum QuestionRunner {
  /// Runs `question`'s experiment (the lesson's, `lessonExperiment`, unless it names another).
  public static func run(_ question: Question, lessonExperiment: String?) throws(ExperimentError) -> QuestionOutcome {
    let start = try self.start(question, lessonExperiment: lessonExperiment)
    start.experiment.run(steps: start.steps)
    return outcome(of: question, after: start.experiment)
  }

  /// Sets up `question`'s experiment with its knobs and seed, without stepping it.
  public static func start(_ question: Question, lessonExperiment: String?) throws(ExperimentError) -> QuestionStart {
    guard let spec = question.run else { throw ExperimentError("question \(question.id) runs no experiment") }
    let id = spec.experiment.isEmpty ? (lessonExperiment ?? "") : spec.experiment
    let type = try ExperimentCatalog.named(id)
    let settings = try type.settings(spec.settings.map(\.text))
    let experiment = try type.init(settings: settings, seed: spec.seed)
    return QuestionStart(experiment: experiment, steps: spec.steps ?? type.plannedSteps(for: experiment.settings))
  }

  /// The key and check of `question` evaluated on `experiment` as it is now (after its run).
  public static func outcome(of question: Question, after experiment: any Experiment) -> QuestionOutcome {
    var check: Bool?
    if case .condition(let c)? = question.check?.evaluate(experiment) { check = c }
    return QuestionOutcome(experiment: experiment, key: question.key?.evaluate(experiment), check: check)
  }
}
