// `dltutor read LESSON`: a lesson as wrapped plain text — callouts marked, tables aligned — at the
// terminal's width (else 80), in ASCII under a non-UTF-8 locale.
import ArgumentParser
import Course
import Display
import Foundation

#if canImport(Glibc)
import Glibc
#endif

struct Read: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print a lesson as wrapped plain text.",
    discussion: "Example: dltutor read perceptron --width 72")

  @Argument(help: "The lesson's id (see dltutor lessons), or glossary, or problems.")
  var lesson: String

  @Option(help: "Line width (default: the terminal's, else 80; 20 to 1000).")
  var width: Int?

  @OptionGroup var asciiOption: AsciiOption

  @OptionGroup var lessonsOption: LessonsOption
  @OptionGroup var progressOption: ProgressOption
  @OptionGroup var languageOption: LanguageOption

  func validate() throws {
    if let width, !(20...1000).contains(width) {
      throw ValidationError("--width: \(width) is not valid; expected a whole number from 20 to 1000")
    }
  }

  func run() throws {
    let charset = asciiOption.charset()
    let (language, languageNotice) = languageOption.resolve(charset: charset)
    let strings = language.courseStrings
    let course = Course.load(folder: lessonsOption.resolvedFolder(strings: strings), language: language.rawValue)
    printNotices([languageNotice, course.untranslated.contains(lesson) ? strings.untranslated([lesson]) : nil])
    let renderer = LessonRenderer(width: width ?? TerminalSize.current()?.width ?? 80, charset: charset, strings: strings)
    let lines: [[Span]]
    if let entry = course.lesson(lesson) {
      lines = lessonLines(entry, course: course, renderer: renderer, strings: strings)
    } else if lesson == course.glossary.id, !lesson.isEmpty {
      lines = renderer.render(course.glossary)
    } else if lesson == course.problems.id, !lesson.isEmpty {
      let titles = Dictionary(course.lessons.map { ($0.lesson.id, $0.lesson.title) }, uniquingKeysWith: { first, _ in first })
      lines = renderer.render(course.problems, lessonTitles: titles)
    } else {
      let known = course.lessons.map(\.lesson.id) + [course.glossary.id, course.problems.id].filter { !$0.isEmpty }
      CommandLineError.fail(strings.unknownLesson(lesson, known))
    }
    for line in lines {
      let text = charset.transliterate(line.plainText)
      print(String(text.reversed().drop { $0 == " " }.reversed()))
    }
    if let entry = course.lesson(lesson), !entry.isBroken { markRead(entry.lesson.id, strings: language.quizStrings) }
  }

  /// The lesson's lines, or its problems on stderr and exit 1 when its file is broken.
  private func lessonLines(_ entry: LessonEntry, course: Course, renderer: LessonRenderer, strings: CourseStrings) -> [[Span]] {
    if entry.isBroken {
      var stderr = StandardError()
      print("dltutor: " + strings.lessonIsBroken(lesson), to: &stderr)
      for issue in entry.issues { print(issue.formatted(folder: course.folder, strings: strings), to: &stderr) }
      Glibc.exit(1)
    }
    return renderer.render(entry.lesson)
  }
}

extension Read {
  /// Records the lesson as read, so `dltutor quiz` asks its questions. Reading never fails
  /// because of the progress file: a problem with it is a warning on stderr.
  func markRead(_ id: String, strings quizStrings: QuizStrings) {
    var stderr = StandardError()
    do {
      let (_, warnings) = try progressOption.store().update { $0.complete(id, at: Date()) }
      for warning in warnings { print(quizStrings.warning(warning), to: &stderr) }
    } catch {
      print(quizStrings.warning(error.warning), to: &stderr)
    }
  }
}
