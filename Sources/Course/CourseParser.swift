// CourseParser: reads one course file (a lesson, the glossary or the problems reference) into
// front matter, blocks, questions, terms and problems, keeping every element's line and
// reporting every structural mistake instead of stopping at the first.

import Display

/// A source line and its number (from 1).
typealias SourceLine = (number: Int, text: String)

/// A `::: kind argument` block before it is interpreted.
struct FencedBlock {
  let kind: String
  let argument: String
  let line: Int
  var fields: [FrontMatterField] = []
  var body: [SourceLine] = []

  /// The value of the field `key`, if present.
  func field(_ key: String) -> FrontMatterField? { fields.first { $0.key == key } }
}

/// Everything read from one file, before cross-file checks.
public struct ParsedFile: Sendable {
  public var kind: CourseFileKind = .lesson
  public var frontMatter: [FrontMatterField] = []
  public var blocks: [Block] = []
  public var questions: [Question] = []
  public var terms: [GlossaryTerm] = []
  public var problems: [CommonProblem] = []
  /// Problems found while reading, with lines (the file name is filled in by the loader).
  public var issues: [CourseIssue] = []

  /// The front-matter value of `key`.
  public func value(_ key: String) -> String? { frontMatter.first { $0.key == key }?.value }
}

/// Reads course files.
public enum CourseParser {
  static let frontMatterKeys: Set<String> = ["id", "title", "order", "covers", "experiment", "minutes", "kind"]

  /// The fields each fenced block kind takes, and whether it has a Markdown body.
  static let blockKinds: [String: (fields: Set<String>, body: Bool)] = [
    "note": ([], true),
    "fact-check": (["claim", "truth", "source"], false),
    "try": (["set"], true),
    "question": (["kind", "prompt", "answer", "tolerance", "explain", "experiment", "set", "steps", "seed", "key", "expect", "show", "check"], false),
    "term": (["term"], true),
    "problem": (["symptom", "cause", "fixes", "lesson"], false),
  ]

  /// Parses the text of one file. Never fails: problems are in `issues`.
  public static func parse(_ text: String) -> ParsedFile {
    var file = ParsedFile()
    let lines: [SourceLine] = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, line in
      (i + 1, line.hasSuffix("\r") ? String(line.dropLast()) : String(line))
    }
    var index = 0
    if lines.first?.text.trimmed == "---" {
      index = 1
      var closed = false
      while index < lines.count {
        let (number, raw) = lines[index]
        index += 1
        let line = raw.trimmed
        if line == "---" { closed = true; break }
        if line.isEmpty || line.hasPrefix("#") { continue }
        guard let colon = line.firstIndex(of: ":") else {
          file.issues.append(issue(number, .badFrontMatterLine(line)))
          continue
        }
        let key = String(line[..<colon]).trimmed
        let value = String(line[line.index(after: colon)...]).trimmed
        if file.frontMatter.contains(where: { $0.key == key }) {
          file.issues.append(issue(number, .duplicateField(key)))
        } else if !frontMatterKeys.contains(key) {
          file.issues.append(issue(number, .unknownField(key)))
        } else {
          file.frontMatter.append(FrontMatterField(key: key, value: value, line: number))
        }
      }
      if !closed { file.issues.append(issue(1, .unclosedFrontMatter)) }
    } else {
      file.issues.append(issue(1, .missingFrontMatter))
    }
    if let kind = file.frontMatter.first(where: { $0.key == "kind" }) {
      if let k = CourseFileKind(rawValue: kind.value) { file.kind = k }
      else { file.issues.append(issue(kind.line, .badFileKind(kind.value))) }
    }

    var fenced: [FencedBlock] = []
    file.blocks = parseBlocks(Array(lines[min(index, lines.count)...]), fenced: &fenced, issues: &file.issues)
    for block in fenced {
      switch block.kind {
      case "question" where file.kind == .lesson:
        file.questions.append(QuestionReader.read(block, issues: &file.issues))
      case "term" where file.kind == .glossary:
        file.terms.append(readTerm(block, issues: &file.issues))
      case "problem" where file.kind == .problems:
        file.problems.append(readProblem(block, issues: &file.issues))
      default:
        file.issues.append(issue(block.line, .blockNotAllowed(kind: block.kind, in: file.kind)))
      }
    }
    return file
  }

  static func issue(_ line: Int, _ message: CourseMessage) -> CourseIssue {
    CourseIssue(file: "", line: line, message)
  }

  // MARK: - Blocks

  /// Parses Markdown blocks. Callouts become blocks; questions, terms and problems go to `fenced`.
  ///
  /// A fenced block ends at the first line starting with `:::`, so the lines inside one never
  /// hold another: a nested opening is reported where it stands and then read as a block of its own.
  static func parseBlocks(_ lines: [SourceLine], fenced: inout [FencedBlock], issues: inout [CourseIssue]) -> [Block] {
    var blocks: [Block] = []
    var paragraph: [SourceLine] = []
    var i = 0

    func flushParagraph() {
      guard let first = paragraph.first else { return }
      let (text, starts) = joined(paragraph)
      blocks.append(Block(line: first.number, .paragraph(parseInline(text, lineStarts: starts))))
      paragraph = []
    }

    while i < lines.count {
      let (number, raw) = lines[i]
      let line = raw.trimmed
      if line.isEmpty {
        flushParagraph()
        i += 1
      } else if line.hasPrefix("```") {
        flushParagraph()
        var code: [String] = []
        var j = i + 1
        while j < lines.count, !lines[j].text.trimmed.hasPrefix("```") {
          code.append(lines[j].text)
          j += 1
        }
        if j == lines.count { issues.append(issue(number, .unclosedCode)) }
        blocks.append(Block(line: number, .code(code)))
        i = j + 1
      } else if line.hasPrefix(":::") {
        flushParagraph()
        let header = String(line.dropFirst(3)).trimmed
        if header.isEmpty {
          issues.append(issue(number, .strayBlockClose))
          i += 1
          continue
        }
        let kind = String(header.prefix { $0 != " " })
        let argument = String(header.dropFirst(kind.count)).trimmed
        var j = i + 1
        var inner: [SourceLine] = []
        var closed = false
        while j < lines.count {
          let t = lines[j].text.trimmed
          if t == ":::" { closed = true; break }
          if t.hasPrefix(":::") {
            issues.append(issue(lines[j].number, .nestedBlock(kind)))
            break
          }
          inner.append(lines[j])
          j += 1
        }
        if !closed, j == lines.count { issues.append(issue(number, .unclosedBlock(kind))) }
        i = closed ? j + 1 : j
        guard let spec = blockKinds[kind] else {
          issues.append(issue(number, .unknownBlock(kind)))
          continue
        }
        var block = FencedBlock(kind: kind, argument: argument, line: number)
        readFields(inner, spec: spec, into: &block, issues: &issues)
        if let callout = callout(block, issues: &issues) {
          blocks.append(callout)
        } else {
          fenced.append(block)
        }
      } else if let level = headingLevel(line) {
        flushParagraph()
        let text = String(line.dropFirst(level)).trimmed
        blocks.append(Block(line: number, .heading(level: level, parseInline(text, line: number))))
        i += 1
      } else if listMarker(line) != nil {
        flushParagraph()
        let ordered = listMarker(line) == true
        var items: [[Inline]] = []
        while i < lines.count, let marker = listMarker(lines[i].text.trimmed), marker == ordered {
          let t = lines[i].text.trimmed
          let body = ordered ? String(t.drop { $0 != "." }.dropFirst()).trimmed : String(t.dropFirst(2)).trimmed
          var itemLines: [SourceLine] = [(lines[i].number, body)]
          i += 1
          while i < lines.count, lines[i].text.hasPrefix("  "), !lines[i].text.trimmed.isEmpty {
            itemLines.append(lines[i])
            i += 1
          }
          let (text, starts) = joined(itemLines)
          items.append(parseInline(text, lineStarts: starts))
        }
        blocks.append(Block(line: number, .list(ordered: ordered, items: items)))
      } else if line.hasPrefix("|") {
        flushParagraph()
        var rows: [SourceLine] = []
        while i < lines.count, lines[i].text.trimmed.hasPrefix("|") {
          rows.append(lines[i])
          i += 1
        }
        blocks.append(table(rows, issues: &issues))
      } else {
        paragraph.append((number, raw))
        i += 1
      }
    }
    flushParagraph()
    return blocks
  }

  /// Reads the leading `key: value` fields of a fenced block; the rest is its body.
  static func readFields(_ lines: [SourceLine], spec: (fields: Set<String>, body: Bool), into block: inout FencedBlock, issues: inout [CourseIssue]) {
    var inFields = true
    for (number, raw) in lines {
      let line = raw.trimmed
      if inFields {
        if line.isEmpty { continue }
        if raw.hasPrefix("  "), let last = block.fields.popLast() {
          block.fields.append(FrontMatterField(key: last.key, value: joinLines(last.value, line), line: last.line))
          continue
        }
        if let (key, value) = fieldLine(line) {
          let known = spec.fields.contains(key) || (block.kind == "question" && (key.hasPrefix("choice ") || key.hasPrefix("why ")))
          if known {
            if block.fields.contains(where: { $0.key == key }) { issues.append(issue(number, .duplicateField(key))) }
            else { block.fields.append(FrontMatterField(key: key, value: value, line: number)) }
            continue
          }
          if !spec.body {
            issues.append(issue(number, .unknownField(key)))
            continue
          }
        }
        inFields = false
      }
      if spec.body {
        block.body.append((number, raw))
      } else if !line.isEmpty {
        issues.append(issue(number, .strayText(block.kind)))
      }
    }
  }

  /// `key: value` where the key is a word, or two words for `choice a` / `why a`.
  static func fieldLine(_ line: String) -> (String, String)? {
    guard let colon = line.firstIndex(of: ":") else { return nil }
    let key = String(line[..<colon])
    let words = key.split(separator: " ", omittingEmptySubsequences: false)
    guard (1...2).contains(words.count), words.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } }),
      words[0].allSatisfy({ $0.isLowercase || $0 == "-" })
    else { return nil }
    let rest = line[line.index(after: colon)...]
    guard rest.isEmpty || rest.first == " " else { return nil }
    return (key, String(rest).trimmed)
  }

  /// Turns note, fact-check and try blocks into body blocks; nil for the other kinds.
  static func callout(_ block: FencedBlock, issues: inout [CourseIssue]) -> Block? {
    func body() -> [Block] { bodyBlocks(block, issues: &issues) }
    func required(_ key: String) -> [Inline] {
      guard let f = block.field(key) else {
        issues.append(issue(block.line, .missingField(key)))
        return []
      }
      return parseInline(f.value, line: f.line)
    }
    switch block.kind {
    case "note":
      return Block(line: block.line, .note(body()))
    case "fact-check":
      return Block(line: block.line, .factCheck(FactCheck(claim: required("claim"), truth: required("truth"), source: required("source"))))
    case "try":
      if block.argument.isEmpty { issues.append(issue(block.line, .missingBlockArgument("try"))) }
      var settings: [KnobAssignment] = []
      if let set = block.field("set") { settings = assignments(set, issues: &issues) }
      else { issues.append(issue(block.line, .missingField("set"))) }
      return Block(line: block.line, .tryThis(TryThis(title: block.argument, settings: settings, body: body())))
    default:
      return nil
    }
  }

  /// The Markdown body of a fenced block (which holds no fenced blocks: see `parseBlocks`).
  static func bodyBlocks(_ block: FencedBlock, issues: inout [CourseIssue]) -> [Block] {
    var none: [FencedBlock] = []
    return parseBlocks(block.body, fenced: &none, issues: &issues)
  }

  /// Reads `a=1 b=xor` into assignments.
  static func assignments(_ field: FrontMatterField, issues: inout [CourseIssue]) -> [KnobAssignment] {
    field.value.split(separator: " ").compactMap { word in
      guard let eq = word.firstIndex(of: "="), eq != word.startIndex else {
        issues.append(issue(field.line, .badKnobAssignment(String(word))))
        return nil
      }
      return KnobAssignment(knob: String(word[..<eq]), value: String(word[word.index(after: eq)...]), line: field.line)
    }
  }

  static func headingLevel(_ line: String) -> Int? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...3).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
    return hashes
  }

  /// true for `1. item`, false for `- item` / `* item`, nil for anything else.
  static func listMarker(_ line: String) -> Bool? {
    if line.hasPrefix("- ") || line.hasPrefix("* ") { return false }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") { return true }
    return nil
  }

  static func table(_ rows: [SourceLine], issues: inout [CourseIssue]) -> Block {
    func cells(_ line: SourceLine) -> [[Inline]] {
      var t = line.text.trimmed
      if t.hasPrefix("|") { t.removeFirst() }
      if t.hasSuffix("|") { t.removeLast() }
      return t.split(separator: "|", omittingEmptySubsequences: false).map { parseInline(String($0).trimmed, line: line.number) }
    }
    let first = rows[0]
    let separator = rows.count > 1 && rows[1].text.allSatisfy { "|-: \t".contains($0) } && rows[1].text.contains("-")
    if !separator { issues.append(issue(rows.count > 1 ? rows[1].number : first.number, .badTableSeparator)) }
    let body = rows.dropFirst(separator ? 2 : 1).map(cells)
    return Block(line: first.number, .table(header: cells(first), rows: body))
  }

  /// Source lines joined as `joinLines` joins them, with the character offset where each begins.
  static func joined(_ lines: [SourceLine]) -> (String, [(offset: Int, line: Int)]) {
    var text = ""
    var offset = 0
    var starts: [(offset: Int, line: Int)] = []
    for (n, (number, raw)) in lines.enumerated() {
      let trimmed = raw.trimmed
      if n > 0, breakIsSpace(after: text, before: trimmed) { text += " "; offset += 1 }
      starts.append((offset, number))
      text += trimmed
      offset += trimmed.count
    }
    return (text, starts)
  }

  // MARK: - Terms and problems

  static func readTerm(_ block: FencedBlock, issues: inout [CourseIssue]) -> GlossaryTerm {
    if block.argument.isEmpty { issues.append(issue(block.line, .missingBlockArgument("term"))) }
    let name = block.field("term")?.value
    if name == nil { issues.append(issue(block.line, .missingField("term"))) }
    return GlossaryTerm(id: block.argument, term: name ?? block.argument, body: bodyBlocks(block, issues: &issues), line: block.line)
  }

  static func readProblem(_ block: FencedBlock, issues: inout [CourseIssue]) -> CommonProblem {
    if block.argument.isEmpty { issues.append(issue(block.line, .missingBlockArgument("problem"))) }
    func required(_ key: String) -> FrontMatterField? {
      if let f = block.field(key) { return f }
      issues.append(issue(block.line, .missingField(key)))
      return nil
    }
    func inline(_ key: String) -> [Inline] { required(key).map { parseInline($0.value, line: $0.line) } ?? [] }
    return CommonProblem(
      id: block.argument, symptom: inline("symptom"), cause: inline("cause"), fixes: inline("fixes"),
      lesson: required("lesson")?.value ?? "", line: block.line,
      lessonLine: block.field("lesson")?.line ?? block.line)
  }
}

/// Two source lines of one paragraph or field joined: with a space, as in English, unless the break
/// touches a wide (CJK) character — Chinese and Japanese put no space between words, so a line
/// break there is only where the author's editor wrapped.
func joinLines(_ first: String, _ second: String) -> String {
  breakIsSpace(after: first, before: second) ? first + " " + second : first + second
}

/// Whether a line break between `before` and `after` reads as a space (see `joinLines`).
func breakIsSpace(after before: String, before after: String) -> Bool {
  guard let last = before.last, let next = after.first else { return !before.isEmpty && !after.isEmpty }
  return displayWidth(last) < 2 && displayWidth(next) < 2
}
