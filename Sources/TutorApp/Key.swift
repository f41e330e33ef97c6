// Key: a key press as the app understands it, independent of the terminal library that decoded it.

/// One key press.
public enum Key: Equatable, Hashable, Sendable {
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete
  /// A function key, F1 = 1.
  case function(Int)
  /// A printable character, including CJK.
  case char(Character)
  /// A control chord: Ctrl-C is `.control("c")`.
  case control(Character)
}
