// LessonUpdate: the keys of the course map and of the lesson screen — opening a lesson, scrolling
// its text, switching panes and applying its Try this presets to the experiment.

import Course
import Display
import Experiments

/// The course map: move, open a lesson, or go to the lab.
func courseMapKey(_ model: inout Model, _ key: Key) -> [Effect] {
  guard let course = model.course else {
    model.screen = .labMenu
    return []
  }
  model.mapNotice = nil
  if moveSelection(&model.mapSelection, count: course.lessons.count, key) { return [] }
  switch key {
  case .char("?"): model.showingHelp = true
  case .char("r"): startReview(&model, course)
  case .char("x"): model.screen = .labMenu
  case .char("q"):
    model.quitting = true
    return [.quit]
  case .enter, .right, .char("l"):
    guard course.lessons.indices.contains(model.mapSelection) else { return [] }
    return openLesson(&model, course.lessons[model.mapSelection])
  default: break
  }
  return []
}

/// Opens `entry` at its top (resuming where it was if it is the lesson left a moment ago), with
/// its experiment ready beside it.
func openLesson(_ model: inout Model, _ entry: LessonEntry) -> [Effect] {
  let type = entry.lesson.experiment.flatMap { id in model.experiments.first { $0.id == id } }
  if model.lesson?.entry.lesson.id != entry.lesson.id {
    model.lesson = LessonState(entry: entry, hasExperiment: type != nil)
  }
  model.screen = .lesson
  guard let type else { return [] }
  if model.session?.type.id != type.id {
    model.session = ExperimentSession(type, settings: KnobSettings(knobs: type.knobs), seed: model.initialSeed)
  }
  return model.session.map { [.rememberPosition($0.position)] } ?? []
}

/// The lesson screen: text keys when the text has focus, experiment keys when the experiment has.
func lessonKey(_ model: inout Model, _ key: Key) -> [Effect] {
  guard var lesson = model.lesson else {
    model.screen = .courseMap
    return []
  }
  defer { model.lesson = lesson }
  let editing = lesson.focus == .experiment && model.session?.editor != nil
  if !editing { lesson.notice = nil }
  switch key {
  case .escape where !editing, .char("q") where !editing:
    if var session = model.session {
      session.running = false
      model.session = session
    }
    // A lesson opened from the quiz with `l` leads back to the quiz.
    if model.quiz?.visitingLesson == true {
      model.quiz?.visitingLesson = false
      model.screen = .quiz
      return []
    }
    model.screen = .courseMap
    return [.rememberPosition(LabPosition(experimentID: nil))]
  case .char("a") where !editing:
    if !startLessonQuiz(&model, lesson) { lesson.notice = model.strings[.quizNoQuestions] }
    return []
  case .tab where !editing, .backTab where !editing:
    if lesson.hasExperiment { lesson.focus = lesson.focus == .text ? .experiment : .text }
    return []
  case .char("t") where !editing:
    return applyNextPreset(&model, &lesson)
  default: break
  }
  if lesson.focus == .experiment, lesson.hasExperiment {
    return sessionKey(&model, key)
  }
  let layout = LessonLayout(lesson, body: lessonBody(model))
  let lines = lessonLines(lesson.entry, width: layout.textWidth, charset: .unicode, strings: model.strings)
  let page = max(1, layout.textRows - 1)
  let bottom = max(0, lines.count - layout.textRows)
  switch key {
  case .up, .char("k"): lesson.scroll -= 1
  case .down, .char("j"): lesson.scroll += 1
  case .pageUp, .char("b"): lesson.scroll -= page
  case .pageDown, .char(" "): lesson.scroll += page
  case .home, .char("g"): lesson.scroll = 0
  case .end, .char("G"): lesson.scroll = bottom
  case .char("?"): model.showingHelp = true
  default: break
  }
  lesson.scroll = max(0, min(lesson.scroll, bottom))
  return []
}

/// The body rows of the screen, between the title bar and the footer.
func lessonBody(_ model: Model) -> Rect { Rect(x: 0, y: 1, width: model.width, height: max(0, model.height - 2)) }

/// Applies the first Try this at or below the top of the visible text (the one after it when
/// that one was applied last, cycling at the end) and restarts the experiment running.
private func applyNextPreset(_ model: inout Model, _ lesson: inout LessonState) -> [Effect] {
  let presets = lesson.entry.lesson.presets
  guard lesson.hasExperiment, !presets.isEmpty, var session = model.session else {
    lesson.notice = model.strings[.lessonNoPresets]
    return []
  }
  let layout = LessonLayout(lesson, body: lessonBody(model))
  let lines = lessonLines(lesson.entry, width: layout.textWidth, charset: .unicode, strings: model.strings)
  let starts = presetLines(lesson.entry.lesson, in: lines, charset: .unicode)
  var index = starts.firstIndex { $0 >= lesson.scroll } ?? 0
  if index == lesson.lastPreset { index = (index + 1) % presets.count }
  let preset = presets[index]
  let refused = session.applyPreset(preset.settings)
  session.running = refused.isEmpty
  lesson.lastPreset = index
  let title = preset.title.isEmpty ? model.strings[.tryThisUntitled] : preset.title
  let notice = refused.isEmpty
    ? model.strings.format(.lessonPresetApplied, title, preset.settings.map(\.text).joined(separator: " "))
    : model.strings.format(.lessonPresetRefused, title, refused.joined(separator: "; "))
  // Said where the learner is looking: under the text, or in the experiment's status line when
  // the experiment fills a narrow screen.
  if layout.text == nil { session.notice = notice } else { lesson.notice = notice }
  model.session = session
  return [.rememberPosition(session.position)]
}
