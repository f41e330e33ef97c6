// QuizFixtures: a one-lesson course with a question of every kind, and models on its quiz in
// known states for the quiz's update, view and snapshot tests.

import Course
import Experiments
import Foundation
@testable import TutorApp

/// A course whose one lesson, `quizzing`, asks one question of each kind, in this order: single,
/// multiple, true-false, numeric (with a tolerance), predict (a condition), predict (a number),
/// diagnose; a second lesson, `quiet`, with none; and a third, `refused`, whose one question's run
/// cannot start.
let quizCourse: Course = {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tutorapp-quiz-course-\(getpid())").path
  let quizzing = """
    ---
    id: quizzing
    title: Questions about perceptrons
    order: 1
    covers: 2.1.1
    experiment: perceptron
    minutes: 5
    ---

    ## Lines

    A perceptron draws a line and moves it after every mistake.

    ::: question q-single
    kind: single
    prompt: Who made a neuron model that *learns* its weights?
    choice a: McCulloch and Pitts, 1943
    why a: Their neuron had fixed weights; it did not learn.
    choice b: Rosenblatt, 1958
    why b: Right: his rule changes the weights after every mistake.
    choice c: Minsky and Papert, 1969
    why c: They studied the perceptron's limits.
    answer: b
    :::

    ::: question q-multiple
    kind: multiple
    prompt: Which of these can one perceptron learn? Choose all that apply.
    choice a: AND
    choice b: OR
    choice c: XOR
    answer: a, b
    explain: AND and OR are each split by one line; XOR is not.
    :::

    ::: question q-true-false
    kind: true-false
    prompt: The neuron of 1943 learned its weights from examples.
    answer: false
    explain: Its weights were set by hand.
    :::

    ::: question q-numeric
    kind: numeric
    prompt: How many binary inputs does XOR take?
    answer: 2
    tolerance: 0.5
    explain: Two: XOR is true when exactly one of them is.
    :::

    ::: question q-predict
    kind: predict
    prompt: On separable data with margin 0.1, will the mistakes stay within Novikoff's bound?
    set: dataset=separable margin=0.1 points=60
    key: readout mistakes <= readout bound
    expect: true
    explain: The theorem guarantees it whenever the data are separable.
    :::

    ::: question q-predict-number
    kind: predict
    prompt: With learning rate 10 instead of 1, how many mistakes until it converges?
    set: dataset=separable lr=10
    key: readout mistakes
    tolerance: 0
    expect: 13
    explain: From zero weights a larger rate only scales the line, so the mistakes are the same.
    :::

    ::: question q-diagnose
    kind: diagnose
    prompt: These are the points on the wrong side after each update. What is wrong?
    set: dataset=xor max_epochs=5
    show: errors
    check: status == never-converges
    expect: true
    choice a: The learning rate is too high
    why a: The learning rate only scales the weights.
    choice b: No straight line separates these classes
    why b: Right: this is XOR, so the rule never stops.
    answer: b
    :::
    """
  let quiet = """
    ---
    id: quiet
    title: A lesson without questions
    order: 2
    covers: 1.1
    experiment: none
    minutes: 2
    ---

    Nothing to ask here.
    """
  // A question whose run the experiment refuses (the linter would report it; the quiz must cope).
  let refused = """
    ---
    id: refused
    title: A run that cannot start
    order: 3
    covers: 1.1
    experiment: perceptron
    minutes: 2
    ---

    The question below asks for a margin the perceptron refuses.

    ::: question q-refused
    kind: predict
    prompt: Will it converge?
    set: margin=99
    key: status == converged
    explain: It cannot start.
    :::
    """
  try? FileManager.default.createDirectory(atPath: folder + "/en", withIntermediateDirectories: true)
  try? refused.write(toFile: folder + "/en/refused.md", atomically: true, encoding: .utf8)
  try? quizzing.write(toFile: folder + "/en/quizzing.md", atomically: true, encoding: .utf8)
  try? quiet.write(toFile: folder + "/en/quiet.md", atomically: true, encoding: .utf8)
  return Course.load(folder: folder)
}()

/// 2026-06-01 12:00 UTC: the same calendar day in every time zone within twelve hours of UTC.
let quizNow = Date(timeIntervalSince1970: 1_780_315_200)

/// A model on the map of `quizCourse` at `quizNow`.
func modelWithQuizCourse(width: Int = 80, height: Int = 24) -> Model {
  var model = Model(width: width, height: height, course: quizCourse)
  model.now = quizNow
  return model
}

/// A model on the `quizzing` lesson's quiz, opened with `a` in the lesson, at its first question.
func modelOnLessonQuiz(width: Int = 80, height: Int = 24) -> Model {
  var model = modelWithQuizCourse(width: width, height: height)
  press(&model, .enter, .char("a"))
  return model
}

/// A model on a quiz of just the questions `ids` of `quizzing`, in that order.
func modelOnQuiz(_ ids: [String], exit: QuizExit = .back(.courseMap), width: Int = 80, height: Int = 24) -> Model {
  var model = modelWithQuizCourse(width: width, height: height)
  let all = ReviewPlan.all(in: quizCourse.lessons[0].lesson, progress: model.progress)
  model.openQuiz(ids.compactMap { id in all.first { $0.question.id == id } }, exit: exit)
  return model
}

/// Steps a running predict question frame by frame until it is judged; returns the frames' effects.
func runToTheEnd(_ model: inout Model, maxSteps: Int = 1000) -> [Effect] {
  var effects: [Effect] = []
  for _ in 0..<10_000 where model.quiz?.phase == .running { effects += update(&model, .frame(maxSteps: maxSteps)) }
  return effects
}

/// The quiz screens the snapshots and invariants cover, by name.
func quizScreens(width: Int, height: Int) -> [(name: String, model: Model)] {
  let question = modelOnLessonQuiz(width: width, height: height)
  var feedback = question
  press(&feedback, .char("a"))
  var predict = modelOnQuiz(["q-predict"], width: width, height: height)
  press(&predict, .char("t"))
  for _ in 0..<3 { _ = update(&predict, .frame(maxSteps: 1000)) }
  var diagnose = modelOnQuiz(["q-diagnose"], width: width, height: height)
  press(&diagnose, .char("b"))
  var summary = modelOnQuiz(["q-single", "q-true-false", "q-numeric"], width: width, height: height)
  press(&summary, .char("a"), .enter, .char("f"), .enter, .char("2"), .enter, .enter, .char("b"), .enter)
  return [("quiz-question", question), ("quiz-feedback", feedback), ("quiz-predict-run", predict),
    ("quiz-diagnose", diagnose), ("quiz-summary", summary)]
}
