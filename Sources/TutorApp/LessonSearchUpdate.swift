// LessonSearchUpdate: `/` in a lesson's text — the prompt that searches as the learner types,
// `n`/`N` from match to match with a wrap-around notice, and scrolling each match into view.

import Course
import Display

/// Opens the search prompt at the current scroll.
func startLessonSearch(_ lesson: inout LessonState) {
  lesson.search = LessonSearch(origin: lesson.scroll)
}

/// A key while the lesson's search prompt is open: type, erase, confirm or cancel.
func lessonSearchPromptKey(_ model: Model, _ lesson: inout LessonState, _ key: Key) {
  guard var search = lesson.search else { return }
  switch editQuery(&search.query, key) {
  case .cancelled:
    lesson.scroll = search.origin
    lesson.search = nil
  case .confirmed:
    search.isTyping = false
    if search.query.isEmpty {
      lesson.search = nil
    } else if search.current == nil {
      lesson.search = nil
      lesson.notice = model.strings.format(.searchNoMatch, search.query)
    } else {
      lesson.search = search
    }
  case .edited:
    // Every edit searches again from where the learner was, so Backspace can come back up.
    let text = model.lessonText(lesson)
    let matches = model.lessonMatches(lesson, search.query)
    lesson.scroll = search.origin
    search.current = nil
    search.wrapped = nil
    if let (index, wrapped) = matchIndex(.atOrAfter(line: search.origin), in: matches) {
      search.current = index
      search.wrapped = wrapped ? .toTop : nil
      reveal(matches[index], &lesson, rows: text.layout.textRows, lineCount: text.lines.count)
    }
    lesson.search = search
  }
}

/// `n` (forward) or `N`: the next or previous match, wrapping past the ends with a notice. After
/// the learner scrolled away from the current match, it goes on from what is on screen.
func stepLessonSearch(_ model: Model, _ lesson: inout LessonState, forward: Bool) {
  guard var search = lesson.search, !search.isTyping else { return }
  let text = model.lessonText(lesson)
  let matches = model.lessonMatches(lesson, search.query)
  let rows = text.layout.textRows
  let step: MatchStep
  if let current = search.current, matches.indices.contains(current),
    (lesson.scroll..<(lesson.scroll + rows)).contains(matches[current].line)
  {
    step = forward ? .next(after: current) : .previous(before: current)
  } else {
    let firstOnScreen = matches.firstIndex { $0.line >= lesson.scroll } ?? matches.count
    step = forward ? .atOrAfter(line: lesson.scroll) : .previous(before: firstOnScreen)
  }
  guard let (index, wrapped) = matchIndex(step, in: matches) else {
    lesson.notice = model.strings.format(.searchNoMatch, search.query)
    return
  }
  search.current = index
  search.wrapped = wrapped ? (forward ? .toTop : .toBottom) : nil
  lesson.search = search
  reveal(matches[index], &lesson, rows: rows, lineCount: text.lines.count)
}

/// Scrolls so `match` is on screen: left where it is when already visible, otherwise a third of
/// the way down, so the lines before it give some context.
func reveal(_ match: TextMatch, _ lesson: inout LessonState, rows: Int, lineCount: Int) {
  if !(lesson.scroll..<(lesson.scroll + max(1, rows))).contains(match.line) {
    lesson.scroll = match.line - rows / 3
  }
  lesson.scroll = max(0, min(lesson.scroll, lineCount - rows))
}
