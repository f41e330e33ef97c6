// BigText: numbers drawn five rows tall in block glyphs, for readouts a room must read from the
// back (presenter mode). A 3×5 font for digits and the few signs numbers need: `.` `-` `+` `%`
// and `e` (drawn as a capital E, which reads better at this size), in blocks or in `#`.

/// Large glyphs for numbers: five rows tall, three columns wide (one for `.`), one column apart.
public enum BigText {
  /// Rows every big glyph takes.
  public static let height = 5

  /// Each glyph as five rows, `#` for ink; all rows of one glyph have the same width.
  private static let font: [Character: [String]] = [
    "0": ["###", "# #", "# #", "# #", "###"],
    "1": [" # ", "## ", " # ", " # ", "###"],
    "2": ["###", "  #", "###", "#  ", "###"],
    "3": ["###", "  #", " ##", "  #", "###"],
    "4": ["# #", "# #", "###", "  #", "  #"],
    "5": ["###", "#  ", "###", "  #", "###"],
    "6": ["###", "#  ", "###", "# #", "###"],
    "7": ["###", "  #", "  #", "  #", "  #"],
    "8": ["###", "# #", "###", "# #", "###"],
    "9": ["###", "# #", "###", "  #", "###"],
    ".": [" ", " ", " ", " ", "#"],
    "-": ["   ", "   ", "###", "   ", "   "],
    "+": ["   ", " # ", "###", " # ", "   "],
    "%": ["# #", "  #", " # ", "#  ", "# #"],
    "e": ["###", "#  ", "## ", "#  ", "###"],
    " ": ["  ", "  ", "  ", "  ", "  "],
  ]

  private static func glyph(_ c: Character) -> [String]? { font[c == "E" ? "e" : c] }

  /// Whether every character of `text` has a big glyph (else draw it at normal size).
  public static func canRender(_ text: String) -> Bool {
    !text.isEmpty && text.allSatisfy { glyph($0) != nil }
  }

  /// The columns `text` takes when drawn big; 0 when it cannot be.
  public static func width(_ text: String) -> Int {
    guard canRender(text) else { return 0 }
    return text.reduce(0) { $0 + (glyph($1)?[0].count ?? 0) } + text.count - 1
  }

  /// The five rows of `text` drawn big (`█` for ink, or `#` in ASCII); empty when it cannot be.
  public static func lines(_ text: String, charset: Charset) -> [String] {
    guard canRender(text) else { return [] }
    let ink: Character = charset == .unicode ? "█" : "#"
    return (0..<height).map { row in
      text.compactMap { glyph($0)?[row] }.joined(separator: " ")
        .map { $0 == "#" ? ink : " " }.reduce(into: "") { $0.append($1) }
    }
  }
}

extension Buffer {
  /// Draws `text` big with its top-left corner at (`x`, `y`), clipped to `clip`; ink cells get
  /// `style`, the gaps are left as they were. Returns the columns used (0 when it cannot be).
  @discardableResult
  public mutating func putBig(_ text: String, x: Int, y: Int, style: Style = .plain, charset: Charset, clip: Rect? = nil) -> Int {
    let rows = BigText.lines(text, charset: charset)
    for (offset, row) in rows.enumerated() {
      for (column, symbol) in row.enumerated() where symbol != " " {
        set(symbol, x: x + column, y: y + offset, style: style, clip: clip)
      }
    }
    return BigText.width(text)
  }
}
