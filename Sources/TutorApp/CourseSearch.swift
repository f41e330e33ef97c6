// CourseSearch: `/` on the course map — a query searched in every lesson's rendered text (titles
// included, since the title is the text's first line), found in course order.

import Course
import Display

/// One match of a course search: where it is and the line it is on.
public struct CourseSearchHit: Equatable, Sendable {
  /// The lesson's index in the course.
  public let lesson: Int
  /// Which of that lesson's matches it is, in reading order (what `n` goes on from).
  public let ordinal: Int
  public let match: TextMatch
  /// The line's text as drawn.
  public let line: String
}

/// A search across the course: the prompt on the map while typing, then the results screen.
public struct CourseSearch: Equatable, Sendable {
  public var query = ""
  public var isTyping = true
  /// What the confirmed query found, in course order.
  public var hits: [CourseSearchHit] = []
  /// The highlighted row of the results.
  public var selection = 0

  public init() {}

  /// How many lessons the hits are in.
  public var lessonCount: Int { Set(hits.map(\.lesson)).count }
}

/// Every match of `query` in `course`, each lesson laid out as its lesson screen would show it now
/// (same width, same charset), so a hit's line is where the lesson opens.
func searchCourse(_ model: Model, _ course: Course, for query: String) -> [CourseSearchHit] {
  var hits: [CourseSearchHit] = []
  for (index, entry) in course.lessons.enumerated() {
    let state = LessonState(entry: entry, hasExperiment: model.experimentType(for: entry) != nil)
    let lines = model.lessonText(state).lines
    for (ordinal, match) in model.lessonMatches(state, query).enumerated() {
      hits.append(CourseSearchHit(lesson: index, ordinal: ordinal, match: match, line: lines[match.line].plainText))
    }
  }
  return hits
}

/// A key while the map's search prompt is open; Enter searches and shows the results, or says on
/// the map that nothing was found.
func courseSearchPromptKey(_ model: inout Model, _ course: Course, _ key: Key) -> [Effect] {
  guard var search = model.courseSearch else { return [] }
  switch editQuery(&search.query, key) {
  case .cancelled:
    model.courseSearch = nil
  case .edited:
    model.courseSearch = search
  case .confirmed:
    guard !search.query.isEmpty else {
      model.courseSearch = nil
      return []
    }
    search.isTyping = false
    search.hits = searchCourse(model, course, for: search.query)
    if search.hits.isEmpty {
      model.courseSearch = nil
      model.mapNotice = model.strings.format(.searchNoMatchInCourse, search.query)
    } else {
      // Start on the first hit in the lesson selected on the map, if it has any.
      search.selection = search.hits.firstIndex { $0.lesson >= model.mapSelection } ?? 0
      model.courseSearch = search
      model.screen = .searchResults
    }
  }
  return []
}

/// The results screen: move, open the lesson at a match with the search active, or go back.
func searchResultsKey(_ model: inout Model, _ key: Key) -> [Effect] {
  guard var search = model.courseSearch, let course = model.course else {
    model.screen = .courseMap
    return []
  }
  if moveSelection(&search.selection, count: search.hits.count, key) {
    model.courseSearch = search
    return []
  }
  switch key {
  case .char("?"): model.showingHelp = true
  case .escape, .char("q"):
    model.courseSearch = nil
    model.screen = .courseMap
  case .enter, .right, .char("l"):
    guard search.hits.indices.contains(search.selection) else { return [] }
    let hit = search.hits[search.selection]
    model.courseSearch = nil
    model.mapSelection = hit.lesson
    let effects = openLesson(&model, course.lessons[hit.lesson])
    if var lesson = model.lesson {
      showMatch(model, &lesson, query: search.query, ordinal: hit.ordinal)
      model.lesson = lesson
    }
    return effects
  default: break
  }
  return []
}

/// Puts `lesson`'s text in front with the search for `query` active on its `ordinal`th match, so
/// `n` goes on from there.
private func showMatch(_ model: Model, _ lesson: inout LessonState, query: String, ordinal: Int) {
  lesson.focus = .text
  lesson.notice = nil
  let text = model.lessonText(lesson)
  let matches = model.lessonMatches(lesson, query)
  guard !matches.isEmpty else { return }
  let current = min(ordinal, matches.count - 1)
  lesson.search = LessonSearch(query: query, isTyping: false, origin: lesson.scroll, current: current)
  reveal(matches[current], &lesson, rows: text.layout.textRows, lineCount: text.lines.count)
}
