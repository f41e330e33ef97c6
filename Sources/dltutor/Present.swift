// `dltutor present LESSON [--seed N]`: presenter mode for a classroom projector — the lesson's
// Try this settings as slides, the experiment large, the same numbers on every machine for a seed.
import ArgumentParser
import Course
import Display
import Experiments
import TerminalBackend
import TutorApp

#if canImport(Glibc)
import Glibc
#endif

struct Present: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Present a lesson on a projector: its experiment large, its Try this settings as slides.",
    discussion: """
      Slides move with PgDn/PgUp (what a clicker sends), the arrows or j/k; each applies its settings and \
      restarts paused with the seed. Space runs, c compares A/B, n takes the next seed, q quits. \
      Example: dltutor present vanishing --seed 3
      """)

  @Argument(help: "The lesson's id (see dltutor lessons).")
  var lesson: String

  @Option(help: "The seed: the same seed gives the same numbers on every machine.")
  var seed: UInt64 = 1

  // Declared here so `present --help` lists them; the root command declares the same flags and
  // claims them wherever they appear (swift-argument-parser #169), so their values arrive through
  // `root`, and either place counts.
  @Flag(help: "Draw with ASCII only, whatever the locale.")
  var ascii = false

  @Flag(name: .customLong("no-color"), help: "No colours (as does the NO_COLOR environment variable).")
  var noColor = false

  @OptionGroup var lessonsOption: LessonsOption
  @OptionGroup var languageOption: LanguageOption
  @ParentCommand var root: DLTutor

  func run() throws {
    let charset: Charset = ascii || root.asciiOption.ascii ? .ascii : Locale.charset()
    let (language, languageNotice) = languageOption.resolve(charset: charset)
    let courseStrings = language.courseStrings
    let course = Course.load(folder: lessonsOption.resolvedFolder(strings: courseStrings), language: language.rawValue)
    guard let entry = course.lesson(lesson) else {
      CommandLineError.fail(courseStrings.unknownLesson(lesson, course.lessons.map(\.lesson.id)))
    }
    let (strings, problems) = StringCatalog.load(language: language.rawValue, lessonFolders: [course.folder])
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      CommandLineError.fail(strings.format(.presentNotATerminal, lesson, String(seed)))
    }
    var stderr = StandardError()
    for problem in problems { print("dltutor: \(problem)", to: &stderr) }
    printNotices([languageNotice])
    let noColorEnv = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
    let options = TerminalOptions(charset: charset, colors: !(noColor || root.noColor || noColorEnv))
    let size = TerminalSize.current() ?? (80, 24)
    let model = Model.presenting(entry, seed: seed, width: size.width, height: size.height, strings: strings)
    TerminalApp.run(model, options: options)
  }
}
