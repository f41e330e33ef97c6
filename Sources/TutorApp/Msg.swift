// Msg: everything that can happen to the app — keys, resizes, and the runtime's frame ticks.

/// An event fed to `update`.
public enum Msg: Equatable, Sendable {
  /// A key was pressed.
  case key(Key)
  /// The terminal now has this size.
  case resized(width: Int, height: Int)
  /// A frame while something animates: step the running experiments by at most `maxSteps`
  /// (the runtime's time budget for this frame, measured from the previous one).
  case frame(maxSteps: Int)
}
