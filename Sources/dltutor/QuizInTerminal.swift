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
  static func run(course: Course, store: ProgressStore, scope: ReviewScope, count: Int, seed: UInt64?, now: Date) {
    let (strings, problems) = StringCatalog.load(language: "en", lessonFolders: DataFiles.candidateLessonFolders())
    let (progress, loadWarnings) = store.load()
    var warnings = loadWarnings
    // A file that could be neither read nor moved aside must not be overwritten.
    var saving = !loadWarnings.contains { if case .cannotMoveAside = $0 { return true } else { return false } }
    let size = TerminalSize.current() ?? (80, 24)
    var model = Model(width: size.width, height: size.height, strings: strings, course: course)
    model.progress = progress
    model.now = now
    model.openReview(scope: scope, count: count, exit: .quit, seed: seed)
    TerminalApp.run(model, options: .forThisTerminal(), save: { change in
      guard saving else { return }
      do throws(ProgressSaveError) {
        warnings += try store.update { change.apply(to: &$0, at: store.now()) }.warnings
      } catch {
        // Said once, after the session: the answers stay in the session's memory only.
        saving = false
        warnings.append(error.warning)
      }
    })
    var stderr = StandardError()
    for problem in problems { print("dltutor: \(problem)", to: &stderr) }
    for warning in warnings { print(QuizStrings.english.warning(warning), to: &stderr) }
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
