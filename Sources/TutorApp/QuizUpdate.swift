// QuizUpdate: the quiz's keys and frames — answering each kind of question, the live run of a
// predict question, the verdict saved at once, the missed questions again, the summary — and the
// ways in: `a` in a lesson, `r` on the course map, and `dltutor quiz`.

import Course
import Experiments
import Foundation

extension Model {
  /// Opens a quiz of `items` (nothing to ask: straight to its summary, saying `nothingToAsk`).
  public mutating func openQuiz(_ items: [ReviewItem], exit: QuizExit, seed: UInt64? = nil, nothingToAsk: String? = nil) {
    quiz = QuizState(items: items, exit: exit, seed: seed, nothingToAsk: nothingToAsk)
    screen = .quiz
    prepareQuestion()
  }

  /// Opens a review session as `dltutor quiz` chooses it: due questions first, then new ones from
  /// `scope`, at most `count`; with none, the summary says why.
  public mutating func openReview(scope: ReviewScope, count: Int, exit: QuizExit, seed: UInt64? = nil) {
    guard let course else { return }
    let items = ReviewPlan.select(course: course, progress: progress, now: now, scope: scope, count: count)
    let anyRead = course.lessons.contains { progress.hasRead($0.lesson.id) }
    let nothing = items.isEmpty ? nothingToAskText(scope, anyLessonRead: anyRead, strings) : nil
    openQuiz(items, exit: exit, seed: seed, nothingToAsk: nothing)
  }

  /// Sets up the question on screen: a diagnose question's run is made at once (its chart is
  /// part of the question); a predict question's experiment waits at step 0 for the prediction.
  mutating func prepareQuestion() {
    guard var quiz, let item = quiz.current, let question = quiz.question, question.kind.runsExperiment else { return }
    defer { self.quiz = quiz }
    do throws(ExperimentError) {
      let start = try QuestionRunner.start(question, lessonExperiment: item.lesson.experiment)
      let run = QuizRun(experiment: start.experiment, plannedSteps: start.steps, show: question.run?.show ?? [])
      if question.kind == .diagnose { start.experiment.run(steps: start.steps) }
      quiz.run = run
    } catch {
      quiz.runError = error.message
    }
  }
}

/// The summary's message when a session has nothing to ask in `scope`.
func nothingToAskText(_ scope: ReviewScope, anyLessonRead: Bool, _ strings: StringCatalog) -> String {
  switch scope {
  case .lesson(let id): return strings.format(.quizNothingInLesson, id)
  case .everything: return strings[.quizNothingAtAll]
  case .lessonsRead: return strings[anyLessonRead ? .quizNothingDue : .quizNothingRead]
  }
}

/// `r` on the course map: the due questions, then new ones from the lessons read; when there
/// is none, a notice on the map says so and when the next review is due.
func startReview(_ model: inout Model, _ course: Course) {
  let items = ReviewPlan.select(course: course, progress: model.progress, now: model.now, scope: .lessonsRead, count: 10)
  guard items.isEmpty else {
    model.openQuiz(items, exit: .back(.courseMap))
    return
  }
  let anyRead = course.lessons.contains { model.progress.hasRead($0.lesson.id) }
  var notice = nothingToAskText(.lessonsRead, anyLessonRead: anyRead, model.strings)
  if let next = nextReviewText(model) { notice += " " + next }
  model.mapNotice = notice
}

/// `a` in a lesson: every question of the lesson, in order.
func startLessonQuiz(_ model: inout Model, _ lesson: LessonState) -> Bool {
  let questions = ReviewPlan.all(in: lesson.entry.lesson, progress: model.progress)
  guard !questions.isEmpty else { return false }
  model.session?.running = false
  model.openQuiz(questions, exit: .back(.lesson))
  return true
}

/// "Next review: 2026-12-01 (in 2 days)." from the progress, or nil when nothing was answered.
func nextReviewText(_ model: Model) -> String? {
  guard let course = model.course, let next = ReviewPlan.nextDue(course: course, progress: model.progress, after: model.now)
  else { return nil }
  let formatter = DateFormatter()
  formatter.locale = Foundation.Locale(identifier: "en_US_POSIX")
  formatter.dateFormat = "yyyy-MM-dd"
  let days = Int((next.timeIntervalSince(model.now) / 86_400).rounded())
  let when = days <= 0 ? model.strings[.quizToday] : days == 1 ? model.strings[.quizTomorrow]
    : model.strings.format(.quizInDays, String(days))
  return model.strings.format(.quizNextReview, formatter.string(from: next), when)
}

/// The quiz screen's keys.
func quizKey(_ model: inout Model, _ key: Key) -> [Effect] {
  guard var quiz = model.quiz else {
    model.screen = model.course != nil ? .courseMap : .labMenu
    return []
  }
  quiz.notice = nil
  model.quiz = quiz
  if key == .char("?") {
    model.showingHelp = true
    return []
  }
  if scrollKey(&model, key, lettersScroll: !quiz.takesAnswerKeys) { return [] }
  switch quiz.phase {
  case .asking: return askingKey(&model, key)
  case .running:
    // Any of these shows the end of the run at once; Esc also ends the quiz after it.
    guard key == .enter || key == .char(" ") || key == .char("s") || key == .escape else { return [] }
    var effects = finishRun(&model)
    if key == .escape { effects += endQuiz(&model) }
    return effects
  case .answered:
    switch key {
    case .enter, .char(" "):
      nextQuestion(&model)
    case .char("l"):
      return visitLesson(&model)
    case .escape, .char("q"):
      return endQuiz(&model)
    default: break
    }
  case .summary:
    if key == .escape || key == .char("q") { return leaveQuiz(&model) }
  }
  return []
}

/// ↑↓ (and j/k when letters are not answers), PgUp/PgDn and Home/End scroll the text.
private func scrollKey(_ model: inout Model, _ key: Key, lettersScroll: Bool) -> Bool {
  guard var quiz = model.quiz else { return false }
  let layout = QuizLayout(model)
  let page = max(1, layout.textRows - 1)
  switch key {
  case .up: quiz.scroll -= 1
  case .down: quiz.scroll += 1
  case .char("k") where lettersScroll: quiz.scroll -= 1
  case .char("j") where lettersScroll: quiz.scroll += 1
  case .pageUp: quiz.scroll -= page
  case .pageDown: quiz.scroll += page
  case .home: quiz.scroll = 0
  case .end: quiz.scroll = layout.bottom
  default: return false
  }
  quiz.scroll = max(0, min(quiz.scroll, layout.bottom))
  model.quiz = quiz
  return true
}

/// Keys while a question waits for its answer.
private func askingKey(_ model: inout Model, _ key: Key) -> [Effect] {
  guard var quiz = model.quiz, let question = quiz.question else { return [] }
  if key == .escape { return endQuiz(&model) }
  if quiz.runError != nil {
    // The experiment could not run: nothing to answer, so Enter moves on and nothing is saved.
    if key == .enter || key == .char(" ") { nextQuestion(&model) }
    return []
  }
  switch AnswerCheck.form(of: question) {
  case .choices(let labels, let multiple):
    let picked = choiceLabel(for: key, labels: labels)
    if !multiple {
      if let picked { return submit(&model, .labels([picked])) }
      if key == .char("q") { return endQuiz(&model) }
      return []
    }
    if let picked {
      if let at = quiz.marked.firstIndex(of: picked) { quiz.marked.remove(at: at) } else { quiz.marked.append(picked) }
      model.quiz = quiz
      return []
    }
    if key == .enter {
      guard !quiz.marked.isEmpty else {
        quiz.notice = model.strings[.quizMarkFirst]
        model.quiz = quiz
        return []
      }
      return submit(&model, .labels(labels.filter(quiz.marked.contains)))
    }
    if key == .char("q") { return endQuiz(&model) }
  case .truth:
    switch key {
    case .char("t"), .char("T"), .char("y"), .char("Y"): return submit(&model, .truth(true))
    case .char("f"), .char("F"), .char("n"), .char("N"): return submit(&model, .truth(false))
    case .char("q"): return endQuiz(&model)
    default: break
    }
  case .number:
    switch key {
    case .char(let c) where c.isNumber || "+-.,eE".contains(c):
      // A decimal comma is read as a point: 0,5 is a number to most of the world.
      quiz.typed.append(c == "," ? "." : c)
    case .backspace, .delete:
      if !quiz.typed.isEmpty { quiz.typed.removeLast() }
    case .enter:
      guard let answer = AnswerCheck.read(quiz.typed, form: .number) else {
        quiz.notice = model.strings.format(.quizNotANumber, quiz.typed)
        model.quiz = quiz
        return []
      }
      return submit(&model, answer)
    case .char("q"):
      return endQuiz(&model)
    default: break
    }
    model.quiz = quiz
  }
  return []
}

/// The label `key` picks: the label itself (any case) or its position from 1.
private func choiceLabel(for key: Key, labels: [String]) -> String? {
  guard case .char(let c) = key else { return nil }
  if let match = labels.first(where: { $0.lowercased() == String(c).lowercased() }) { return match }
  if let n = c.wholeNumberValue, (1...labels.count).contains(n) { return labels[n - 1] }
  return nil
}

/// Takes the answer: a predict question's run starts now (judged when it ends); the others are
/// judged and saved at once.
private func submit(_ model: inout Model, _ answer: Answer) -> [Effect] {
  guard var quiz = model.quiz, let question = quiz.question else { return [] }
  quiz.answer = answer
  if question.kind == .predict {
    quiz.phase = .running
    model.quiz = quiz
    return []
  }
  model.quiz = quiz
  return judge(&model)
}

/// One frame of a predict question's live run; at its end the prediction is judged.
func quizFrame(_ model: inout Model, maxSteps: Int) -> [Effect] {
  guard let quiz = model.quiz, quiz.phase == .running, let run = quiz.run else { return [] }
  let before = run.experiment.stepCount
  run.experiment.run(steps: min(max(1, min(run.stepsForNextFrame, maxSteps)), run.plannedSteps - before))
  model.quiz?.run?.frames += 1
  model.countSteps(run.experiment.stepCount - before)
  return run.isDone ? judge(&model) : []
}

/// Runs what is left of a predict question's run at once and judges the prediction.
private func finishRun(_ model: inout Model) -> [Effect] {
  guard let run = model.quiz?.run else { return [] }
  let before = run.experiment.stepCount
  run.experiment.run(steps: run.plannedSteps - before)
  model.countSteps(run.experiment.stepCount - before)
  return judge(&model)
}

/// Judges the answer given (a predict question against what its run computed, exactly as
/// `QuestionRunner` evaluates it), saves it, and scrolls the verdict into view.
private func judge(_ model: inout Model) -> [Effect] {
  guard var quiz = model.quiz, let item = quiz.current, let question = quiz.question, let answer = quiz.answer
  else { return [] }
  if question.kind == .predict, let run = quiz.run {
    quiz.computed = QuestionRunner.outcome(of: question, after: run.experiment).key
  }
  let correct = AnswerCheck.isCorrect(answer, for: question, computed: quiz.computed)
  quiz.judged(correct: correct)
  model.quiz = quiz
  let layout = QuizLayout(model)
  if let verdict = layout.content.verdictLine, verdict >= quiz.scroll + layout.textRows {
    quiz.scroll = min(layout.bottom, max(0, verdict - 1))
    model.quiz = quiz
  }
  return [model.record(.answer(question: question.id, lesson: item.lesson.id, answer: answer.normalized, correct: correct))]
}

private func nextQuestion(_ model: inout Model) {
  guard var quiz = model.quiz else { return }
  let more = quiz.moveOn()
  model.quiz = quiz
  if more { model.prepareQuestion() }
}

/// Esc during the questions: straight to the summary (every answer is already saved).
private func endQuiz(_ model: inout Model) -> [Effect] {
  model.quiz?.end()
  return []
}

/// Esc or q on the summary: back where the quiz came from, or out of `dltutor quiz`.
private func leaveQuiz(_ model: inout Model) -> [Effect] {
  guard let quiz = model.quiz else { return [] }
  model.quiz = nil
  switch quiz.exit {
  case .quit:
    model.quitting = true
    return [.quit]
  case .back(let screen):
    model.screen = screen == .lesson && model.lesson == nil ? .courseMap : screen
    return []
  }
}

/// `l` after an answer: the question's lesson opens; Esc there comes back to the quiz.
private func visitLesson(_ model: inout Model) -> [Effect] {
  guard let id = model.quiz?.current?.lesson.id, let entry = model.course?.lesson(id) else { return [] }
  model.quiz?.visitingLesson = true
  return openLesson(&model, entry)
}
