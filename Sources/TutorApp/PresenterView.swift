// PresenterView: presenter mode on screen — for a projector: the slide's title and settings, the
// headline numbers five rows tall (step, the experiment's key readouts, the seed), the charts in
// all the room left, one status line. No dim text anywhere: projectors wash it out.

import Course
import Display
import Experiments

/// Screens at least this big get the headline numbers in big digits; smaller ones one bold line.
enum PresenterLayout {
  static let bigWidth = 100
  static let bigHeight = 30

  static func isBig(width: Int, height: Int) -> Bool { width >= bigWidth && height >= bigHeight }
}

/// Draws presenter mode: title bar in row 0, the slide in `area`.
func drawPresenterScreen(
  _ buffer: inout Buffer, _ model: Model, _ presenter: PresenterState, area: Rect, _ charset: Charset
) {
  let strings = model.strings
  let position = strings.format(.presentSlide, String(presenter.current + 1), String(presenter.slides.count))
  // Seed and step are in the band below; the title keeps the speed and whether it runs.
  let right = model.session.map { presenterRunState($0, strings, charset) } ?? ""
  // The slide's position must survive a narrow screen; the lesson title gives way first.
  let separator = charset == .unicode ? " › " : " > "
  let room = buffer.width - min(displayWidth(right) + 1, buffer.width / 2) - displayWidth(separator + position) - 2
  let title = truncate(presenter.entry.lesson.title, toWidth: max(room, 1), charset: charset)
  drawTitleBar(&buffer, [title, position], right: right, charset)
  let big = PresenterLayout.isBig(width: buffer.width, height: buffer.height)
  if let session = model.session {
    drawExperimentSlide(&buffer, presenter, session, strings, area: area, big: big, charset)
  } else {
    drawTextSlide(&buffer, presenter, strings, area: area, big: big, charset)
  }
}

/// Speed and running or paused, for the title bar.
private func presenterRunState(_ session: ExperimentSession, _ strings: StringCatalog, _ charset: Charset) -> String {
  let state = session.running
    ? (charset == .unicode ? "▶ " : "> ") + strings[.stateRunning]
    : (charset == .unicode ? "‖ " : "|| ") + strings[.statePaused]
  return "\(strings[.speedLabel]) \(session.stepsPerFrame)" + (charset == .unicode ? " · " : " | ") + state
}

/// Turns every dim cell to full intensity; presenter mode calls it last, over everything drawn.
func removeDimStyles(_ buffer: inout Buffer) {
  buffer.setStyle(buffer.area) { $0.dim = false }
}

private let headingStyle = Style(bold: true)
private let labelStyle = Style(bold: true, reverse: true)

/// An experiment slide: title and settings, the headline band, the charts, the status line.
private func drawExperimentSlide(
  _ buffer: inout Buffer, _ presenter: PresenterState, _ session: ExperimentSession, _ strings: StringCatalog,
  area: Rect, big: Bool, _ charset: Charset
) {
  let parts = area.rows([.fixed(big ? 3 : 1), .fixed(big ? BigText.height + 2 : 1), .fill(1), .fixed(1)])
  let (header, band, charts, statusRow) = (parts[0], parts[1], parts[2], parts[3])
  let slide = presenter.slide
  let title = slide.title.isEmpty ? strings[.presentDefaults] : slide.title
  let settings = slide.assignments.isEmpty
    ? strings[.presentDefaultSettings] : slide.assignments.map(\.text).joined(separator: "  ")
  if big {
    drawText(&buffer, " " + title, x: header.x, y: header.y, width: header.width, style: headingStyle, charset)
    drawText(&buffer, " " + settings, x: header.x, y: header.y + 1, width: header.width, charset)
  } else {
    let titleWidth = min(displayWidth(" " + title), header.width)
    drawText(&buffer, " " + title, x: header.x, y: header.y, width: titleWidth, style: headingStyle, charset)
    let x = header.x + titleWidth
    drawText(&buffer, strings.colon + settings, x: x, y: header.y, width: header.right - x, charset)
  }
  let (groups, seed) = headlines(session, strings)
  if big {
    drawBigBand(&buffer, groups, seed: seed, area: band, charset)
  } else {
    drawSmallBand(&buffer, groups, seed: seed, area: band, charset)
  }
  if let comparison = session.comparison {
    drawComparison(&buffer, session, comparison, strings, area: charts, charset)
  } else {
    drawRun(&buffer, session.run, strings, area: charts, charset)
  }
  drawPresenterStatus(&buffer, presenter, session, strings, row: statusRow, charset)
}

/// The step, the experiment's key numbers, and the seed. During A/B each number comes as a
/// group, A's beside B's, so the band never shows one side without the other.
func headlines(_ session: ExperimentSession, _ strings: StringCatalog) -> (groups: [[Headline]], seed: Headline) {
  var groups = [[Headline(label: strings[.stepLabel], value: String(session.run.stepCount))]]
  if let experiment = session.run.experiment {
    for readout in PresenterReadouts.headline(experiment) {
      let name = readout.name.replacingOccurrences(of: "_", with: " ")
      func value(_ run: LiveRun, _ number: Double?) -> String {
        // Before the first step most readouts are NaN: a dash, so NaN keeps meaning "diverged".
        guard let number, !(number.isNaN && run.stepCount == 0) else { return "–" }
        return PresenterReadouts.text(number, name: readout.name)
      }
      if let comparison = session.comparison {
        groups.append([
          Headline(label: strings[.comparisonA] + strings.colon + name, value: value(session.run, readout.value)),
          Headline(label: strings[.comparisonB] + strings.colon + name,
            value: value(comparison.run, comparison.run.experiment?.readout(readout.name))),
        ])
      } else {
        groups.append([Headline(label: name, value: value(session.run, readout.value))])
      }
    }
  }
  return (groups, Headline(label: strings[.seedLabel], value: String(session.seed)))
}

/// The numbers five rows tall under their labels, the seed at the right end; groups that do not
/// fit beside the seed are left out (the charts' captions still carry them).
private func drawBigBand(_ buffer: inout Buffer, _ groups: [[Headline]], seed: Headline, area: Rect, _ charset: Charset) {
  let gap = 5
  func width(_ item: Headline) -> Int {
    max(BigText.canRender(item.value) ? BigText.width(item.value) : displayWidth(item.value), displayWidth(item.label) + 2)
  }
  let seedX = area.right - 2 - width(seed)
  drawBig(&buffer, seed, x: seedX, y: area.y, width: width(seed), charset)
  var x = area.x + 2
  for group in groups {
    let groupWidth = group.map { width($0) + gap }.reduce(0, +)
    guard x + groupWidth <= seedX else { break }
    for item in group {
      drawBig(&buffer, item, x: x, y: area.y, charset)
      x += width(item) + gap
    }
  }
}

/// One number: its label in reverse video, the digits under it (normal size when they have no
/// big glyphs, e.g. NaN); given a `width`, both are aligned to its right end.
private func drawBig(_ buffer: inout Buffer, _ item: Headline, x: Int, y: Int, width: Int? = nil, _ charset: Charset) {
  let labelWidth = displayWidth(item.label) + 2
  let big = BigText.canRender(item.value)
  let valueWidth = big ? BigText.width(item.value) : displayWidth(item.value)
  let labelX = width.map { x + $0 - labelWidth } ?? x
  let valueX = width.map { x + $0 - valueWidth } ?? x
  drawText(&buffer, " " + item.label + " ", x: labelX, y: y, width: labelWidth, style: labelStyle, charset)
  if big {
    buffer.putBig(item.value, x: valueX, y: y + 1, style: headingStyle, charset: charset)
  } else {
    drawText(&buffer, item.value, x: valueX, y: y + 3, width: valueWidth, style: headingStyle, charset)
  }
}

/// The numbers on one bold line, the seed in reverse video at the right end.
private func drawSmallBand(_ buffer: inout Buffer, _ groups: [[Headline]], seed: Headline, area: Rect, _ charset: Charset) {
  let seedText = " \(seed.label) \(seed.value) "
  let seedWidth = displayWidth(seedText)
  drawText(&buffer, seedText, x: area.right - seedWidth - 1, y: area.y, width: seedWidth, style: labelStyle, charset)
  let dot = charset == .unicode ? " · " : " | "
  let line = " " + groups.joined().map { "\($0.label) \($0.value)" }.joined(separator: dot)
  drawText(&buffer, line, x: area.x, y: area.y, width: max(0, area.width - seedWidth - 2), style: headingStyle, charset)
}

/// The slide's refused settings or the last notice, else each run's status, in bold.
private func drawPresenterStatus(
  _ buffer: inout Buffer, _ presenter: PresenterState, _ session: ExperimentSession, _ strings: StringCatalog, row: Rect,
  _ charset: Charset
) {
  if let notice = presenter.notice ?? session.notice {
    drawText(&buffer, " " + notice, x: row.x, y: row.y, width: row.width, style: Theme.notice, charset)
    return
  }
  let runs: [(String?, LiveRun)] = session.comparison.map {
    [(strings[.comparisonA], session.run), (strings[.comparisonB], $0.run)]
  } ?? [(nil, session.run)]
  var x = buffer.put(" " + strings[.statusLabel] + strings.colon, x: row.x, y: row.y, style: headingStyle)
  for (index, (label, run)) in runs.enumerated() {
    let (text, style) = statusText(run, label: label, running: session.running, strings)
    let room = index == runs.count - 1 ? row.right - x : (row.right - x) / 2
    var bold = style
    bold.bold = true
    drawText(&buffer, text, x: x, y: row.y, width: room, style: bold, charset)
    x += room
  }
}

/// A text slide (a lesson without an experiment): the section's title and its text, centred
/// at a readable width; what does not fit is pointed to in `dltutor read`.
private func drawTextSlide(
  _ buffer: inout Buffer, _ presenter: PresenterState, _ strings: StringCatalog, area: Rect, big: Bool,
  _ charset: Charset
) {
  let parts = area.rows([.fixed(big ? 2 : 1), .fill(1), .fixed(1)])
  let (header, body, statusRow) = (parts[0], parts[1], parts[2])
  drawText(&buffer, " " + strings[.presentTextOnly], x: statusRow.x, y: statusRow.y, width: statusRow.width,
    style: headingStyle, charset)
  guard case .text(let blocks) = presenter.slide.content, body.width > 4 else { return }
  let width = min(body.width - 4, 96)
  let left = body.x + (body.width - width) / 2
  // The title heads the text's column, so the eye finds both in one place.
  drawText(&buffer, presenter.slide.title, x: left, y: header.y, width: width, style: headingStyle, charset)
  let lines = LessonRenderer(width: width, charset: charset, strings: .english).render(blocks, experiment: nil)
  let fits = lines.count <= body.height
  let shown = fits ? lines.count : max(0, body.height - 1)
  for (row, line) in lines.prefix(shown).enumerated() {
    let clip = Rect(x: left, y: body.y + row, width: width, height: 1)
    _ = buffer.put(line, x: clip.x, y: clip.y, clip: clip)
  }
  if !fits {
    let more = charset.ellipsis + " " + strings.format(.presentMore, presenter.entry.lesson.id)
    drawText(&buffer, more, x: left, y: body.y + shown, width: width, style: headingStyle, charset)
  }
}
