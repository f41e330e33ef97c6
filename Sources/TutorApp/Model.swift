// Model: everything the screen shows — size, strings, the current screen, the course map and the
// open lesson, the lab's menu and the open experiment, the quiz. `update` changes it, `view` draws it.

import Course
import Display
import Experiments
import Foundation

/// The screens of the app; help is an overlay on top of whichever is current.
public enum Screen: Equatable, Sendable {
  /// The lessons in order: the first screen when a course is loaded.
  case courseMap
  /// One lesson's text, with its experiment beside it or behind Tab.
  case lesson
  /// The list of experiments.
  case labMenu
  /// One experiment with its charts and knobs.
  case experiment
  /// The glossary: terms beside their definitions (`d` from every screen).
  case glossary
  /// The common problems: symptom → cause → fixes → lesson (`p` from every screen).
  case problems
  /// What a search from the course map found, one row per match.
  case searchResults
  /// Presenter mode (`dltutor present`): a lesson's slides, the experiment large.
  case presenter
  /// A quiz: one question at a time, then the summary.
  case quiz
}

/// The whole state of the app.
///
/// Not `Sendable`: an open experiment is a class instance stepped in place, owned by the one
/// thread that runs the loop (see `LiveRun`).
public struct Model {
  /// The smallest terminal the screens are laid out for; below it a message says so.
  public static let minimumWidth = 40
  public static let minimumHeight = 12

  public var width: Int
  public var height: Int
  /// The UI's words, in the language the learner chose.
  public var strings: StringCatalog
  /// One-line notices about the start — a language shown in English, a progress file kept aside —
  /// drawn on the first screen so the learner sees them before anything else.
  public var startupNotices: [String] = []
  public var screen: Screen = .labMenu
  public var showingHelp = false
  /// The highlighted row of the lab menu.
  public var menuSelection = 0
  /// The loaded course, or nil when no Lessons folder was found (the lab is then the first screen).
  public let course: Course?
  /// The highlighted row of the course map.
  public var mapSelection = 0
  /// The open lesson (kept when going back to the map).
  public var lesson: LessonState?
  /// Lessons left by following a lesson link, the latest last: Backspace goes back to them.
  public var lessonHistory: [LessonState] = []
  /// How many lessons the history keeps.
  static let lessonHistoryLimit = 20
  /// The glossary and common-problems screens and the screens they were opened from.
  public var reference = ReferenceScreens()
  /// The glyphs the screen is drawn with; `update` lays text out with them too, so the lines it
  /// scrolls to and the links it selects are the ones drawn.
  public var charset: Charset = .unicode
  /// The open experiment (kept when going back, so reopening the same one resumes it).
  public var session: ExperimentSession?
  /// The slides of presenter mode, when the app runs as `dltutor present`.
  public var presenter: PresenterState?
  /// The seed a newly opened experiment starts with (the same default as `dltutor run`).
  public var initialSeed: UInt64 = 1
  /// Steps taken by every run since start; the runtime measures its frame budget with it.
  public private(set) var stepsTaken = 0
  /// The learner's progress as loaded at start, with every change made since applied.
  public var progress = LearnerProgress()
  /// The time the session started: what due dates are compared with.
  public var now = Date(timeIntervalSince1970: 0)
  /// The lesson the learner was last in: the one with the latest saved position at start, then
  /// each lesson opened. "Continue" on the map points to it until it is finished.
  public var lastLessonID: String?
  /// A warning about the progress file (unreadable, kept aside, not saving), shown on the map.
  public var progressNotice: String?
  /// The quiz on screen, or the one a lesson visited from it returns to.
  public var quiz: QuizState?
  /// Set once `quit` has been requested.
  public var quitting = false
  /// The lessons' rendered text, laid out once per width, charset and language (shared by copies).
  public let renderCache = RenderedLessonCache()
  /// A search across the course: its prompt on the map, then its results screen.
  public var courseSearch: CourseSearch?
  /// A one-line notice on the course map (a search that found nothing, or why `r` found nothing
  /// to review); cleared by the next key.
  public var mapNotice: String?

  /// The experiments the lab offers, in course order.
  public let experiments: [any Experiment.Type]

  /// A model on the course map (the lab menu without a course) with `progress` loaded at `now`.
  ///
  /// With a course, the app opens where the learner left off: in the lesson last open, at its
  /// saved line and knob values, unless that lesson is finished; otherwise on the map with the
  /// lesson to continue selected (the first one on a first run).
  public init(
    width: Int, height: Int, strings: StringCatalog = .english,
    experiments: [any Experiment.Type] = ExperimentCatalog.all, course: Course? = nil,
    progress: LearnerProgress = LearnerProgress(), now: Date = Date(timeIntervalSince1970: 0)
  ) {
    self.width = width
    self.height = height
    self.strings = strings
    self.experiments = experiments
    self.course = course.flatMap { $0.lessons.isEmpty ? nil : $0 }
    self.progress = progress
    self.now = now
    guard let course = self.course else { return }
    screen = .courseMap
    lastLessonID = progress.lastOpenLesson(in: course)
    mapSelection = continueIndex ?? 0
    if let index = continueIndex, course.lessons[index].lesson.id == lastLessonID {
      showLesson(&self, course.lessons[index])
    }
  }

  /// True while frames must keep coming (an experiment runs on screen).
  public var isAnimating: Bool {
    guard !showingHelp else { return false }
    if screen == .quiz { return quiz?.phase == .running }
    return session?.running == true
      && (screen == .experiment || screen == .presenter
        || (screen == .lesson && lesson?.showsExperiment(width: width) == true))
  }

  /// True while the learner types text (a knob value, a search, an answer): every printable key
  /// then goes into that text, so keys that work from every screen must not act.
  public var isTypingText: Bool {
    // A question waiting for its answer takes letters and digits too: `d` may be choice d.
    if screen == .quiz { return quiz?.takesAnswerKeys == true }
    let experimentHasKeys = screen == .experiment || (screen == .lesson && lesson?.focus == .experiment)
    if let kind = ReferenceKind(screen), reference[kind].isFiltering { return true }
    if experimentHasKeys && session?.editor != nil { return true }
    if screen == .lesson && lesson?.search?.isTyping == true { return true }
    return screen == .courseMap && courseSearch?.isTyping == true
  }

  /// The course module's words (callout labels, lesson messages) in the UI's language.
  public var courseStrings: CourseStrings { Language.named(strings.language).courseStrings }

  /// The UI's language.
  public var courseLanguage: Language { Language.named(strings.language) }

  /// True when the terminal is below the minimum size.
  public var isTooSmall: Bool { width < Model.minimumWidth || height < Model.minimumHeight }

  mutating func countSteps(_ n: Int) { stepsTaken += n }

  /// Applies `change` to the progress in memory and returns the effect that saves it.
  mutating func record(_ change: ProgressChange) -> Effect {
    change.apply(to: &progress, at: now)
    return .save(change)
  }
}
