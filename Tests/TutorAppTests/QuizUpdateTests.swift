// QuizUpdateTests: the quiz's keys and frames — each kind of question answered, the answer saved
// at once, a predict run stepped live to its computed answer, the missed questions again, the
// summary, and the ways in and out (a in a lesson, r on the map, l to the lesson and back).

import Course
import Experiments
import Foundation
import Testing
@testable import TutorApp

/// The save effect of an answer to a question of the `quizzing` lesson.
private func saved(_ question: String, _ answer: String, correct: Bool) -> Effect {
  .save(.answer(question: question, lesson: "quizzing", answer: answer, correct: correct))
}

@Suite struct QuizAnswerTests {
  @Test func aInALessonOpensAllItsQuestionsInOrder() throws {
    let model = modelOnLessonQuiz()
    #expect(model.screen == .quiz)
    let quiz = try #require(model.quiz)
    #expect(quiz.items.map(\.question.id) == [
      "q-single", "q-multiple", "q-true-false", "q-numeric", "q-predict", "q-predict-number", "q-diagnose",
    ])
    #expect(quiz.exit == .back(.lesson))
    #expect(quiz.phase == .asking)
    #expect(model.isTypingText, "letters answer the question, so d and p must not open other screens")
  }

  @Test func aSingleChoiceIsAnsweredByItsLetterAndSavedAtOnce() throws {
    var model = modelOnQuiz(["q-single"])
    let effects = press(&model, .char("b"))
    #expect(effects == [saved("q-single", "b", correct: true)])
    #expect(model.quiz?.phase == .answered)
    #expect(model.quiz?.correct == true)
    #expect(model.progress.answers["q-single"]?.map(\.correct) == [true])
    #expect(!model.isTypingText)
  }

  @Test func aSingleChoiceIsAnsweredByItsNumberAndOtherKeysDoNothing() {
    var model = modelOnQuiz(["q-single"])
    #expect(press(&model, .char("x"), .char("9"), .enter).isEmpty)
    #expect(model.quiz?.phase == .asking)
    let effects = press(&model, .char("1"))
    #expect(effects == [saved("q-single", "a", correct: false)])
    #expect(model.quiz?.correct == false)
  }

  @Test func multipleAnswersToggleAndEnterSubmits() {
    var model = modelOnQuiz(["q-multiple"])
    #expect(press(&model, .enter).isEmpty)
    #expect(model.quiz?.notice == model.strings[.quizMarkFirst])
    press(&model, .char("b"), .char("c"), .char("3"), .char("1"))
    #expect(model.quiz?.marked == ["b", "a"])
    #expect(model.quiz?.phase == .asking)
    let effects = press(&model, .enter)
    #expect(effects == [saved("q-multiple", "a,b", correct: true)])
    #expect(model.quiz?.correct == true)
  }

  @Test func trueFalseTakesTAndFOrYAndN() {
    var right = modelOnQuiz(["q-true-false"])
    #expect(press(&right, .char("n")) == [saved("q-true-false", "false", correct: true)])
    var wrong = modelOnQuiz(["q-true-false"])
    #expect(press(&wrong, .char("t")) == [saved("q-true-false", "true", correct: false)])
    var other = modelOnQuiz(["q-true-false"])
    #expect(press(&other, .char("a"), .char("1")).isEmpty)
    #expect(other.quiz?.phase == .asking)
  }

  @Test func aNumberIsTypedThenEnteredAndJudgedWithTheTolerance() {
    var model = modelOnQuiz(["q-numeric"])
    press(&model, .char("2"), .char("x"), .char(","), .char("4"))
    #expect(model.quiz?.typed == "2.4")
    #expect(model.isTypingText)
    let effects = press(&model, .enter)
    #expect(effects == [saved("q-numeric", "2.4", correct: true)])
    var outside = modelOnQuiz(["q-numeric"])
    press(&outside, .char("3"), .backspace, .char("2"), .char("."), .char("6"))
    #expect(press(&outside, .enter) == [saved("q-numeric", "2.6", correct: false)])
  }

  @Test func somethingThatIsNotANumberIsRefusedAndNothingSaved() {
    var model = modelOnQuiz(["q-numeric"])
    press(&model, .char("-"), .char("-"))
    #expect(press(&model, .enter).isEmpty)
    #expect(model.quiz?.phase == .asking)
    #expect(model.quiz?.notice?.contains("is not a number") == true)
    #expect(model.progress.answers.isEmpty)
  }

  @Test func aPredictionRunsTheExperimentLiveAndIsJudgedOnWhatItComputed() throws {
    var model = modelOnQuiz(["q-predict"])
    let experiment = try #require(model.quiz?.run?.experiment)
    #expect(experiment.stepCount == 0, "the run waits for the prediction")
    #expect(press(&model, .char("t")).isEmpty, "nothing is saved before the run ends")
    #expect(model.quiz?.phase == .running)
    #expect(model.isAnimating)
    #expect(!model.isTypingText)
    _ = update(&model, .frame(maxSteps: 1000))
    let afterOne = experiment.stepCount
    #expect(afterOne > 0 && model.quiz?.phase == .running, "one frame shows the start, not the end")
    let effects = runToTheEnd(&model)
    #expect(effects == [saved("q-predict", "true", correct: true)])
    #expect(model.quiz?.phase == .answered)
    #expect(model.quiz?.computed == .condition(true))
    #expect(!model.isAnimating)
    // The same as the headless run of the question.
    let question = try #require(quizCourse.lessons[0].lesson.questions.first { $0.id == "q-predict" })
    let headless = try QuestionRunner.run(question, lessonExperiment: "perceptron")
    #expect(headless.experiment.stepCount == experiment.stepCount)
    #expect(headless.experiment.readout("mistakes") == experiment.readout("mistakes"))
  }

  @Test func aKeySkipsTheRunToItsEndAndANumberPredictionIsJudgedWithTheTolerance() throws {
    var model = modelOnQuiz(["q-predict-number"])
    press(&model, .char("1"), .char("3"), .enter)
    #expect(model.quiz?.phase == .running)
    let effects = press(&model, .char(" "))
    #expect(effects == [saved("q-predict-number", "13", correct: true)])
    #expect(model.quiz?.computed == .number(13))
    let run = try #require(model.quiz?.run)
    #expect(run.isDone)
  }

  @Test func aDiagnoseQuestionHasItsRunMadeWhenItOpens() throws {
    var model = modelOnQuiz(["q-diagnose"])
    let run = try #require(model.quiz?.run)
    #expect(run.isDone)
    #expect(run.experiment.status.state == .neverConverges)
    #expect(run.show == ["errors"])
    #expect(press(&model, .char("a")) == [saved("q-diagnose", "a", correct: false)])
  }

  @Test func aQuestionWhoseRunCannotStartSaysWhyAndIsSkippedUnsaved() throws {
    var model = modelWithQuizCourse()
    model.openQuiz(ReviewPlan.all(in: quizCourse.lessons[2].lesson, progress: model.progress), exit: .back(.courseMap))
    let error = try #require(model.quiz?.runError)
    #expect(error.contains("margin"))
    #expect(!model.isTypingText)
    #expect(view(model, width: 80, height: 24, charset: .unicode).text.contains("The experiment could not run"))
    #expect(press(&model, .char("t"), .enter).isEmpty)
    #expect(model.quiz?.phase == .summary)
    #expect(model.quiz?.results.isEmpty == true)
    #expect(model.quiz?.endedEarly == false)
  }

  @Test func aFixedSeedReplacesEveryQuestionsOwn() throws {
    var model = modelWithQuizCourse()
    model.openReview(scope: .lesson("quizzing"), count: 100, exit: .quit, seed: 7)
    press(&model, .char("b"), .enter, .char("a"), .enter, .enter, .char("f"), .enter, .char("2"), .enter, .enter)
    #expect(model.quiz?.question?.id == "q-predict")
    #expect(model.quiz?.run?.experiment.seed == 7)
    #expect(model.quiz?.items[4].question.run?.seed == 1, "the question itself keeps its own seed")
  }
}

@Suite struct QuizSessionTests {
  @Test func missedQuestionsComeBackOnceAtTheEnd() throws {
    var model = modelOnQuiz(["q-single", "q-true-false"])
    var effects = press(&model, .char("a"), .enter, .char("f"), .enter)
    #expect(model.quiz?.isRepeat == true)
    #expect(model.quiz?.question?.id == "q-single")
    effects += press(&model, .char("c"), .enter)
    #expect(model.quiz?.phase == .summary, "a question missed again does not come back a third time")
    #expect(effects == [
      saved("q-single", "a", correct: false),
      saved("q-true-false", "false", correct: true),
      saved("q-single", "c", correct: false),
    ])
    let quiz = try #require(model.quiz)
    #expect(quiz.results.map(\.correct) == [false, true], "the score counts first tries only")
    #expect(model.progress.answers["q-single"]?.count == 2)
  }

  @Test func theSummaryGivesTheScoreTheWeakLessonsAndTheNextReview() {
    var model = modelOnQuiz(["q-single", "q-true-false"])
    press(&model, .char("a"), .enter, .char("f"), .enter, .char("b"), .enter)
    #expect(model.quiz?.phase == .summary)
    let text = view(model, width: 100, height: 30, charset: .unicode).text
    #expect(text.contains("Score: 1 of 2 right."))
    #expect(text.contains("To review: quizzing (1 of 2 wrong)"))
    #expect(text.contains("Next review: 2026-06-02 (tomorrow)."))
    #expect(text.contains("✗ wrong  Who made a neuron model"))
    #expect(text.contains("✓ right  The neuron of 1943"))
  }

  @Test func escOnTheSummaryGoesBackWhereTheQuizCameFrom() {
    var model = modelOnLessonQuiz()
    press(&model, .escape)
    #expect(model.quiz?.phase == .summary)
    #expect(model.quiz?.endedEarly == true)
    #expect(press(&model, .escape).isEmpty)
    #expect(model.screen == .lesson)
    #expect(model.quiz == nil)
  }

  @Test func skippingTheRepeatOfAMissedQuestionIsNotEndingEarly() {
    var model = modelOnQuiz(["q-single", "q-true-false"])
    press(&model, .char("a"), .enter, .char("f"), .enter)
    #expect(model.quiz?.isRepeat == true)
    press(&model, .escape)
    #expect(model.quiz?.phase == .summary)
    #expect(model.quiz?.endedEarly == false)
    var early = modelOnQuiz(["q-single", "q-true-false"])
    press(&early, .char("a"), .escape)
    #expect(early.quiz?.endedEarly == true)
    var asking = modelOnQuiz(["q-single", "q-true-false"])
    press(&asking, .char("a"), .enter, .escape)
    #expect(asking.quiz?.endedEarly == true)
  }

  @Test func theQuizOnItsOwnQuitsFromItsSummary() {
    var model = modelOnQuiz(["q-true-false"], exit: .quit)
    press(&model, .char("f"), .enter)
    #expect(model.quiz?.phase == .summary)
    #expect(model.quiz?.endedEarly == false)
    #expect(press(&model, .char("q")) == [.quit])
    #expect(model.quitting)
  }

  @Test func ctrlCAndCapitalQQuitMidQuestion() {
    var model = modelOnQuiz(["q-numeric"], exit: .quit)
    press(&model, .char("4"))
    #expect(press(&model, .control("c")) == [.quit])
    var other = modelOnQuiz(["q-single"])
    #expect(press(&other, .char("Q")) == [.quit])
  }

  @Test func escDuringARunFinishesItSavesTheAnswerAndEnds() {
    var model = modelOnQuiz(["q-predict", "q-single"])
    press(&model, .char("f"))
    let effects = press(&model, .escape)
    #expect(effects == [saved("q-predict", "false", correct: false)])
    #expect(model.quiz?.phase == .summary)
    #expect(model.quiz?.endedEarly == true)
  }

  @Test func lOpensTheLessonAndEscThereComesBackToTheQuiz() {
    var model = modelOnQuiz(["q-single", "q-true-false"])
    press(&model, .char("b"), .char("l"))
    #expect(model.screen == .lesson)
    #expect(model.lesson?.entry.lesson.id == "quizzing")
    #expect(keyBindings(for: model).contains { $0.action == .actionBackToQuiz })
    press(&model, .down, .escape)
    #expect(model.screen == .quiz)
    #expect(model.quiz?.phase == .answered)
    press(&model, .enter)
    #expect(model.quiz?.question?.id == "q-true-false")
    // Once back, Esc in a lesson goes to the map again.
    press(&model, .escape, .escape, .enter, .escape)
    #expect(model.screen == .courseMap)
  }

  @Test func aLessonWithoutQuestionsSaysSo() {
    var model = modelWithQuizCourse()
    press(&model, .down, .enter, .char("a"))
    #expect(model.screen == .lesson)
    #expect(model.lesson?.notice == model.strings[.quizNoQuestions])
  }

  @Test func theEndOfALessonSaysWhichKeyAsksItsQuestions() throws {
    let model = modelWithQuizCourse()
    let lines = lessonLines(quizCourse.lessons[0], width: 70, charset: .unicode, strings: model.strings).map(\.plainText)
    #expect(lines.last == "Press a to answer this lesson's 7 questions.")
    let quiet = lessonLines(quizCourse.lessons[1], width: 70, charset: .unicode, strings: model.strings).map(\.plainText)
    #expect(!quiet.contains { $0.contains("Press a") })
  }
}

@Suite struct QuizReviewTests {
  @Test func rOnTheMapWithNothingReadSaysSo() {
    var model = modelWithQuizCourse()
    press(&model, .char("r"))
    #expect(model.screen == .courseMap)
    #expect(model.mapNotice == model.strings[.quizNothingRead])
    #expect(view(model, width: 80, height: 24, charset: .unicode).text.contains("No lesson read yet"))
    press(&model, .down)
    #expect(model.mapNotice == nil)
  }

  @Test func rReviewsTheNewQuestionsOfTheLessonsRead() throws {
    var model = modelWithQuizCourse()
    model.progress.setPosition("quizzing", line: 0, at: quizNow)
    press(&model, .char("r"))
    #expect(model.screen == .quiz)
    let quiz = try #require(model.quiz)
    #expect(quiz.items.count == 7)
    #expect(quiz.exit == .back(.courseMap))
    press(&model, .escape, .escape)
    #expect(model.screen == .courseMap)
  }

  @Test func rWithEverythingAnsweredSaysWhenTheNextReviewIsDue() {
    var model = modelWithQuizCourse()
    model.progress.setPosition("quizzing", line: 0, at: quizNow)
    for question in quizCourse.lessons[0].lesson.questions {
      ProgressChange.answer(question: question.id, lesson: "quizzing", answer: "x", correct: true)
        .apply(to: &model.progress, at: quizNow.addingTimeInterval(-3600))
    }
    press(&model, .char("r"))
    #expect(model.screen == .courseMap)
    #expect(model.mapNotice?.hasPrefix(model.strings[.quizNothingDue]) == true)
    #expect(model.mapNotice?.hasSuffix("Next review: 2026-06-04 (in 3 days).") == true)
  }

  @Test func aDueQuestionComesFirst() throws {
    var model = modelWithQuizCourse()
    model.progress.setPosition("quizzing", line: 0, at: quizNow)
    ProgressChange.answer(question: "q-diagnose", lesson: "quizzing", answer: "a", correct: false)
      .apply(to: &model.progress, at: quizNow.addingTimeInterval(-2 * 86_400))
    press(&model, .char("r"))
    let quiz = try #require(model.quiz)
    #expect(quiz.items.first?.question.id == "q-diagnose")
    #expect(quiz.items.count == 7)
  }

  @Test func theQuizCommandsNothingToAskOpensTheSummaryWithTheReason() {
    var model = modelWithQuizCourse()
    model.openReview(scope: .lessonsRead, count: 10, exit: .quit)
    #expect(model.quiz?.phase == .summary)
    #expect(model.quiz?.nothingToAsk == model.strings[.quizNothingRead])
    #expect(view(model, width: 80, height: 24, charset: .unicode).text.contains("No lesson read yet"))
  }
}

@Suite struct QuizKeysTests {
  @Test func helpListsEveryKeyOfEachPhase() {
    var model = modelOnQuiz(["q-single", "q-multiple", "q-numeric", "q-predict"], width: 100, height: 36)
    expectHelpListsEveryKey(model, width: 100, height: 36)
    press(&model, .char("b"))
    expectHelpListsEveryKey(model, width: 100, height: 36)
    press(&model, .enter)
    expectHelpListsEveryKey(model, width: 100, height: 36)
    press(&model, .char("a"), .enter, .enter)
    expectHelpListsEveryKey(model, width: 100, height: 36)
    press(&model, .char("2"), .enter, .enter, .char("t"))
    #expect(model.quiz?.phase == .running)
    expectHelpListsEveryKey(model, width: 100, height: 36)
    press(&model, .escape)
    expectHelpListsEveryKey(model, width: 100, height: 36)
  }

  @Test func theFooterShowsHowToAnswerAndHowToGoOn() {
    var model = modelOnQuiz(["q-single"])
    let asking = view(model, width: 80, height: 24, charset: .unicode).lines()[23]
    #expect(asking.contains("a-c answer"))
    #expect(asking.contains("Esc end"))
    #expect(asking.contains("Q quit"))
    press(&model, .char("b"))
    let answered = view(model, width: 80, height: 24, charset: .unicode).lines()[23]
    #expect(answered.contains("Enter next"))
    #expect(answered.contains("l lesson"))
  }

  @Test func helpOpensWithoutAnsweringAndArrowsScroll() {
    var model = modelOnQuiz(["q-diagnose"], width: 60, height: 14)
    press(&model, .char("b"))
    press(&model, .char("?"))
    #expect(model.showingHelp)
    press(&model, .escape)
    #expect(model.quiz?.phase == .answered)
    let scrolled = model.quiz?.scroll ?? 0
    press(&model, .down, .char("j"))
    #expect((model.quiz?.scroll ?? 0) > scrolled)
    press(&model, .home)
    #expect(model.quiz?.scroll == 0)
  }
}
