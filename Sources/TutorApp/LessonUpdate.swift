// LessonUpdate: the keys of the course map and of the lesson screen — opening a lesson, scrolling
// its text, switching panes, applying its Try this presets to the experiment, choosing and
// following links, and going back to the lesson a link came from (LessonPlace keeps the lesson's
// place in the progress file).

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
  if model.courseSearch?.isTyping == true { return courseSearchPromptKey(&model, course, key) }
  if moveSelection(&model.mapSelection, count: course.lessons.count, key) { return [] }
  switch key {
  case .char("?"): model.showingHelp = true
  case .char("/"): model.courseSearch = CourseSearch()
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

/// The lesson screen's keys, then a save of the knob values if the key changed them.
func lessonKey(_ model: inout Model, _ key: Key) -> [Effect] {
  let knobsBefore = model.session?.settings
  let effects = lessonScreenKey(&model, key)
  return effects + saveKnobsIfChanged(&model, since: knobsBefore)
}

/// Goes back to `previous`, a lesson left by following a link, as it was (scroll, link, focus),
/// saving the place of the lesson being left.
private func returnToLesson(_ model: inout Model, _ previous: LessonState) -> [Effect] {
  let effects = saveLessonPosition(&model)
  model.lesson = previous
  model.screen = .lesson
  model.lastLessonID = previous.entry.lesson.id
  if let index = model.course?.lessons.firstIndex(where: { $0.lesson.id == previous.entry.lesson.id }) {
    model.mapSelection = index
  }
  let type = previous.entry.lesson.experiment.flatMap { id in model.experiments.first { $0.id == id } }
  if let type, model.session?.type.id != type.id {
    let saved = model.progress.lessons[previous.entry.lesson.id]?.knobs?.value ?? []
    model.session = ExperimentSession(type, settings: restoredSettings(type, saved), seed: model.initialSeed)
  }
  return effects
}

/// The lesson screen: text keys when the text has focus, experiment keys when the experiment has.
private func lessonScreenKey(_ model: inout Model, _ key: Key) -> [Effect] {
  guard var lesson = model.lesson else {
    model.screen = .courseMap
    return []
  }
  defer { model.lesson = lesson }
  if lesson.search?.isTyping == true {
    lessonSearchPromptKey(model, &lesson, key)
    return []
  }
  let editing = lesson.focus == .experiment && model.session?.editor != nil
  if !editing {
    lesson.notice = nil
    lesson.search?.wrapped = nil
  }
  switch key {
  case .escape where !editing && lesson.search != nil:
    // The first Esc clears the search's highlight; the next one leaves the lesson.
    lesson.search = nil
    return []
  case .escape where !editing, .char("q") where !editing:
    if var session = model.session {
      session.running = false
      model.session = session
    }
    lesson.search = nil  // a search belongs to one visit; coming back finds the text unmarked
    let saved = model.record(.position(lesson: lesson.entry.lesson.id, line: lesson.scroll))
    // A lesson opened from the quiz with `l` leads back to the quiz.
    if model.quiz?.visitingLesson == true {
      model.quiz?.visitingLesson = false
      model.screen = .quiz
      return [saved]
    }
    model.screen = .courseMap
    // The map has the lesson to continue selected: this one, or the next once this one is done.
    if let next = model.continueIndex { model.mapSelection = next }
    return [saved]
  case .char("a") where !editing:
    if !startLessonQuiz(&model, lesson) { lesson.notice = model.strings[.quizNoQuestions] }
    return []
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
  let (layout, text) = model.lessonLayout(lesson)
  let lines = text.lines
  let page = max(1, layout.textRows - 1)
  let bottom = max(0, lines.count - layout.textRows)
  // A place saved at another width, or a resize, can leave the scroll past the bottom.
  lesson.scroll = min(lesson.scroll, bottom)
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
  case .char("/"): startLessonSearch(&lesson)
  case .char("n"): stepLessonSearch(model, &lesson, forward: true)
  case .char("N"): stepLessonSearch(model, &lesson, forward: false)
  default: break
  }
  lesson.scroll = max(0, min(lesson.scroll, bottom))
  return lesson.scroll == bottom ? markLessonDone(&model, lesson) : []
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
  let (layout, lines) = model.lessonText(lesson)
  let starts = presetLines(lesson.entry.lesson, in: lines, charset: model.charset, strings: model.courseStrings)
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
  return []
}

extension Model {
  /// The experiment `entry` names, if the app has it.
  func experimentType(for entry: LessonEntry) -> (any Experiment.Type)? {
    entry.lesson.experiment.flatMap { id in experiments.first { $0.id == id } }
  }
}
