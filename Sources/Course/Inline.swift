// Inline: the text inside a paragraph, heading, list item or table cell — plain runs, emphasis,
// strong, code and links — and the parser that reads it from one source line.

import Display

/// Where a link points: another lesson, a glossary term, a common problem, or a web address.
public enum LinkTarget: Equatable, Hashable, Sendable {
  case lesson(String)
  case term(String)
  case problem(String)
  case web(String)

  /// Reads `lesson:ID`, `term:ID`, `problem:ID`; anything else is a web address.
  init(_ text: String) {
    if text.hasPrefix("lesson:") { self = .lesson(String(text.dropFirst(7))) }
    else if text.hasPrefix("term:") { self = .term(String(text.dropFirst(5))) }
    else if text.hasPrefix("problem:") { self = .problem(String(text.dropFirst(8))) }
    else { self = .web(text) }
  }

  /// The target as a lesson file writes it (`term:epoch`, or the web address).
  public var markup: String {
    switch self {
    case .lesson(let id): return "lesson:" + id
    case .term(let id): return "term:" + id
    case .problem(let id): return "problem:" + id
    case .web(let address): return address
    }
  }
}

/// One run of inline text.
public enum Inline: Equatable, Hashable, Sendable {
  case text(String)
  case emphasis(String)
  case strong(String)
  case code(String)
  /// A link with its visible text, its target and the source line (for the linter).
  case link(text: String, target: LinkTarget, line: Int)

  /// The visible text, markup removed.
  public var plainText: String {
    switch self {
    case .text(let s), .emphasis(let s), .strong(let s), .code(let s): return s
    case .link(let text, _, _): return text
    }
  }
}

extension Array where Element == Inline {
  /// The visible text of all runs, markup removed.
  public var plainText: String { map(\.plainText).joined() }

  /// Every link with its target and line.
  var links: [(target: LinkTarget, line: Int)] {
    compactMap { inline in
      if case .link(_, let target, let line) = inline { return (target, line) }
      return nil
    }
  }
}

/// Parses inline markup in `text`, which comes from source line `line`.
///
/// An unmatched `*`, `_`, `` ` `` or `[` is kept as text, because a stray asterisk in prose
/// should read as an asterisk, not swallow the rest of the paragraph.
func parseInline(_ text: String, line: Int) -> [Inline] {
  parseInline(text, lineStarts: [(0, line)])
}

/// Parses inline markup in a paragraph joined from several source lines; `lineStarts` gives the
/// character offset where each line begins, so a link knows its own line.
func parseInline(_ text: String, lineStarts: [(offset: Int, line: Int)]) -> [Inline] {
  let chars = Array(text)
  func lineAt(_ offset: Int) -> Int { lineStarts.last { $0.offset <= offset }?.line ?? lineStarts.first?.line ?? 1 }
  var result: [Inline] = []
  var plain = ""
  var i = 0

  func flush() {
    if !plain.isEmpty { result.append(.text(plain)); plain = "" }
  }
  /// The index of `closer` at or after `from`, if any.
  func find(_ closer: [Character], from: Int) -> Int? {
    guard !closer.isEmpty, from <= chars.count - closer.count else { return nil }
    var j = from
    while j <= chars.count - closer.count {
      if Array(chars[j..<(j + closer.count)]) == closer { return j }
      j += 1
    }
    return nil
  }

  while i < chars.count {
    let c = chars[i]
    if c == "`", let end = find(["`"], from: i + 1), end > i + 1 {
      flush()
      result.append(.code(String(chars[(i + 1)..<end])))
      i = end + 1
    } else if c == "*", i + 1 < chars.count, chars[i + 1] == "*", let end = find(["*", "*"], from: i + 2), end > i + 2 {
      flush()
      result.append(.strong(String(chars[(i + 2)..<end])))
      i = end + 2
    } else if c == "*" || c == "_", i + 1 < chars.count, !chars[i + 1].isWhitespace,
      startsWord(chars, i), let end = find([c], from: i + 1), end > i + 1, !chars[end - 1].isWhitespace
    {
      flush()
      result.append(.emphasis(String(chars[(i + 1)..<end])))
      i = end + 1
    } else if c == "[", let close = find(["]", "("], from: i + 1), let end = find([")"], from: close + 2) {
      flush()
      let label = String(chars[(i + 1)..<close])
      let target = String(chars[(close + 2)..<end]).trimmingCharacters(in: " ")
      result.append(.link(text: label, target: LinkTarget(target), line: lineAt(i)))
      i = end + 1
    } else {
      plain.append(c)
      i += 1
    }
  }
  flush()
  return result
}

/// Whether position `i` begins a word (so `snake_case_names` keep their underscores). After a
/// wide (CJK) character every position does: Chinese has no spaces to start words with.
private func startsWord(_ chars: [Character], _ i: Int) -> Bool {
  i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber) || displayWidth(chars[i - 1]) == 2
}

extension String {
  /// The string without leading and trailing characters from `set`.
  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) || f == "\t" { s.removeFirst() }
    while let l = s.last, set.contains(l) || l == "\t" { s.removeLast() }
    return String(s)
  }

  /// The string without leading and trailing spaces and tabs.
  var trimmed: String { trimmingCharacters(in: " ") }
}
