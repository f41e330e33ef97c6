// Experiment: the protocol every live mini-experiment follows, so the app, the headless `run`
// command and the lessons can drive any of them the same way.

import Display

/// Why an experiment could not be set up: a bad knob value, an unreadable data file.
public struct ExperimentError: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public init(_ knobError: KnobError) { self.message = knobError.message }
  public var description: String { message }
}

/// A deterministic, step-by-step experiment with knobs, readouts, histories and a status.
///
/// Conforming types are classes: an experiment owns preallocated training buffers and is
/// mutated in place by `step()`. The same `settings` and `seed` give the same numbers on every
/// machine. To reset, make a new instance with the same settings (`restarted(seed:)`).
public protocol Experiment: AnyObject {
  /// The id used by `dltutor run` and lesson files (`perceptron`).
  static var id: String { get }
  /// A short title (`Perceptron`). Like every word an experiment shows, it is in the current
  /// language (`ExperimentStrings.current`); ids, knob, readout and series names stay English.
  static var title: String { get }
  /// One line saying what the experiment shows.
  static var summary: String { get }
  /// What one `step()` is, for the learner: "mistake-driven update", "epoch".
  static var stepUnit: String { get }
  /// How many steps a headless run takes when `--steps` is not given.
  static var defaultSteps: Int { get }
  /// The knobs, in display order.
  static var knobs: [Knob] { get }

  /// A fresh run with the given settings and seed.
  init(settings: KnobSettings, seed: UInt64) throws(ExperimentError)

  var settings: KnobSettings { get }
  var seed: UInt64 { get }
  /// Steps taken since the start.
  var stepCount: Int { get }

  /// Advances one unit of visible progress. Does nothing once `status.isFinal`.
  func step()

  /// The latest named numbers.
  var readouts: [Readout] { get }
  /// Named histories, one value per step.
  var series: [Series] { get }
  var status: ExperimentStatus { get }

  /// Draws the experiment's charts into `area`.
  func draw(into buffer: inout Buffer, area: Rect, charset: Charset)
}

extension Experiment {
  /// The same settings from a new start with `seed`.
  public func restarted(seed: UInt64) throws(ExperimentError) -> Self {
    try Self(settings: settings, seed: seed)
  }

  /// Steps until `count` more steps are taken or the status is final.
  public func run(steps count: Int) {
    var remaining = count
    while remaining > 0, !status.isFinal {
      step()
      remaining -= 1
    }
  }

  /// The readout named `name`.
  public func readout(_ name: String) -> Double? {
    readouts.first { $0.name == name }?.value
  }

  /// How many steps a run without an explicit count takes: the experiment's default, or its
  /// `epochs` knob when that budget is larger (a learner who asks for 3000 epochs gets them).
  public static func plannedSteps(for settings: KnobSettings) -> Int {
    let epochs = knobs.contains { $0.name == "epochs" } ? settings.integer("epochs") : 0
    return max(defaultSteps, epochs)
  }

  /// Default settings for this experiment with `assignments` (`name=value`) applied.
  public static func settings(_ assignments: [String] = []) throws(ExperimentError) -> KnobSettings {
    do {
      return try KnobSettings(knobs: knobs, assignments: assignments)
    } catch {
      throw ExperimentError(error)
    }
  }
}
