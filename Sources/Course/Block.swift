// Block: one element of a lesson's body — heading, paragraph, list, table, code, or a callout —
// each with the source line it starts on.

/// A knob assignment written in a lesson (`lr=0.5`), with its source line.
public struct KnobAssignment: Equatable, Sendable {
  public let knob: String
  public let value: String
  public let line: Int

  /// The assignment as `dltutor run --set` takes it.
  public var text: String { "\(knob)=\(value)" }
}

/// A Fact check callout: what the survey claims, what is true, and the source.
public struct FactCheck: Equatable, Sendable {
  public let claim: [Inline]
  public let truth: [Inline]
  public let source: [Inline]
}

/// A Try this callout: a preset of knob values for the lesson's experiment, and what to look at.
public struct TryThis: Equatable, Sendable {
  public let title: String
  public let settings: [KnobAssignment]
  public let body: [Block]
}

/// One block of a lesson's body.
public indirect enum BlockContent: Equatable, Sendable {
  case heading(level: Int, [Inline])
  case paragraph([Inline])
  case list(ordered: Bool, items: [[Inline]])
  /// A table: the header cells and the rows of cells.
  case table(header: [[Inline]], rows: [[[Inline]]])
  /// A code block, verbatim lines.
  case code([String])
  case note([Block])
  case factCheck(FactCheck)
  case tryThis(TryThis)
}

/// A block and the line it starts on.
public struct Block: Equatable, Sendable {
  public let line: Int
  public let content: BlockContent

  public init(line: Int, _ content: BlockContent) {
    self.line = line
    self.content = content
  }

  /// Every inline run in the block and the blocks inside it (for finding links).
  var inlines: [Inline] {
    switch content {
    case .heading(_, let s), .paragraph(let s): return s
    case .list(_, let items): return items.flatMap { $0 }
    case .table(let header, let rows): return header.flatMap { $0 } + rows.flatMap { $0.flatMap { $0 } }
    case .code: return []
    case .note(let blocks): return blocks.flatMap(\.inlines)
    case .factCheck(let f): return f.claim + f.truth + f.source
    case .tryThis(let t): return t.body.flatMap(\.inlines)
    }
  }
}
