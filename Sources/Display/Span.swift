// Span: a run of text in one style, the unit of styled wrapping and drawing.

/// A piece of text drawn in one style.
public struct Span: Equatable, Hashable, Sendable {
  /// The text; may hold any number of graphemes.
  public var text: String
  /// How every grapheme of the text is drawn.
  public var style: Style
  /// An opaque mark the producer gives a run so it can find it again after wrapping (a lesson's
  /// link number); drawing ignores it, and wrapping never merges runs with different tags.
  public var tag: Int?

  /// Creates a span.
  public init(_ text: String, style: Style = .plain, tag: Int? = nil) {
    self.text = text
    self.style = style
    self.tag = tag
  }

  /// The columns the text occupies.
  public var width: Int { displayWidth(text) }
}

extension Array where Element == Span {
  /// The spans' texts run together, styles dropped.
  public var plainText: String { map(\.text).joined() }

  /// The total columns the spans occupy.
  public var width: Int { reduce(0) { $0 + $1.width } }
}
