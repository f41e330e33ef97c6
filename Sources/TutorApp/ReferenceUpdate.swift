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
  defer { model.reference[kind] = list }
  if list.isFiltering {
    filterKey(&list, kind, course, key)
    return []
  }
  switch key {
  case .escape where !list.filter.isEmpty:
    list.filter = ""
  case .escape, .char("q"):
    closeReference(&model)
  case .char("?"):
    model.showingHelp = true
  case .char("/"):
    list.isFiltering = true
  // PgUp/PgDn scroll the text here; the other movement keys move in the list.
  case .pageUp, .pageDown:
    return detailKey(&model, &list, kind, course, key)
  default:
    if moveInList(&list, kind, course, key) { return [] }
    return detailKey(&model, &list, kind, course, key)
  }
  return []
}

/// Moves the list's selection for a movement key; false for any other key. A new entry shows
/// from its top with no link selected.
private func moveInList(_ list: inout ReferenceList, _ kind: ReferenceKind, _ course: Course, _ key: Key) -> Bool {
  let entries = referenceEntries(kind, in: course, filter: list.filter)
  var row = selectedIndex(list, in: entries)
  guard moveSelection(&row, count: entries.count, key) else { return false }
  let id = entries.indices.contains(row) ? entries[row].id : nil
  if id != list.selectedID { (list.scroll, list.selectedLink) = (0, nil) }
  list.selectedID = id
  return true
}

/// A key while the filter is typed: text goes into it, Enter keeps it, Esc clears it, and the
/// arrows still move in the narrowed list.
private func filterKey(_ list: inout ReferenceList, _ kind: ReferenceKind, _ course: Course, _ key: Key) {
  switch key {
  case .escape: (list.filter, list.isFiltering) = ("", false)
  case .enter: list.isFiltering = false
  case .backspace, .delete: if !list.filter.isEmpty { list.filter.removeLast() }
  case .char(let c): list.filter.append(c)
  default:
    _ = moveInList(&list, kind, course, key)
    return
  }
  // The list changed under the selection: keep it while it still matches, else take the first.
  let entries = referenceEntries(kind, in: course, filter: list.filter)
  if !entries.contains(where: { $0.id == list.selectedID }) {
    list.selectedID = entries.first?.id
    (list.scroll, list.selectedLink) = (0, nil)
  }
}

/// The keys of the selected entry's text: paging, choosing a link with `]`/`[`, following it.
private func detailKey(
  _ model: inout Model, _ list: inout ReferenceList, _ kind: ReferenceKind, _ course: Course, _ key: Key
) -> [Effect] {
  let entries = referenceEntries(kind, in: course, filter: list.filter)
  let row = selectedIndex(list, in: entries)
  guard entries.indices.contains(row) else { return [] }
  let id = entries[row].id
  let layout = ReferenceLayout(body: lessonBody(model))
  let detail = referenceDetail(kind, id: id, in: course, width: layout.detailWidth, charset: model.charset, strings: model.courseStrings)
  let rows = max(1, layout.detailRows)
  let bottom = max(0, detail.lines.count - rows)
  list.scroll = max(0, min(list.scroll, bottom))
  let visible = list.scroll..<(list.scroll + rows)
  switch key {
  case .pageDown, .char(" "): list.scroll = min(bottom, list.scroll + max(1, rows - 1))
  case .pageUp, .char("b"): list.scroll = max(0, list.scroll - max(1, rows - 1))
  case .char("]"), .char("["):
    guard let link = steppedLink(detail.links, selected: list.selectedLink, visible: visible, forward: key == .char("]"))
    else {
      list.notice = model.strings[.linkNone]
      return []
    }
    list.selectedLink = link
    list.scroll = max(0, min(bottom, scrollShowing(detail.links[link], from: list.scroll, rows: rows)))
  case .enter:
    var target = visibleSelectedLink(detail.links, selected: list.selectedLink, visible: visible)?.target
    // Enter on a problem with no link chosen opens the lesson that explains it.
    if target == nil, kind == .problems, let problem = course.problems.problems.first(where: { $0.id == id }) {
      target = .lesson(problem.lesson)
    }
    guard let target else {
      list.notice = model.strings[.linkNoneSelected]
      return []
    }
    // `follow` may change this screen's state (a term link selects another term): hand it over
    // and take it back.
    model.reference[kind] = list
    let result = follow(target, &model)
    list = model.reference[kind]
    switch result {
    case .done(let effects): return effects
    case .notice(let text): list.notice = text
    }
  default: break
  }
  return []
}
