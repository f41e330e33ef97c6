// LessonRenderer: a lesson's blocks laid out as styled lines at a width — headings, wrapped
// paragraphs, bulleted lists, aligned tables, verbatim code and marked callouts — shared by the
// terminal app and `dltutor read`.

import Display

/// Lays out lesson blocks as lines of spans no wider than a width.
public struct LessonRenderer: Sendable {
  public let width: Int
  public let charset: Charset
  public let strings: CourseStrings

  public init(width: Int, charset: Charset, strings: CourseStrings) {
    self.width = max(width, 8)
    self.charset = charset
    self.strings = strings
  }

  static let headingStyle = Style(bold: true)
  static let emphasisStyle = Style(underline: true)
  static let codeStyle = Style(foreground: .cyan)
  static let linkStyle = Style(foreground: .blue, underline: true)
  static let labelStyle = Style(bold: true)

  private var bar: String { charset == .ascii ? "| " : "│ " }
  private var bullet: String { charset == .ascii ? "* " : "• " }
  private var rule: String { charset == .ascii ? "-" : "─" }
  private var doubleRule: String { charset == .ascii ? "=" : "═" }

  /// The whole lesson: its title, its body and a line about its questions (`questionsLine`, or by
  /// default the command that asks them; the app says which key does).
  public func render(_ lesson: Lesson, questionsLine: String? = nil) -> [[Span]] {
    var lines = render([Block(line: 0, .heading(level: 1, [.text(lesson.title)]))] + lesson.blocks, experiment: lesson.experiment)
    if !lesson.questions.isEmpty {
      lines.append([])
      let line = questionsLine ?? strings.questionsFooter(lesson.questions.count, lesson.id)
      lines += wrap([span(line, style: Style(dim: true))], width: width)
    }
    return lines
  }

  /// The glossary: its title, then each term in bold with its definition indented below.
  public func render(_ glossary: Glossary) -> [[Span]] {
    var lines = render([Block(line: 0, .heading(level: 1, [.text(glossary.title)]))], experiment: nil)
    let definitions = LessonRenderer(width: width - 2, charset: charset, strings: strings)
    for term in glossary.terms.sorted(by: { $0.term.lowercased() < $1.term.lowercased() }) {
      lines.append([])
      lines += wrap([span(term.term, style: Self.headingStyle)], width: width)
      lines += definitions.render(term.body, experiment: nil).map { $0.isEmpty ? $0 : [Span("  ")] + $0 }
    }
    return lines
  }

  /// The common-problems reference: each symptom, then its likely cause, first fixes and lesson.
  public func render(_ reference: ProblemReference, lessonTitles: [String: String]) -> [[Span]] {
    var lines = render([Block(line: 0, .heading(level: 1, [.text(reference.title)]))], experiment: nil)
    for problem in reference.problems {
      lines.append([])
      lines += wrap(spans(problem.symptom).map { Span($0.text, style: Self.headingStyle) }, width: width)
      let lesson = lessonTitles[problem.lesson].map { "\($0) (\(problem.lesson))" } ?? problem.lesson
      for (label, body) in [(strings.cause, spans(problem.cause)), (strings.fixes, spans(problem.fixes)), (strings.lesson, [span(lesson)])] {
        lines += hanging(wrap([span(label + ": ", style: Self.labelStyle)] + body, width: width - 2), first: "  ")
      }
    }
    return lines
  }

  /// Blocks separated by blank lines; `experiment` is what Try this presets apply to.
  public func render(_ blocks: [Block], experiment: String?) -> [[Span]] {
    var lines: [[Span]] = []
    for (i, block) in blocks.enumerated() {
      if i > 0 { lines.append([]) }
      lines += render(block, experiment: experiment)
    }
    return lines
  }

  func render(_ block: Block, experiment: String?) -> [[Span]] {
    switch block.content {
    case .heading(let level, let inlines):
      let spans = self.spans(inlines).map { Span($0.text, style: Self.headingStyle) }
      var lines = wrap(spans, width: width)
      if level <= 2 {
        let w = min(width, lines.map(\.width).max() ?? 0)
        lines.append([Span(String(repeating: level == 1 ? doubleRule : rule, count: w))])
      }
      return lines
    case .paragraph(let inlines):
      return wrap(spans(inlines), width: width)
    case .list(let ordered, let items):
      var lines: [[Span]] = []
      for (n, item) in items.enumerated() {
        let marker = ordered ? "\(n + 1). " : bullet
        lines += hanging(wrap(spans(item), width: width - displayWidth(marker)), first: marker)
      }
      return lines
    case .table(let header, let rows):
      return table(header: header, rows: rows)
    case .code(let code):
      return code.map { [Span(displayPrefix(charset.transliterate("  " + $0), width: width), style: Self.codeStyle)] }
    case .note(let blocks):
      return callout(label: strings.note, calloutRenderer.render(blocks, experiment: experiment))
    case .factCheck(let fact):
      var body: [[Span]] = []
      for (label, inlines) in [(strings.claim, fact.claim), (strings.truth, fact.truth), (strings.source, fact.source)] {
        body += wrap([span(label + ": ", style: Self.labelStyle)] + spans(inlines), width: calloutRenderer.width)
      }
      return callout(label: strings.factCheck, body)
    case .tryThis(let preset):
      let innerWidth = calloutRenderer.width
      let assignments = preset.settings.map(\.text)
      var body = wrap(
        [span(strings.knobs + ": ", style: Self.labelStyle), span(assignments.joined(separator: " "), style: Self.codeStyle)],
        width: innerWidth)
      body += calloutRenderer.render(preset.body, experiment: experiment)
      if let experiment {
        body += packed(strings.runIt("dltutor run " + experiment), assignments.map { "--set " + $0 }, width: innerWidth)
      }
      let title = preset.title.isEmpty ? strings.tryThis : strings.tryThis + ": " + preset.title
      return callout(label: title, body)
    }
  }

  /// A renderer for the inside of a callout, narrower by the bar.
  var calloutRenderer: LessonRenderer { LessonRenderer(width: width - displayWidth(bar), charset: charset, strings: strings) }

  /// A callout: its label, then its lines, each behind a bar.
  func callout(label: String, _ body: [[Span]]) -> [[Span]] {
    let innerWidth = calloutRenderer.width
    let labelLines = wrap([span(label, style: Self.labelStyle)], width: innerWidth)
    return (labelLines + body.flatMap { line in line.width > innerWidth ? wrap(line, width: innerWidth) : [line] }).map { [Span(bar)] + $0 }
  }

  /// `head` then `words`, as many to a line as fit, never breaking inside one (`--set lr=0.5`);
  /// continuation lines are indented.
  func packed(_ head: String, _ words: [String], width: Int) -> [[Span]] {
    let style = Style(dim: true)
    var lines: [String] = [head]
    for word in words {
      let last = lines[lines.count - 1]
      if displayWidth(last) + 1 + displayWidth(word) <= width { lines[lines.count - 1] = last + " " + word }
      else { lines.append("    " + word) }
    }
    return lines.flatMap { wrap([span($0, style: style)], width: width) }
  }

  /// Lines with `first` before the first and as many spaces before the rest.
  func hanging(_ lines: [[Span]], first: String) -> [[Span]] {
    let indent = String(repeating: " ", count: displayWidth(first))
    return lines.enumerated().map { i, line in [Span(i == 0 ? first : indent)] + line }
  }

  /// A table with aligned columns, or one "header: cell" line per cell when it is too wide.
  func table(header: [[Inline]], rows: [[[Inline]]]) -> [[Span]] {
    let columns = max(header.count, rows.map(\.count).max() ?? 0)
    func cell(_ row: [[Inline]], _ c: Int) -> [Span] { c < row.count ? spans(row[c]) : [] }
    let widths = (0..<columns).map { c in ([header] + rows).map { cell($0, c).width }.max() ?? 0 }
    let gap = 2
    if widths.reduce(0, +) + gap * (columns - 1) <= width {
      func line(_ row: [[Inline]], style: Style?) -> [Span] {
        var out: [Span] = []
        for c in 0..<columns {
          var spans = cell(row, c)
          if let style { spans = spans.map { Span($0.text, style: style) } }
          out += spans
          if c < columns - 1 { out.append(Span(String(repeating: " ", count: widths[c] - spans.width + gap))) }
        }
        return out
      }
      let ruleLine = widths.map { String(repeating: rule, count: $0) }.joined(separator: String(repeating: " ", count: gap))
      return [line(header, style: Self.headingStyle), [Span(ruleLine)]] + rows.map { line($0, style: nil) }
    }
    var lines: [[Span]] = []
    for (r, row) in rows.enumerated() {
      if r > 0 { lines.append([]) }
      for c in 0..<columns {
        let label = cell(header, c).map { Span($0.text, style: Self.labelStyle) }
        lines += hanging(wrap(label + [Span(": ")] + cell(row, c), width: width - 2), first: c == 0 ? bullet : "  ")
      }
    }
    return lines
  }

  /// Inline runs as styled spans; a web link shows its address after its text.
  ///
  /// In ASCII the text is transliterated here, before wrapping, because spelling out a symbol
  /// (`γ` → `gamma`) changes its width.
  func spans(_ inlines: [Inline]) -> [Span] {
    let spans = inlines.flatMap { inline -> [Span] in
      switch inline {
      case .text(let s): return [Span(s)]
      case .emphasis(let s): return [Span(s, style: Self.emphasisStyle)]
      case .strong(let s): return [Span(s, style: Style(bold: true))]
      case .code(let s): return [Span(s, style: Self.codeStyle)]
      case .link(let text, .web(let address), _): return [Span(text, style: Self.linkStyle), Span(" <\(address)>")]
      case .link(let text, _, _): return [Span(text, style: Self.linkStyle)]
      }
    }
    return charset == .ascii ? spans.map { Span(charset.transliterate($0.text), style: $0.style) } : spans
  }

  /// A line of plain text in `style`, transliterated for ASCII.
  func span(_ text: String, style: Style = .plain) -> Span {
    Span(charset.transliterate(text), style: style)
  }
}
