// Msg: everything that can happen to the app — keys, resizes, the runtime's frame ticks, and what
// the progress store has to say.

import Course

/// An event fed to `update`.
public enum Msg: Equatable, Sendable {
  /// A key was pressed.
  case key(Key)
  /// The terminal now has this size.
  case resized(width: Int, height: Int)
  /// A frame while something animates: step the running experiments by at most `maxSteps`
  /// (the runtime's time budget for this frame, measured from the previous one).
  case frame(maxSteps: Int)
  /// The progress file could not be read, or a save failed: the learner must be told in the app,
  /// since anything printed while the screen is taken over is lost behind it.
  case progressWarning(ProgressWarning)
}
