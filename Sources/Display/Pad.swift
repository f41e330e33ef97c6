// Pad: aligning text within a display width by adding spaces (left, right or centred).

/// Where text sits within a wider field.
public enum TextAlignment: Equatable, Hashable, Sendable {
  /// Flush left, spaces after.
  case left
  /// Centred, leaning left when the spaces cannot be split evenly.
  case center
  /// Flush right, spaces before.
  case right
}

extension TextAlignment {
  /// How many of `slack` spare columns go before the text (none if there are none).
  func leadingSpace(slack: Int) -> Int {
    guard slack > 0 else { return 0 }
    switch self {
    case .left: return 0
    case .center: return slack / 2
    case .right: return slack
    }
  }
}

/// Pads text with spaces to exactly `width` columns; text already as wide or wider is returned unchanged.
///
/// Centred text that cannot be split evenly leans left (the extra space goes on the right).
public func pad(_ text: String, toWidth width: Int, alignment: TextAlignment = .left) -> String {
  let missing = width - displayWidth(text)
  guard missing > 0 else { return text }
  let before = alignment.leadingSpace(slack: missing)
  return String(repeating: " ", count: before) + text + String(repeating: " ", count: missing - before)
}

/// Truncates (with the charset's ellipsis) and pads text to exactly `width` columns.
///
/// For table cells and status lines, where every field must keep its width.
public func fit(_ text: String, toWidth width: Int, alignment: TextAlignment = .left, charset: Charset) -> String {
  pad(truncate(text, toWidth: width, charset: charset), toWidth: width, alignment: alignment)
}
