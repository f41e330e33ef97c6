// Cell: one screen cell, holding one grapheme (or the right half of a wide one) and its style.

/// One character cell of a `Buffer`.
///
/// A double-width glyph occupies two cells: the left cell holds the grapheme and the right
/// cell is a *continuation* with an empty symbol, so that every row always has exactly
/// `width` cells and renderers can skip continuations.
public struct Cell: Equatable, Hashable, Sendable {
  /// One grapheme cluster, or `""` for the right half of a wide glyph.
  public var symbol: String
  /// How the cell is drawn.
  public var style: Style

  /// Creates a cell; `symbol` must be one grapheme or empty.
  public init(symbol: String, style: Style = .plain) {
    self.symbol = symbol
    self.style = style
  }

  /// Whether this cell is the right half of a wide glyph drawn in the cell to its left.
  public var isContinuation: Bool { symbol.isEmpty }

  /// A plain space: what a fresh buffer is filled with.
  public static let blank = Cell(symbol: " ")
}
