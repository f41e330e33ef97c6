// Style: colours and attributes applied to one cell.

/// How a cell is drawn: its colours and text attributes.
public struct Style: Equatable, Hashable, Sendable {
  /// The glyph colour.
  public var foreground: Color
  /// The cell colour behind the glyph.
  public var background: Color
  /// Heavier glyph strokes (often also a brighter colour).
  public var bold: Bool
  /// Fainter glyphs, for secondary text.
  public var dim: Bool
  /// Swapped foreground and background, for highlights and cursors.
  public var reverse: Bool
  /// A line under the glyph.
  public var underline: Bool

  /// Creates a style; every part defaults to the terminal's plain rendering.
  public init(
    foreground: Color = .default, background: Color = .default,
    bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
  }

  /// Default colours and no attributes.
  public static let plain = Style()
}
