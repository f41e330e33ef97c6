// ReferenceUpdateTests: the glossary and common-problems screens open with d and p from every
// screen and go back to exactly that screen; the filter; links chosen with ] [ and followed with
// Enter from lessons, definitions and problems; Backspace back to the lesson a link came from.

import Course
import Experiments
import Testing
@testable import TutorApp

@Suite struct ReferenceKeysTests {
  @Test func theFixtureCourseLoadsWithItsGlossaryAndProblems() {
    #expect(referenceCourse.lessons.map(\.lesson.id) == ["basics", "history"])
    #expect(referenceCourse.lessons.allSatisfy { !$0.isBroken }, "\(referenceCourse.issues)")
    #expect(referenceCourse.glossary.terms.count == 3)
    #expect(referenceCourse.problems.problems.map(\.id) == ["loss-diverges", "stuck"])
  }

  /// Every screen the global keys must work from, by name.
  func everyScreen() -> [(name: String, model: Model)] {
    let map = modelWithReferenceCourse()
    let lesson = modelWithReferenceLesson("basics")
    var lessonExperiment = lesson
    press(&lessonExperiment, .tab)
    var lab = map
    press(&lab, .char("x"))
    var experiment = lab
    press(&experiment, .enter)
    return [("map", map), ("lesson", lesson), ("lesson-experiment", lessonExperiment), ("lab", lab), ("experiment", experiment)]
  }

  @Test func dAndPOpenTheReferenceScreensFromEveryScreenAndEscOrQComesBack() {
    for (name, start) in everyScreen() {
      for (key, screen) in [(Key.char("d"), Screen.glossary), (.char("p"), .problems)] {
        for back in [Key.escape, .char("q")] {
          var model = start
          press(&model, key)
          #expect(model.screen == screen, "\(name)")
          press(&model, back)
          #expect(model.screen == start.screen, "\(name) \(back)")
          #expect(model.lesson == start.lesson, "\(name): the lesson is as it was")
          #expect(model.reference.trail.isEmpty)
        }
      }
    }
  }

  @Test func typingAKnobValueKeepsDAndPAsText() {
    var model = modelWithReferenceCourse()
    press(&model, .char("x"), .enter, .down, .enter)
    #expect(model.isTypingText)
    press(&model, .char("d"), .char("p"))
    #expect(model.screen == .experiment)
    #expect(model.session?.editor?.text.hasSuffix("dp") == true)
  }

  @Test func withoutACourseDAndPDoNothing() {
    var model = Model(width: 80, height: 24)
    press(&model, .char("d"))
    #expect(model.screen == .labMenu)
    press(&model, .char("p"))
    #expect(model.screen == .labMenu)
    #expect(!keyBindings(for: model).contains { $0.action == .actionGlossary })
  }

  @Test func glossaryThenProblemsThenBackRetracesTheWayAndNeverLoops() {
    var model = modelWithReferenceLesson("basics")
    press(&model, .char("d"), .char("p"))
    #expect(model.screen == .problems)
    #expect(model.reference.trail == [.lesson, .glossary])
    press(&model, .escape)
    #expect(model.screen == .glossary)
    press(&model, .escape)
    #expect(model.screen == .lesson)
    // Opening a screen already in the trail goes back to it instead of stacking another.
    press(&model, .char("d"), .char("p"), .char("d"))
    #expect(model.screen == .glossary)
    #expect(model.reference.trail == [.lesson])
    press(&model, .char("q"))
    #expect(model.screen == .lesson)
  }

  @Test func theListMovesAndTheGlossaryIsAlphabetical() {
    var model = modelWithReferenceCourse()
    press(&model, .char("d"))
    let ids = referenceEntries(.glossary, in: referenceCourse, filter: "").map(\.id)
    #expect(ids == ["activation", "epoch", "learning-rate"])
    press(&model, .down)
    #expect(model.reference.glossary.selectedID == "epoch")
    press(&model, .end)
    #expect(model.reference.glossary.selectedID == "learning-rate")
    press(&model, .char("g"))
    #expect(model.reference.glossary.selectedID == "activation")
  }

  @Test func slashFiltersAsYouTypeNamesFirstThenDefinitions() {
    var model = modelWithReferenceCourse()
    press(&model, .char("d"), .char("/"))
    #expect(model.isTypingText)
    for c in "rate" { press(&model, .char(c)) }
    #expect(model.reference.glossary.filter == "rate")
    let entries = referenceEntries(.glossary, in: referenceCourse, filter: "rate").map(\.id)
    #expect(entries == ["learning-rate", "epoch"], "the name match first, then the definition that mentions it")
    #expect(model.reference.glossary.selectedID == "learning-rate")
    // Typed letters are text, not keys: d and p and q stay in the filter.
    press(&model, .char("d"), .char("p"), .char("q"))
    #expect(model.screen == .glossary)
    #expect(model.reference.glossary.filter == "ratedpq")
    press(&model, .backspace, .backspace, .backspace, .enter)
    #expect(!model.isTypingText)
    #expect(model.reference.glossary.filter == "rate")
    press(&model, .escape)
    #expect(model.reference.glossary.filter == "", "Esc clears a kept filter first")
    #expect(model.screen == .glossary)
    press(&model, .escape)
    #expect(model.screen == .courseMap)
  }

  @Test func escWhileTypingClearsTheFilterAndANoMatchFilterDoesNotCrash() {
    var model = modelWithReferenceCourse()
    press(&model, .char("p"), .char("/"))
    for c in "zzz" { press(&model, .char(c)) }
    #expect(referenceEntries(.problems, in: referenceCourse, filter: "zzz").isEmpty)
    press(&model, .down, .enter, .char("]"), .enter)
    #expect(model.screen == .problems)
    let text = view(model, width: 80, height: 24, charset: .unicode).text
    #expect(text.contains(model.strings.format(.referenceNoMatch, "zzz")))
    press(&model, .char("/"), .escape)
    #expect(model.reference.problems.filter == "")
    #expect(!model.isTypingText)
  }

  @Test func helpListsEveryKeyOfBothScreensAndTheFilter() {
    var glossary = modelWithReferenceCourse()
    press(&glossary, .char("d"))
    expectHelpListsEveryKey(glossary, width: 100, height: 40)
    var problems = modelWithReferenceCourse()
    press(&problems, .char("p"))
    expectHelpListsEveryKey(problems, width: 100, height: 40)
    // While the filter is typed, ? is text; the footer names the filter's keys instead.
    var filtering = glossary
    press(&filtering, .char("/"), .char("?"))
    #expect(filtering.reference.glossary.filter == "?")
    let footer = view(filtering, width: 100, height: 40, charset: .unicode).lines().last ?? ""
    for binding in keyBindings(for: filtering) { #expect(footer.contains(filtering.strings[binding.footer ?? .actionQuit])) }
    for model in [glossary, problems] {
      let actions = keyBindings(for: model).map(\.action)
      #expect(actions.contains(.actionLinks) && actions.contains(.actionFilter))
    }
  }

  @Test func everyScreenWithACourseListsDAndPInHelp() {
    for (name, model) in everyScreen() {
      let actions = keyBindings(for: model).map(\.action)
      #expect(actions.contains(.actionGlossary) && actions.contains(.actionProblems), "\(name)")
    }
    var map = modelWithReferenceCourse()
    let footer = view(map, width: 80, height: 24, charset: .unicode).lines().last ?? ""
    #expect(footer.contains("d glossary") && footer.contains("p problems"))
    press(&map, .char("d"))
    #expect(!keyBindings(for: map).contains { $0.action == .actionGlossary }, "the open screen is not offered again")
  }
}

@Suite struct LinkFollowingTests {
  /// The rendered links of the open lesson at the model's size.
  func links(_ model: Model) -> [RenderedLink] {
    guard let lesson = model.lesson else { return [] }
    let layout = LessonLayout(lesson, body: lessonBody(model))
    return lessonText(lesson.entry, width: layout.textWidth, charset: model.charset, strings: model.strings).links
  }

  @Test func bracketsSelectLinksFromTheVisibleTextAndScrollToKeepThemVisible() throws {
    var model = modelWithReferenceLesson("basics")
    let all = links(model)
    #expect(all.map(\.target) == [
      .term("epoch"), .problem("loss-diverges"), .lesson("history"), .web("https://example.org/survey"),
    ])
    press(&model, .char("]"))
    #expect(model.lesson?.selectedLink == 0)
    press(&model, .char("]"))
    #expect(model.lesson?.selectedLink == 1)
    #expect(model.lesson?.scroll == 0)
    press(&model, .char("]"))
    #expect(model.lesson?.selectedLink == 2)
    let scroll = try #require(model.lesson?.scroll)
    let rows = LessonLayout(try #require(model.lesson), body: lessonBody(model)).textRows
    #expect(scroll > 0, "the third link is below the first screen")
    #expect((scroll..<(scroll + rows)).contains(all[2].firstLine))
    press(&model, .char("["), .char("["))
    #expect(model.lesson?.selectedLink == 0)
    #expect(model.lesson?.scroll == all[0].firstLine || (model.lesson?.scroll ?? 99) <= all[0].firstLine)
    press(&model, .char("["))
    #expect(model.lesson?.selectedLink == 3, "[ before the first wraps to the last")
  }

  @Test func bracketsStartFromTheVisiblePartAfterScrolling() {
    var model = modelWithReferenceLesson("basics")
    press(&model, .char("]"))
    press(&model, .end)
    press(&model, .char("]"))
    #expect(model.lesson?.selectedLink == 2, "the first link at or below the top of what is visible")
    press(&model, .home, .char("["))
    #expect(model.lesson?.selectedLink == 1, "the last link at or above the bottom of what is visible")
  }

  @Test func enterOnATermOpensTheGlossaryThereAndEscReturnsToTheSameSpot() {
    var model = modelWithReferenceLesson("basics")
    press(&model, .char("]"))
    let before = model.lesson
    press(&model, .enter)
    #expect(model.screen == .glossary)
    #expect(model.reference.glossary.selectedID == "epoch")
    press(&model, .escape)
    #expect(model.screen == .lesson)
    #expect(model.lesson == before)
    #expect(model.lesson?.selectedLink == 0)
  }

  @Test func enterOnAProblemOpensTheProblemsScreenThere() {
    var model = modelWithReferenceLesson("basics")
    press(&model, .char("]"), .char("]"), .enter)
    #expect(model.screen == .problems)
    #expect(model.reference.problems.selectedID == "loss-diverges")
  }

  @Test func followingALessonLinkAndBackspaceOrUComeBackToTheSamePlace() throws {
    var model = modelWithReferenceLesson("basics")
    press(&model, .char("]"), .char("]"), .char("]"))
    let before = try #require(model.lesson)
    press(&model, .enter)
    #expect(model.screen == .lesson)
    #expect(model.lesson?.entry.lesson.id == "history")
    #expect(model.lessonHistory == [before])
    #expect(model.mapSelection == 1)
    press(&model, .backspace)
    #expect(model.lesson == before)
    #expect(model.session?.type.id == "perceptron", "its experiment is back beside it")
    #expect(model.mapSelection == 0)
    press(&model, .enter, .char("u"))
    #expect(model.lesson == before)
    press(&model, .char("u"))
    #expect(model.lesson?.notice == model.strings[.lessonNoHistory])
  }

  @Test func aWebLinkShowsItsAddressToCopy() {
    var model = modelWithReferenceLesson("basics")
    press(&model, .end, .char("]"), .char("]"), .enter)
    #expect(model.screen == .lesson)
    #expect(model.lesson?.notice == model.strings.format(.linkWebAddress, "https://example.org/survey"))
    let text = view(model, width: 80, height: 24, charset: .unicode).text
    #expect(text.contains("https://example.org/survey"))
  }

  @Test func enterWithoutAVisibleLinkSaysHowToChooseOne() {
    var model = modelWithReferenceLesson("basics")
    press(&model, .enter)
    #expect(model.lesson?.notice == model.strings[.linkNoneSelected])
    press(&model, .char("]"), .end, .enter)
    #expect(model.screen == .lesson, "the selected link scrolled out of sight is not followed blind")
    #expect(model.lesson?.entry.lesson.id == "basics")
    var plain = modelWithLesson("history")
    press(&plain, .char("]"))
    #expect(plain.lesson?.notice == plain.strings[.linkNone])
  }

  @Test func aLinkToSomethingTheCourseLacksGivesANoticeNotACrash() {
    var model = modelWithReferenceLesson("basics")
    for target in [LinkTarget.term("nope"), .problem("nope"), .lesson("nope")] {
      let result = follow(target, &model)
      #expect(result == .notice(model.strings.format(.linkMissing, target.markup)))
      #expect(model.screen == .lesson)
    }
  }

  @Test func definitionLinksGoFromTermToTermAndToALesson() {
    var model = modelWithReferenceCourse()
    press(&model, .char("d"), .down)
    #expect(model.reference.glossary.selectedID == "epoch")
    press(&model, .char("]"), .enter)
    #expect(model.screen == .glossary)
    #expect(model.reference.glossary.selectedID == "learning-rate")
    #expect(model.reference.glossary.selectedLink == nil)
    press(&model, .char("]"), .enter)
    #expect(model.screen == .lesson)
    #expect(model.lesson?.entry.lesson.id == "basics")
    #expect(model.reference.trail.isEmpty)
  }

  @Test func aProblemsTermLinkOpensTheGlossaryAndEnterOpensTheProblemsLesson() {
    var model = modelWithReferenceCourse()
    press(&model, .char("p"), .char("]"), .enter)
    #expect(model.screen == .glossary)
    #expect(model.reference.glossary.selectedID == "learning-rate")
    press(&model, .escape)
    #expect(model.screen == .problems)
    press(&model, .down, .enter)
    #expect(model.screen == .lesson)
    #expect(model.lesson?.entry.lesson.id == "history", "Enter with no link chosen opens the problem's lesson")
  }

  @Test func referenceTextScrollsWithPagesAndLinksKeepTheirPlace() {
    var model = modelWithReferenceCourse(width: 40, height: 12)
    press(&model, .char("p"), .pageDown)
    #expect(model.reference.problems.selectedID == nil, "PgDn scrolls the text, not the list")
    #expect(model.reference.problems.scroll > 0)
    press(&model, .pageUp)
    #expect(model.reference.problems.scroll == 0)
    press(&model, .char("["))
    #expect(model.reference.problems.selectedLink == 0, "the last link on screen: the term in the cause")
    press(&model, .char("]"))
    #expect(model.reference.problems.selectedLink == 1, "the lesson link, further down")
    #expect(model.reference.problems.scroll > 0, "scrolled into view")
  }
}
