// Palette: `Display.Style` to curses attributes — colour pairs allocated on first use over the
// terminal's default colours, or attributes alone when colour is off (NO_COLOR, --no-color).

import CNcursesw
import Display

/// Turns styles into curses attributes for one screen session.
struct Palette {
  private let colors: Bool
  /// Whether the terminal has a bright black for `Color.gray`.
  private let hasBright: Bool
  private let maxPairs: Int
  private var pairs: [Int32: Int16] = [:]
  private var cache: [Style: attr_t] = [:]

  /// Starts colour support if `enabled` and the terminal has it.
  init(enabled: Bool) {
    if enabled, has_colors() {
      start_color()
      use_default_colors()
      colors = true
      hasBright = tigetnum("colors") >= 16
      // COLOR_PAIR packs the pair into eight attribute bits.
      maxPairs = min(Int(tigetnum("pairs")), 256)
    } else {
      colors = false
      hasBright = false
      maxPairs = 0
    }
  }

  /// The attributes that draw `style`.
  mutating func attributes(_ style: Style) -> attr_t {
    if let known = cache[style] { return known }
    var attr = cnc_a_normal()
    if style.bold { attr |= cnc_a_bold() }
    if style.dim { attr |= cnc_a_dim() }
    if style.reverse { attr |= cnc_a_reverse() }
    if style.underline { attr |= cnc_a_underline() }
    if colors, style.foreground != .default || style.background != .default,
      let pair = pair(fg: number(style.foreground), bg: number(style.background))
    {
      attr |= cnc_color_pair(pair)
    }
    cache[style] = attr
    return attr
  }

  /// The pair for these colours, made on first use; nil when the terminal has no pairs left.
  private mutating func pair(fg: Int16, bg: Int16) -> Int16? {
    let key = Int32(fg) << 16 | Int32(UInt16(bitPattern: bg))
    if let known = pairs[key] { return known }
    let next = Int16(pairs.count + 1)
    guard Int(next) < maxPairs, init_pair(next, fg, bg) != ERR else { return nil }
    pairs[key] = next
    return next
  }

  /// The curses colour number (-1 is the terminal's default, kept by `use_default_colors`).
  private func number(_ color: Color) -> Int16 {
    switch color {
    case .default: return -1
    case .black: return Int16(COLOR_BLACK)
    case .red: return Int16(COLOR_RED)
    case .green: return Int16(COLOR_GREEN)
    case .yellow: return Int16(COLOR_YELLOW)
    case .blue: return Int16(COLOR_BLUE)
    case .magenta: return Int16(COLOR_MAGENTA)
    case .cyan: return Int16(COLOR_CYAN)
    case .white: return Int16(COLOR_WHITE)
    case .gray: return hasBright ? 8 : Int16(COLOR_WHITE)
    }
  }
}
