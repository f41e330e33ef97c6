// QuizStrings+English: the English catalog of the quiz and progress words.

import Foundation

extension QuizStrings {
  /// English.
  public static let english = QuizStrings(
    sessionHeader: { total, due, new in
      "Quiz: \(plural(total, "question")) (\(due) due for review, \(new) new)."
    },
    howToAnswer: "Type your answer and press Enter; Ctrl-D ends the session (answers so far are saved).",
    questionHeading: { n, total, lesson, id in "Question \(n) of \(total) · lesson \(lesson) · \(id)" },
    againHeading: { lesson, id in "Again · lesson \(lesson) · \(id)" },
    againIntro: "Once more, the questions you missed:",
    prompt: { form in "Answer (\(expected(form))): " },
    predictPrompt: { form in "Your prediction (\(expected(form))): " },
    unreadable: { form in "Please answer with \(expected(form))." },
    running: { experiment, settings, seed in
      "Running \(experiment)" + (settings.isEmpty ? "" : " with " + settings.joined(separator: " ")) + ", seed \(seed)…"
    },
    computed: { value, readouts in
      "The run gives: \(value)" + (readouts.isEmpty ? "" : " (" + readouts.map { "\($0.name) = \(formatNumber($0.value))" }.joined(separator: ", ") + ")")
    },
    runFailed: { "The experiment could not run: \($0)" },
    number: formatNumber,
    right: "Right.",
    wrong: "Wrong.",
    theAnswerIs: { "The answer is \($0)." },
    revisit: { id, title in "Revisit the lesson \"\(title)\": dltutor read \(id)" },
    score: { right, answered in "Score: \(right) of \(answered) right." },
    weakLessons: { lessons in
      "To review: " + lessons.map { "\($0.lesson) (\($0.wrong) of \($0.answered) wrong)" }.joined(separator: ", ")
    },
    nextReview: { date, days in
      "Next review: \(date)" + (days <= 0 ? " (today)." : days == 1 ? " (tomorrow)." : " (in \(days) days).")
    },
    nothingToAsk: { scope, anyRead in
      switch scope {
      case .lesson(let id): return "Nothing to ask in lesson \(id) now: every question is answered and none is due."
      case .everything: return "Nothing to ask now: every question is answered and none is due."
      case .lessonsRead:
        return anyRead
          ? "Nothing is due now, and every question of the lessons you have read is answered. Try --lesson ID or --all."
          : "No lesson read yet, so nothing to review. Take a lesson's questions with --lesson ID, or all of them with --all."
      }
    },
    endedEarly: { "Input ended: \(plural($0, "answer")) saved." },
    warning: englishWarning,
    exportHeader: ["question", "lesson", "answer", "correct", "time"],
    exported: { count, path in "Wrote \(plural(count, "answer")) to \(path)." },
    cannotWrite: { path, reason in "cannot write \(path): \(reason)" },
    progressFile: { "Progress file: \($0)" },
    noProgress: "No progress yet.",
    lessonLine: { id, finished, line, knobs in
      var parts = [finished ? "finished" : "started"]
      if let line { parts.append("at line \(line)") }
      if !knobs.isEmpty { parts.append("knobs " + knobs.joined(separator: " ")) }
      return "  \(id): " + parts.joined(separator: ", ")
    },
    quizLine: { id, answered, right, due in
      "  \(id): quiz \(answered) answered, \(right) right the last time, \(due) due now"
    },
    questionTotals: { answered, right, due in
      "Questions: \(answered) answered, \(right) right the last time, \(due) due now."
    },
    confirmReset: { lesson, path in
      (lesson.map { "Forget your progress in lesson \($0)" } ?? "Forget all your progress") + " (\(path))? [y/N] "
    },
    resetDone: { lesson in lesson.map { "Progress in lesson \($0) reset." } ?? "All progress reset." },
    resetCancelled: "Nothing reset.",
    resetNeedsConfirmation: "reset needs confirmation: run it in a terminal, or add --yes"
  )
}

private func plural(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }

/// A number as the learner would write it: whole numbers without a fraction, others to 4 significant digits.
private func formatNumber(_ v: Double) -> String {
  if v.rounded() == v && abs(v) < 1e15 { return String(Int64(v)) }
  return String(format: "%.4g", v)
}

private func expected(_ form: AnswerForm) -> String {
  switch form {
  case .choices(let labels, let multiple):
    let list = labels.count <= 1 ? labels.joined() : labels.dropLast().joined(separator: ", ") + " or " + (labels.last ?? "")
    return multiple ? "one or more of \(list), separated by commas" : list
  case .truth: return "true or false"
  case .number: return "a number"
  }
}

private func englishWarning(_ warning: ProgressWarning) -> String {
  func problem(_ p: ProgressWarning.Problem) -> String {
    switch p {
    case .corrupt: return "it is not a valid progress file"
    case .newerVersion(let v): return "it was written by a newer dltutor (format \(v))"
    case .unreadable(let reason): return "it cannot be read (\(reason))"
    }
  }
  switch warning {
  case .keptAside(let path, let aside, let p):
    return "warning: progress file \(path) was kept aside as \(aside) because \(problem(p)); starting fresh"
  case .cannotMoveAside(let path, let p, let reason):
    return "warning: progress file \(path) is unusable because \(problem(p)), and cannot be moved aside (\(reason)); this session will not be saved"
  case .cannotSave(let path, let reason):
    return "warning: cannot save progress to \(path) (\(reason)); this session will not be saved"
  }
}
