// Tutor: what plain `dltutor` runs — the full-screen tutor, after checking there is a terminal,
// with the learner's progress loaded at start and every change saved as it happens.
import Course
import Display
import Experiments
import Foundation
import TerminalBackend
import TutorApp

#if canImport(Glibc)
import Glibc
#endif

enum Tutor {
  /// Opens the tutor, or exits with status 2 and a pointer to the plain commands when standard
  /// input or output is not a terminal.
  static func start(ascii: Bool, noColor: Bool, debugCrash: Bool, languageOption: LanguageOption, store: ProgressStore) {
    let localeCharset = Locale.charset()
    let charset: Charset = ascii ? .ascii : localeCharset
    let (language, languageNotice) = languageOption.resolve(charset: charset)
    let (strings, problems) = StringCatalog.load(language: language.rawValue, lessonFolders: DataFiles.candidateLessonFolders())
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      CommandLineError.fail(strings[.notATerminal])
    }
    var stderr = StandardError()
    for problem in problems { print("dltutor: \(problem)", to: &stderr) }
    let noColorEnv = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
    let options = TerminalOptions(charset: charset, colors: !(noColor || noColorEnv), debugCrash: debugCrash)
    let size = TerminalSize.current() ?? (80, 24)
    // Without a Lessons folder the lab is the first screen; with one, where the learner left off.
    let course = Course.findFolder().map { Course.load(folder: $0, language: language.rawValue) }
    let (progress, loadWarnings) = store.load()
    var model = Model(
      width: size.width, height: size.height, strings: strings, course: course, progress: progress, now: store.now())
    model.startupNotices = [languageNotice, course?.untranslatedNotice(language.courseStrings)].compactMap { $0 }
    // Printed now they would be lost behind the full screen: the app shows them, and they are
    // printed in full once the terminal is back.
    for warning in loadWarnings { _ = update(&model, .progressWarning(warning)) }
    var saver = ProgressSaver(store: store, loadWarnings: loadWarnings)
    TerminalApp.run(model, options: options, save: { saver.save($0) })
    for warning in loadWarnings + saver.warnings { print(language.quizStrings.warning(warning), to: &stderr) }
  }
}
