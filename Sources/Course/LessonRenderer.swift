// LessonRenderer: a lesson's blocks laid out as styled lines at a width — headings, wrapped
// paragraphs, bulleted lists, aligned tables, verbatim code and marked callouts — shared by the
// terminal app and `dltutor read`. The `layout` variants also say where each link landed.

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
    layout(lesson, questionsLine: questionsLine).lines
  }

  /// The whole lesson as `render(_:questionsLine:)` draws it, with where each of its links landed.
  public func layout(_ lesson: Lesson, questionsLine: String? = nil) -> RenderedText {
    var links = LinkTargets()
    var lines = render(
      [Block(line: 0, .heading(level: 1, [.text(lesson.title)]))] + lesson.blocks, experiment: lesson.experiment, &links)
    if !lesson.questions.isEmpty {
      lines.append([])
      let line = questionsLine ?? strings.questionsFooter(lesson.questions.count, lesson.id)
      lines += wrap([span(line, style: Style(dim: true))], width: width)
    }
    return RenderedText(tagged: lines, targets: links)
  }

  /// The glossary: its title, then each term in bold with its definition indented below.
  public func render(_ glossary: Glossary) -> [[Span]] {
    var lines = render([Block(line: 0, .heading(level: 1, [.text(glossary.title)]))], experiment: nil)
    let definitions = LessonRenderer(width: width - 2, charset: charset, strings: strings)
    for term in glossary.sortedTerms {
      lines.append([])
      lines += definitions.layout(term).lines.enumerated().map { i, line in i == 0 || line.isEmpty ? line : [Span("  ")] + line }
    }
    return lines
  }

  /// One glossary term: its name in bold, then its definition (the glossary screen's detail).
  public func layout(_ term: GlossaryTerm) -> RenderedText {
    var links = LinkTargets()
    let lines = wrap([span(term.term, style: Self.headingStyle)], width: width) + render(term.body, experiment: nil, &links)
    return RenderedText(tagged: lines, targets: links)
  }

  /// The common-problems reference: each symptom, then its likely cause, first fixes and lesson.
  public func render(_ reference: ProblemReference, lessonTitles: [String: String]) -> [[Span]] {
    var lines = render([Block(line: 0, .heading(level: 1, [.text(reference.title)]))], experiment: nil)
    for problem in reference.problems {
      lines.append([])
      lines += layout(problem, lessonTitle: lessonTitles[problem.lesson]).lines
    }
    return lines
  }

  /// One common problem: the symptom in bold, then its likely cause, first fixes and a link to
  /// the lesson that explains it (the problems screen's detail).
  public func layout(_ problem: CommonProblem, lessonTitle: String?) -> RenderedText {
    var links = LinkTargets()
    var lines = wrap(spans(problem.symptom, &links).map { $0.restyled(Self.headingStyle) }, width: width)
    let lesson = Inline.link(
      text: lessonTitle.map { strings.titleWithID($0, problem.lesson) } ?? problem.lesson, target: .lesson(problem.lesson),
      line: problem.lessonLine)
    for (label, inlines) in [(strings.cause, problem.cause), (strings.fixes, problem.fixes), (strings.lesson, [lesson])] {
      let body = spans(inlines, &links)
      lines += hanging(wrap([span(label + strings.colon, style: Self.labelStyle)] + body, width: width - 2), first: "  ")
    }
    return RenderedText(tagged: lines, targets: links)
  }

  /// Blocks separated by blank lines; `experiment` is what Try this presets apply to.
  public func render(_ blocks: [Block], experiment: String?) -> [[Span]] {
    var links = LinkTargets()
    return RenderedText(tagged: render(blocks, experiment: experiment, &links), targets: links).lines
  }

  /// Blocks separated by blank lines, numbering their links in `links` as they are met.
  func render(_ blocks: [Block], experiment: String?, _ links: inout LinkTargets) -> [[Span]] {
    var lines: [[Span]] = []
    for (i, block) in blocks.enumerated() {
      if i > 0 { lines.append([]) }
      lines += render(block, experiment: experiment, &links)
    }
    return lines
  }

  func render(_ block: Block, experiment: String?, _ links: inout LinkTargets) -> [[Span]] {
    switch block.content {
    case .heading(let level, let inlines):
      let spans = self.spans(inlines, &links).map { $0.restyled(Self.headingStyle) }
      var lines = wrap(spans, width: width)
      if level <= 2 {
        let w = min(width, lines.map(\.width).max() ?? 0)
        lines.append([Span(String(repeating: level == 1 ? doubleRule : rule, count: w))])
      }
      return lines
    case .paragraph(let inlines):
      return wrap(spans(inlines, &links), width: width)
    case .list(let ordered, let items):
      var lines: [[Span]] = []
      for (n, item) in items.enumerated() {
        let marker = ordered ? "\(n + 1). " : bullet
        lines += hanging(wrap(spans(item, &links), width: width - displayWidth(marker)), first: marker)
      }
      return lines
    case .table(let header, let rows):
      return table(header: header, rows: rows, &links)
    case .code(let code):
      return code.map { [Span(displayPrefix(charset.transliterate("  " + $0), width: width), style: Self.codeStyle)] }
    case .note(let blocks):
      return callout(label: strings.note, calloutRenderer.render(blocks, experiment: experiment, &links))
    case .factCheck(let fact):
      var body: [[Span]] = []
      for (label, inlines) in [(strings.claim, fact.claim), (strings.truth, fact.truth), (strings.source, fact.source)] {
        body += wrap([span(label + strings.colon, style: Self.labelStyle)] + spans(inlines, &links), width: calloutRenderer.width)
      }
      return callout(label: strings.factCheck, body)
    case .tryThis(let preset):
      let innerWidth = calloutRenderer.width
      let assignments = preset.settings.map(\.text)
      var body = wrap(
        [span(strings.knobs + strings.colon, style: Self.labelStyle), span(assignments.joined(separator: " "), style: Self.codeStyle)],
        width: innerWidth)
      body += calloutRenderer.render(preset.body, experiment: experiment, &links)
      if let experiment {
        body += packed(strings.runIt("dltutor run " + experiment), assignments.map { "--set " + $0 }, width: innerWidth)
      }
      let title = preset.title.isEmpty ? strings.tryThis : strings.tryThis + strings.colon + preset.title
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
  func table(header: [[Inline]], rows: [[[Inline]]], _ links: inout LinkTargets) -> [[Span]] {
    let columns = max(header.count, rows.map(\.count).max() ?? 0)
    // Each cell is turned into spans once, in reading order, so its links are numbered once.
    var cells: [[[Span]]] = []
    for row in [header] + rows { cells.append(row.map { spans($0, &links) }) }
    let header = cells[0]
    let rows = Array(cells.dropFirst())
    func cell(_ row: [[Span]], _ c: Int) -> [Span] { c < row.count ? row[c] : [] }
    let widths = (0..<columns).map { c in cells.map { cell($0, c).width }.max() ?? 0 }
    let gap = 2
    if widths.reduce(0, +) + gap * (columns - 1) <= width {
      func line(_ row: [[Span]], style: Style?) -> [Span] {
        var out: [Span] = []
        for c in 0..<columns {
          var spans = cell(row, c)
          if let style { spans = spans.map { $0.restyled(style) } }
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
        let label = cell(header, c).map { $0.restyled(Self.labelStyle) }
        lines += hanging(wrap(label + [span(strings.colon)] + cell(row, c), width: width - 2), first: c == 0 ? bullet : "  ")
      }
    }
    return lines
  }

  /// Inline runs as styled spans; a web link shows its address after its text. Each link's text
  /// is tagged with its number in `links`, so its place can be found after wrapping.
  ///
  /// In ASCII the text is transliterated here, before wrapping, because spelling out a symbol
  /// (`γ` → `gamma`) changes its width.
  func spans(_ inlines: [Inline], _ links: inout LinkTargets) -> [Span] {
    var spans: [Span] = []
    for inline in inlines {
      switch inline {
      case .text(let s): spans.append(Span(s))
      case .emphasis(let s): spans.append(Span(s, style: Self.emphasisStyle))
      case .strong(let s): spans.append(Span(s, style: Style(bold: true)))
      case .code(let s): spans.append(Span(s, style: Self.codeStyle))
      case .link(let text, let target, _):
        spans.append(Span(text, style: Self.linkStyle, tag: links.add(target)))
        if case .web(let address) = target { spans.append(Span(" <\(address)>")) }
      }
    }
    return charset == .ascii ? spans.map { Span(charset.transliterate($0.text), style: $0.style, tag: $0.tag) } : spans
  }

  /// A line of plain text in `style`, transliterated for ASCII.
  func span(_ text: String, style: Style = .plain) -> Span {
    Span(charset.transliterate(text), style: style)
  }
}
