// Marker: the ways a character cell is cut into dots (braille, quadrants, half blocks, ASCII 3×3).

/// How a character cell is divided into dots, and which glyph shows each dot pattern.
public enum Marker: Sendable, Hashable, CaseIterable {
  /// Braille, 2 × 4 dots per cell (U+2800…U+28FF): the finest resolution.
  case braille
  /// Quadrant blocks, 2 × 2 dots per cell (`▘▝▀▖▌▞▛▗▚▐▜▄▙▟█`).
  case quadrants
  /// Half blocks, 1 × 2 dots per cell (`▀▄█`).
  case halfBlocks
  /// Pure ASCII, 3 × 3 dots per cell, each pattern shown by the nearest of a few dozen glyphs.
  case ascii

  /// Dots across one cell.
  public var dotsAcross: Int {
    switch self {
    case .braille, .quadrants: return 2
    case .halfBlocks: return 1
    case .ascii: return 3
    }
  }

  /// Dots down one cell.
  public var dotsDown: Int {
    switch self {
    case .braille: return 4
    case .quadrants, .halfBlocks: return 2
    case .ascii: return 3
    }
  }

  /// The bit for the dot at (`column`, `row`) inside one cell.
  ///
  /// Braille uses the Unicode dot numbering (dots 1-2-3-7 down the left, 4-5-6-8 down the right),
  /// so the glyph is simply U+2800 plus the bits. The other markers number dots row by row.
  @inlinable
  public func bit(column: Int, row: Int) -> UInt16 {
    switch self {
    case .braille:
      if row == 3 { return column == 0 ? 0x40 : 0x80 }
      return (column == 0 ? 0x01 : 0x08) << UInt16(row)
    default:
      return 1 << UInt16(row * dotsAcross + column)
    }
  }

  /// The glyph for a cell whose set dots are `bits`; `nil` for an empty cell (draw nothing).
  public func glyph(for bits: UInt16) -> Character? {
    guard bits != 0 else { return nil }
    switch self {
    case .braille:
      return Character(Unicode.Scalar(0x2800 + UInt32(bits & 0xFF)) ?? " ")
    case .quadrants:
      return Marker.quadrantGlyphs[Int(bits & 0xF)]
    case .halfBlocks:
      return Marker.halfBlockGlyphs[Int(bits & 0x3)]
    case .ascii:
      return AsciiPatterns.glyph(for: bits & 0x1FF)
    }
  }

  private static let quadrantGlyphs: [Character] = Array(" ▘▝▀▖▌▞▛▗▚▐▜▄▙▟█")
  private static let halfBlockGlyphs: [Character] = Array(" ▀▄█")
}
