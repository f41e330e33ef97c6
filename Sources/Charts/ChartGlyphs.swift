// ChartGlyphs: the glyph sets charts draw with, per charset, chosen so meaning never rests on colour.

import Display

/// Glyphs shared by the charts, in a Unicode and a pure-ASCII form.
///
/// Series, classes and paths are told apart by glyph as well as by colour: a monochrome terminal,
/// a projector or a colour-blind reader still sees which is which.
public enum ChartGlyphs {
  /// Markers for series, classes and paths, in order: `● ○ ▲ ■ ◆ △` or `o x + * @ %`.
  public static func markers(_ charset: Charset) -> [Character] {
    charset == .unicode ? ["●", "○", "▲", "■", "◆", "△"] : ["o", "x", "+", "*", "@", "%"]
  }

  /// The marker for item `index` (markers repeat after the last one).
  public static func marker(_ index: Int, _ charset: Charset) -> Character {
    let all = markers(charset)
    return all[((index % all.count) + all.count) % all.count]
  }

  /// Background shades for decision regions, one per class: blank, `░`, `·`, `▒`… or blank, `.`, `:`….
  ///
  /// Class 0 is blank so the commonest picture (two classes) stays light enough for the points on it.
  public static func regionShade(_ index: Int, _ charset: Charset) -> Character {
    let all: [Character] = charset == .unicode ? [" ", "░", "·", "▒", "┄"] : [" ", ".", ":", "-", "'"]
    return all[((index % all.count) + all.count) % all.count]
  }

  /// The heat-map ramp, lightest first: ` ·░▒▓█` or ` .:;=#`.
  ///
  /// Unlike `Charset.shades` the ASCII ramp avoids `o`, `+`, `*`, `x`, `@` and `%`, which mark paths.
  public static func heatRamp(_ charset: Charset) -> [Character] {
    charset == .unicode ? [" ", "·", "░", "▒", "▓", "█"] : [" ", ".", ":", ";", "=", "#"]
  }

  /// The mark for the first NaN or infinite value of a series ("diverged here"): `×` or `x`.
  public static func gap(_ charset: Charset) -> Character { charset == .unicode ? "×" : "x" }

  /// The mark at the start of a path: `◇` or `S`.
  public static func pathStart(_ charset: Charset) -> Character { charset == .unicode ? "◇" : "S" }

  /// The mark for a predicted value beside a measured bar: `│` or `|`.
  public static func predicted(_ charset: Charset) -> Character { charset == .unicode ? "┃" : "|" }

  /// The default dot marker: braille for Unicode, the 3 × 3 ASCII folding otherwise.
  public static func dotMarker(_ charset: Charset) -> Marker { charset == .unicode ? .braille : .ascii }

  /// Horizontal bar glyphs by eighths (index 1…8): `▏▎▍▌▋▊▉█`; ASCII has halves (`=`, `#`).
  static func barPiece(eighths: Int, _ charset: Charset) -> Character? {
    guard eighths > 0 else { return nil }
    if charset == .ascii { return eighths >= 8 ? "#" : (eighths >= 4 ? "=" : nil) }
    let pieces: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    return pieces[Swift.min(eighths, 8) - 1]
  }
}
