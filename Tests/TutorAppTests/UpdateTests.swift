// UpdateTests: keys in, model fields and effects out — no terminal, no clock.

import Experiments
import Testing
@testable import TutorApp

@Suite struct LabMenuUpdateTests {
  @Test func arrowsAndVimKeysMoveTheSelectionWithinTheList() {
    var model = Model(width: 80, height: 24)
    press(&model, .down, .char("j"))
    #expect(model.menuSelection == 2)
    for _ in 0..<model.experiments.count { press(&model, .down) }
    #expect(model.menuSelection == model.experiments.count - 1)
    press(&model, .char("k"))
    #expect(model.menuSelection == model.experiments.count - 2)
    press(&model, .home)
    #expect(model.menuSelection == 0)
    press(&model, .up)
    #expect(model.menuSelection == 0)
    press(&model, .end)
    #expect(model.menuSelection == model.experiments.count - 1)
  }

  @Test func enterOpensTheSelectedExperimentWithoutSavingAnything() throws {
    var model = Model(width: 80, height: 24)
    let index = try #require(model.experiments.firstIndex { $0.id == "vanishing-gradients" })
    model.menuSelection = index
    let effects = press(&model, .enter)
    #expect(model.screen == .experiment)
    #expect(model.session?.type.id == "vanishing-gradients")
    #expect(model.session?.run.stepCount == 0)
    #expect(model.session?.running == false)
    #expect(model.session?.settings.integer("depth") == 10)
    #expect(effects.isEmpty, "the lab is not remembered between runs; lessons are")
  }

  @Test func qQuitsFromTheMenuAndQOrCtrlCFromAnywhere() {
    var menu = Model(width: 80, height: 24)
    #expect(press(&menu, .char("q")) == [.quit])
    #expect(menu.quitting)
    var open = modelWithExperiment("perceptron")
    #expect(press(&open, .char("Q")) == [.quit])
    var editing = modelWithExperiment("perceptron")
    press(&editing, .down, .enter)
    #expect(editing.session?.editor != nil)
    #expect(press(&editing, .control("c")) == [.quit])
  }

  @Test func resizeIsRememberedAndATooSmallTerminalIgnoresAllButQuit() {
    var model = Model(width: 80, height: 24)
    _ = update(&model, .resized(width: 30, height: 8))
    #expect(model.isTooSmall)
    press(&model, .down, .enter)
    #expect(model.menuSelection == 0)
    #expect(model.screen == .labMenu)
    #expect(press(&model, .char("Q")) == [.quit])
  }
}

@Suite struct ExperimentUpdateTests {
  @Test func spaceRunsFramesStepAndSpacePauses() {
    var model = modelWithExperiment("vanishing-gradients")
    #expect(!model.isAnimating)
    _ = update(&model, .frame(maxSteps: 5))
    #expect(model.session?.run.stepCount == 0, "a paused run ignores frames")
    press(&model, .char(" "))
    #expect(model.isAnimating)
    _ = update(&model, .frame(maxSteps: 1000))
    let perFrame = ExperimentSession.speeds[ExperimentSession.defaultSpeed]
    #expect(model.session?.run.stepCount == perFrame, "the speed caps a frame")
    _ = update(&model, .frame(maxSteps: 1))
    #expect(model.session?.run.stepCount == perFrame + 1, "the runtime's budget caps a frame")
    #expect(model.stepsTaken == perFrame + 1)
    press(&model, .char(" "))
    #expect(!model.isAnimating)
  }

  @Test func helpPausesAnimationWithoutPausingTheRun() {
    var model = modelWithExperiment("vanishing-gradients")
    press(&model, .char(" "), .char("?"))
    #expect(model.showingHelp)
    #expect(!model.isAnimating)
    press(&model, .char("s"))
    #expect(model.session?.run.stepCount == 0, "keys under help do nothing")
    press(&model, .escape)
    #expect(!model.showingHelp)
    #expect(model.isAnimating)
  }

  @Test func sStepsOnceAndPausesRResetsNNewSeed() {
    var model = modelWithExperiment("perceptron")
    press(&model, .char(" "), .char("s"), .char("s"))
    #expect(model.session?.run.stepCount == 2)
    #expect(model.session?.running == false)
    press(&model, .char("r"))
    #expect(model.session?.run.stepCount == 0)
    #expect(model.session?.seed == 1)
    press(&model, .char("n"))
    #expect(model.session?.seed == 2)
  }

  @Test func knobsAreSelectedAndSteppedAndAStepRestartsWithTheSameSeed() throws {
    var model = modelWithExperiment("vanishing-gradients")
    press(&model, .char("s"), .char("s"))
    let effects = press(&model, .right)
    #expect(model.session?.settings.integer("depth") == 11)
    #expect(model.session?.run.stepCount == 0, "changing a knob restarts the run")
    #expect(model.session?.seed == 1)
    #expect(effects.isEmpty, "knobs turned in the lab are not saved")
    press(&model, .char("j"), .char("j"), .char("l"))
    #expect(model.session?.knob?.name == "activation")
    #expect(model.session?.settings.choice("activation") == "tanh")
    press(&model, .char("h"), .char("h"))
    #expect(model.session?.settings.choice("activation") == "leaky-relu", "a choice cycles")
    press(&model, .up, .up, .up, .up)
    #expect(model.session?.selectedKnob == 0)
    press(&model, .left)
    #expect(model.session?.settings.integer("depth") == 10)
  }

  @Test func aRunningExperimentKeepsRunningAfterAKnobChange() {
    var model = modelWithExperiment("vanishing-gradients")
    press(&model, .char(" "), .right)
    #expect(model.isAnimating)
  }

  @Test func enterTypesAValueAndARefusedValueShowsTheRange() {
    var model = modelWithExperiment("vanishing-gradients")
    press(&model, .enter)
    #expect(model.session?.editor?.text == "10")
    press(&model, .backspace, .backspace, .char("9"), .char("9"), .enter)
    #expect(model.session?.editor?.error?.contains("a whole number from 2 to 50") == true)
    #expect(model.session?.settings.integer("depth") == 10)
    press(&model, .backspace, .backspace, .char("3"), .char("0"))
    #expect(model.session?.editor?.error == nil, "typing clears the old error")
    let effects = press(&model, .enter)
    #expect(model.session?.editor == nil)
    #expect(model.session?.settings.integer("depth") == 30)
    #expect(effects.isEmpty)
    press(&model, .enter, .char("5"), .escape)
    #expect(model.session?.editor == nil)
    #expect(model.session?.settings.integer("depth") == 30, "Esc cancels")
  }

  @Test func enterOnAChoiceStepsIt() {
    var model = modelWithExperiment("vanishing-gradients")
    press(&model, .down, .down, .enter)
    #expect(model.session?.editor == nil)
    #expect(model.session?.settings.choice("activation") == "tanh")
  }

  @Test func cComparesTheSelectedKnobOneStepOnWithTheSameSeed() {
    var model = modelWithExperiment("vanishing-gradients")
    press(&model, .down, .down, .char("c"))
    let comparison = model.session?.comparison
    #expect(comparison?.knobName == "activation")
    #expect(comparison?.settings.choice("activation") == "tanh")
    #expect(comparison?.run.experiment?.seed == 1)
    press(&model, .char(" "))
    _ = update(&model, .frame(maxSteps: 3))
    #expect(model.session?.comparison?.run.stepCount == model.session?.run.stepCount)
    // Changing another knob in A carries over to B, which still differs in activation only.
    press(&model, .up, .up, .right)
    #expect(model.session?.comparison?.settings.integer("depth") == 11)
    #expect(model.session?.comparison?.settings.choice("activation") == "tanh")
    press(&model, .char("c"))
    #expect(model.session?.comparison == nil)
  }

  @Test func aKnobAtTheEndOfItsRangeIsComparedOneStepBack() {
    var model = modelWithExperiment("vanishing-gradients")
    press(&model, .enter, .backspace, .backspace, .char("5"), .char("0"), .enter, .char("c"))
    #expect(model.session?.comparison?.settings.integer("depth") == 49)
  }

  @Test func aPathKnobCannotBeComparedAndSaysSo() throws {
    var model = modelWithExperiment("perceptron")
    let pathIndex = try #require(model.session?.type.knobs.firstIndex { if case .path = $0.kind { true } else { false } })
    model.session?.selectedKnob = pathIndex
    press(&model, .char("c"))
    #expect(model.session?.comparison == nil)
    #expect(model.session?.notice == model.strings[.comparisonNothing])
    press(&model, .down)
    #expect(model.session?.notice == nil)
  }

  @Test func aFinishedRunStopsAnimatingAndSpaceRunsItAgain() {
    var model = modelWithExperiment("loss-landscape")
    model.session?.selectedKnob = 2
    press(&model, .enter, .backspace, .backspace, .backspace, .char("1"), .enter, .char(" "))
    for _ in 0..<100 where model.isAnimating { _ = update(&model, .frame(maxSteps: 1000)) }
    #expect(model.session?.run.experiment?.status.state == .diverged)
    #expect(!model.isAnimating)
    press(&model, .char(" "))
    #expect(model.session?.run.stepCount == 0)
    #expect(model.isAnimating)
  }

  @Test func escGoesBackPausedAndReopeningResumes() {
    var model = modelWithExperiment("perceptron")
    press(&model, .char(" "), .char("s"), .char(" "))
    let effects = press(&model, .escape)
    #expect(model.screen == .labMenu)
    #expect(effects.isEmpty)
    #expect(!model.isAnimating)
    press(&model, .enter)
    #expect(model.session?.run.stepCount == 1)
  }
}
