// View: the screen as a function of the model — the size check, the current screen, the help
// overlay and the footer, drawn into a fresh buffer.

import Course
import Display
import Experiments

/// Draws `model` into a `width` × `height` buffer with `charset`'s glyphs.
public func view(_ model: Model, width: Int, height: Int, charset: Charset) -> Buffer {
  // The experiments draw their words in the UI's language wherever they appear on screen.
  ExperimentStrings.$current.withValue(model.courseLanguage.experimentStrings) {
    drawScreen(model, width: width, height: height, charset: charset)
  }
}

/// The screen of `model`, with the experiments' words already in the UI's language.
private func drawScreen(_ model: Model, width: Int, height: Int, charset: Charset) -> Buffer {
  var buffer = Buffer(width: width, height: height)
  guard width > 0, height > 0 else { return buffer }
  if width < Model.minimumWidth || height < Model.minimumHeight {
    drawTooSmall(&buffer, model.strings, charset)
    return buffer
  }
  let body = Rect(x: 0, y: 1, width: width, height: height - 2)
  switch model.screen {
  case .courseMap:
    drawTitleBar(&buffer, [model.strings[.appName], model.strings[.mapTitle]], right: "", charset)
    // The search prompt takes the last row and a notice the rows it needs; the list stops above them.
    let typing = model.courseSearch?.isTyping == true
    let belowPrompt = typing ? Rect(x: body.x, y: body.y, width: body.width, height: body.height - 1) : body
    if let course = model.course {
      drawCourseMap(&buffer, model, course, area: typing ? belowPrompt : drawMapNotice(&buffer, model, area: body, charset),
        charset)
    }
    drawCourseMapSearchPrompt(&buffer, model, y: body.bottom - 1, charset)
  case .lesson:
    if let lesson = model.lesson { drawLessonScreen(&buffer, model, lesson, area: body, charset) }
  case .labMenu:
    drawTitleBar(&buffer, [model.strings[.appName], model.strings[.labTitle]], right: "", charset)
    drawLabMenu(&buffer, model, area: body, charset)
  case .experiment:
    if let session = model.session {
      drawExperimentScreen(&buffer, model, session, area: body, charset)
    }
  case .glossary: drawReferenceScreen(&buffer, model, .glossary, area: body, charset)
  case .problems: drawReferenceScreen(&buffer, model, .problems, area: body, charset)
  case .searchResults:
    guard let search = model.courseSearch, let course = model.course else { break }
    drawTitleBar(&buffer, [model.strings[.appName], model.strings[.mapTitle], searchResultsTitle(search, model.strings)],
      right: "", charset)
    drawSearchResults(&buffer, model, search, course, area: body, charset)
  case .presenter:
    if let presenter = model.presenter { drawPresenterScreen(&buffer, model, presenter, area: body, charset) }
  case .quiz:
    if let quiz = model.quiz { drawQuizScreen(&buffer, model, quiz, area: body, charset) }
  }
  if model.showingHelp { drawHelp(&buffer, model, area: body, charset) }
  drawFooter(&buffer, model, y: height - 1, charset)
  // A projector washes dim text out: presenter mode draws everything at full intensity.
  if model.screen == .presenter { removeDimStyles(&buffer) }
  return buffer
}

/// Draws the map's notice (a search that found nothing, why `r` found nothing) wrapped on the last rows of `area`; returns the rows above it.
private func drawMapNotice(_ buffer: inout Buffer, _ model: Model, area: Rect, _ charset: Charset) -> Rect {
  guard let notice = model.mapNotice else { return area }
  let lines = wrap(charset.transliterate(notice), width: max(1, area.width - 2)).prefix(max(0, area.height / 3))
  let top = area.bottom - lines.count
  for (index, line) in lines.enumerated() {
    drawText(&buffer, line, x: area.x + 1, y: top + index, width: area.width - 2, style: Theme.notice, charset)
  }
  return Rect(x: area.x, y: area.y, width: area.width, height: max(0, top - area.y - 1))
}

/// Writes `text` at (`x`, `y`) fitted to `width` columns (ASCII-folded in ASCII mode).
func drawText(
  _ buffer: inout Buffer, _ text: String, x: Int, y: Int, width: Int, style: Style = .plain,
  alignment: TextAlignment = .left, _ charset: Charset
) {
  guard width > 0 else { return }
  let shown = charset == .ascii ? charset.transliterate(text) : text
  buffer.put(fit(shown, toWidth: width, alignment: alignment, charset: charset), x: x, y: y, style: style,
    clip: Rect(x: x, y: y, width: width, height: 1))
}

/// The top row: a breadcrumb on the left, `right` (state, step) on the right, in reverse video.
func drawTitleBar(_ buffer: inout Buffer, _ crumbs: [String], right: String, _ charset: Charset) {
  let separator = charset == .unicode ? " › " : " > "
  let left = " " + crumbs.joined(separator: separator)
  // A space on each side, so a cut breadcrumb never runs into the state.
  let rightText = right.isEmpty ? "" : " " + right + " "
  let rightWidth = min(displayWidth(rightText), buffer.width / 2)
  drawText(&buffer, left, x: 0, y: 0, width: buffer.width - rightWidth, style: Theme.titleBar, charset)
  drawText(&buffer, rightText, x: buffer.width - rightWidth, y: 0, width: rightWidth, style: Theme.titleBar,
    alignment: .right, charset)
}

/// The bottom row: the screen's main keys (the first name of each), as many as fit, keys in bold.
/// The last one (quit) always keeps its place, so every screen says how to leave.
func drawFooter(_ buffer: inout Buffer, _ model: Model, y: Int, _ charset: Charset) {
  let items = keyBindings(for: model).compactMap { binding -> (keys: String, action: String)? in
    guard let footer = binding.footer, let first = binding.keys.first else { return nil }
    let action = model.strings[footer]
    return (first.label(charset, model.strings), charset == .ascii ? charset.transliterate(action) : action)
  }
  func width(_ item: (keys: String, action: String)) -> Int { displayWidth(item.keys) + 1 + displayWidth(item.action) + 2 }
  let reserved = items.last.map(width) ?? 0
  var x = 1
  for (index, item) in items.enumerated() {
    let isLast = index == items.count - 1
    guard x + width(item) + (isLast ? 0 : reserved) <= buffer.width || (isLast && x + width(item) <= buffer.width + 2)
    else { continue }
    x = buffer.put(item.keys, x: x, y: y, style: Theme.key) + 1
    x = buffer.put(item.action, x: x, y: y, style: Theme.secondary) + 2
  }
}

/// The centred message shown instead of a screen when the terminal is below the minimum.
func drawTooSmall(_ buffer: inout Buffer, _ strings: StringCatalog, _ charset: Charset) {
  let times = charset == .unicode ? "×" : "x"
  let body = strings.format(
    .tooSmallBody, String(buffer.width), String(buffer.height), String(Model.minimumWidth), String(Model.minimumHeight)
  ).replacingOccurrences(of: "×", with: times)
  let width = max(1, buffer.width - 2)
  let lines = [strings[.tooSmallTitle]] + wrap(charset == .ascii ? charset.transliterate(body) : body, width: width)
  let top = max(0, (buffer.height - lines.count) / 2)
  for (index, line) in lines.enumerated() where top + index < buffer.height {
    drawText(&buffer, line, x: 1, y: top + index, width: width, style: index == 0 ? Theme.heading : .plain,
      alignment: .center, charset)
  }
}

/// The course map's last row while a search is typed: its prompt.
func drawCourseMapSearchPrompt(_ buffer: inout Buffer, _ model: Model, y: Int, _ charset: Charset) {
  guard let search = model.courseSearch, search.isTyping else { return }
  let row = Rect(x: 0, y: y, width: buffer.width, height: 1)
  buffer.fill(row)
  drawSearchPrompt(&buffer, query: search.query, after: "", afterStyle: .plain, x: 1, y: y, width: row.width - 2, charset)
}
