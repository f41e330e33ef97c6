// Wrap: breaking mixed English/Chinese text into lines of a display width, with kinsoku rules.

/// Breaks text into lines no wider than `width` columns.
///
/// - Latin words stay whole; a word wider than the line is split wherever it must be.
///   Compounds may break after their hyphens (`back-` / `propagation`).
/// - Every CJK ideograph (every wide glyph) is a break opportunity.
/// - Kinsoku: closing punctuation (`，。、；：？！）」』》】` and ASCII `,.;:?!)`) never starts a
///   line and opening brackets (`（「『《【(`) never end one, not even at a space — unless a
///   single unbreakable run is wider than the line, when nothing else can be done.
/// - Spaces at a break, and at the end of a paragraph, are dropped; leading spaces (an
///   indent) are kept.
/// - Each newline ends a paragraph; an empty paragraph gives an empty line.
/// - A glyph wider than the whole line (a wide glyph at width 1) gets a line of its own.
///
/// - Returns: The lines, without newlines; `[]` for empty text or `width < 1`.
public func wrap(_ text: String, width: Int) -> [String] {
  wrapGlyphs(text.map { StyledGlyph($0, .plain) }, width: width).map { line in
    String(line.map(\.character))
  }
}

/// Breaks styled text into lines no wider than `width` columns, keeping each span's style.
///
/// The rules are those of `wrap(_:width:)`; a span may be split across lines, and adjacent
/// pieces of one style (and tag) within a line are merged.
public func wrap(_ spans: [Span], width: Int) -> [[Span]] {
  let glyphs = spans.flatMap { span in span.text.map { StyledGlyph($0, span.style, tag: span.tag) } }
  return wrapGlyphs(glyphs, width: width).map(mergedSpans)
}

/// One grapheme with its style and cached width and break class.
private struct StyledGlyph {
  let character: Character
  let style: Style
  let tag: Int?
  let width: Int
  let breakClass: LineBreakClass

  init(_ character: Character, _ style: Style, tag: Int? = nil) {
    self.character = character
    self.style = style
    self.tag = tag
    width = displayWidth(character)
    breakClass = LineBreakClass(character)
  }
}

/// Runs of one style and tag, merged.
private func mergedSpans(_ line: [StyledGlyph]) -> [Span] {
  var spans: [Span] = []
  for glyph in line {
    if let last = spans.indices.last, spans[last].style == glyph.style, spans[last].tag == glyph.tag {
      spans[last].text.append(glyph.character)
    } else {
      spans.append(Span(String(glyph.character), style: glyph.style, tag: glyph.tag))
    }
  }
  return spans
}

/// The wrapping algorithm, over styled glyphs: paragraphs, then greedy filling per paragraph.
private func wrapGlyphs(_ glyphs: [StyledGlyph], width: Int) -> [[StyledGlyph]] {
  guard width >= 1, !glyphs.isEmpty else { return [] }
  return glyphs.split(omittingEmptySubsequences: false, whereSeparator: \.character.isNewline)
    .flatMap { fillParagraph(Array($0), width: width) }
}

/// An unbreakable run of glyphs and the spaces before it.
private struct Token {
  var spaces: [StyledGlyph] = []
  var atom: [StyledGlyph] = []
}

/// Cuts a paragraph into tokens: an atom ends at a space or at a break opportunity.
private func tokenize(_ glyphs: [StyledGlyph]) -> [Token] {
  var tokens: [Token] = []
  var current = Token()
  for glyph in glyphs {
    if glyph.breakClass == .space {
      if !current.atom.isEmpty {
        tokens.append(current)
        current = Token()
      }
      current.spaces.append(glyph)
    } else if current.atom.isEmpty, let previous = tokens.last?.atom.last,
      !kinsokuAllows(previous, glyph)
    {
      // Kinsoku outranks a space: "好 。" or "（ 见" must not break at the space either,
      // so the spaces and the glyph join the previous atom.
      var merged = tokens.removeLast()
      merged.atom += current.spaces + [glyph]
      current = merged
    } else {
      if let previous = current.atom.last, canBreak(previous, glyph, atomLength: current.atom.count) {
        tokens.append(current)
        current = Token()
      }
      current.atom.append(glyph)
    }
  }
  if !current.atom.isEmpty || !current.spaces.isEmpty { tokens.append(current) }
  return tokens
}

/// Greedy line filling of one paragraph (no newlines inside).
private func fillParagraph(_ glyphs: [StyledGlyph], width: Int) -> [[StyledGlyph]] {
  var lines: [[StyledGlyph]] = []
  var line: [StyledGlyph] = []
  var lineWidth = 0

  /// Starts a fresh line with `run`, hard-splitting it if it is wider than the line.
  func startLine(with run: [StyledGlyph]) {
    var rest = run[...]
    while rest.count > 1, columns(rest) > width {
      let end = hardSplitIndex(rest, width: width)
      // Spaces glued in by kinsoku are still break spaces once the cut lands next to them.
      var chunk = rest[..<end]
      while chunk.count > 1, chunk.last?.breakClass == .space { chunk = chunk.dropLast() }
      lines.append(Array(chunk))
      rest = rest[end...]
      while rest.count > 1, rest.first?.breakClass == .space { rest = rest.dropFirst() }
    }
    line = Array(rest)
    lineWidth = columns(rest)
  }

  for (index, token) in tokenize(glyphs).enumerated() {
    let spaceWidth = columns(token.spaces[...])
    let atomWidth = columns(token.atom[...])
    if token.atom.isEmpty {
      continue  // trailing spaces
    } else if index == 0 {
      startLine(with: token.spaces + token.atom)  // leading spaces are an indent, kept
    } else if lineWidth + spaceWidth + atomWidth <= width {
      line += token.spaces + token.atom
      lineWidth += spaceWidth + atomWidth
    } else {
      lines.append(line)
      startLine(with: token.atom)
    }
  }
  lines.append(line)
  return lines
}

/// Where to cut a run that is wider than the line: as many glyphs as fit, backing off so
/// the cut does not put closing punctuation first or leave an opening bracket last.
private func hardSplitIndex(_ run: ArraySlice<StyledGlyph>, width: Int) -> Int {
  var end = run.startIndex
  var used = 0
  while end < run.endIndex, used + run[end].width <= width {
    used += run[end].width
    end += 1
  }
  // A glyph wider than the whole line still has to go somewhere: alone on its line.
  guard end > run.startIndex else { return run.startIndex + 1 }
  var cut = end
  while cut > run.startIndex + 1, !kinsokuAllows(run[cut - 1], run[cut]) { cut -= 1 }
  return kinsokuAllows(run[cut - 1], run[cut]) ? cut : end
}

/// Whether a line may break between two adjacent glyphs, neither of them a space, where
/// `before` ends an atom of `atomLength` glyphs.
///
/// Never where kinsoku forbids it. Otherwise a break is allowed next to any wide glyph —
/// every ideograph is its own word, and `，。` let the next word start a line — and after
/// the hyphen of a compound (`back-|propagation`), but not elsewhere between two narrow
/// glyphs, so Latin words and the ASCII punctuation in them (`3.5`, `e.g.`) stay whole.
private func canBreak(_ before: StyledGlyph, _ after: StyledGlyph, atomLength: Int) -> Bool {
  guard kinsokuAllows(before, after) else { return false }
  if before.width == 2 || after.width == 2 { return true }
  // A hyphen that starts its atom is a minus sign or a dash, not a compound's joint.
  return before.character == "-" && atomLength > 1 && after.character.isLetter
}

/// Whether a cut between two glyphs respects the kinsoku rules: no closing punctuation
/// first on a line, no opening bracket last.
private func kinsokuAllows(_ before: StyledGlyph, _ after: StyledGlyph) -> Bool {
  before.breakClass != .opening && after.breakClass != .closing
}

/// The display width of a run of glyphs.
private func columns(_ run: ArraySlice<StyledGlyph>) -> Int {
  run.reduce(0) { $0 + $1.width }
}
