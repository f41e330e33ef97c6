// TextMatch: finding a typed query in rendered lines — case-insensitive, on the text as drawn (so
// matches may cross styled spans, and in ASCII mode they are found in the transliterated text),
// with wide CJK glyphs measured in display columns for highlighting.

import Display

/// One occurrence of a query in rendered lines.
public struct TextMatch: Equatable, Sendable {
  /// The line it is on.
  public let line: Int
  /// Where it starts and how long it is, in characters of the line's plain text.
  public let start: Int
  public let length: Int
  /// Where it starts and how wide it is on screen, in columns from the line's first.
  public let column: Int
  public let width: Int
}

/// Every occurrence of `query` in `lines`, in reading order, none overlapping.
///
/// Matching compares characters one by one after lower-casing each, so a match maps back to whole
/// characters of what is drawn. In ASCII mode the query is transliterated as the text was
/// (`γ` finds `gamma`). Matches never cross a line break. An empty query matches nothing.
public func findMatches(of query: String, in lines: [[Span]], charset: Charset) -> [TextMatch] {
  let needle = foldedCharacters(charset.transliterate(query))
  guard !needle.isEmpty else { return [] }
  let asciiNeedle = needle.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? needle.joined() : nil
  var matches: [TextMatch] = []
  for (index, line) in lines.enumerated() {
    let text = line.plainText
    // Most lines do not match: reject plain ASCII lines with one search over the whole line,
    // which for ASCII is the same comparison as the character-by-character one below.
    if let asciiNeedle, text.utf8.allSatisfy({ $0 < 0x80 }), !text.lowercased().contains(asciiNeedle) { continue }
    matches += findMatches(of: needle, inLine: text, index: index)
  }
  return matches
}

/// The matches of already folded `needle` characters in one line.
private func findMatches(of needle: [String], inLine text: String, index: Int) -> [TextMatch] {
  let characters = Array(text)
  guard characters.count >= needle.count else { return [] }
  let folded = characters.map { String($0).lowercased() }
  var matches: [TextMatch] = []
  var start = 0
  var column = 0
  var columnOf = 0  // the column of `characters[columnOf]`, advanced lazily up to `start`
  while start + needle.count <= characters.count {
    if folded[start] == needle[0], (1..<needle.count).allSatisfy({ folded[start + $0] == needle[$0] }) {
      while columnOf < start {
        column += displayWidth(characters[columnOf])
        columnOf += 1
      }
      let width = characters[start..<(start + needle.count)].reduce(0) { $0 + displayWidth($1) }
      matches.append(TextMatch(line: index, start: start, length: needle.count, column: column, width: width))
      start += needle.count
    } else {
      start += 1
    }
  }
  return matches
}

/// Each character of `text`, lower-cased on its own.
private func foldedCharacters(_ text: String) -> [String] { text.map { String($0).lowercased() } }

/// Which match to go to when a search starts or moves on.
enum MatchStep {
  /// The first match on line `line` or after it (the top of the view when typing starts).
  case atOrAfter(line: Int)
  /// The one after `current`, or before it.
  case next(after: Int)
  case previous(before: Int)
}

/// The index in `matches` that `step` leads to, and whether it wrapped past an end.
func matchIndex(_ step: MatchStep, in matches: [TextMatch]) -> (index: Int, wrapped: Bool)? {
  guard !matches.isEmpty else { return nil }
  switch step {
  case .atOrAfter(let line):
    if let index = matches.firstIndex(where: { $0.line >= line }) { return (index, false) }
    return (0, true)
  case .next(let current):
    return current + 1 < matches.count ? (current + 1, false) : (0, true)
  case .previous(let current):
    return current - 1 >= 0 ? (current - 1, false) : (matches.count - 1, true)
  }
}
