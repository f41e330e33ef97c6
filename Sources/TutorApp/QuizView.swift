// QuizView: the quiz on screen — a predict or diagnose question's run above the text (beside it on
// wide terminals), the prompt and choices wrapped to the width, the answer being given, then the
// verdict with its explanations; and the summary at the end.

import Charts
import Course
import Display
import Experiments

/// The quiz screen's panes and text, shared by `update` (scrolling) and `view` (drawing).
struct QuizLayout {
  /// The text pane; its last row is the status row (a notice, or the position in a long text).
  let text: Rect
  /// The run's chart, for a predict or diagnose question.
  let chart: Rect?
  let content: QuizContent

  /// Wide terminals put the chart beside the text rather than above it.
  static let sideBySideWidth = 120

  init(_ model: Model, charset: Charset = .unicode) {
    let body = Rect(x: 0, y: 1, width: model.width, height: max(0, model.height - 2))
    guard let quiz = model.quiz, quiz.run != nil, quiz.phase != .summary else {
      text = body
      chart = nil
      content = model.quiz.map { quizContent(model, $0, width: max(1, body.width - 2), charset: charset) } ?? QuizContent()
      return
    }
    if body.width >= QuizLayout.sideBySideWidth {
      let columns = body.columns([.fixed(body.width / 2), .fixed(1), .fill(1)])
      (text, chart) = (columns[0], columns[2])
      content = quizContent(model, quiz, width: max(1, columns[0].width - 2), charset: charset)
      return
    }
    content = quizContent(model, quiz, width: max(1, body.width - 2), charset: charset)
    // The chart takes what the text does not need, within bounds, so both stay readable.
    let wanted = body.height - content.lines.count - 1
    let chartHeight = max(min(8, body.height / 2), min(wanted, body.height * 6 / 10))
    let rows = body.rows([.fixed(chartHeight), .fill(1)])
    (chart, text) = (rows[0], rows[1])
  }

  /// Rows of text shown (all but the status row).
  var textRows: Int { max(0, text.height - 1) }

  /// The largest useful scroll.
  var bottom: Int { max(0, content.lines.count - textRows) }
}

/// The quiz text as lines, and where the verdict starts (to scroll it into view).
struct QuizContent {
  var lines: [[Span]] = []
  var verdictLine: Int?
}

/// Draws the quiz screen: title bar in row 0, the panes in `area`.
func drawQuizScreen(_ buffer: inout Buffer, _ model: Model, _ quiz: QuizState, area: Rect, _ charset: Charset) {
  let strings = model.strings
  var crumbs = [strings[.appName], strings[.quizTitle]]
  var right = ""
  if let item = quiz.current {
    crumbs.append(item.lesson.title)
    let (again, repeats) = (quiz.index - quiz.items.count + 1, quiz.queue.count - quiz.items.count)
    right = quiz.isRepeat
      ? strings.format(.quizAgainProgress, String(again), String(repeats))
      : strings.format(.quizProgress, String(quiz.index + 1), String(quiz.items.count))
  } else {
    crumbs.append(strings[.quizSummaryTitle])
  }
  drawTitleBar(&buffer, crumbs, right: right, charset)
  let layout = QuizLayout(model, charset: charset)
  if let chart = layout.chart, let run = quiz.run, let question = quiz.question {
    if chart.x > 0 {
      buffer.drawVerticalLine(x: chart.x - 1, y: area.y, length: area.height, charset: charset, style: Theme.secondary)
    }
    drawQuizRun(&buffer, run, question, strings, hidden: question.kind == .predict && quiz.phase == .asking,
      area: chart, charset)
  }
  drawQuizText(&buffer, model, quiz, layout: layout, charset)
}

/// The run's heading (experiment, knobs, seed, step) and its chart — `hidden` until a predict
/// question has its prediction: even at step 0 a chart can show the answer (the vanishing bars are
/// measured before any training), so the pane only says when the run will start.
private func drawQuizRun(
  _ buffer: inout Buffer, _ run: QuizRun, _ question: Question, _ strings: StringCatalog, hidden: Bool, area: Rect,
  _ charset: Charset
) {
  guard area.height > 2 else { return }
  let id = type(of: run.experiment).id
  let settings = question.run?.settings.map(\.text) ?? []
  let seed = String(run.experiment.seed)
  var heading = settings.isEmpty
    ? strings.format(.quizRunning, id, seed) : strings.format(.quizRunningWith, id, settings.joined(separator: " "), seed)
  heading += (charset == .unicode ? " · " : " | ")
    + strings.format(.quizRunStep, String(run.experiment.stepCount), String(run.plannedSteps))
  let rows = area.rows([.fixed(1), .fill(1)])
  drawText(&buffer, " " + heading, x: area.x, y: rows[0].y, width: area.width, style: Theme.heading, charset)
  let chart = Rect(x: rows[1].x + 1, y: rows[1].y, width: max(0, rows[1].width - 2), height: rows[1].height)
  if hidden {
    drawText(&buffer, strings[.quizRunAfterPrediction], x: chart.x, y: chart.y + chart.height / 2, width: chart.width,
      style: Theme.secondary, alignment: .center, charset)
    return
  }
  let series = run.show.compactMap { name in run.experiment.series.first { $0.name == name } }
  if series.isEmpty {
    run.experiment.draw(into: &buffer, area: chart, charset: charset)
  } else {
    LineChart(series: series.map { LineSeries(name: $0.name, values: $0.values) }, xLabel: type(of: run.experiment).stepUnit)
      .render(into: &buffer, area: chart, charset: charset)
  }
}

/// The visible lines of the text, then the status row: a notice, or the position when the text is longer.
private func drawQuizText(
  _ buffer: inout Buffer, _ model: Model, _ quiz: QuizState, layout: QuizLayout, _ charset: Charset
) {
  let area = layout.text
  let lines = layout.content.lines
  let rows = layout.textRows
  let first = max(0, min(quiz.scroll, layout.bottom))
  for row in 0..<rows where first + row < lines.count {
    let clip = Rect(x: area.x + 1, y: area.y + row, width: max(0, area.width - 2), height: 1)
    _ = buffer.put(lines[first + row], x: clip.x, y: clip.y, clip: clip)
  }
  guard area.height > 0 else { return }
  let statusY = area.y + rows
  if let notice = quiz.notice {
    drawText(&buffer, " " + notice, x: area.x, y: statusY, width: area.width, style: Theme.notice, charset)
  } else if lines.count > rows {
    let last = min(lines.count, first + rows)
    let position = model.strings.format(.lessonPosition, String(first + 1), String(last), String(lines.count))
    drawText(&buffer, " " + position, x: area.x, y: statusY, width: area.width, style: Theme.secondary, charset)
  }
}

/// The quiz's text at `width`: the question with what the learner has given, or the summary.
func quizContent(_ model: Model, _ quiz: QuizState, width: Int, charset: Charset) -> QuizContent {
  var text = QuizText(width: width, charset: charset, strings: model.strings)
  if quiz.phase == .summary {
    text.summary(model, quiz)
  } else if let item = quiz.current, let question = quiz.question {
    text.question(quiz, question, item)
  }
  return QuizContent(lines: text.lines, verdictLine: text.verdictLine)
}

/// Builds the quiz's lines, wrapped to a width and spelled for a charset.
private struct QuizText {
  let width: Int
  let charset: Charset
  let strings: StringCatalog
  var lines: [[Span]] = []
  var verdictLine: Int?

  init(width: Int, charset: Charset, strings: StringCatalog) {
    self.width = width
    self.charset = charset
    self.strings = strings
  }

  var right: String { charset == .unicode ? "✓" : "+" }
  var wrong: String { charset == .unicode ? "✗" : "x" }

  /// `spans` wrapped, the first line after `first` and the others indented as far.
  mutating func add(_ spans: [Span], first: String = "", style: Style = .plain) {
    let indent = String(repeating: " ", count: displayWidth(first))
    let spelled = spans.map { Span(charset.transliterate($0.text), style: $0.style) }
    for (i, line) in wrap(spelled, width: max(1, width - displayWidth(first))).enumerated() {
      lines.append([Span(i == 0 ? charset.transliterate(first) : indent, style: style)] + line)
    }
  }

  mutating func add(_ text: String, first: String = "", style: Style = .plain) {
    add([Span(text, style: style)], first: first, style: style)
  }

  mutating func blank() { lines.append([]) }

  /// Inline lesson markup (emphasis, code) as styled spans, spelled for the charset, on one line
  /// (wide enough never to break) for `add` to wrap behind its prefix.
  func spans(_ inlines: [Inline]) -> [Span] {
    LessonRenderer(width: 1_000_000, charset: charset, strings: .english)
      .render([Block(line: 0, .paragraph(inlines))], experiment: nil).flatMap { $0 }
  }

  mutating func question(_ quiz: QuizState, _ question: Question, _ item: ReviewItem) {
    if quiz.isRepeat {
      add(strings[.quizAgainIntro], style: Theme.secondary)
      blank()
    }
    add(spans(question.prompt), style: .plain)
    if let error = quiz.runError {
      blank()
      add(strings.format(.quizRunFailed, error), style: Theme.error)
      return
    }
    let chosen: [String]
    if case .labels(let labels)? = quiz.answer { chosen = labels } else { chosen = quiz.marked }
    let form = AnswerCheck.form(of: question)
    if !question.choices.isEmpty { blank() }
    for choice in question.choices {
      let mark: String
      if quiz.phase == .answered {
        mark = question.correctLabels.contains(choice.label) ? right : chosen.contains(choice.label) ? wrong : " "
      } else if case .choices(_, true) = form {
        mark = chosen.contains(choice.label) ? "[x]" : "[ ]"
      } else {
        mark = " "
      }
      // The chosen choices in bold, so what was picked reads without colour.
      let isChosen = chosen.contains(choice.label)
      let text = spans(choice.text).map { span -> Span in
        var style = span.style
        style.bold = style.bold || isChosen
        return Span(span.text, style: style)
      }
      add(text, first: " \(mark) \(choice.label)) ", style: isChosen ? Style(bold: true) : .plain)
    }
    switch quiz.phase {
    case .asking:
      blank()
      if form == .number {
        // The number being typed, right under the question, after what to type.
        if question.kind == .predict { add(hint(question, form), style: Theme.secondary) }
        let cursor = charset == .unicode ? "█" : "_"
        add([Span(strings[.quizTypeNumber] + " ", style: Theme.heading), Span(quiz.typed + cursor)])
      } else {
        add(hint(question, form), style: Theme.secondary)
      }
    case .running, .answered:
      if quiz.phase == .running, let answer = quiz.answer {
        blank()
        add(strings.format(.quizYourAnswer, given(answer)))
      }
      if let computed = quiz.computed, let run = quiz.run {
        blank()
        add(strings.format(.quizRunGives, describe(computed, question: question, run: run)), style: Theme.heading)
      }
      if quiz.phase == .answered { feedback(quiz, question, item, chosen: chosen) }
    case .summary: break
    }
  }

  /// How to answer this question.
  func hint(_ question: Question, _ form: AnswerForm) -> String {
    switch form {
    case .choices(let labels, let multiple):
      let list = labels.joined(separator: ", ")
      return strings.format(multiple ? .quizPickMany : .quizPickOne, list, String(labels.count))
    case .truth: return strings[question.kind == .predict ? .quizPredictTruth : .quizPickTruth]
    case .number: return question.kind == .predict ? strings[.quizPredictNumber] : strings[.quizTypeNumber]
    }
  }

  /// The verdict as a glyph and a word, the right answer when missed, then every explanation.
  mutating func feedback(_ quiz: QuizState, _ question: Question, _ item: ReviewItem, chosen: [String]) {
    guard let correct = quiz.correct, let answer = quiz.answer else { return }
    blank()
    verdictLine = lines.count
    let verdict = correct
      ? strings[.quizRight] : strings[.quizWrong] + " " + strings.format(.quizAnswerIs, rightAnswer(quiz, question))
    add(verdict, first: (correct ? right : wrong) + " ", style: correct ? Theme.good : Theme.error)
    add(strings.format(.quizYourAnswer, given(answer)), first: "  ")
    // The reasons for what the learner chose, then for the right choices they did not choose.
    let explained = chosen + question.correctLabels.filter { !chosen.contains($0) }
    for label in explained {
      if let why = question.choices.first(where: { $0.label == label })?.why {
        blank()
        add(spans(why), first: "\(label)) ")
      }
    }
    if let explanation = question.explanation {
      blank()
      add(spans(explanation))
    }
    blank()
    add(strings.format(.quizReadMore, item.lesson.title), style: Theme.secondary)
  }

  /// The answer as the learner would read it.
  func given(_ answer: Answer) -> String {
    switch answer {
    case .labels(let labels): return labels.joined(separator: ", ")
    case .truth(let b): return strings[b ? .quizTrue : .quizFalse]
    case .number(let v): return QuizStrings.english.number(v)
    }
  }

  /// The right answer: the right choices with their text, the truth, the number, or what the run gave.
  func rightAnswer(_ quiz: QuizState, _ question: Question) -> String {
    switch question.kind {
    case .single, .multiple, .diagnose:
      return question.choices.filter { question.correctLabels.contains($0.label) }
        .map { "\($0.label)) \($0.text.plainText)" }.joined(separator: "; ")
    case .trueFalse: return question.truth.map { strings[$0 ? .quizTrue : .quizFalse] } ?? "?"
    case .numeric: return question.number.map { QuizStrings.english.number($0) } ?? "?"
    case .predict: return quiz.computed.map(value) ?? "?"
    }
  }

  func value(_ computed: ReadoutExpression.Value) -> String {
    switch computed {
    case .condition(let b): return strings[b ? .quizTrue : .quizFalse]
    case .number(let v): return QuizStrings.english.number(v)
    }
  }

  /// What the run computed, and the readouts its key reads.
  func describe(_ computed: ReadoutExpression.Value, question: Question, run: QuizRun) -> String {
    let readouts = (question.key?.readoutNames ?? []).compactMap { name in
      run.experiment.readout(name).map { "\(name) = \(QuizStrings.english.number($0))" }
    }
    return value(computed) + (readouts.isEmpty ? "" : " (" + readouts.joined(separator: ", ") + ")")
  }

  /// Score, how the session ended, the lessons to review, each answer, and the next review.
  mutating func summary(_ model: Model, _ quiz: QuizState) {
    if let nothing = quiz.nothingToAsk {
      add(nothing)
    } else if quiz.results.isEmpty {
      add(strings[.quizNoneAnswered], style: Theme.heading)
    } else {
      let rightCount = quiz.results.filter(\.correct).count
      add(strings.format(.quizScore, String(rightCount), String(quiz.results.count)), style: Theme.heading)
    }
    if quiz.endedEarly {
      add(strings.format(.quizEndedEarly, String(quiz.results.count), String(quiz.items.count)))
    }
    var weak: [String] = []
    for lesson in orderedLessons(model, quiz) {
      let mine = quiz.results.filter { $0.lessonID == lesson }
      let wrongCount = mine.filter { !$0.correct }.count
      if wrongCount > 0 { weak.append(strings.format(.quizWeakLesson, lesson, String(wrongCount), String(mine.count))) }
    }
    if !weak.isEmpty { add(strings.format(.quizWeakLessons, weak.joined(separator: ", "))) }
    if let next = nextReviewText(model) {
      blank()
      add(next)
    }
    guard !quiz.results.isEmpty else { return }
    blank()
    add(strings[.quizYourAnswers], style: Theme.heading)
    for result in quiz.results {
      let prompt = quiz.items.first { $0.question.id == result.questionID }?.question.prompt.plainText ?? result.questionID
      let mark = result.correct ? right + " " + strings[.quizRightMark] : wrong + " " + strings[.quizWrongMark]
      let line = charset.transliterate(" \(mark)  \(prompt)")
      lines.append([Span(truncate(line, toWidth: width, charset: charset), style: result.correct ? .plain : Theme.error)])
    }
  }

  /// The lessons of the session's questions, in course order.
  func orderedLessons(_ model: Model, _ quiz: QuizState) -> [String] {
    let ids = Set(quiz.results.map(\.lessonID))
    let courseOrder = model.course?.lessons.map(\.lesson.id) ?? []
    return courseOrder.filter(ids.contains) + ids.filter { !courseOrder.contains($0) }.sorted()
  }
}
