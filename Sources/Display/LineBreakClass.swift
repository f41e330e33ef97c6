// LineBreakClass: how a grapheme behaves at a line break (space, CJK, kinsoku punctuation, word).

/// The role a grapheme plays when a paragraph is broken into lines.
///
/// A deliberately small subset of Unicode's line-breaking algorithm (UAX #14): enough for
/// English and Chinese prose, plus the Japanese *kinsoku* rules that keep closing
/// punctuation off the start of a line and opening brackets off its end.
enum LineBreakClass: Equatable, Sendable {
  /// Horizontal white space: a break opportunity, dropped when the break is taken.
  case space
  /// Punctuation that must not start a line (`，。）` and ASCII `,.;:?!)`).
  case closing
  /// Brackets that must not end a line (`（「` and ASCII `(`).
  case opening
  /// Anything else: letters, digits, ideographs. Narrow ones glue into words; wide ones
  /// (ideographs, kana) stand alone, breakable on either side.
  case other

  /// The class of one grapheme.
  init(_ c: Character) {
    if closingPunctuation.contains(c) {
      self = .closing
    } else if openingPunctuation.contains(c) {
      self = .opening
    } else if c.isWhitespace && !c.isNewline {
      self = .space
    } else {
      self = .other
    }
  }
}

/// Punctuation that never starts a line.
private let closingPunctuation: Set<Character> = [
  "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》", "】", "〉", "”", "’", "…",
  ",", ".", ";", ":", "?", "!", ")", "]", "}",
]

/// Brackets that never end a line.
private let openingPunctuation: Set<Character> = [
  "（", "「", "『", "《", "【", "〈", "“", "‘", "(", "[", "{",
]
