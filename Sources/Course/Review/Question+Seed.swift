// Question+Seed: a predict or diagnose question with its run's seed replaced, for `--seed N`
// (a teacher gives every student the same generated charts, different from the author's).

extension Question {
  /// The question with its run's seed set to `seed` (unchanged when nil or when it runs nothing).
  public func reseeded(_ seed: UInt64?) -> Question {
    guard let seed, let run else { return self }
    return Question(
      id: id, line: line, kind: kind, prompt: prompt, choices: choices, correctLabels: correctLabels, truth: truth,
      number: number, tolerance: tolerance, explanation: explanation,
      run: QuestionRun(experiment: run.experiment, settings: run.settings, steps: run.steps, seed: seed, show: run.show),
      key: key, check: check, expect: expect)
  }
}
