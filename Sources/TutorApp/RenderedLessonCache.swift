// RenderedLessonCache: lesson text laid out once per (lesson, width, charset, language) and reused, so a
// frame, a key press or a search does not lay out the whole lesson again (~5 ms at 160 columns in debug).

import Course
import Display
import Synchronization

/// Rendered lesson text (lines and links), keyed by what the layout depends on.
///
/// A class shared by every copy of a `Model`, so `update` and `view` stay pure in behaviour: the
/// lines for a key are always what `lessonLines` would return, only computed once. The lock makes
/// it safe if a view is ever built off the loop's thread. One cache belongs to one loaded course
/// (a lesson id means one text), and it is bounded: a resize renders at new widths, and the old
/// ones are dropped when it fills.
public final class RenderedLessonCache: Sendable {
  struct Key: Hashable {
    let lessonID: String
    let width: Int
    let charset: Charset
    /// The UI language, whose words label the callouts.
    let language: String
  }

  /// Enough for every lesson of a course at a couple of widths in both charsets.
  static let capacity = 64

  private let storage = Mutex<[Key: RenderedText]>([:])
  private let renders = Atomic<Int>(0)
  /// A search's matches per lesson layout, so a frame with a search on screen does not scan the
  /// whole lesson again.
  private let matchStorage = Mutex<[MatchKey: [TextMatch]]>([:])

  struct MatchKey: Hashable {
    let lines: Key
    let query: String
  }

  public init() {}

  /// The text of `entry` (lines and links) at `width` in `charset`, in `strings`' language,
  /// rendered on first use.
  func text(_ entry: LessonEntry, width: Int, charset: Charset, strings: StringCatalog) -> RenderedText {
    let key = Key(lessonID: entry.lesson.id, width: width, charset: charset, language: strings.language)
    if let cached = storage.withLock({ $0[key] }) { return cached }
    // Rendered outside the lock: two threads may render the same key once each, never wrongly.
    let text = lessonText(entry, width: width, charset: charset, strings: strings)
    renders.add(1, ordering: .relaxed)
    storage.withLock { table in
      if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
      table[key] = text
    }
    return text
  }

  /// The lines of `entry` at `width` in `charset`, in `strings`' language, rendered on first use.
  func lines(_ entry: LessonEntry, width: Int, charset: Charset, strings: StringCatalog) -> [[Span]] {
    text(entry, width: width, charset: charset, strings: strings).lines
  }

  /// The matches of `query` in the lines of `entry` at `width` in `charset`, found on first use.
  func matches(of query: String, in entry: LessonEntry, width: Int, charset: Charset, strings: StringCatalog) -> [TextMatch] {
    let key = MatchKey(lines: Key(lessonID: entry.lesson.id, width: width, charset: charset, language: strings.language), query: query)
    if let cached = matchStorage.withLock({ $0[key] }) { return cached }
    let matches = findMatches(of: query, in: lines(entry, width: width, charset: charset, strings: strings), charset: charset)
    matchStorage.withLock { table in
      if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
      table[key] = matches
    }
    return matches
  }

  /// How many times a lesson was laid out (not found in the cache): what the tests check.
  var renderCount: Int { renders.load(ordering: .relaxed) }
}

extension Model {
  /// The open lesson's text pane and its lines at that width, in the charset the screen is drawn
  /// with: what scrolling and searching measure against.
  func lessonText(_ lesson: LessonState) -> (layout: LessonLayout, lines: [[Span]]) {
    let layout = LessonLayout(lesson, body: lessonBody(self))
    return (layout, renderCache.lines(lesson.entry, width: layout.textWidth, charset: charset, strings: strings))
  }

  /// The open lesson's text pane and its text with its links, as `lessonText` lays it out.
  func lessonLayout(_ lesson: LessonState) -> (layout: LessonLayout, text: RenderedText) {
    let layout = LessonLayout(lesson, body: lessonBody(self))
    return (layout, renderCache.text(lesson.entry, width: layout.textWidth, charset: charset, strings: strings))
  }

  /// The matches of `query` in the open lesson's text as `lessonText` lays it out.
  func lessonMatches(_ lesson: LessonState, _ query: String) -> [TextMatch] {
    let layout = LessonLayout(lesson, body: lessonBody(self))
    return renderCache.matches(of: query, in: lesson.entry, width: layout.textWidth, charset: charset, strings: strings)
  }
}
