// ExperimentView: one experiment on screen — its charts (side by side with B during an A/B
// comparison), the knob panel, the readout line and the status line.

import Course
import Display
import Experiments

/// Draws the lab's experiment screen: title bar in row 0, everything else in `area`.
func drawExperimentScreen(
  _ buffer: inout Buffer, _ model: Model, _ session: ExperimentSession, area: Rect, _ charset: Charset
) {
  drawTitleBar(&buffer, [model.strings[.labTitle], session.type.title], right: runStateText(session, model.strings, charset),
    charset)
  drawExperimentPane(&buffer, session, model.strings, course: model.course, area: area, charset)
}

/// Seed, step, speed and running or paused, for the title bar.
func runStateText(_ session: ExperimentSession, _ strings: StringCatalog, _ charset: Charset) -> String {
  let dot = charset == .unicode ? " · " : " | "
  let state = session.running
    ? (charset == .unicode ? "▶ " : "> ") + strings[.stateRunning]
    : (charset == .unicode ? "‖ " : "|| ") + strings[.statePaused]
  return "\(strings[.seedLabel]) \(session.seed)\(dot)\(strings[.stepLabel]) \(session.run.stepCount)"
    + "\(dot)\(strings[.speedLabel]) \(session.stepsPerFrame)\(dot)\(state)"
}

/// The experiment without its title bar: charts, knobs, readouts and status in `area`; `course`
/// holds the lessons a failed run's status can open (`o`).
func drawExperimentPane(
  _ buffer: inout Buffer, _ session: ExperimentSession, _ strings: StringCatalog, course: Course?, area: Rect,
  _ charset: Charset
) {
  let parts = area.rows([.fill(1), .fixed(1), .fixed(1)])
  let (main, readoutRow, statusRow) = (parts[0], parts[1], parts[2])
  // Knobs beside the charts when there is room for both, under them otherwise.
  let knobRows = session.type.knobs.count + 2
  let chartsArea: Rect
  let knobArea: Rect
  if main.width >= 72 {
    let panelWidth = min(max(knobPanelWidth(session), 22), main.width / 3)
    let columns = main.columns([.fill(1), .fixed(1), .fixed(panelWidth)])
    (chartsArea, knobArea) = (columns[0], columns[2])
  } else {
    let rows = main.rows([.fill(1), .fixed(min(knobRows, main.height / 2))])
    (chartsArea, knobArea) = (rows[0], rows[1])
  }
  if let comparison = session.comparison {
    drawComparison(&buffer, session, comparison, strings, area: chartsArea, charset)
  } else {
    drawRun(&buffer, session.run, strings, area: chartsArea, charset)
  }
  drawKnobPanel(&buffer, session, strings, area: knobArea, charset)
  drawBottomLines(&buffer, session, strings, course: course, readoutRow: readoutRow, statusRow: statusRow, charset)
}

/// One run's charts, or the reason it could not start.
func drawRun(_ buffer: inout Buffer, _ run: LiveRun, _ strings: StringCatalog, area: Rect, _ charset: Charset) {
  guard !area.isEmpty else { return }
  if let experiment = run.experiment {
    experiment.draw(into: &buffer, area: area, charset: charset)
  } else {
    let message = strings.format(.setupFailed, run.setupError ?? "")
    for (i, line) in wrap(message, width: max(1, area.width - 2)).enumerated() where i < area.height {
      drawText(&buffer, line, x: area.x + 1, y: area.y + i, width: area.width - 2, style: Theme.error, charset)
    }
  }
}

/// A and B side by side, each headed by its value of the compared knob and footed by its numbers.
func drawComparison(
  _ buffer: inout Buffer, _ session: ExperimentSession, _ comparison: Comparison, _ strings: StringCatalog,
  area: Rect, _ charset: Charset
) {
  let halves = area.columns([.fill(1), .fixed(1), .fill(1)])
  buffer.drawVerticalLine(x: halves[1].x, y: area.y, length: area.height, charset: charset, style: Theme.secondary)
  let sides: [(UIText, KnobSettings, LiveRun)] = [
    (.comparisonA, session.settings, session.run), (.comparisonB, comparison.settings, comparison.run),
  ]
  for ((label, settings, run), half) in zip(sides, [halves[0], halves[2]]) {
    let value = settings[comparison.knobName]?.description ?? ""
    let rows = half.rows([.fixed(1), .fill(1), .fixed(1)])
    drawText(&buffer, " \(strings[label]): \(comparison.knobName) = \(value)", x: half.x, y: rows[0].y,
      width: half.width, style: Theme.heading, charset)
    drawRun(&buffer, run, strings, area: rows[1], charset)
    drawText(&buffer, " " + readoutText(run, charset), x: half.x, y: rows[2].y, width: half.width, charset)
  }
}

/// Room for the pointer, the longest knob name and the longest value a knob can show, in a frame.
private func knobPanelWidth(_ session: ExperimentSession) -> Int {
  let knobs = session.type.knobs
  let names = knobs.map { displayWidth($0.name) }.max() ?? 0
  let values = knobs.map { knob -> Int in
    if case .choice(let choices) = knob.kind { return choices.map(displayWidth).max() ?? 0 }
    return max(8, displayWidth(session.settings[knob.name]?.description ?? ""))
  }.max() ?? 0
  return 2 + names + 1 + values + 2
}

/// The knobs with their values, the selected one highlighted and its help below.
private func drawKnobPanel(
  _ buffer: inout Buffer, _ session: ExperimentSession, _ strings: StringCatalog, area: Rect, _ charset: Charset
) {
  let inner = buffer.drawBox(area, title: strings[.knobsTitle], charset: charset, style: Theme.secondary,
    titleStyle: Theme.heading)
  guard !inner.isEmpty else { return }
  let knobs = session.type.knobs
  let nameWidth = min((knobs.map { displayWidth($0.name) }.max() ?? 0), max(1, inner.width / 2))
  let pointer = charset == .unicode ? "▸" : ">"
  // Keep the selected knob in view when the panel is shorter than the list.
  let first = max(0, min(session.selectedKnob - inner.height + 1, knobs.count - inner.height))
  var y = inner.y
  for index in first..<knobs.count where y < inner.bottom {
    let knob = knobs[index]
    let selected = index == session.selectedKnob
    let value = session.settings[knob.name]?.description ?? ""
    let text = (selected ? pointer : " ") + " " + pad(truncate(knob.name, toWidth: nameWidth, charset: charset), toWidth: nameWidth)
      + " " + value
    drawText(&buffer, text, x: inner.x, y: y, width: inner.width, style: selected ? Theme.selected : .plain, charset)
    y += 1
  }
  // The selected knob's help and valid values, as far as the panel has room.
  guard let knob = session.knob, inner.bottom - y >= 2 else { return }
  y += 1
  for line in wrap(knob.helpWithValidValues, width: max(1, inner.width - 1))
  where y < inner.bottom {
    drawText(&buffer, line, x: inner.x + 1, y: y, width: inner.width - 1, style: Theme.secondary, charset)
    y += 1
  }
}

/// The readout and status rows, or the value editor while a value is typed.
private func drawBottomLines(
  _ buffer: inout Buffer, _ session: ExperimentSession, _ strings: StringCatalog, course: Course?, readoutRow: Rect,
  statusRow: Rect, _ charset: Charset
) {
  if let editor = session.editor, let knob = session.knob {
    let prompt = " " + strings.format(.editPrompt, knob.name) + " "
    let x = buffer.put(prompt, x: readoutRow.x, y: readoutRow.y, style: Theme.heading)
    let cursor = charset == .unicode ? "█" : "_"
    drawText(&buffer, editor.text + cursor, x: x, y: readoutRow.y, width: readoutRow.right - x, charset)
    let message = editor.error ?? strings.format(.editHint, knob.validValuesDescription)
    drawText(&buffer, " " + message, x: statusRow.x, y: statusRow.y, width: statusRow.width,
      style: editor.error == nil ? Theme.secondary : Theme.error, charset)
    return
  }
  if session.comparison == nil {
    drawText(&buffer, " " + readoutText(session.run, charset), x: readoutRow.x, y: readoutRow.y, width: readoutRow.width,
      charset)
  }
  if let notice = session.notice {
    drawText(&buffer, " " + notice, x: statusRow.x, y: statusRow.y, width: statusRow.width, style: Theme.notice, charset)
    return
  }
  var x = statusRow.x + 1
  let runs: [(String?, LiveRun)] = session.comparison.map {
    [(strings[.comparisonA], session.run), (strings[.comparisonB], $0.run)]
  } ?? [(nil, session.run)]
  x = buffer.put(strings[.statusLabel] + strings.colon, x: x, y: statusRow.y, style: Theme.heading)
  for (label, run) in runs {
    let (text, style) = statusText(run, label: label, running: session.running, strings, course: course)
    let room = runs.count == 1 ? statusRow.right - x : (statusRow.right - statusRow.x) / 2 - 5
    drawText(&buffer, text, x: x, y: statusRow.y, width: min(room, statusRow.right - x), style: style, charset)
    x += min(room, statusRow.right - x) + 1
  }
}

/// A run's status in words: state, reason, and for a failure the lesson that explains it (with the
/// key that opens it when `course` has that lesson).
func statusText(
  _ run: LiveRun, label: String?, running: Bool, _ strings: StringCatalog, course: Course? = nil
) -> (String, Style) {
  let prefix = label.map { $0 + strings.colon } ?? ""
  guard let experiment = run.experiment else { return (prefix + (run.setupError ?? ""), Theme.error) }
  let status = experiment.status
  // An unfinished run is "running" to the experiment, but paused when the learner paused it.
  let state: String
  switch status.state {
  case .running: state = strings[running ? .stateRunning : .statePaused]
  case .converged: state = strings[.stateConverged]
  case .finished: state = strings[.stateFinished]
  case .diverged: state = strings[.stateDiverged]
  case .neverConverges: state = strings[.stateNeverConverges]
  }
  var text = prefix + state
  // The pointer to the lesson comes before the reason, which a narrow status line cuts.
  if let lesson = failureLesson(status) {
    text += " (" + strings.format(course?.lesson(lesson) == nil ? .seeLesson : .openFailureLesson, lesson) + ")"
  }
  if !status.saysOnlyItsState { text += " — " + status.message }
  return (text, Theme.status(status.state))
}

/// The lesson that explains why a run failed (diverged, or can never converge), if it names one.
func failureLesson(_ status: ExperimentStatus) -> String? {
  status.state == .diverged || status.state == .neverConverges ? status.lesson : nil
}

/// The scalar readouts as `name value` pairs.
func readoutText(_ run: LiveRun, _ charset: Charset) -> String {
  guard let experiment = run.experiment else { return "" }
  return experiment.readouts.filter { !$0.isVector }
    .map { "\($0.name) \(ExperimentReport.readable($0.value))" }
    .joined(separator: charset == .unicode ? " · " : "  ")
}
