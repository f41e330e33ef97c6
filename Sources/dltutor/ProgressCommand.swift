// `dltutor progress show | reset [LESSON] | path`: the learner's progress file — what it holds,
// forgetting a lesson or everything (with confirmation), and where it is; also `--progress FILE`,
// the option every command that reads progress shares.
import ArgumentParser
import Course
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `--progress FILE`: the progress file to use instead of the one in the state folder.
struct ProgressOption: ParsableArguments {
  @Option(name: .customLong("progress"), help: ArgumentHelp(
    "The progress file (default: $XDG_STATE_HOME/dltutor/progress.json, else ~/.local/state/dltutor/progress.json).",
    valueName: "FILE"))
  var file: String?

  /// The store for `--progress` or the default file, with `clock`.
  func store(now clock: @escaping @Sendable () -> Date = { Date() }) -> ProgressStore {
    ProgressStore(path: file ?? ProgressStore.defaultPath(), now: clock)
  }
}

/// Loads the progress, printing each warning about the file on stderr; `canSave` is false when
/// an unreadable file could not be moved aside (saving would overwrite it).
func loadProgress(_ store: ProgressStore, strings: QuizStrings) -> (progress: LearnerProgress, canSave: Bool) {
  let (progress, warnings) = store.load()
  var stderr = StandardError()
  for warning in warnings { print(strings.warning(warning), to: &stderr) }
  let stuck = warnings.contains { if case .cannotMoveAside = $0 { return true } else { return false } }
  return (progress, !stuck)
}

struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress",
    abstract: "Show, reset or locate your saved progress.",
    subcommands: [Show.self, Reset.self, Path.self],
    defaultSubcommand: Show.self)

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the lessons you have read and your quiz results.")

    @OptionGroup var progressOption: ProgressOption
    @OptionGroup var lessonsOption: LessonsOption
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
      let (language, languageNotice) = languageOption.resolve(charset: Locale.charset())
      printNotices([languageNotice])
      let strings = language.quizStrings
      let store = progressOption.store()
      let progress = loadProgress(store, strings: strings).progress
      print(strings.progressFile(store.path))
      if progress.lessons.isEmpty && progress.answers.isEmpty {
        print(strings.noProgress)
        return
      }
      // Due counts need the course (a question that left it is never due); without one, none is.
      lessonsOption.apply()
      let course = Course.findFolder().map { Course.load(folder: $0) }
      let inCourse = Set(course?.lessons.flatMap { $0.lesson.questions.map(\.id) } ?? [])
      let now = Date()
      let cards = progress.answers.map { id, history in
        (lesson: history.last?.lesson ?? "", card: ReviewScheduler.card(for: history), due: inCourse.contains(id))
      }
      // Lessons in course order, then any the course no longer has.
      let order = course?.lessons.map(\.lesson.id) ?? []
      let others = Set(progress.lessons.keys).union(cards.map(\.lesson)).subtracting(order).sorted()
      for id in order + others {
        if let lesson = progress.lessons[id] {
          print(strings.lessonLine(id, lesson.completedAt != nil, lesson.position?.value, lesson.knobs?.value ?? []))
        }
        let mine = cards.filter { $0.lesson == id }
        if !mine.isEmpty {
          print(strings.quizLine(id, mine.count, mine.filter { $0.card.history.last?.correct == true }.count,
            mine.filter { $0.due && $0.card.isDue(at: now) }.count))
        }
      }
      print(strings.questionTotals(cards.count, cards.filter { $0.card.history.last?.correct == true }.count,
        cards.filter { $0.due && $0.card.isDue(at: now) }.count))
    }
  }

  struct Reset: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Forget your progress in one lesson, or all of it.",
      discussion: "Asks for confirmation in a terminal; elsewhere it needs --yes.")

    @Argument(help: "The lesson to reset (default: everything).")
    var lesson: String?

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    @OptionGroup var progressOption: ProgressOption
    @OptionGroup var lessonsOption: LessonsOption
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
      let (language, languageNotice) = languageOption.resolve(charset: Locale.charset())
      printNotices([languageNotice])
      let strings = language.quizStrings
      let store = progressOption.store()
      if let lesson {
        // A typo must not report a reset that forgot nothing: the id must be the course's or the file's.
        lessonsOption.apply()
        let progress = loadProgress(store, strings: strings).progress
        let known = Set(Course.findFolder().map { Course.load(folder: $0).lessons.map(\.lesson.id) } ?? [])
          .union(progress.lessons.keys).union(progress.answers.values.joined().map(\.lesson))
        if !known.contains(lesson) { CommandLineError.fail(language.courseStrings.unknownLesson(lesson, known.sorted())) }
      }
      if !yes {
        guard isatty(STDIN_FILENO) == 1 else { CommandLineError.fail(strings.resetNeedsConfirmation) }
        print(strings.confirmReset(lesson, store.path), terminator: "")
        fflush(nil)
        guard let reply = readLine(), ["y", "yes"].contains(reply.lowercased()) else {
          print(strings.resetCancelled)
          return
        }
      }
      let now = Date()
      do {
        let result = try store.update { progress in
          if let lesson { progress.reset(lesson: lesson, at: now) } else { progress.resetAll(at: now) }
        }
        var stderr = StandardError()
        for warning in result.warnings { print(strings.warning(warning), to: &stderr) }
      } catch {
        var stderr = StandardError()
        print(strings.warning(error.warning), to: &stderr)
        Glibc.exit(1)
      }
      print(strings.resetDone(lesson))
    }
  }

  struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print where your progress is saved.")

    @OptionGroup var progressOption: ProgressOption

    func run() throws {
      print(progressOption.store().path)
    }
  }
}
