// ProgressUpdateTests: the learner's progress in the app — where it opens, which lesson "continue"
// means, a lesson's line and knobs restored, which keys save what, completion, and warnings about
// the file.

import Course
import Experiments
import Foundation
import Testing
@testable import TutorApp

@Suite struct ContinueTests {
  @Test func aFirstRunOpensOnTheMapWithTheFirstLessonToContinue() {
    let model = modelWithProgress(LearnerProgress())
    #expect(model.screen == .courseMap)
    #expect(model.mapSelection == 0)
    #expect(model.continueIndex == 0)
    #expect(model.lesson == nil)
    #expect(progressCourse.lessons.map { model.status(of: $0) } == [.new, .new, .new, .new])
  }

  @Test func savedProgressOpensInTheLessonLastOpenAtItsLineWithItsKnobs() throws {
    let model = modelWithProgress()
    #expect(model.screen == .lesson)
    let lesson = try #require(model.lesson)
    #expect(lesson.entry.lesson.id == "gradients")
    #expect(lesson.scroll == 3)
    #expect(model.session?.type.id == "vanishing-gradients")
    #expect(model.session?.settings.integer("depth") == 20)
    #expect(model.session?.running == false)
    #expect(model.continueIndex == 1)
    #expect(model.mapSelection == 1, "Esc leads to the map with the lesson selected")
  }

  @Test func escFromTheLessonOpenedAtStartGoesToTheMapOnItsRow() {
    var model = modelWithProgress()
    let effects = press(&model, .escape)
    #expect(model.screen == .courseMap)
    #expect(model.mapSelection == 1)
    #expect(effects == [.save(.position(lesson: "gradients", line: 3))])
  }

  @Test func aFinishedLastLessonOpensTheMapOnTheFirstLessonNotFinished() {
    var progress = LearnerProgress()
    progress.setPosition("gradients", line: 9, at: daysAgo(1))
    progress.complete("gradients", at: daysAgo(1))
    progress.setPosition("basics", line: 1, at: daysAgo(2))
    progress.complete("basics", at: daysAgo(2))
    let model = modelWithProgress(progress)
    #expect(model.screen == .courseMap)
    #expect(model.continueIndex == 2)
    #expect(model.mapSelection == 2)
  }

  @Test func whenEveryLessonIsDoneNothingIsContinuedAndTheFirstIsSelected() {
    var progress = LearnerProgress()
    for entry in progressCourse.lessons { progress.complete(entry.lesson.id, at: daysAgo(1)) }
    let model = modelWithProgress(progress)
    #expect(model.screen == .courseMap)
    #expect(model.continueIndex == nil)
    #expect(model.mapSelection == 0)
  }

  @Test func positionsSavedInTheSameSecondGoToTheEarlierLesson() {
    var progress = LearnerProgress()
    progress.setPosition("dropout", line: 0, at: daysAgo(1))
    progress.setPosition("gradients", line: 0, at: daysAgo(1))
    #expect(progress.lastOpenLesson(in: progressCourse) == "gradients")
    #expect(modelWithProgress(progress).lesson?.entry.lesson.id == "gradients")
  }

  @Test func aLessonTheCourseNoLongerHasIsIgnored() {
    var progress = LearnerProgress()
    progress.setPosition("gone", line: 4, at: daysAgo(1))
    let model = modelWithProgress(progress)
    #expect(model.screen == .courseMap)
    #expect(model.continueIndex == 0)
  }

  @Test func continueFollowsTheLessonOpenedInThisSession() {
    var model = progressMap(width: 80, height: 24)
    press(&model, .down, .enter)
    #expect(model.lesson?.entry.lesson.id == "dropout")
    press(&model, .escape)
    #expect(model.continueIndex == 2)
    #expect(model.status(of: progressCourse.lessons[2]) == .inProgress)
  }

  @Test func statusAndDueCountsComeFromTheProgress() {
    let model = modelWithProgress()
    #expect(progressCourse.lessons.map { model.status(of: $0) } == [.done, .inProgress, .new, .new])
    #expect(progressCourse.lessons.map { model.dueCount($0) } == [2, 1, 0, 0])
    #expect(model.dueCount == 3)
  }
}

@Suite struct LessonPlaceTests {
  /// Progress with the fixture course's `neurons` lesson at `line` with `knobs`.
  func neuronsAt(_ line: Int, knobs: [String]) -> LearnerProgress {
    var progress = LearnerProgress()
    progress.setPosition("neurons", line: line, at: daysAgo(1))
    progress.setKnobs("neurons", knobs, at: daysAgo(1))
    return progress
  }

  @Test func knobValuesThatStillParseAreRestoredAndTheRestIgnored() throws {
    let progress = neuronsAt(5, knobs: ["margin=0.05", "points=oops", "gone=1", "no equals sign", "dataset=xor"])
    let model = Model(width: 80, height: 24, course: fixtureCourse, progress: progress, now: fixtureNow)
    #expect(model.screen == .lesson)
    #expect(model.lesson?.scroll == 5)
    let session = try #require(model.session)
    #expect(session.settings["margin"] == .number(0.05))
    #expect(session.settings["dataset"] == .choice("xor"))
    #expect(session.settings["points"] == KnobSettings(knobs: session.type.knobs)["points"])
    #expect(session.changedKnobs == ["dataset=xor", "margin=0.05"])
  }

  @Test func openingALessonFromTheMapRestoresItsPlaceAndSavesIt() {
    var progress = neuronsAt(7, knobs: ["margin=0.05"])
    progress.complete("neurons", at: daysAgo(1))
    var model = Model(width: 80, height: 24, course: fixtureCourse, progress: progress, now: fixtureNow)
    #expect(model.screen == .courseMap, "a finished lesson is not reopened at start")
    model.mapSelection = 0
    let effects = press(&model, .enter)
    #expect(model.lesson?.scroll == 7)
    #expect(model.session?.settings["margin"] == .number(0.05))
    #expect(effects == [.save(.position(lesson: "neurons", line: 7))])
  }

  @Test func scrollingSavesNothingAndLeavingSavesTheLine() {
    var model = modelWithLesson("neurons")
    #expect(press(&model, .down, .char("j"), .pageDown, .char("k")).isEmpty)
    let line = model.lesson?.scroll ?? -1
    #expect(line > 2)
    #expect(press(&model, .escape) == [.save(.position(lesson: "neurons", line: line))])
    #expect(model.progress.lessons["neurons"]?.position?.value == line)
    #expect(model.status(of: fixtureCourse.lessons[0]) == .inProgress)
    // q leaves too, and reopening the same lesson resumes it where it was.
    press(&model, .enter, .down)
    #expect(press(&model, .char("q")) == [.save(.position(lesson: "neurons", line: line + 1))])
  }

  @Test func quittingFromALessonSavesItsLineBeforeQuitting() {
    for quitKey in [Key.char("Q"), .control("c")] {
      var model = modelWithLesson("neurons")
      press(&model, .down, .down)
      #expect(press(&model, quitKey) == [.save(.position(lesson: "neurons", line: 2)), .quit])
    }
    var helped = modelWithLesson("neurons")
    press(&helped, .down, .char("?"))
    #expect(press(&helped, .char("Q")) == [.save(.position(lesson: "neurons", line: 1)), .quit])
    var map = modelWithLesson("neurons")
    press(&map, .escape)
    #expect(press(&map, .char("Q")) == [.quit], "the place was saved on leaving")
  }

  @Test func knobKeysTypedValuesAndTryThisSaveTheKnobs() {
    var model = modelWithLesson("neurons")
    press(&model, .tab)
    let knobs = model.session?.type.knobs ?? []
    let points = knobs.firstIndex { $0.name == "points" } ?? 0
    model.session?.selectedKnob = points
    #expect(press(&model, .right) == [.save(.knobs(lesson: "neurons", model.session?.changedKnobs ?? []))])
    #expect(model.session?.changedKnobs.first?.hasPrefix("points=") == true)
    // A typed value: nothing while typing, the knobs when it is set.
    #expect(press(&model, .enter, .backspace, .backspace, .backspace, .char("3"), .char("0")).isEmpty)
    #expect(press(&model, .enter) == [.save(.knobs(lesson: "neurons", ["points=30"]))])
    #expect(model.progress.lessons["neurons"]?.knobs?.value == ["points=30"])
    // Keys that run the experiment save nothing.
    #expect(press(&model, .char(" "), .char(" "), .char("s"), .char("r"), .down).isEmpty)
    // Try this sets its preset on top of the defaults.
    #expect(press(&model, .char("t")) == [.save(.knobs(lesson: "neurons", ["margin=0.02", "points=40"]))])
    // A knob set back to its default is no longer listed.
    #expect(press(&model, .char("t"), .char("t")) == [
      .save(.knobs(lesson: "neurons", ["dataset=xor", "max_epochs=5"])),
      .save(.knobs(lesson: "neurons", ["margin=0.02", "points=40"])),
    ])
  }

  @Test func knobsTurnedInTheLabAreNotSavedToTheLesson() {
    var model = modelWithLesson("neurons")
    press(&model, .escape, .char("x"), .enter)
    #expect(model.session?.type.id == "perceptron")
    #expect(press(&model, .right).isEmpty)
  }

  @Test func reachingTheEndMarksTheLessonDoneOnce() {
    var model = modelWithLesson("neurons")
    #expect(!press(&model, .pageDown).contains(.save(.completed(lesson: "neurons"))))
    #expect(press(&model, .end) == [.save(.completed(lesson: "neurons"))])
    #expect(model.status(of: fixtureCourse.lessons[0]) == .done)
    #expect(press(&model, .up, .down, .end, .char("G")).isEmpty, "done once")
    press(&model, .escape)
    #expect(model.mapSelection == 1, "back on the map, the next lesson is the one to continue")
    #expect(model.continueIndex == 1)
  }

  @Test func aLessonWhoseTextFitsIsDoneOnOpening() {
    var model = modelWithCourse()
    model.mapSelection = 1
    #expect(press(&model, .enter) == [.save(.position(lesson: "history", line: 0)), .save(.completed(lesson: "history"))])
    press(&model, .escape)
    #expect(model.mapSelection == 0, "the lesson not finished is the one to continue")
    #expect(press(&model, .down, .enter) == [.save(.position(lesson: "history", line: 0))], "done once")
  }

  @Test func aSavedLineBeyondTheEndIsClampedByTheFirstKey() {
    let progress = neuronsAt(10_000, knobs: [])
    var model = Model(width: 80, height: 24, course: fixtureCourse, progress: progress, now: fixtureNow)
    press(&model, .up)
    let bottom = lastScrollLine(model, model.lesson!)
    #expect(model.lesson?.scroll == bottom - 1)
  }
}

@Suite struct ProgressWarningTests {
  let keptAside = ProgressWarning.keptAside(
    path: "/home/a/.local/state/dltutor/progress.json",
    aside: "/home/a/.local/state/dltutor/progress.json.corrupt-20270115-080000", problem: .corrupt)

  @Test func aWarningIsKeptForTheMapInTheLearnersWords() {
    var model = modelWithProgress(LearnerProgress())
    #expect(update(&model, .progressWarning(keptAside)).isEmpty)
    #expect(model.progressNotice == "Your progress file could not be read (not valid progress data): it was kept as "
      + "progress.json.corrupt-20270115-080000 and you start afresh.")
    let text = view(model, width: 100, height: 24, charset: .unicode).text
    #expect(text.contains("! Your progress file could not be read"))
  }

  @Test func onTheLessonScreenAWarningIsSaidUnderTheText() {
    var model = modelWithLesson("neurons")
    _ = update(&model, .progressWarning(.cannotSave(path: "/x/progress.json", reason: "Read-only file system")))
    let notice = "Progress cannot be saved (Read-only file system): nothing more is saved this time."
    #expect(model.lesson?.notice == notice)
    #expect(model.progressNotice == notice)
    #expect(view(model, width: 100, height: 24, charset: .unicode).lines()[22].contains("Progress cannot be saved"))
  }

  @Test func everyWarningHasWords() {
    let strings = StringCatalog.english
    #expect(strings.progressWarning(.keptAside(path: "p", aside: "d/p.old", problem: .newerVersion(3)))
      .contains("written by a newer dltutor, format 3"))
    let stuck = ProgressWarning.cannotMoveAside(path: "p", problem: .unreadable("Permission denied"), reason: "Busy")
    #expect(strings.progressWarning(stuck)
      == "Your progress file could not be read (Permission denied) nor moved aside (Busy): nothing is saved this time.")
  }
}
