// LiveRun: one running experiment instance, or the reason it could not be set up.

import Experiments

/// A started experiment, or the message saying why its settings were refused.
///
/// Experiments are classes stepped in place, so a `LiveRun` shares its instance when copied.
/// Only the runtime's single UI thread ever touches it, which is why `Model` is not `Sendable`.
public struct LiveRun {
  /// The instance being stepped; nil when setup failed.
  public let experiment: (any Experiment)?
  /// Why setup failed (a missing CSV file, a value the experiment refuses).
  public let setupError: String?

  /// Starts `type` afresh with `settings` and `seed`.
  public init(_ type: any Experiment.Type, settings: KnobSettings, seed: UInt64) {
    do {
      experiment = try type.init(settings: settings, seed: seed)
      setupError = nil
    } catch {
      experiment = nil
      setupError = error.message
    }
  }

  /// Steps taken so far (0 without an instance).
  public var stepCount: Int { experiment?.stepCount ?? 0 }

  /// True when stepping can no longer change anything (finished, or never started).
  public var isFinal: Bool { experiment?.status.isFinal ?? true }
}
