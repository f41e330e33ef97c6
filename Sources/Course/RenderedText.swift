// RenderedText: rendered lines together with where each link landed in them — the line and the
// columns of every piece of its text (more than one piece when it wraps) and where it points —
// so the app can highlight a link and follow it.

import Display

/// Lines as `LessonRenderer` draws them, and the links in them in reading order.
public struct RenderedText: Equatable, Sendable {
  public var lines: [[Span]]
  public var links: [RenderedLink]

  public init(lines: [[Span]], links: [RenderedLink]) {
    self.lines = lines
    self.links = links
  }

  /// Finds the pieces of each link by their tags in `tagged`, then drops the tags so the lines
  /// compare equal to untagged ones.
  init(tagged: [[Span]], targets: LinkTargets) {
    var pieces = [[LinkPiece]](repeating: [], count: targets.all.count)
    for (index, line) in tagged.enumerated() {
      var column = 0
      for span in line {
        let width = span.width
        if let tag = span.tag, pieces.indices.contains(tag), width > 0 {
          if let last = pieces[tag].last, last.line == index, last.columns.upperBound == column {
            pieces[tag][pieces[tag].count - 1].columns = last.columns.lowerBound..<(column + width)
          } else {
            pieces[tag].append(LinkPiece(line: index, columns: column..<(column + width)))
          }
        }
        column += width
      }
    }
    lines = tagged.map { line in line.map { Span($0.text, style: $0.style) } }
    links = zip(targets.all, pieces).compactMap { target, pieces in
      pieces.isEmpty ? nil : RenderedLink(target: target, pieces: pieces)
    }
  }

  /// The same text with `count` lines inserted above it (a warning), links moved down to match.
  public func shifted(by count: Int, prefix: [[Span]]) -> RenderedText {
    RenderedText(lines: prefix + lines, links: links.map { $0.shifted(by: count) })
  }
}

/// One link as drawn: where it points and where its text is.
public struct RenderedLink: Equatable, Sendable {
  public let target: LinkTarget
  /// One piece per line the text covers, top to bottom.
  public let pieces: [LinkPiece]

  public init(target: LinkTarget, pieces: [LinkPiece]) {
    self.target = target
    self.pieces = pieces
  }

  /// The line the link starts on.
  public var firstLine: Int { pieces.first?.line ?? 0 }
  /// The line the link ends on.
  public var lastLine: Int { pieces.last?.line ?? 0 }

  func shifted(by count: Int) -> RenderedLink {
    RenderedLink(target: target, pieces: pieces.map { LinkPiece(line: $0.line + count, columns: $0.columns) })
  }
}

/// The part of a link's text on one line: the line's index and the display columns it covers.
public struct LinkPiece: Equatable, Sendable {
  public let line: Int
  public var columns: Range<Int>

  public init(line: Int, columns: Range<Int>) {
    self.line = line
    self.columns = columns
  }
}

/// The targets of the links met so far in one rendering, in reading order; a link's tag is its
/// index here.
struct LinkTargets {
  private(set) var all: [LinkTarget] = []

  /// Numbers a newly met link.
  mutating func add(_ target: LinkTarget) -> Int {
    all.append(target)
    return all.count - 1
  }
}

extension Span {
  /// The span in another style, keeping its text and tag.
  func restyled(_ style: Style) -> Span { Span(text, style: style, tag: tag) }
}
