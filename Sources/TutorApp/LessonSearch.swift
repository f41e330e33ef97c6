// LessonSearch: a search in the open lesson's text — the query, whether it is still being typed,
// where the learner was when it started, and which match is current.

/// The end a search wrapped past to reach its current match.
public enum SearchWrap: Equatable, Sendable {
  /// Past the last match, back to the first.
  case toTop
  /// Before the first match, round to the last.
  case toBottom
}

/// A search in the lesson's text.
///
/// The matches themselves are not stored: they follow from the query and the lines at the current
/// width and charset (from the render cache), so a resize never leaves them stale.
public struct LessonSearch: Equatable, Sendable {
  public var query: String
  /// True while the prompt is open and keys type into the query.
  public var isTyping: Bool
  /// The scroll when `/` was pressed: typing searches from there, Esc returns there.
  public let origin: Int
  /// The index of the current match among the lesson's matches, nil while there is none.
  public var current: Int?
  /// Said next to the count after `n`/`N` went past an end.
  public var wrapped: SearchWrap?

  public init(query: String = "", isTyping: Bool = true, origin: Int, current: Int? = nil) {
    self.query = query
    self.isTyping = isTyping
    self.origin = origin
    self.current = current
  }
}
