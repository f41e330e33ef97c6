// `dltutor read LESSON`: a lesson as wrapped plain text — callouts marked, tables aligned — at the
// terminal's width (else 80), in ASCII under a non-UTF-8 locale.
import ArgumentParser
import Course
import Display

#if canImport(Glibc)
import Glibc
#endif

struct Read: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print a lesson as wrapped plain text.",
    discussion: "Example: dltutor read perceptron --width 72")

  @Argument(help: "The lesson's id (see dltutor lessons).")
  var lesson: String

  @Option(help: "Line width (default: the terminal's, else 80; 20 to 1000).")
  var width: Int?

  @Flag(help: "Use ASCII characters only.")
  var ascii = false

  @OptionGroup var lessonsOption: LessonsOption

  func validate() throws {
    if let width, !(20...1000).contains(width) {
      throw ValidationError("--width: \(width) is not valid; expected a whole number from 20 to 1000")
    }
  }

  func run() throws {
    let strings = CourseStrings.english
    let course = Course.load(folder: lessonsOption.resolvedFolder(strings: strings))
    guard let entry = course.lesson(lesson) else {
      CommandLineError.fail(strings.unknownLesson(lesson, course.lessons.map(\.lesson.id)))
    }
    if entry.isBroken {
      var stderr = StandardError()
      print("dltutor: " + strings.lessonIsBroken(lesson), to: &stderr)
      for issue in entry.issues { print(issue.formatted(folder: course.folder, strings: strings), to: &stderr) }
      Glibc.exit(1)
    }
    let charset: Charset = ascii ? .ascii : Locale.charset()
    let renderer = LessonRenderer(width: width ?? TerminalSize.current()?.width ?? 80, charset: charset, strings: strings)
    for line in renderer.render(entry.lesson) {
      let text = charset.transliterate(line.plainText)
      print(String(text.reversed().drop { $0 == " " }.reversed()))
    }
  }
}
