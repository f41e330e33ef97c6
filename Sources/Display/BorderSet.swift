// BorderSet: the eleven glyphs of a box-drawing line set.

/// The glyphs that draw frames, separators and grids.
///
/// Every glyph is exactly one column wide in both charsets.
public struct BorderSet: Equatable, Hashable, Sendable {
  /// A horizontal line segment (`─`).
  public var horizontal: Character
  /// A vertical line segment (`│`).
  public var vertical: Character
  /// The top-left corner (`┌`).
  public var topLeft: Character
  /// The top-right corner (`┐`).
  public var topRight: Character
  /// The bottom-left corner (`└`).
  public var bottomLeft: Character
  /// The bottom-right corner (`┘`).
  public var bottomRight: Character
  /// A vertical line with a branch to the right (`├`), where a separator meets the left edge.
  public var teeRight: Character
  /// A vertical line with a branch to the left (`┤`), where a separator meets the right edge.
  public var teeLeft: Character
  /// A horizontal line with a branch down (`┬`).
  public var teeDown: Character
  /// A horizontal line with a branch up (`┴`).
  public var teeUp: Character
  /// Two lines crossing (`┼`).
  public var cross: Character

  /// Light Unicode box drawing: `┌─┐│└┘├┤┬┴┼`.
  public static let light = BorderSet(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
    bottomRight: "┘", teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼")

  /// ASCII lines: `-` and `|`, with `+` for every corner and junction.
  public static let ascii = BorderSet(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+", teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+")
}
