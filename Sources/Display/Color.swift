// Color: the small terminal palette every style draws from.

/// One of the eight classic terminal colours, gray, or the terminal's own default.
///
/// The palette is deliberately small: it maps onto the colours every ncurses terminal
/// offers, so a screen looks the same in a basic terminal as in a modern one.
public enum Color: Equatable, Hashable, Sendable, CaseIterable {
  /// The terminal's configured foreground or background, whichever the slot is.
  case `default`
  /// The eight ANSI colours, in their terminal order.
  case black, red, green, yellow, blue, magenta, cyan, white
  /// Bright black; terminals without bright colours show it as black or dim white.
  case gray
}
