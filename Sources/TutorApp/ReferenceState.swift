// ReferenceState: the glossary and common-problems screens — which entry is selected, the filter
// being typed, how far the detail is scrolled, which of its links is selected — and the trail of
// screens they were opened from, so Esc returns to exactly that screen.

import Course
import Display
import Foundation

/// The two reference screens reachable from everywhere.
public enum ReferenceKind: Equatable, Sendable {
  case glossary
  case problems

  /// The screen that shows it.
  var screen: Screen { self == .glossary ? .glossary : .problems }

  /// The kind a screen shows, if it is a reference screen.
  init?(_ screen: Screen) {
    switch screen {
    case .glossary: self = .glossary
    case .problems: self = .problems
    default: return nil
    }
  }

  /// The key that opens it from every screen: `d` (dictionary) for the glossary, `p` for problems.
  init?(globalKey key: Key) {
    switch key {
    case .char("d"): self = .glossary
    case .char("p"): self = .problems
    default: return nil
    }
  }
}

/// One reference screen's state.
public struct ReferenceList: Equatable, Sendable {
  /// The id of the selected entry; nil means the first one the filter leaves.
  public var selectedID: String?
  /// The filter text: entries whose name or text contain it (ignoring case) are listed.
  public var filter = ""
  /// True while the learner types the filter (after `/`, until Enter or Esc).
  public var isFiltering = false
  /// The first line of the detail shown.
  public var scroll = 0
  /// The selected link of the detail, an index into its rendered links.
  public var selectedLink: Int?
  /// A one-line notice under the detail (a web address); cleared by the next key.
  public var notice: String?

  /// Shows `id` from its top with no link selected, clearing a filter that would hide it.
  mutating func select(_ id: String) {
    if selectedID != id { (scroll, selectedLink) = (0, nil) }
    selectedID = id
    filter = ""
    isFiltering = false
  }
}

/// Both reference screens and the way back from them.
public struct ReferenceScreens: Equatable, Sendable {
  public var glossary = ReferenceList()
  public var problems = ReferenceList()
  /// The screens under the open reference screens, the one they were first opened from first;
  /// Esc goes back to the last.
  public var trail: [Screen] = []

  public subscript(_ kind: ReferenceKind) -> ReferenceList {
    get { kind == .glossary ? glossary : problems }
    set { if kind == .glossary { glossary = newValue } else { problems = newValue } }
  }
}

/// One row of a reference list: an entry's id, the name the list shows, and the text the filter
/// looks in.
struct ReferenceEntry: Equatable {
  let id: String
  let name: String
  let text: String
}

/// The entries of `kind` in list order — glossary terms alphabetically, problems as the file has
/// them — narrowed by `filter`: entries whose name matches first, then those whose text does.
func referenceEntries(_ kind: ReferenceKind, in course: Course, filter: String) -> [ReferenceEntry] {
  let all: [ReferenceEntry]
  switch kind {
  case .glossary:
    all = course.glossary.sortedTerms.map { ReferenceEntry(id: $0.id, name: $0.term, text: $0.plainText) }
  case .problems:
    all = course.problems.problems.map { problem in
      let lesson = course.lesson(problem.lesson)?.lesson.title ?? problem.lesson
      return ReferenceEntry(
        id: problem.id, name: problem.symptom.plainText,
        text: [problem.cause.plainText, problem.fixes.plainText, lesson].joined(separator: " "))
    }
  }
  let wanted = filter.trimmingCharacters(in: .whitespaces).lowercased()
  guard !wanted.isEmpty else { return all }
  let byName = all.filter { $0.name.lowercased().contains(wanted) }
  let byText = all.filter { !$0.name.lowercased().contains(wanted) && $0.text.lowercased().contains(wanted) }
  return byName + byText
}

/// The index of the selected entry in `entries` (the first when the selection is filtered out).
func selectedIndex(_ list: ReferenceList, in entries: [ReferenceEntry]) -> Int {
  list.selectedID.flatMap { id in entries.firstIndex { $0.id == id } } ?? 0
}

/// The selected entry's detail, rendered at `width` like lesson text, links included.
func referenceDetail(
  _ kind: ReferenceKind, id: String, in course: Course, width: Int, charset: Charset, strings: CourseStrings
) -> RenderedText {
  let renderer = LessonRenderer(width: width, charset: charset, strings: strings)
  switch kind {
  case .glossary:
    guard let term = course.glossary.term(id) else { return RenderedText(lines: [], links: []) }
    return renderer.layout(term)
  case .problems:
    guard let problem = course.problems.problems.first(where: { $0.id == id }) else { return RenderedText(lines: [], links: []) }
    return renderer.layout(problem, lessonTitle: course.lesson(problem.lesson)?.lesson.title)
  }
}

/// The reference screen's body split into the list and the detail (its last row a status line):
/// side by side when there is room for both, the list above the detail otherwise.
struct ReferenceLayout {
  /// Narrower terminals stack the list above the detail.
  static let sideBySideWidth = 64

  /// The filter line, above the list.
  let filter: Rect
  let list: Rect
  let detail: Rect
  /// Where the divider between the two goes: a column when side by side, a row when stacked.
  let divider: Rect

  init(body: Rect) {
    if body.width >= ReferenceLayout.sideBySideWidth {
      let listWidth = min(34, max(22, body.width * 30 / 100))
      let columns = body.columns([.fixed(listWidth), .fixed(1), .fill(1)])
      filter = Rect(x: columns[0].x, y: body.y, width: columns[0].width, height: 1)
      list = Rect(x: columns[0].x, y: body.y + 1, width: columns[0].width, height: max(0, body.height - 1))
      divider = columns[1]
      detail = columns[2]
    } else {
      let listRows = max(2, (body.height - 2) / 3)
      filter = Rect(x: body.x, y: body.y, width: body.width, height: 1)
      list = Rect(x: body.x, y: body.y + 1, width: body.width, height: listRows)
      divider = Rect(x: body.x, y: list.bottom, width: body.width, height: 1)
      detail = Rect(x: body.x, y: divider.bottom, width: body.width, height: max(0, body.bottom - divider.bottom))
    }
  }

  /// The rows of detail text (all but the status line).
  var detailRows: Int { max(0, detail.height - 1) }
  /// The width the detail is rendered at: the pane less a margin on each side, and no wider than
  /// a comfortable line to read on a wide terminal.
  var detailWidth: Int { max(1, min(ReferenceLayout.readingWidth, detail.width - 2)) }
  static let readingWidth = 80
}
