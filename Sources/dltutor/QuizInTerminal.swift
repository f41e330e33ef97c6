// QuizInTerminal: `dltutor quiz` on a terminal — the tutor's quiz screen on its own, asking what
// the plain session would ask, saving every answer as it is given; its summary's Esc or q quits.
import Course
import Experiments
import Foundation
import TerminalBackend
import TutorApp

#if canImport(Glibc)
import Glibc
#endif

enum QuizInTerminal {
  /// Runs the session until the learner quits; warnings about the progress file are printed
  /// after the terminal is restored, where they can be read.
  static func run(
    course: Course, language: Language, store: ProgressStore, scope: ReviewScope, count: Int, seed: UInt64?, now: Date
  ) {
    let (strings, problems) = StringCatalog.load(language: language.rawValue, lessonFolders: DataFiles.candidateLessonFolders())
    let (progress, loadWarnings) = store.load()
    let size = TerminalSize.current() ?? (80, 24)
    var model = Model(width: size.width, height: size.height, strings: strings, course: course, progress: progress, now: now)
    for warning in loadWarnings { _ = update(&model, .progressWarning(warning)) }
    model.openReview(scope: scope, count: count, exit: .quit, seed: seed)
    var saver = ProgressSaver(store: store, loadWarnings: loadWarnings)
    TerminalApp.run(model, options: .forThisTerminal(), save: { saver.save($0) })
    var stderr = StandardError()
    for problem in problems { print("dltutor: \(problem)", to: &stderr) }
    for warning in loadWarnings + saver.warnings { print(language.quizStrings.warning(warning), to: &stderr) }
  }
}

extension TerminalOptions {
  /// Unicode under a UTF-8 locale (ASCII otherwise or with `ascii`); colours unless `noColor` or
  /// the NO_COLOR convention says no.
  static func forThisTerminal(ascii: Bool = false, noColor: Bool = false) -> TerminalOptions {
    let noColorEnv = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
    return TerminalOptions(charset: ascii ? .ascii : Locale.charset(), colors: !(noColor || noColorEnv))
  }
}
