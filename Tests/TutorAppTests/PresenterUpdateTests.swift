// PresenterUpdateTests: presenter mode's keys — slides that apply their settings and restart paused
// with the presenter's seed, the run keys, A/B on the slide's knob, help, quitting — and which
// numbers it shows large, written how.

import Course
import Display
import Experiments
import Testing
@testable import TutorApp

@Suite struct PresenterUpdateTests {
  @Test func itOpensOnTheStartingPointPausedWithTheSeed() throws {
    let model = presenting("depth", seed: 3)
    #expect(model.screen == .presenter)
    let presenter = try #require(model.presenter)
    #expect(presenter.slides.map(\.title) == ["", "Sigmoid, ten layers deep", "ReLU with He initialisation", "Far too deep — 500 layers"])
    #expect(presenter.current == 0)
    let session = try #require(model.session)
    #expect(session.type.id == "vanishing-gradients")
    #expect(session.seed == 3)
    #expect(!session.running)
    #expect(session.settings == KnobSettings(knobs: session.type.knobs))
  }

  @Test(arguments: [Key.right, .pageDown, .char("j")])
  func nextSlideAppliesItsSettingsAndRestartsPaused(_ key: Key) throws {
    var model = presenting("depth")
    press(&model, .char(" "))
    runFrames(&model, 5)
    #expect(model.session?.run.stepCount == 5)
    press(&model, key, key)
    #expect(model.presenter?.current == 2)
    let session = try #require(model.session)
    #expect(session.settings["activation"] == .choice("relu"))
    #expect(session.settings["init"] == .choice("he"))
    #expect(session.settings["depth"] == .integer(30))
    #expect(session.run.stepCount == 0)
    #expect(session.seed == 3)
    #expect(!session.running)
  }

  @Test(arguments: [Key.left, .pageUp, .char("k")])
  func previousSlideGoesBackToItsSettings(_ key: Key) {
    var model = presenting("depth")
    press(&model, .right, .right, key)
    #expect(model.presenter?.current == 1)
    #expect(model.session?.settings["depth"] == .integer(10))
    #expect(model.session?.settings["init"] == .choice("standard"))
    press(&model, key)
    #expect(model.presenter?.current == 0)
    #expect(model.session?.settings == KnobSettings(knobs: VanishingGradientsExperiment.knobs))
  }

  @Test func theEndsStayPutWithoutRestarting() {
    var model = presenting("depth")
    press(&model, .char("s"), .char("s"), .left, .home, .char("g"))
    #expect(model.presenter?.current == 0)
    #expect(model.session?.run.stepCount == 2)
    press(&model, .end)
    #expect(model.presenter?.current == 3)
    press(&model, .char("s"), .right, .char("G"))
    #expect(model.session?.run.stepCount == 1)
    press(&model, .char("g"))
    #expect(model.presenter?.current == 0)
  }

  @Test func aSlideTheExperimentRefusesSaysSoAndKeepsTheDefaults() throws {
    var model = presenting("depth")
    press(&model, .end)
    let notice = try #require(model.presenter?.notice)
    #expect(notice.hasPrefix("Try this: Far too deep — 500 layers — not applied: depth=500: "))
    #expect(model.session?.settings["depth"] == .integer(10))
    press(&model, .left)
    #expect(model.presenter?.notice == nil)
  }

  @Test func theSeedCarriesAcrossSlidesAndNTakesTheNext() {
    var model = presenting("depth", seed: 3)
    press(&model, .char("n"))
    #expect(model.session?.seed == 4)
    press(&model, .right)
    #expect(model.session?.seed == 4)
    press(&model, .char("r"))
    #expect(model.session?.seed == 4)
  }

  @Test func theRunKeysActOnTheExperiment() throws {
    var model = presenting("depth")
    press(&model, .char(" "))
    #expect(model.isAnimating)
    runFrames(&model, 3)
    #expect(model.session?.run.stepCount == 3)
    press(&model, .char(" "))
    #expect(!model.isAnimating)
    press(&model, .char("s"))
    #expect(model.session?.run.stepCount == 4)
    press(&model, .char("r"))
    #expect(model.session?.run.stepCount == 0)
    let speed = try #require(model.session?.speed)
    press(&model, .char("+"))
    #expect(model.session?.speed == speed + 1)
    press(&model, .char("-"), .char("-"))
    #expect(model.session?.speed == speed - 1)
  }

  @Test func theArrowsMoveSlidesNotKnobs() {
    var model = presenting("depth")
    press(&model, .down, .up, .enter, .char("h"), .char("l"))
    #expect(model.session?.selectedKnob == 0)
    #expect(model.session?.editor == nil)
    #expect(model.session?.settings == KnobSettings(knobs: VanishingGradientsExperiment.knobs))
    #expect(!model.isTypingText)
  }

  @Test func cComparesOnTheKnobTheSlideSetsAndTabMovesToTheNext() throws {
    var model = presenting("depth")
    press(&model, .right, .char("c"))
    var comparison = try #require(model.session?.comparison)
    #expect(comparison.knobName == "activation")
    #expect(comparison.settings["activation"] == .choice("tanh"))
    press(&model, .tab)
    comparison = try #require(model.session?.comparison)
    #expect(comparison.knobName == "init")
    // A new slide keeps A/B on, compared on what that slide is about.
    press(&model, .char("G"), .char("k"))
    comparison = try #require(model.session?.comparison)
    #expect(comparison.knobName == "activation")
    #expect(comparison.settings["depth"] == .integer(30))
    press(&model, .char("c"))
    #expect(model.session?.comparison == nil)
  }

  @Test func theStartingPointComparesOnTheFirstKnob() {
    var model = presenting("depth")
    press(&model, .char("c"))
    #expect(model.session?.comparison?.knobName == "depth")
    press(&model, .tab)
    #expect(model.session?.comparison?.knobName == "width")
  }

  @Test(arguments: [Key.char("q"), .escape, .char("Q"), .control("c")])
  func quitKeysLeaveTheProgram(_ key: Key) {
    var model = presenting("depth")
    #expect(press(&model, key) == [.quit])
    #expect(model.quitting)
  }

  @Test func helpOpensAndQClosesItWithoutQuitting() {
    var model = presenting("depth")
    press(&model, .char("?"))
    #expect(model.showingHelp)
    #expect(press(&model, .char("q")) == [])
    #expect(!model.showingHelp)
    #expect(!model.quitting)
  }

  @Test func aLessonWithoutAnExperimentHasItsSectionsAsSlides() throws {
    var model = presenting("winters")
    #expect(model.session == nil)
    let presenter = try #require(model.presenter)
    #expect(presenter.isTextOnly)
    #expect(presenter.slides.map(\.title) == ["Two AI winters", "The first winter", "The second winter"])
    press(&model, .char(" "), .char("c"), .char("n"), .right, .right, .right)
    #expect(model.presenter?.current == 2)
    #expect(!model.isAnimating)
    let keys = keyBindings(for: model).map(\.action)
    #expect(keys.contains(.actionSlides))
    #expect(!keys.contains(.actionRun))
    #expect(press(&model, .char("q")) == [.quit])
  }

  @Test func slidesChangeNothingTheLearnerKeeps() {
    var model = presenting("depth")
    let effects = press(&model, .right, .char("c"), .tab, .char(" "), .char("n"), .left)
    #expect(effects.isEmpty)
  }
}

@Suite struct PresenterReadoutTests {
  @Test func numbersAreShortEnoughToDrawLarge() {
    #expect(PresenterReadouts.text(0.97345, name: "test_accuracy") == "97.3%")
    #expect(PresenterReadouts.text(-0.0296, name: "gap") == "-3.0%")
    #expect(PresenterReadouts.text(0.693147, name: "loss") == "0.693")
    #expect(PresenterReadouts.text(1.144e-8, name: "first_last_ratio") == "1.1e-8")
    #expect(PresenterReadouts.text(2.5e6, name: "loss") == "2.5e6")
    #expect(PresenterReadouts.text(1234.56, name: "f") == "1235")
    #expect(PresenterReadouts.text(120, name: "errors") == "120")
    #expect(PresenterReadouts.text(.nan, name: "loss") == "NaN")
    for text in ["97.3%", "-3.0%", "0.693", "1.1e-8", "2.5e6", "1235", "120"] { #expect(BigText.canRender(text), "\(text)") }
  }

  @Test func eachExperimentShowsTheNumbersThatCarryItsPoint() throws {
    func names(_ type: any Experiment.Type) throws -> [String] {
      let experiment = try type.init(settings: KnobSettings(knobs: type.knobs), seed: 1)
      experiment.run(steps: 1)
      return PresenterReadouts.headline(experiment).map(\.name)
    }
    #expect(try names(VanishingGradientsExperiment.self) == ["loss", "first_last_ratio"])
    #expect(try names(DropoutExperiment.self) == ["test_accuracy", "gap"])
    #expect(try names(GradientClippingExperiment.self) == ["loss", "grad_norm"])
    #expect(try names(LinearVsMLPExperiment.self) == ["linear_accuracy", "mlp_accuracy"])
    #expect(try names(OptimizersExperiment.self).allSatisfy { $0.hasPrefix("loss_") })
    for type in ExperimentCatalog.all {
      #expect(try !names(type).isEmpty, "\(type.id) shows no number large")
    }
  }
}
