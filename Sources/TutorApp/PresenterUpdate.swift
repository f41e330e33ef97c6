// PresenterUpdate: presenter mode's model and keys — slides moved with the keys a clicker sends
// (PgDn/PgUp, →/←) or j/k, each applying its settings and restarting with the presenter's seed;
// the experiment's run keys; an A/B comparison on the knob the slide is about; q quits.

import Course
import Experiments

extension Model {
  /// A model in presenter mode on `entry`, its experiment (if the app has it) at its defaults
  /// with `seed`, paused on the first slide.
  public static func presenting(
    _ entry: LessonEntry, seed: UInt64, width: Int, height: Int, strings: StringCatalog = .english,
    experiments: [any Experiment.Type] = ExperimentCatalog.all
  ) -> Model {
    var model = Model(width: width, height: height, strings: strings, experiments: experiments)
    model.initialSeed = seed
    let type = entry.lesson.experiment.flatMap { id in experiments.first { $0.id == id } }
    model.presenter = PresenterState(entry: entry, hasExperiment: type != nil)
    if let type { model.session = ExperimentSession(type, settings: KnobSettings(knobs: type.knobs), seed: seed) }
    model.screen = .presenter
    return model
  }
}

/// The keys of presenter mode. It is a program of its own, so q and Esc quit rather than go back.
func presenterKey(_ model: inout Model, _ key: Key) -> [Effect] {
  guard let presenter = model.presenter else {
    model.quitting = true
    return [.quit]
  }
  let last = presenter.slides.count - 1
  switch key {
  case .char("q"), .escape:
    model.quitting = true
    return [.quit]
  case .char("?"): model.showingHelp = true
  case .right, .pageDown, .char("j"): showSlide(&model, presenter.current + 1)
  case .left, .pageUp, .char("k"): showSlide(&model, presenter.current - 1)
  case .home, .char("g"): showSlide(&model, 0)
  case .end, .char("G"): showSlide(&model, last)
  case .char("c"): toggleComparison(&model)
  case .tab: compareNextKnob(&model)
  case .char(" "), .char("s"), .char("r"), .char("n"), .char("+"), .char("="), .char("-"):
    // The lab's run keys, unchanged; the knob keys stay out (the arrows move slides here).
    return sessionKey(&model, key)
  default: break
  }
  return []
}

/// Shows slide `index` (clamped): applies its settings on top of the defaults and restarts,
/// paused at step 0 with the same seed, so the class can predict before the presenter runs it.
/// Staying on the same slide (at either end) changes nothing.
private func showSlide(_ model: inout Model, _ index: Int) {
  guard var presenter = model.presenter else { return }
  let target = max(0, min(index, presenter.slides.count - 1))
  guard target != presenter.current else { return }
  presenter.current = target
  presenter.notice = nil
  if var session = model.session {
    let refused = session.applyPreset(presenter.slide.assignments)
    session.running = false
    session.notice = nil
    if !refused.isEmpty {
      let title = presenter.slide.title.isEmpty ? model.strings[.presentDefaults] : presenter.slide.title
      presenter.notice = model.strings.format(.lessonPresetRefused, title, refused.joined(separator: "; "))
    }
    if session.comparison != nil {
      session.closeComparison()
      openComparison(&session, preferring: presenter.slide)
    }
    model.session = session
  }
  model.presenter = presenter
}

/// Opens A/B on the knob the slide is about, or closes it.
private func toggleComparison(_ model: inout Model) {
  guard var session = model.session, let presenter = model.presenter else { return }
  session.notice = nil
  if session.comparison != nil {
    session.closeComparison()
  } else if !openComparison(&session, preferring: presenter.slide) {
    session.notice = model.strings[.comparisonNothing]
  }
  model.session = session
}

/// With A/B on, moves B's difference to the next knob that can be stepped (cycling).
private func compareNextKnob(_ model: inout Model) {
  guard var session = model.session, let comparison = session.comparison else { return }
  let knobs = session.type.knobs
  let current = knobs.firstIndex { $0.name == comparison.knobName } ?? 0
  for offset in 1...max(1, knobs.count) {
    session.selectedKnob = (current + offset) % knobs.count
    if session.openComparison() { break }
  }
  model.session = session
}

/// Opens the comparison on the first knob `slide` sets that can be stepped, else on the first
/// knob that can; false when none can.
@discardableResult
private func openComparison(_ session: inout ExperimentSession, preferring slide: PresenterSlide) -> Bool {
  let knobs = session.type.knobs
  let named = slide.assignments.compactMap { assignment in knobs.firstIndex { $0.name == assignment.knob } }
  for index in named + Array(knobs.indices) {
    session.selectedKnob = index
    if session.openComparison() { return true }
  }
  return false
}

/// Presenter mode's keys for help and the footer: the slides, the run keys when there is an
/// experiment, and quit.
func presenterBindings(_ model: Model) -> [KeyBinding] {
  var bindings = [
    KeyBinding([.literal("?")], .actionHelp, footer: .actionHelp),
    KeyBinding([.leftRight, .pageUpDown, .literal("k"), .literal("j")], .actionSlides, footer: .footerSlides),
    KeyBinding([.homeEnd, .literal("g"), .literal("G")], .actionFirstLastSlide),
  ]
  if model.session != nil {
    bindings += [
      KeyBinding([.named(.keySpace)], .actionRun, footer: .footerRun),
      KeyBinding([.literal("s")], .actionStep, footer: .footerStep),
      KeyBinding([.literal("r")], .actionReset),
      KeyBinding([.literal("n")], .actionNewSeed, footer: .footerSeed),
      KeyBinding([.literal("c")], .actionCompare, footer: .footerCompare),
      KeyBinding([.named(.keyTab)], .actionCompareNextKnob),
      KeyBinding([.literal("-"), .literal("+")], .actionSpeed),
    ]
  }
  return bindings + [
    KeyBinding([.literal("q"), .named(.keyEsc), .literal("Q"), .control("C")], .actionQuitPresenter, footer: .actionQuit)
  ]
}
