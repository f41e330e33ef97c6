// LessonUpdateTests: the course map and lesson screen keys — opening a lesson, scrolling, Tab between
// text and experiment, applying Try this presets, and the way back.

import Course
import Experiments
import Testing
@testable import TutorApp

@Suite struct CourseMapUpdateTests {
  @Test func theFixtureCourseLoadsCleanInOrder() {
    #expect(fixtureCourse.lessons.map(\.lesson.id) == ["neurons", "history"])
    #expect(fixtureCourse.lessons.allSatisfy { !$0.isBroken }, "\(fixtureCourse.lessons.map(\.issues))")
  }

  @Test func aCourseMakesTheMapTheFirstScreenAndWithoutOneTheLabIs() {
    #expect(modelWithCourse().screen == .courseMap)
    #expect(Model(width: 80, height: 24).screen == .labMenu)
  }

  @Test func xOpensTheLabAndEscOrQComesBackToTheMap() {
    var model = modelWithCourse()
    press(&model, .char("x"))
    #expect(model.screen == .labMenu)
    press(&model, .escape)
    #expect(model.screen == .courseMap)
    press(&model, .char("x"), .char("q"))
    #expect(model.screen == .courseMap)
    #expect(!model.quitting)
    #expect(press(&model, .char("q")) == [.quit])
  }

  @Test func enterOpensTheSelectedLessonWithItsExperiment() throws {
    var model = modelWithCourse()
    press(&model, .down, .down, .up)
    #expect(model.mapSelection == 0)
    let effects = press(&model, .enter)
    #expect(model.screen == .lesson)
    let lesson = try #require(model.lesson)
    #expect(lesson.entry.lesson.id == "neurons")
    #expect(lesson.hasExperiment)
    #expect(model.session?.type.id == "perceptron")
    #expect(effects == [.save(.position(lesson: "neurons", line: 0))])
  }

  @Test func aLessonWithoutAnExperimentOpensTextOnlyAndTabDoesNothing() throws {
    var model = modelWithLesson("history")
    let lesson = try #require(model.lesson)
    #expect(!lesson.hasExperiment)
    press(&model, .tab)
    #expect(model.lesson?.focus == .text)
    press(&model, .char("t"))
    #expect(model.lesson?.notice == model.strings[.lessonNoPresets])
  }
}

@Suite struct LessonUpdateTests {
  @Test func arrowsPagesAndHomeEndScrollWithinTheText() throws {
    var model = modelWithLesson("neurons")
    press(&model, .up)
    #expect(model.lesson?.scroll == 0)
    press(&model, .down, .char("j"))
    #expect(model.lesson?.scroll == 2)
    press(&model, .char("k"))
    #expect(model.lesson?.scroll == 1)
    press(&model, .pageDown)
    let paged = try #require(model.lesson?.scroll)
    #expect(paged > 10)
    press(&model, .end)
    let bottom = try #require(model.lesson?.scroll)
    #expect(bottom >= paged)
    press(&model, .down, .pageDown)
    #expect(model.lesson?.scroll == bottom)
    // The bottom leaves the last line on the last text row (the pane's last row is the position line).
    let layout = LessonLayout(try #require(model.lesson), body: lessonBody(model))
    let lines = lessonLines(fixtureCourse.lessons[0], width: layout.textWidth, charset: .unicode, strings: model.strings)
    #expect(bottom == lines.count - layout.textRows)
    press(&model, .home)
    #expect(model.lesson?.scroll == 0)
  }

  @Test func tabMovesTheKeysToTheExperimentAndBack() {
    var model = modelWithLesson("neurons")
    press(&model, .tab)
    #expect(model.lesson?.focus == .experiment)
    press(&model, .down)
    #expect(model.session?.selectedKnob == 1)
    #expect(model.lesson?.scroll == 0)
    press(&model, .char(" "))
    #expect(model.session?.running == true)
    #expect(model.isAnimating)
    press(&model, .char("s"))
    #expect(model.session?.running == false)
    #expect(model.session?.run.stepCount == 1)
    press(&model, .tab, .down)
    #expect(model.lesson?.focus == .text)
    #expect(model.lesson?.scroll == 1)
    #expect(model.session?.selectedKnob == 1)
  }

  @Test func onANarrowTerminalTheHiddenExperimentDoesNotAnimate() {
    var model = modelWithLesson("neurons", width: 100, height: 30)
    press(&model, .tab, .char(" "), .tab)
    #expect(model.session?.running == true)
    #expect(!model.isAnimating)
    var wide = modelWithLesson("neurons", width: 160, height: 48)
    press(&wide, .tab, .char(" "), .tab)
    #expect(wide.isAnimating)
  }

  @Test func tAppliesTheFirstTryThisBelowTheTopThenTheNextAndCycles() throws {
    var model = modelWithLesson("neurons")
    press(&model, .char("t"))
    var session = try #require(model.session)
    #expect(session.settings["margin"] == .number(0.02))
    #expect(session.settings["points"] == .integer(40))
    #expect(session.running)
    #expect(session.run.stepCount == 0)
    #expect(model.lesson?.notice?.contains("Narrow gap") == true)
    // Again: the next preset, on top of the defaults (margin back to 0.1).
    press(&model, .char("t"))
    session = try #require(model.session)
    #expect(session.settings["dataset"] == .choice("xor"))
    #expect(session.settings["margin"] == .number(0.1))
    press(&model, .char("t"))
    #expect(model.session?.settings["margin"] == .number(0.02))
    // Scrolled past the first callout, t picks the second.
    var scrolled = modelWithLesson("neurons")
    press(&scrolled, .pageDown)
    press(&scrolled, .char("t"))
    #expect(scrolled.session?.settings["dataset"] == .choice("xor"))
  }

  @Test func escGoesBackToTheMapPausedAndReopeningResumes() {
    var model = modelWithLesson("neurons")
    press(&model, .down, .down, .tab, .char(" "))
    press(&model, .escape)
    #expect(model.screen == .courseMap)
    #expect(model.session?.running == false)
    press(&model, .enter)
    #expect(model.screen == .lesson)
    #expect(model.lesson?.scroll == 2)
  }

  @Test func escInTheValueEditorCancelsItAndStaysOnTheLesson() {
    var model = modelWithLesson("neurons")
    press(&model, .tab, .down, .enter)
    #expect(model.session?.editor != nil)
    press(&model, .char("t"), .escape)
    #expect(model.session?.editor == nil)
    #expect(model.screen == .lesson)
    #expect(model.lesson?.lastPreset == nil)
  }
}
