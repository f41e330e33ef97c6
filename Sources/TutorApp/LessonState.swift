// LessonState: the open lesson — which one, how far it is scrolled, which pane has the keys — and
// the layout its update and view share (the panes, the rendered text, where each Try this starts).

import Course
import Display

/// Which pane of the lesson screen the keys act on.
public enum LessonFocus: Equatable, Sendable {
  case text
  case experiment
}

/// The lesson being read.
public struct LessonState: Equatable, Sendable {
  /// Terminals at least this wide show the text and the experiment side by side.
  public static let sideBySideWidth = 120

  public let entry: LessonEntry
  /// Whether the lesson names an experiment the app has.
  public let hasExperiment: Bool
  /// The first text line shown.
  public var scroll = 0
  public var focus: LessonFocus = .text
  /// The index into `entry.lesson.presets` of the Try this applied last, so `t` again moves on.
  public var lastPreset: Int?
  /// A one-line notice under the text (what `t` applied); cleared by the next key.
  public var notice: String?
  /// The selected link, an index into the rendered text's links (`]`/`[` choose, Enter follows).
  public var selectedLink: Int?
  /// The search in the text (`/`), while its prompt is open or its matches are highlighted.
  public var search: LessonSearch?

  public init(entry: LessonEntry, hasExperiment: Bool) {
    self.entry = entry
    self.hasExperiment = hasExperiment
  }

  /// Whether the experiment is on screen at `width`: always when wide, behind Tab when narrow.
  public func showsExperiment(width: Int) -> Bool {
    hasExperiment && (width >= LessonState.sideBySideWidth || focus == .experiment)
  }
}

/// The lesson screen's body split into the text pane (its last row the position line) and the
/// experiment pane.
struct LessonLayout {
  let text: Rect?
  let experiment: Rect?

  init(_ lesson: LessonState, body: Rect) {
    if lesson.hasExperiment && body.width >= LessonState.sideBySideWidth {
      // About 45% for reading: enough for ~55-column lines, the rest for the charts and knobs.
      let columns = body.columns([.fixed(body.width * 45 / 100), .fixed(1), .fill(1)])
      (text, experiment) = (columns[0], columns[2])
    } else if lesson.showsExperiment(width: body.width) {
      (text, experiment) = (nil, body)
    } else {
      (text, experiment) = (body, nil)
    }
  }

  /// The rows of text the text pane shows (all but the position line).
  var textRows: Int { max(0, (text?.height ?? 0) - 1) }

  /// The width the lesson is rendered at: the pane less a margin on each side.
  var textWidth: Int { max(1, (text?.width ?? 0) - 2) }
}

/// The lesson's text as drawn at `width` in `strings`' language, a warning first when its file has
/// problems, and at the end the key that opens its quiz.
func lessonLines(_ entry: LessonEntry, width: Int, charset: Charset, strings: StringCatalog) -> [[Span]] {
  lessonText(entry, width: width, charset: charset, strings: strings).lines
}

/// The lesson's text as `lessonLines` draws it, with where its links are.
func lessonText(_ entry: LessonEntry, width: Int, charset: Charset, strings: StringCatalog) -> RenderedText {
  let courseStrings = Language.named(strings.language).courseStrings
  let renderer = LessonRenderer(width: width, charset: charset, strings: courseStrings)
  let count = entry.lesson.questions.count
  let quizLine = count == 1 ? strings[.lessonQuizOne] : strings.format(.lessonQuizMany, String(count))
  let warning = entry.isBroken
    ? wrap([Span(charset.transliterate(courseStrings.lessonIsBroken(entry.lesson.id)), style: Theme.error)],
      width: renderer.width) + [[]]
    : []
  return renderer.layout(entry.lesson, questionsLine: quizLine).shifted(by: warning.count, prefix: warning)
}

/// The line where each Try this callout starts, in the order of `lesson.presets`, found by the
/// label `strings` gave it.
func presetLines(_ lesson: Lesson, in lines: [[Span]], charset: Charset, strings: CourseStrings) -> [Int] {
  var result: [Int] = []
  var from = 0
  for preset in lesson.presets {
    let label = strings.tryThis + (preset.title.isEmpty ? "" : strings.colon + preset.title)
    let wanted = charset.transliterate(label)
    let found = (from..<lines.count).first { lines[$0].plainText.contains(wanted) } ?? min(from, max(0, lines.count - 1))
    result.append(found)
    from = found + 1
  }
  return result
}
