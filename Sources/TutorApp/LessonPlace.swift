// LessonPlace: a lesson's place kept between runs. Opening a lesson restores the line it was
// scrolled to and its experiment's knob values; leaving it, quitting, and turning a knob save them;
// reaching the end of its text marks it done. Scrolling alone writes nothing: the place is saved
// when the learner leaves, so the file is not rewritten on every keystroke.

import Course
import Experiments

/// Shows `entry` on the lesson screen: the lesson left a moment ago resumes as it was; any other
/// opens at its saved line with its experiment at its saved knob values. Saves nothing (the app's
/// first screen uses it too).
func showLesson(_ model: inout Model, _ entry: LessonEntry) {
  let id = entry.lesson.id
  let type = entry.lesson.experiment.flatMap { id in model.experiments.first { $0.id == id } }
  let resuming = model.lesson?.entry.lesson.id == id
  if !resuming {
    var lesson = LessonState(entry: entry, hasExperiment: type != nil)
    lesson.scroll = max(0, model.progress.lessons[id]?.position?.value ?? 0)
    model.lesson = lesson
  }
  model.screen = .lesson
  model.lastLessonID = id
  guard let type else { return }
  if !resuming || model.session?.type.id != type.id {
    let saved = model.progress.lessons[id]?.knobs?.value ?? []
    model.session = ExperimentSession(type, settings: restoredSettings(type, saved), seed: model.initialSeed)
  }
}

/// Opens `entry` (after saving the place of the lesson on screen, if another one is): shows it,
/// and saves its position at once, so it is the lesson "continue" points to even if the terminal
/// is closed under it; a lesson whose whole text fits on the screen is done on opening.
func openLesson(_ model: inout Model, _ entry: LessonEntry) -> [Effect] {
  var effects: [Effect] = []
  if model.screen == .lesson, model.lesson?.entry.lesson.id != entry.lesson.id {
    effects += saveLessonPosition(&model)
  }
  showLesson(&model, entry)
  effects += saveLessonPosition(&model)
  if let lesson = model.lesson, lesson.scroll >= lastScrollLine(model, lesson) {
    effects += markLessonDone(&model, lesson)
  }
  return effects
}

/// Saves the line the open lesson is scrolled to (on leaving it and on quitting).
func saveLessonPosition(_ model: inout Model) -> [Effect] {
  guard let lesson = model.lesson else { return [] }
  return [model.record(.position(lesson: lesson.entry.lesson.id, line: lesson.scroll))]
}

/// Marks `lesson` done the first time the end of its text is on screen.
func markLessonDone(_ model: inout Model, _ lesson: LessonState) -> [Effect] {
  let id = lesson.entry.lesson.id
  guard !lesson.entry.isBroken, model.progress.lessons[id]?.completedAt == nil else { return [] }
  return [model.record(.completed(lesson: id))]
}

/// Saves the open lesson's knob values when a key changed them (a knob key, a typed value, Try this).
func saveKnobsIfChanged(_ model: inout Model, since before: KnobSettings?) -> [Effect] {
  guard let lesson = model.lesson, lesson.hasExperiment, let session = model.session,
    session.type.id == lesson.entry.lesson.experiment, session.settings != before
  else { return [] }
  return [model.record(.knobs(lesson: lesson.entry.lesson.id, session.changedKnobs))]
}

/// The scroll line that puts the text's last line on the pane's last text row.
func lastScrollLine(_ model: Model, _ lesson: LessonState) -> Int {
  let (layout, lines) = model.lessonText(lesson)
  return max(0, lines.count - layout.textRows)
}

/// `type`'s defaults with the saved `name=value` assignments that still parse; the rest (a knob
/// renamed or removed, a value now out of range) is ignored, so an old file never blocks a lesson.
func restoredSettings(_ type: any Experiment.Type, _ saved: [String]) -> KnobSettings {
  var settings = KnobSettings(knobs: type.knobs)
  for assignment in saved {
    guard let eq = assignment.firstIndex(of: "=") else { continue }
    try? settings.set(String(assignment[..<eq]), text: String(assignment[assignment.index(after: eq)...]))
  }
  return settings
}
