// ExperimentSession: the state of one open experiment in the lab — settings, seed, selected knob,
// run/pause, speed, the A/B comparison and the value being typed.

import Course
import Experiments

/// The open experiment and everything the learner has done to it.
public struct ExperimentSession {
  /// The experiment's type (its id, title, knobs).
  public let type: any Experiment.Type
  /// The knob values of the main run (A).
  public private(set) var settings: KnobSettings
  public private(set) var seed: UInt64
  /// The main run.
  public private(set) var run: LiveRun
  /// The A/B comparison, when open.
  public private(set) var comparison: Comparison?
  /// Index into `type.knobs` of the selected knob.
  public var selectedKnob: Int = 0
  /// Whether frames step the runs.
  public var running: Bool = false
  /// Index into `ExperimentSession.speeds`.
  public var speed: Int = ExperimentSession.defaultSpeed
  /// The value being typed for the selected knob, when the editor is open.
  public var editor: KnobEditor?
  /// A one-line notice for the learner (e.g. why `c` did nothing); cleared by the next key.
  public var notice: String?

  /// Steps per frame the learner can choose from with `-` and `+`.
  public static let speeds = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
  /// Two steps a frame: about sixty a second, slow enough to watch a perceptron's line move.
  public static let defaultSpeed = 1

  /// Opens `type` with `settings` and `seed`, paused at step 0.
  public init(_ type: any Experiment.Type, settings: KnobSettings, seed: UInt64) {
    self.type = type
    self.settings = settings
    self.seed = seed
    self.run = LiveRun(type, settings: settings, seed: seed)
  }

  /// The selected knob.
  public var knob: Knob? {
    type.knobs.indices.contains(selectedKnob) ? type.knobs[selectedKnob] : nil
  }

  /// Steps per frame at the current speed.
  public var stepsPerFrame: Int { ExperimentSession.speeds[max(0, min(speed, ExperimentSession.speeds.count - 1))] }

  /// True when every open run has reached a final status.
  public var allFinal: Bool { run.isFinal && (comparison?.run.isFinal ?? true) }

  /// Sets a knob and restarts from step 0 with the same seed (the comparison follows).
  public mutating func setKnob(_ name: String, _ value: KnobValue) throws(KnobError) {
    try settings.set(name, value)
    restart(seed: seed)
  }

  /// Sets the knobs a lesson's Try this names, on top of the defaults, and restarts with the same
  /// seed; returns the assignments the knobs refused (as `name=value: reason`), which are left at
  /// their defaults.
  public mutating func applyPreset(_ assignments: [KnobAssignment]) -> [String] {
    var next = KnobSettings(knobs: type.knobs)
    var refused: [String] = []
    for assignment in assignments {
      do throws(KnobError) {
        try next.set(assignment.knob, text: assignment.value)
      } catch {
        refused.append(assignment.text + ": " + error.message)
      }
    }
    settings = next
    restart(seed: seed)
    return refused
  }

  /// Starts every run afresh with `seed`, keeping the knobs and the comparison.
  public mutating func restart(seed: UInt64) {
    self.seed = seed
    run = LiveRun(type, settings: settings, seed: seed)
    if let knobName = comparison?.knobName { comparison = Comparison(type, base: settings, knobName: knobName, seed: seed) }
  }

  /// Opens the comparison on the selected knob; false when that knob cannot be stepped.
  public mutating func openComparison() -> Bool {
    guard let knob, let opened = Comparison(type, base: settings, knobName: knob.name, seed: seed) else { return false }
    comparison = opened
    // Both runs start together so their numbers stay comparable step for step.
    run = LiveRun(type, settings: settings, seed: seed)
    return true
  }

  /// Closes the comparison, keeping the main run where it is.
  public mutating func closeComparison() { comparison = nil }

  /// Steps every open run by up to `count`; returns the steps actually taken.
  public mutating func advance(_ count: Int) -> Int {
    var taken = 0
    for live in [run, comparison?.run].compactMap({ $0 }) {
      guard let experiment = live.experiment else { continue }
      let before = experiment.stepCount
      experiment.run(steps: count)
      taken += experiment.stepCount - before
    }
    if allFinal { running = false }
    return taken
  }

  /// The knobs set away from their defaults, as `name=value` (what a lesson's progress keeps, so a
  /// default that changes in a later version is not pinned by an old file).
  public var changedKnobs: [String] {
    type.knobs.compactMap { knob in
      guard let value = settings[knob.name], value != knob.defaultValue else { return nil }
      return knob.name + "=" + value.description
    }
  }
}

/// The B side of an A/B comparison: the same seed with one knob one step further.
public struct Comparison {
  /// The knob that differs from A.
  public let knobName: String
  public let settings: KnobSettings
  public let run: LiveRun

  /// B for `base` with `knobName` stepped once; nil when the step changes nothing (a typed
  /// point or path, or a value already at the end of its range).
  init?(_ type: any Experiment.Type, base: KnobSettings, knobName: String, seed: UInt64) {
    guard let knob = try? base.knob(named: knobName), let value = base[knobName] else { return nil }
    var next = knob.stepped(value, direction: 1)
    if next == value { next = knob.stepped(value, direction: -1) }
    guard next != value else { return nil }
    var settings = base
    guard (try? settings.set(knobName, next)) != nil else { return nil }
    self.knobName = knobName
    self.settings = settings
    self.run = LiveRun(type, settings: settings, seed: seed)
  }
}

/// A knob value being typed, with the message from the last refused attempt.
public struct KnobEditor: Equatable, Sendable {
  public var text: String
  public var error: String?
  public init(text: String, error: String? = nil) {
    self.text = text
    self.error = error
  }
}
