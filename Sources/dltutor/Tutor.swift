// Tutor: what plain `dltutor` runs — the full-screen tutor, after checking there is a terminal.
import Course
import Display
import Experiments
import TerminalBackend
import TutorApp

#if canImport(Glibc)
import Glibc
#endif

enum Tutor {
  /// Opens the tutor, or exits with status 2 and a pointer to the plain commands when standard
  /// input or output is not a terminal.
  static func start(ascii: Bool, noColor: Bool, debugCrash: Bool) {
    let (strings, problems) = StringCatalog.load(language: "en", lessonFolders: DataFiles.candidateLessonFolders())
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      CommandLineError.fail(strings[.notATerminal])
    }
    var stderr = StandardError()
    for problem in problems { print("dltutor: \(problem)", to: &stderr) }
    let localeCharset = Locale.charset()
    let noColorEnv = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
    let options = TerminalOptions(
      charset: ascii ? .ascii : localeCharset, colors: !(noColor || noColorEnv), debugCrash: debugCrash)
    let size = TerminalSize.current() ?? (80, 24)
    // The progress store (issue 8) will pass the saved position here and persist `remember`'s.
    // Without a Lessons folder the lab is the first screen; with one, the course map.
    let course = Course.findFolder().map { Course.load(folder: $0) }
    var model = Model(width: size.width, height: size.height, strings: strings, course: course, restoring: nil)
    model.charset = options.charset
    TerminalApp.run(model, options: options, remember: { _ in })
  }
}
