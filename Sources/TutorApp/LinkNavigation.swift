// LinkNavigation: choosing a link with `]`/`[` in scrolled text and following it — a lesson, a
// glossary term, a common problem, or a web address shown to copy — shared by the lesson screen
// and the glossary and problems screens.

import Course

/// The link `]` (forward) or `[` selects among `links` when `visible` lines are on screen.
///
/// A selected link still on screen moves to its neighbour (wrapping at the ends); otherwise the
/// choice starts from what is visible: the first link at or below its top, or the last one at or
/// above its bottom.
func steppedLink(_ links: [RenderedLink], selected: Int?, visible: Range<Int>, forward: Bool) -> Int? {
  guard !links.isEmpty else { return nil }
  if let selected, links.indices.contains(selected), isVisible(links[selected], visible) {
    return forward ? (selected + 1) % links.count : (selected + links.count - 1) % links.count
  }
  if forward { return links.firstIndex { $0.firstLine >= visible.lowerBound } ?? 0 }
  return links.lastIndex { $0.lastLine < visible.upperBound } ?? links.count - 1
}

/// Whether any piece of `link` is on one of the `visible` lines.
func isVisible(_ link: RenderedLink, _ visible: Range<Int>) -> Bool {
  link.pieces.contains { visible.contains($0.line) }
}

/// The scroll that keeps `link` on screen with `rows` lines showing, moving as little as possible
/// from `scroll`.
func scrollShowing(_ link: RenderedLink, from scroll: Int, rows: Int) -> Int {
  if link.firstLine < scroll { return link.firstLine }
  if link.lastLine >= scroll + rows { return min(link.firstLine, link.lastLine - rows + 1) }
  return scroll
}

/// The selected link if it is on screen: Enter follows only a link the learner can see.
func visibleSelectedLink(_ links: [RenderedLink], selected: Int?, visible: Range<Int>) -> RenderedLink? {
  guard let selected, links.indices.contains(selected), isVisible(links[selected], visible) else { return nil }
  return links[selected]
}

/// What following a link changed besides the screen: a notice to show where the link was.
enum FollowResult: Equatable {
  case done([Effect])
  case notice(String)
}

/// Follows `target`: opens the lesson (remembering the lesson being read, for Backspace), the
/// glossary at the term, or the problems screen at the problem; a web address comes back as a
/// notice to show, since a terminal cannot open a browser. A target the course lacks (the linter
/// reports those) comes back as a notice too.
func follow(_ target: LinkTarget, _ model: inout Model) -> FollowResult {
  let strings = model.strings
  guard let course = model.course else { return .notice(strings.format(.linkMissing, target.markup)) }
  switch target {
  case .lesson(let id):
    guard let entry = course.lesson(id) else { return .notice(strings.format(.linkMissing, target.markup)) }
    let readingLesson = model.screen == .lesson || model.reference.trail.first == .lesson
    if readingLesson, let current = model.lesson, current.entry.lesson.id != id {
      model.lessonHistory.append(current)
      if model.lessonHistory.count > Model.lessonHistoryLimit { model.lessonHistory.removeFirst() }
    }
    model.reference.trail = []
    if let index = course.lessons.firstIndex(where: { $0.lesson.id == id }) { model.mapSelection = index }
    return .done(openLesson(&model, entry))
  case .term(let id):
    guard course.glossary.term(id) != nil else { return .notice(strings.format(.linkMissing, target.markup)) }
    return .done(openReference(&model, .glossary, selecting: id))
  case .problem(let id):
    guard course.problems.problems.contains(where: { $0.id == id }) else {
      return .notice(strings.format(.linkMissing, target.markup))
    }
    return .done(openReference(&model, .problems, selecting: id))
  case .web(let address):
    return .notice(strings.format(.linkWebAddress, address))
  }
}

/// What Enter on `target` will open, said with the names the learner sees (the lesson's title,
/// the term, the problem's symptom) rather than the target's id.
func linkStatus(_ target: LinkTarget, _ course: Course?, _ strings: StringCatalog) -> String {
  switch target {
  case .lesson(let id):
    return strings.format(.linkToLesson, course?.lesson(id)?.lesson.title ?? id)
  case .term(let id):
    return strings.format(.linkToTerm, course?.glossary.term(id)?.term ?? id)
  case .problem(let id):
    return strings.format(.linkToProblem, course?.problems.problems.first { $0.id == id }?.symptom.plainText ?? id)
  case .web(let address):
    return strings.format(.linkToWeb, address)
  }
}
