// ReferenceUpdate: the keys of the glossary and common-problems screens — moving in the list,
// typing a filter, scrolling the detail, choosing and following its links — and opening and
// leaving those screens from anywhere.

import Course

/// Opens the reference screen `kind` over the current screen (at entry `id`, when given).
///
/// Opening a screen already in the trail goes back to it rather than stacking a second copy, so
/// glossary → problems → glossary never makes a loop Esc cannot leave.
func openReference(_ model: inout Model, _ kind: ReferenceKind, selecting id: String? = nil) -> [Effect] {
  guard model.course != nil else { return [] }
  if let index = model.reference.trail.firstIndex(of: kind.screen) {
    model.reference.trail.removeSubrange(index...)
  } else if model.screen != kind.screen {
    model.reference.trail.append(model.screen)
  }
  model.screen = kind.screen
  model.reference[kind].notice = nil
  if let id { model.reference[kind].select(id) }
  return []
}

/// Leaves the reference screen for the screen it was opened from.
private func closeReference(_ model: inout Model) {
  model.screen = model.reference.trail.popLast() ?? (model.course != nil ? .courseMap : .labMenu)
}

/// The glossary or problems screen: the filter's keys while it is typed, else list and detail keys.
func referenceKey(_ model: inout Model, _ kind: ReferenceKind, _ key: Key) -> [Effect] {
  guard let course = model.course else {
    closeReference(&model)
    return []
  }
  var list = model.reference[kind]
  list.notice = nil
  var entries = referenceEntries(kind, in: course, filter: list.filter)
  func moved(_ key: Key) -> Bool {
    var index = selectedIndex(list, in: entries)
    guard moveSelection(&index, count: entries.count, key) else { return false }
    let id = entries.indices.contains(index) ? entries[index].id : nil
    if id != list.selectedID { (list.scroll, list.selectedLink) = (0, nil) }
    list.selectedID = id
    return true
  }
  defer { model.reference[kind] = list }

  if list.isFiltering {
    switch key {
    case .escape:
      (list.filter, list.isFiltering) = ("", false)
    case .enter:
      list.isFiltering = false
    case .backspace, .delete:
      if !list.filter.isEmpty { list.filter.removeLast() }
    case .char(let c):
      list.filter.append(c)
    case .up, .down, .pageUp, .pageDown, .home, .end:
      _ = moved(key)
      return []
    default: return []
    }
    // The list changed under the selection: keep it when it still matches, else take the first.
    entries = referenceEntries(kind, in: course, filter: list.filter)
    if !entries.contains(where: { $0.id == list.selectedID }) {
      list.selectedID = entries.first?.id
      (list.scroll, list.selectedLink) = (0, nil)
    }
    return []
  }

  switch key {
  case .escape where !list.filter.isEmpty:
    list.filter = ""
    return []
  case .escape, .char("q"):
    model.reference[kind] = list
    closeReference(&model)
    return []
  case .char("?"):
    model.showingHelp = true
    return []
  case .char("/"):
    list.isFiltering = true
    return []
  default: break
  }
  // PgUp/PgDn scroll the detail here; the other movement keys move in the list.
  if key != .pageUp, key != .pageDown, moved(key) { return [] }

  guard let id = entries.indices.contains(selectedIndex(list, in: entries)) ? entries[selectedIndex(list, in: entries)].id : nil
  else { return [] }
  let layout = ReferenceLayout(body: lessonBody(model))
  let detail = referenceDetail(kind, id: id, in: course, width: layout.detailWidth, charset: model.charset)
  let rows = max(1, layout.detailRows)
  let bottom = max(0, detail.lines.count - rows)
  list.scroll = max(0, min(list.scroll, bottom))
  switch key {
  case .pageDown, .char(" "): list.scroll = min(bottom, list.scroll + max(1, rows - 1))
  case .pageUp, .char("b"): list.scroll = max(0, list.scroll - max(1, rows - 1))
  case .char("]"), .char("["):
    let visible = list.scroll..<(list.scroll + rows)
    guard let index = steppedLink(detail.links, selected: list.selectedLink, visible: visible, forward: key == .char("]"))
    else {
      list.notice = model.strings[.linkNone]
      return []
    }
    list.selectedLink = index
    list.scroll = max(0, min(bottom, scroll(list.scroll, showing: detail.links[index], rows: rows)))
  case .enter:
    let visible = list.scroll..<(list.scroll + rows)
    var target = visibleSelectedLink(detail.links, selected: list.selectedLink, visible: visible)?.target
    // Enter on a problem with no link chosen opens the lesson that explains it.
    if target == nil, kind == .problems, let problem = course.problems.problems.first(where: { $0.id == id }) {
      target = .lesson(problem.lesson)
    }
    guard let target else {
      list.notice = model.strings[.linkNoneSelected]
      return []
    }
    model.reference[kind] = list
    switch follow(target, &model) {
    case .done(let effects):
      list = model.reference[kind]
      return effects
    case .notice(let text):
      list = model.reference[kind]
      list.notice = text
    }
  default: break
  }
  return []
}
