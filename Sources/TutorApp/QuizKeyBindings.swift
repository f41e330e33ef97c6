// QuizKeyBindings: the keys of the quiz screen in each phase — answering (by the question's
// form), the live run, the verdict and the summary — for its footer and its help.

import Course

/// The quiz screen's keys as they are now.
func quizBindings(_ model: Model, quit: KeyBinding) -> [KeyBinding] {
  guard let quiz = model.quiz else { return [quit] }
  let help = KeyBinding([.literal("?")], .actionHelp, footer: .actionHelp)
  let scroll = KeyBinding([.upDown, .pageUpDown], .actionScroll)
  let scrollWithLetters = KeyBinding([.upDown, .literal("j"), .literal("k"), .pageUpDown], .actionScroll)
  let end = KeyBinding([.named(.keyEsc), .literal("q")], .actionEndQuiz, footer: .footerEnd)
  switch quiz.phase {
  case .asking:
    guard quiz.runError == nil, let question = quiz.question else {
      return [help, KeyBinding([.named(.keyEnter)], .actionNextQuestion, footer: .footerNext), scroll, end, quit]
    }
    return [help] + answerBindings(AnswerCheck.form(of: question)) + [scroll, end, quit]
  case .running:
    return [
      help, KeyBinding([.named(.keySpace), .named(.keyEnter), .literal("s")], .actionSkipRun, footer: .footerSkip),
      KeyBinding([.named(.keyEsc)], .actionEndQuiz, footer: .footerEnd), quit,
    ]
  case .answered:
    return [
      help, KeyBinding([.named(.keyEnter), .named(.keySpace)], .actionNextQuestion, footer: .footerNext),
      KeyBinding([.literal("l")], .actionOpenLesson, footer: .footerLesson), scrollWithLetters, end, quit,
    ]
  case .summary:
    // `dltutor quiz` ends with its summary; a quiz opened in the tutor goes back where it came from.
    guard quiz.exit != .quit else {
      return [help, scrollWithLetters,
        KeyBinding([.literal("q"), .named(.keyEsc), .literal("Q"), .control("C")], .actionQuit, footer: .actionQuit)]
    }
    return [help, scrollWithLetters, KeyBinding([.named(.keyEsc), .literal("q")], .actionLeaveQuiz, footer: .actionBack), quit]
  }
}

/// The keys that answer a question of `form`.
private func answerBindings(_ form: AnswerForm) -> [KeyBinding] {
  switch form {
  case .choices(let labels, let multiple):
    // Labels are usually one letter (a-d); the range reads shorter than the list.
    let letters = labels.count > 2 && labels.allSatisfy { $0.count == 1 }
      ? "\(labels.first ?? "")-\(labels.last ?? "")" : labels.joined(separator: " ")
    let keys: [KeyName] = [.literal(letters), .literal("1-\(labels.count)")]
    guard multiple else { return [KeyBinding(keys, .actionAnswerChoice, footer: .footerAnswer)] }
    return [
      KeyBinding(keys, .actionMarkChoice, footer: .footerMark),
      KeyBinding([.named(.keyEnter)], .actionSubmit, footer: .footerSubmit),
    ]
  case .truth:
    return [KeyBinding([.literal("t/f"), .literal("y/n")], .actionAnswerTruth, footer: .footerAnswer)]
  case .number:
    return [
      KeyBinding([.literal("0-9"), .literal("."), .literal("-")], .actionTypeNumber, footer: .footerType),
      KeyBinding([.named(.keyEnter)], .actionConfirmNumber, footer: .footerAnswer),
      KeyBinding([.named(.keyBackspace)], .actionErase, footer: .actionErase),
    ]
  }
}
