// Charset+Glyphs: the glyphs whose form depends on the charset (borders, ellipsis, arrows, shades).

extension Charset {
  /// The line set for frames and separators.
  public var border: BorderSet {
    switch self {
    case .unicode: .light
    case .ascii: .ascii
    }
  }

  /// What marks truncated text: `…` (one column) or `...` (three).
  public var ellipsis: String {
    switch self {
    case .unicode: "…"
    case .ascii: "..."
    }
  }

  /// A list bullet: `•` or `*`.
  public var bullet: Character {
    switch self {
    case .unicode: "•"
    case .ascii: "*"
    }
  }

  /// An arrow pointing left: `←` or `<`.
  public var arrowLeft: Character { self == .unicode ? "←" : "<" }
  /// An arrow pointing right: `→` or `>`.
  public var arrowRight: Character { self == .unicode ? "→" : ">" }
  /// An arrow pointing up: `↑` or `^`.
  public var arrowUp: Character { self == .unicode ? "↑" : "^" }
  /// An arrow pointing down: `↓` or `v`.
  public var arrowDown: Character { self == .unicode ? "↓" : "v" }

  /// Five glyphs of increasing ink, from empty to full: `" ░▒▓█"` or `" .:o#"`.
  ///
  /// Used for heat maps and density plots; index with `shade(_:)`.
  public var shades: [Character] {
    switch self {
    case .unicode: [" ", "░", "▒", "▓", "█"]
    case .ascii: [" ", ".", ":", "o", "#"]
    }
  }

  /// The shade glyph for an intensity in 0…1 (values outside are clamped; NaN is empty).
  public func shade(_ intensity: Double) -> Character {
    let ramp = shades
    guard !intensity.isNaN else { return ramp[0] }
    let clamped = Swift.min(Swift.max(intensity, 0), 1)
    // Round to the nearest step so 0 and 1 land exactly on the ends of the ramp.
    let index = Int((clamped * Double(ramp.count - 1)).rounded())
    return ramp[index]
  }

  /// A full cell of ink, for bars: `█` or `#`.
  public var fullBlock: Character {
    switch self {
    case .unicode: "█"
    case .ascii: "#"
    }
  }
}
