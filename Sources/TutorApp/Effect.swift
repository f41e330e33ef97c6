// Effect: what `update` asks the runtime to do, as data, so tests can compare effects directly.

import Course

/// A request from `update` to the runtime.
public enum Effect: Equatable, Sendable {
  /// Leave the app and restore the terminal.
  case quit
  /// Write this change to the learner's progress file (the model has already applied it to its
  /// own copy, `Model.progress`).
  case save(ProgressChange)
}
