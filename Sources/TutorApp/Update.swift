// Update: the one place the model changes — keys, resizes and frames in, effects out.

import Course
import Experiments

/// Applies `msg` to `model` and returns what the runtime must do.
public func update(_ model: inout Model, _ msg: Msg) -> [Effect] {
  // What an experiment says while the model changes (a refused knob value) is in the UI's language.
  ExperimentStrings.$current.withValue(model.courseLanguage.experimentStrings) { apply(msg, to: &model) }
}

/// `update` with the experiments' words in the UI's language.
private func apply(_ msg: Msg, to model: inout Model) -> [Effect] {
  switch msg {
  case .resized(let width, let height):
    model.width = max(0, width)
    model.height = max(0, height)
    return []
  case .frame(let maxSteps):
    if model.screen == .quiz { return quizFrame(&model, maxSteps: maxSteps) }
    guard model.isAnimating, var session = model.session else { return [] }
    let taken = session.advance(max(1, min(session.stepsPerFrame, maxSteps)))
    model.session = session
    model.countSteps(taken)
    return []
  case .key(let key):
    return handleKey(&model, key)
  case .progressWarning(let warning):
    noteProgressWarning(&model, warning)
    return []
  }
}

/// Keys that quit from anywhere, whatever is open; while text is typed `Q` is a letter, and only
/// Ctrl-C quits.
func isQuitKey(_ key: Key, typing: Bool = false) -> Bool { (key == .char("Q") && !typing) || key == .control("c") }

private func handleKey(_ model: inout Model, _ key: Key) -> [Effect] {
  // A quiz answer is letters a–z, digits and signs, never `Q`: there it quits as everywhere.
  if isQuitKey(key, typing: model.isTypingText && model.screen != .quiz) {
    // The open lesson's place is saved before the runtime stops.
    let saved = model.screen == .lesson ? saveLessonPosition(&model) : []
    model.quitting = true
    return saved + [.quit]
  }
  if model.showingHelp {
    if key == .char("?") || key == .escape || key == .char("q") { model.showingHelp = false }
    return []
  }
  // A terminal too small to draw the screen only answers to quit and help; keys typed blind
  // would change things the learner cannot see.
  if model.isTooSmall { return [] }
  // The glossary and the common problems open from every screen, unless a key is typed text (or
  // the app is a projector's presenter, whose keys are the slides').
  if !model.isTypingText, model.screen != .presenter, let kind = ReferenceKind(globalKey: key), model.course != nil {
    return openReference(&model, kind)
  }
  switch model.screen {
  case .courseMap: return courseMapKey(&model, key)
  case .lesson: return lessonKey(&model, key)
  case .labMenu: return labMenuKey(&model, key)
  case .experiment: return experimentKey(&model, key)
  case .glossary: return referenceKey(&model, .glossary, key)
  case .problems: return referenceKey(&model, .problems, key)
  case .searchResults: return searchResultsKey(&model, key)
  case .presenter: return presenterKey(&model, key)
  case .quiz: return quizKey(&model, key)
  }
}

/// Moves a list's `selection` among `count` rows for the movement keys; false for any other key.
func moveSelection(_ selection: inout Int, count: Int, _ key: Key) -> Bool {
  let last = max(0, count - 1)
  switch key {
  case .up, .char("k"): selection = max(0, selection - 1)
  case .down, .char("j"): selection = min(last, selection + 1)
  case .home, .pageUp, .char("g"): selection = 0
  case .end, .pageDown, .char("G"): selection = last
  default: return false
  }
  return true
}

private func labMenuKey(_ model: inout Model, _ key: Key) -> [Effect] {
  if moveSelection(&model.menuSelection, count: model.experiments.count, key) { return [] }
  switch key {
  case .char("?"): model.showingHelp = true
  case .escape where model.course != nil, .char("q") where model.course != nil:
    model.screen = .courseMap
  case .char("q"):
    model.quitting = true
    return [.quit]
  case .enter, .right, .char("l"):
    guard model.experiments.indices.contains(model.menuSelection) else { return [] }
    let type = model.experiments[model.menuSelection]
    // Reopening the experiment left a moment ago resumes it as it was.
    if model.session?.type.id != type.id {
      model.session = ExperimentSession(type, settings: KnobSettings(knobs: type.knobs), seed: model.initialSeed)
    }
    model.screen = .experiment
  default: break
  }
  return []
}

private func experimentKey(_ model: inout Model, _ key: Key) -> [Effect] {
  guard var session = model.session else {
    model.screen = .labMenu
    return []
  }
  if session.editor == nil, key == .escape || key == .char("q") {
    session.running = false
    model.session = session
    model.screen = .labMenu
    return []
  }
  return sessionKey(&model, key)
}

/// The keys that act on the open experiment, in the lab and beside a lesson alike.
func sessionKey(_ model: inout Model, _ key: Key) -> [Effect] {
  // A failed run's status names the lesson that explains the failure; `o` opens it.
  if key == .char("o"), model.session?.editor == nil, let entry = failureLessonEntry(model) {
    model.session?.running = false
    return openLesson(&model, entry)
  }
  guard var session = model.session else { return [] }
  defer { model.session = session }
  if session.editor != nil { return editorKey(&session, key) }
  session.notice = nil
  switch key {
  case .char("?"): model.showingHelp = true
  case .char(" "):
    if session.running {
      session.running = false
    } else {
      if session.allFinal { session.restart(seed: session.seed) }
      session.running = !session.allFinal
    }
  case .char("s"):
    session.running = false
    model.countSteps(session.advance(1))
  case .char("r"): session.restart(seed: session.seed)
  case .char("n"): session.restart(seed: session.seed &+ 1)
  case .char("c"):
    if session.comparison != nil {
      session.closeComparison()
    } else if !session.openComparison() {
      session.notice = model.strings[.comparisonNothing]
    }
  case .char("+"), .char("="): session.speed = min(session.speed + 1, ExperimentSession.speeds.count - 1)
  case .char("-"): session.speed = max(session.speed - 1, 0)
  case .up, .char("k"): session.selectedKnob = max(0, session.selectedKnob - 1)
  case .down, .char("j"): session.selectedKnob = min(session.type.knobs.count - 1, session.selectedKnob + 1)
  case .home: session.selectedKnob = 0
  case .end: session.selectedKnob = max(0, session.type.knobs.count - 1)
  case .left, .char("h"): stepKnob(&session, direction: -1)
  case .right, .char("l"): stepKnob(&session, direction: 1)
  case .enter:
    guard let knob = session.knob else { return [] }
    switch knob.kind {
    case .choice, .toggle: stepKnob(&session, direction: 1)
    case .number, .integer, .point, .path:
      session.editor = KnobEditor(text: session.settings[knob.name]?.description ?? "")
    }
  default: break
  }
  return []
}

/// Steps the selected knob one notch and restarts with the same seed.
private func stepKnob(_ session: inout ExperimentSession, direction: Int) {
  guard let knob = session.knob, let value = session.settings[knob.name] else { return }
  let next = knob.stepped(value, direction: direction)
  guard next != value else { return }
  try? session.setKnob(knob.name, next)
}

private func editorKey(_ session: inout ExperimentSession, _ key: Key) -> [Effect] {
  guard var editor = session.editor, let knob = session.knob else {
    session.editor = nil
    return []
  }
  switch key {
  case .escape:
    session.editor = nil
    return []
  case .backspace, .delete:
    if !editor.text.isEmpty { editor.text.removeLast() }
    editor.error = nil
  case .char(let c):
    editor.text.append(c)
    editor.error = nil
  case .enter:
    do throws(KnobError) {
      let value = try knob.parse(editor.text)
      try session.setKnob(knob.name, value)
      session.editor = nil
      return []
    } catch {
      editor.error = error.message
    }
  default: break
  }
  session.editor = editor
  return []
}

/// The lesson the open experiment's failed run points to, when the course has it.
func failureLessonEntry(_ model: Model) -> LessonEntry? {
  guard let status = model.session?.run.experiment?.status, let id = failureLesson(status) else { return nil }
  return model.course?.lesson(id)
}
