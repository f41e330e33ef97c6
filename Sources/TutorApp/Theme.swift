// Theme: the few styles the screens use. Every highlight also has a glyph or reverse video, so
// nothing depends on colour alone, and plain colours stay readable on light and dark terminals.

import Display
import Experiments

/// Named styles for the screens.
enum Theme {
  /// The title bar: reverse video reads on any theme and without colour.
  static let titleBar = Style(bold: true, reverse: true)
  /// The highlighted row of a list (also marked with a pointer glyph).
  static let selected = Style(bold: true, reverse: true)
  static let heading = Style(bold: true)
  static let secondary = Style(dim: true)
  static let key = Style(foreground: .cyan, bold: true)
  static let error = Style(foreground: .red, bold: true)
  static let good = Style(foreground: .green, bold: true)
  static let notice = Style(foreground: .yellow, bold: true)

  /// A search match: reverse video, so it shows without colour. The text's own bold and underline
  /// are dropped, so every match looks alike whatever it falls on (a heading, an emphasis).
  static func markMatch(_ style: inout Style) {
    style.reverse = true
    style.bold = false
    style.underline = false
    style.dim = false
  }
  /// The current match: bold and underlined as well, so it differs from the others without colour.
  static func markCurrentMatch(_ style: inout Style) {
    markMatch(&style)
    style.bold = true
    style.underline = true
  }
  /// A match on a row already in reverse video (a selected result): bold and underlined, not reversed.
  static func markMatchOnSelectedRow(_ style: inout Style) {
    style.reverse = false
    style.bold = true
    style.underline = true
  }

  /// The style of a status: failures in red, success in green, the words say which.
  static func status(_ state: ExperimentStatus.State) -> Style {
    switch state {
    case .running: return .plain
    case .converged, .finished: return good
    case .diverged, .neverConverges: return error
    }
  }
}
