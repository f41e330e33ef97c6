// LessonUpdate: the keys of the course map and of the lesson screen — opening a lesson, scrolling
// its text, switching panes, applying its Try this presets to the experiment, choosing and
// following links, and going back to the lesson a link came from.

import Course
import Display
import Experiments

/// The course map: move, open a lesson, or go to the lab.
func courseMapKey(_ model: inout Model, _ key: Key) -> [Effect] {
  guard let course = model.course else {
    model.screen = .labMenu
    return []
  }
  if moveSelection(&model.mapSelection, count: course.lessons.count, key) { return [] }
  switch key {
  case .char("?"): model.showingHelp = true
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
  return prepareExperiment(&model, type)
}

/// Goes back to `previous`, a lesson left by following a link, as it was (scroll, link, focus).
private func returnToLesson(_ model: inout Model, _ previous: LessonState) -> [Effect] {
  model.lesson = previous
  model.screen = .lesson
  if let index = model.course?.lessons.firstIndex(where: { $0.lesson.id == previous.entry.lesson.id }) {
    model.mapSelection = index
  }
  return prepareExperiment(&model, previous.entry.lesson.experiment.flatMap { id in model.experiments.first { $0.id == id } })
}

/// Makes the open experiment `type`'s, keeping a session of that type that is already open.
private func prepareExperiment(_ model: inout Model, _ type: (any Experiment.Type)?) -> [Effect] {
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
    model.screen = .courseMap
    return [.rememberPosition(LabPosition(experimentID: nil))]
  case .tab where !editing, .backTab where !editing:
    if lesson.hasExperiment { lesson.focus = lesson.focus == .text ? .experiment : .text }
    return []
  case .char("t") where !editing:
    return applyNextPreset(&model, &lesson)
  case .backspace where !editing, .char("u") where !editing:
    guard let previous = model.lessonHistory.popLast() else {
      lesson.notice = model.strings[.lessonNoHistory]
      return []
    }
    model.lesson = lesson
    let effects = returnToLesson(&model, previous)
    lesson = previous
    return effects
  default: break
  }
  if lesson.focus == .experiment, lesson.hasExperiment {
    return sessionKey(&model, key)
  }
  let layout = LessonLayout(lesson, body: lessonBody(model))
  let text = lessonText(lesson.entry, width: layout.textWidth, charset: model.charset)
  let lines = text.lines
  let page = max(1, layout.textRows - 1)
  let bottom = max(0, lines.count - layout.textRows)
  let visible = lesson.scroll..<(lesson.scroll + layout.textRows)
  switch key {
  case .char("]"), .char("["):
    guard let index = steppedLink(text.links, selected: lesson.selectedLink, visible: visible, forward: key == .char("]"))
    else {
      lesson.notice = model.strings[.linkNone]
      return []
    }
    lesson.selectedLink = index
    lesson.scroll = scrollShowing(text.links[index], from: lesson.scroll, rows: max(1, layout.textRows))
  case .enter:
    guard let link = visibleSelectedLink(text.links, selected: lesson.selectedLink, visible: visible) else {
      lesson.notice = model.strings[.linkNoneSelected]
      return []
    }
    model.lesson = lesson
    switch follow(link.target, &model) {
    case .done(let effects):
      // The lesson may have changed under us (a lesson link); keep what `follow` left.
      lesson = model.lesson ?? lesson
      return effects
    case .notice(let notice):
      lesson.notice = notice
      return []
    }
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
  let lines = lessonLines(lesson.entry, width: layout.textWidth, charset: .unicode)
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
