// PresenterState: presenter mode's slides and where the presenter is. With an experiment the
// slides are its settings — the defaults, then each Try this of the lesson in reading order — so a
// teacher steps through the lesson's demonstrations; without one, the lesson's sections.

import Course
import Experiments

/// One slide: a title and either knob settings for the experiment or a section of text.
public struct PresenterSlide: Equatable, Sendable {
  public enum Content: Equatable, Sendable {
    /// Knob settings on top of the experiment's defaults (none for the starting point).
    case settings([KnobAssignment])
    /// A section of the lesson, for a lesson without an experiment.
    case text([Block])
  }

  /// The Try this or section title; empty for the starting point (the view names it).
  public let title: String
  public let content: Content

  /// The knob settings this slide applies (none for a text slide).
  public var assignments: [KnobAssignment] {
    if case .settings(let assignments) = content { return assignments }
    return []
  }
}

/// Presenter mode: the lesson, its slides and the one on screen.
public struct PresenterState: Equatable, Sendable {
  public let entry: LessonEntry
  public let slides: [PresenterSlide]
  /// Index into `slides` of the slide on screen.
  public var current = 0
  /// Why the current slide's settings were refused, when they were; cleared by the next slide.
  public var notice: String?

  /// The slides for `entry`: its experiment's settings when `hasExperiment`, else its sections.
  public init(entry: LessonEntry, hasExperiment: Bool) {
    self.entry = entry
    let lesson = entry.lesson
    slides = hasExperiment
      ? [PresenterSlide(title: "", content: .settings([]))]
        + lesson.presets.map { PresenterSlide(title: $0.title, content: .settings($0.settings)) }
      : PresenterState.sections(of: lesson)
  }

  /// The slide on screen.
  public var slide: PresenterSlide { slides[max(0, min(current, slides.count - 1))] }

  /// Whether the slides are text (the lesson has no experiment).
  public var isTextOnly: Bool {
    if case .text = slide.content { return true }
    return false
  }

  /// The lesson cut at its second-level headings: text before the first is a slide titled with
  /// the lesson's title; a lesson with no headings is one slide.
  static func sections(of lesson: Lesson) -> [PresenterSlide] {
    var slides: [PresenterSlide] = []
    var title = lesson.title
    var blocks: [Block] = []
    func close() {
      if !blocks.isEmpty || title != lesson.title { slides.append(PresenterSlide(title: title, content: .text(blocks))) }
    }
    for block in lesson.blocks {
      if case .heading(level: let level, let inlines) = block.content, level <= 2 {
        close()
        title = inlines.plainText
        blocks = []
      } else {
        blocks.append(block)
      }
    }
    close()
    return slides.isEmpty ? [PresenterSlide(title: lesson.title, content: .text([]))] : slides
  }
}
