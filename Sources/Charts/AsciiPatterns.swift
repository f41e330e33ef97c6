// AsciiPatterns: the pure-ASCII look-up for 3×3 dot patterns (nearest glyph by Hamming distance).

/// The ASCII glyph for each of the 512 patterns of a 3 × 3 dot cell.
///
/// A few dozen patterns are drawn by hand (a vertical stroke is `|`, a rising diagonal `/`, the
/// bottom row `_`); every other pattern takes the hand-drawn glyph whose pattern differs from it in
/// the fewest dots. This is the technique of UnicodePlots' ASCII canvas, with our own table. A
/// non-empty pattern never maps to a blank, so no dot silently disappears.
enum AsciiPatterns {
  /// Hand-drawn patterns: three rows top to bottom, each three dots left to right.
  /// Earlier entries win ties, so the commonest strokes come first.
  private static let drawn: [(pattern: String, glyph: Character)] = [
    ("... ### ...", "-"), ("### ... ...", "-"), ("... ... ###", "_"),
    (".#. .#. .#.", "|"), ("#.. #.. #..", "|"), ("..# ..# ..#", "|"),
    ("..# .#. #..", "/"), ("#.. .#. ..#", "\\"),
    (".#. ... ...", "'"), ("#.. ... ...", "`"), ("..# ... ...", "'"),
    ("... .#. ...", "-"), ("... ... .#.", "."), ("... ... #..", "."), ("... ... ..#", "."),
    ("... #.. ...", "-"), ("... ..# ...", "-"),
    (".#. ### .#.", "+"), ("#.# .#. #.#", "x"), ("#.# #.# .#.", "v"), (".#. #.# #.#", "^"),
    ("... #.# .#.", "v"), (".#. #.# ...", "^"),
    ("#.. #.. ###", "L"), ("### .#. .#.", "T"), ("#.# .#. .#.", "Y"), ("### ..# ..#", "7"),
    ("..# ..# ###", "J"), ("### #.. #..", "r"),
    (".#. ... .#.", ":"), ("### ... ###", "="), ("### ### ###", "#"),
    ("..# .#. ..#", "<"), ("#.. .#. #..", ">"), ("##. ..# ...", "~"), ("... ##. ..#", "~"),
  ]

  private static func bits(of pattern: String) -> UInt16 {
    var bits: UInt16 = 0
    var index: UInt16 = 0
    for c in pattern where c != " " {
      if c == "#" { bits |= 1 << index }
      index += 1
    }
    return bits
  }

  private static let table: [Character] = {
    let patterns = drawn.map { (bits: bits(of: $0.pattern), glyph: $0.glyph) }
    var table = [Character](repeating: " ", count: 512)
    for pattern in 1..<512 {
      var best = patterns[0]
      var bestDistance = Int.max
      for candidate in patterns {
        let distance = (UInt16(pattern) ^ candidate.bits).nonzeroBitCount
        if distance < bestDistance {
          best = candidate
          bestDistance = distance
        }
      }
      table[pattern] = best.glyph
    }
    return table
  }()

  /// The glyph for the 9-bit pattern `bits` (bit `row * 3 + column`).
  static func glyph(for bits: UInt16) -> Character {
    table[Int(bits & 0x1FF)]
  }
}
