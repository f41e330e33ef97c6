// `dltutor quiz`: a review session — due questions first, then new ones — on the tutor's quiz
// screen in a terminal, or as plain lines on stdout/stdin (`--plain`, pipes, scripts and screen
// readers), saving every answer as it is given; `--export FILE.csv` writes the learner's results
// for a teacher.
import ArgumentParser
import Charts
import Course
import Display
import Experiments
import Foundation

#if canImport(Glibc)
import Glibc
#endif

struct Quiz: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Review questions: due ones first, then new ones from the lessons you have read.",
    discussion: "Example: dltutor quiz --plain --lesson perceptron --count 5")

  @Flag(help: "Line by line: no cursor movement, no colour (for pipes, scripts and screen readers); also when not on a terminal.")
  var plain = false

  @Option(help: ArgumentHelp("Ask only this lesson's questions.", valueName: "ID"))
  var lesson: String?

  @Option(help: "At most this many questions (1 to 1000).")
  var count = 10

  @Flag(help: "Offer new questions from every lesson, not only those you have read.")
  var all = false

  @Option(help: "The seed of every experiment the questions run (default: each question's own).")
  var seed: UInt64?

  @Option(help: ArgumentHelp("Write your results (question, lesson, answer, correct, time) as CSV and exit.", valueName: "FILE.csv"))
  var export: String?

  @Option(help: "Line width (default: the terminal's, else 80; 20 to 1000).")
  var width: Int?

  /// A fixed time (ISO 8601) for the whole session, so tests and demos print the same dates.
  @Option(help: .hidden)
  var now: String?

  @OptionGroup var progressOption: ProgressOption
  @OptionGroup var lessonsOption: LessonsOption
  @OptionGroup var languageOption: LanguageOption

  func validate() throws {
    if !(1...1000).contains(count) { throw ValidationError("--count: \(count) is not valid; expected a whole number from 1 to 1000") }
    if let width, !(20...1000).contains(width) {
      throw ValidationError("--width: \(width) is not valid; expected a whole number from 20 to 1000")
    }
    if lesson != nil && all { throw ValidationError("--lesson and --all cannot be used together") }
    if let now, ISO8601DateFormatter().date(from: now) == nil {
      throw ValidationError("--now: \(now) is not an ISO 8601 time such as 2026-01-31T09:00:00Z")
    }
  }

  func run() throws {
    let charset = Locale.charset()
    let (language, languageNotice) = languageOption.resolve(charset: charset)
    let strings = language.quizStrings
    let fixed = now.flatMap { ISO8601DateFormatter().date(from: $0) }
    let store = progressOption.store(now: { fixed ?? Date() })
    if let export {
      exportResults(to: export, store: store, strings: strings)
      return
    }
    let courseStrings = language.courseStrings
    let course = Course.load(folder: lessonsOption.resolvedFolder(strings: courseStrings), language: language.rawValue)
    printNotices([languageNotice, course.untranslatedNotice(courseStrings)])
    if let lesson, course.lesson(lesson) == nil {
      CommandLineError.fail(courseStrings.unknownLesson(lesson, course.lessons.map(\.lesson.id)))
    }
    let scope: ReviewScope = lesson.map { .lesson($0) } ?? (all ? .everything : .lessonsRead)
    if !plain && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
      QuizInTerminal.run(
        course: course, language: language, store: store, scope: scope, count: count, seed: seed, now: fixed ?? Date())
      return
    }
    var session = PlainQuizSession(
      course: course, store: store, strings: strings, seed: seed,
      width: width ?? TerminalSize.current()?.width ?? 80, charset: charset,
      echoesInput: isatty(STDIN_FILENO) != 1)
    // A question's live run draws its chart in the quiz's language.
    ExperimentStrings.$current.withValue(language.experimentStrings) { session.run(scope: scope, count: count) }
  }

  /// Writes every answer in the progress file (only `--lesson`'s when given) as CSV.
  private func exportResults(to path: String, store: ProgressStore, strings: QuizStrings) {
    let progress = loadProgress(store, strings: strings).progress
    let time = ISO8601DateFormatter()
    let rows = progress.answers.flatMap { id, records in records.map { (id, $0) } }
      .filter { lesson == nil || $0.1.lesson == lesson }
      .sorted { ($0.1.time, $0.0) < ($1.1.time, $1.0) }
    var csv = strings.exportHeader.joined(separator: ",") + "\n"
    for (id, record) in rows {
      csv += [id, record.lesson, record.answer, String(record.correct), time.string(from: record.time)].map(csvField).joined(separator: ",") + "\n"
    }
    do { try csv.write(toFile: path, atomically: true, encoding: .utf8) } catch {
      CommandLineError.fail(strings.cannotWrite(path, (error as NSError).localizedDescription))
    }
    print(strings.exported(rows.count, path))
  }
}

/// A CSV field, quoted when it holds a comma, a quote or a line break.
private func csvField(_ text: String) -> String {
  guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
  return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// One quiz session in plain lines: asks, reads, explains, saves after every answer.
struct PlainQuizSession {
  let course: Course
  let store: ProgressStore
  let strings: QuizStrings
  let seed: UInt64?
  let width: Int
  let charset: Charset
  /// Whether to print what was read after each prompt (input from a pipe is not echoed by a terminal).
  let echoesInput: Bool

  private var progress = LearnerProgress()
  private var saving = true
  /// First attempts of this session: lesson id and whether right.
  private var results: [(lesson: String, correct: Bool)] = []

  init(course: Course, store: ProgressStore, strings: QuizStrings, seed: UInt64?, width: Int, charset: Charset, echoesInput: Bool) {
    self.course = course
    self.store = store
    self.strings = strings
    self.seed = seed
    self.width = width
    self.charset = charset
    self.echoesInput = echoesInput
  }

  /// Asks the session's questions, then the missed ones once more, then prints the summary.
  mutating func run(scope: ReviewScope, count: Int) {
    (progress, saving) = loadProgress(store, strings: strings)
    let items = ReviewPlan.select(course: course, progress: progress, now: store.now(), scope: scope, count: count)
    guard !items.isEmpty else {
      say(strings.nothingToAsk(scope, course.lessons.contains { progress.hasRead($0.lesson.id) }))
      summary()
      return
    }
    let due = items.filter { !$0.card.isNew }.count
    say(strings.sessionHeader(items.count, due, items.count - due))
    say(strings.howToAnswer)
    var missed: [ReviewItem] = []
    for (n, item) in items.enumerated() {
      say("")
      say(strings.questionHeading(n + 1, items.count, item.lesson.id, item.question.id))
      switch ask(item) {
      case .endOfInput: return endEarly()
      case .skipped: continue
      case .answered(let correct):
        results.append((item.lesson.id, correct))
        if !correct { missed.append(item) }
      }
    }
    if !missed.isEmpty {
      say("")
      say(strings.againIntro)
      for item in missed {
        say("")
        say(strings.againHeading(item.lesson.id, item.question.id))
        if case .endOfInput = ask(item) { return endEarly() }
      }
    }
    say("")
    summary()
  }

  private mutating func endEarly() {
    say("")
    say(strings.endedEarly(results.count))
    summary()
  }

  /// How asking one question ended.
  private enum Asked {
    case answered(correct: Bool)
    /// Its experiment could not run (the reason was printed); nothing is recorded.
    case skipped
    case endOfInput
  }

  /// Asks one question and saves the answer.
  private mutating func ask(_ item: ReviewItem) -> Asked {
    let question = item.question.reseeded(seed)
    let form = AnswerCheck.form(of: question)
    var outcome: QuestionOutcome?
    if question.kind == .diagnose {
      guard let run = runExperiment(question, lesson: item.lesson) else { return .skipped }
      outcome = run
      for line in chart(of: run.experiment, series: question.run?.show ?? []) { say(line) }
      say("")
    }
    paragraph(question.prompt.plainText)
    for choice in question.choices { paragraph(choice.text.plainText, first: "  \(choice.label)) ", rest: "     ") }
    let prompt = question.kind == .predict ? strings.predictPrompt(form) : strings.prompt(form)
    guard let answer = readAnswer(prompt: prompt, form: form) else { return .endOfInput }
    if question.kind == .predict {
      guard let run = runExperiment(question, lesson: item.lesson) else { return .skipped }
      outcome = run
      let readouts = (question.key?.readoutNames ?? []).compactMap { name in run.experiment.readout(name).map { (name, $0) } }
      say(strings.computed(run.key.map(describe) ?? "?", readouts))
    }
    let correct = AnswerCheck.isCorrect(answer, for: question, computed: outcome?.key)
    explain(question, answer: answer, correct: correct, computed: outcome?.key)
    say(strings.revisit(item.lesson.id, item.lesson.title))
    save(AnswerRecord(time: store.now(), lesson: item.lesson.id, answer: answer.normalized, correct: correct), for: question.id)
    return .answered(correct: correct)
  }

  /// Prompts until an answer of `form` is typed; nil at the end of input.
  private func readAnswer(prompt: String, form: AnswerForm) -> Answer? {
    while true {
      print(charset.transliterate(prompt), terminator: "")
      fflush(nil)
      guard let line = readLine() else {
        print()
        return nil
      }
      if echoesInput { print(line) }
      if let answer = AnswerCheck.read(line, form: form) { return answer }
      say(strings.unreadable(form))
    }
  }

  /// Runs the question's experiment headless, saying so; nil (and the reason) when it cannot run.
  private func runExperiment(_ question: Question, lesson: Lesson) -> QuestionOutcome? {
    if let run = question.run {
      say(strings.running(run.experiment.isEmpty ? lesson.experiment ?? "?" : run.experiment, run.settings.map(\.text), run.seed))
    }
    do { return try QuestionRunner.run(question, lessonExperiment: lesson.experiment) } catch {
      say(strings.runFailed(error.message))
      return nil
    }
  }

  /// The `show` series as a line chart, or the experiment's own drawing when none is named.
  private func chart(of experiment: any Experiment, series names: [String]) -> [String] {
    let series = names.compactMap { name in experiment.series.first { $0.name == name } }
    var buffer = Buffer(width: width, height: series.isEmpty ? 24 : 14)
    let area = Rect(x: 0, y: 0, width: width, height: buffer.height)
    if series.isEmpty {
      experiment.draw(into: &buffer, area: area, charset: charset)
    } else {
      LineChart(series: series.map { LineSeries(name: $0.name, values: $0.values) }, xLabel: type(of: experiment).stepUnit)
        .render(into: &buffer, area: area, charset: charset)
    }
    return buffer.lines().map { String($0.reversed().drop { $0 == " " }.reversed()) }
  }

  /// Right or wrong, the right answer when it was missed, then every explanation that applies.
  private func explain(_ question: Question, answer: Answer, correct: Bool, computed: ReadoutExpression.Value?) {
    let chosen: [String]
    if case .labels(let labels) = answer { chosen = labels } else { chosen = [] }
    if correct {
      say(strings.right)
    } else {
      say(strings.wrong + " " + strings.theAnswerIs(rightAnswer(question, computed: computed)))
    }
    // The reasons for what the learner chose, then for the right choices they did not choose.
    let explained = chosen + question.correctLabels.filter { !chosen.contains($0) }
    for label in explained {
      if let why = question.choices.first(where: { $0.label == label })?.why {
        paragraph(why.plainText, first: "  \(label)) ", rest: "     ")
      }
    }
    if let explanation = question.explanation { paragraph(explanation.plainText) }
  }

  /// The right answer as the learner would read it.
  private func rightAnswer(_ question: Question, computed: ReadoutExpression.Value?) -> String {
    switch question.kind {
    case .single, .multiple, .diagnose:
      return question.choices.filter { question.correctLabels.contains($0.label) }
        .map { "\($0.label)) \($0.text.plainText)" }.joined(separator: "; ")
    case .trueFalse: return question.truth.map { String($0) } ?? "?"
    case .numeric: return question.number.map(strings.number) ?? "?"
    case .predict: return computed.map(describe) ?? "?"
    }
  }

  private func describe(_ value: ReadoutExpression.Value) -> String {
    switch value {
    case .condition(let b): return String(b)
    case .number(let v): return strings.number(v)
    }
  }

  /// Saves one answer now, so nothing is lost if the session stops; after a failed save, says why
  /// once and keeps the answers in memory only.
  private mutating func save(_ record: AnswerRecord, for id: String) {
    progress.record(record, for: id)
    guard saving else { return }
    do {
      let result = try store.update { $0.record(record, for: id) }
      progress = result.progress
      warn(result.warnings)
    } catch {
      saving = false
      warn([error.warning])
    }
  }

  private func warn(_ warnings: [ProgressWarning]) {
    var stderr = StandardError()
    for warning in warnings { print(strings.warning(warning), to: &stderr) }
  }

  /// Score, weak lessons and the next review.
  private func summary() {
    if !results.isEmpty {
      say(strings.score(results.filter(\.correct).count, results.count))
      var weak: [(lesson: String, wrong: Int, answered: Int)] = []
      for entry in course.lessons {
        let mine = results.filter { $0.lesson == entry.lesson.id }
        let wrong = mine.filter { !$0.correct }.count
        if wrong > 0 { weak.append((entry.lesson.id, wrong, mine.count)) }
      }
      if !weak.isEmpty { paragraph(strings.weakLessons(weak), rest: "  ") }
    }
    let now = store.now()
    if let next = ReviewPlan.nextDue(course: course, progress: progress, after: now) {
      let formatter = DateFormatter()
      formatter.locale = Foundation.Locale(identifier: "en_US_POSIX")
      formatter.dateFormat = "yyyy-MM-dd"
      let days = Int((next.timeIntervalSince(now) / 86_400).rounded())
      say(strings.nextReview(formatter.string(from: next), days))
    }
  }

  /// Prints `text` wrapped to the width, the first line after `first`, the others after `rest`.
  private func paragraph(_ text: String, first: String = "", rest: String = "") {
    let lines = wrap(text, width: max(10, width - displayWidth(first)))
    for (i, line) in lines.enumerated() { say((i == 0 ? first : rest) + line) }
  }

  private func say(_ line: String) { print(charset.transliterate(line)) }
}
