// Effect: what `update` asks the runtime to do, as data, so tests can compare effects directly.

import Course

/// A request from `update` to the runtime.
public enum Effect: Equatable, Sendable {
  /// Leave the app and restore the terminal.
  case quit
  /// The learner's place changed; the progress store (issue 8) will persist it.
  case rememberPosition(LabPosition)
  /// Write this change to the learner's progress file (the model has already applied it to its
  /// own copy, `Model.progress`).
  case save(ProgressChange)
}

/// Where the learner is in the lab: the hook the progress store will save and restore.
public struct LabPosition: Equatable, Sendable {
  /// The open experiment's id, or nil on the menu.
  public var experimentID: String?
  /// The open experiment's knob values as typed (`depth` → `12`).
  public var knobValues: [String: String]

  public init(experimentID: String?, knobValues: [String: String] = [:]) {
    self.experimentID = experimentID
    self.knobValues = knobValues
  }
}
