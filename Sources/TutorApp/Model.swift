// Model: everything the screen shows — size, strings, the current screen, the course map and the
// open lesson, the lab's menu and the open experiment, the quiz. `update` changes it, `view` draws it.

import Course
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
  public var strings: StringCatalog
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
  /// The open experiment (kept when going back, so reopening the same one resumes it).
  public var session: ExperimentSession?
  /// The seed a newly opened experiment starts with (the same default as `dltutor run`).
  public var initialSeed: UInt64 = 1
  /// Steps taken by every run since start; the runtime measures its frame budget with it.
  public private(set) var stepsTaken = 0
  /// The learner's progress as loaded at start, with every change made since applied.
  public var progress = LearnerProgress()
  /// The time the session started: what due dates are compared with.
  public var now = Date(timeIntervalSince1970: 0)
  /// The quiz on screen, or the one a lesson visited from it returns to.
  public var quiz: QuizState?
  /// A notice on the course map (why `r` found nothing to review); cleared by the next key.
  public var mapNotice: String?
  /// Set once `quit` has been requested.
  public var quitting = false

  /// The experiments the lab offers, in course order.
  public let experiments: [any Experiment.Type]

  /// A model on the course map (the lab menu without a course), or where `position` says the
  /// learner was (unknown ids and knob values that no longer parse are ignored, so an old position
  /// never blocks the start).
  public init(
    width: Int, height: Int, strings: StringCatalog = .english,
    experiments: [any Experiment.Type] = ExperimentCatalog.all, course: Course? = nil,
    restoring position: LabPosition? = nil
  ) {
    self.width = width
    self.height = height
    self.strings = strings
    self.experiments = experiments
    self.course = course.flatMap { $0.lessons.isEmpty ? nil : $0 }
    if self.course != nil { screen = .courseMap }
    guard let id = position?.experimentID, let index = experiments.firstIndex(where: { $0.id == id }) else { return }
    menuSelection = index
    var settings = KnobSettings(knobs: experiments[index].knobs)
    for (name, text) in position?.knobValues ?? [:] { try? settings.set(name, text: text) }
    session = ExperimentSession(experiments[index], settings: settings, seed: initialSeed)
    screen = .experiment
  }

  /// True while frames must keep coming (an experiment runs on screen).
  public var isAnimating: Bool {
    guard !showingHelp else { return false }
    if screen == .quiz { return quiz?.phase == .running }
    return session?.running == true
      && (screen == .experiment || (screen == .lesson && lesson?.showsExperiment(width: width) == true))
  }

  /// True while the learner types text (a knob value, a search, an answer): every printable key
  /// then goes into that text, so keys that work from every screen must not act.
  public var isTypingText: Bool {
    // A question waiting for its answer takes letters and digits too: `d` may be choice d.
    if screen == .quiz { return quiz?.takesAnswerKeys == true }
    let experimentHasKeys = screen == .experiment || (screen == .lesson && lesson?.focus == .experiment)
    return experimentHasKeys && session?.editor != nil
  }

  /// True when the terminal is below the minimum size.
  public var isTooSmall: Bool { width < Model.minimumWidth || height < Model.minimumHeight }

  mutating func countSteps(_ n: Int) { stepsTaken += n }

  /// Applies `change` to the progress in memory and returns the effect that saves it.
  mutating func record(_ change: ProgressChange) -> Effect {
    change.apply(to: &progress, at: now)
    return .save(change)
  }
}
