// BorderSet: the eleven glyphs of a box-drawing line set.

/// The glyphs that draw frames, separators and grids.
///
/// Every glyph is exactly one column wide in both charsets.
public struct BorderSet: Equatable, Hashable, Sendable {
  public var horizontal: Character
  public var vertical: Character
  public var topLeft: Character
  public var topRight: Character
  public var bottomLeft: Character
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
