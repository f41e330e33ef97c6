// KeyBinding: the keys of each screen, described once, so help lists every key and the footer shows
// the main ones from the same table.

import Course
import Display

/// How a key is named on screen.
public enum KeyName: Equatable, Sendable {
  /// A literal key (`s`, `?`, `Q`).
  case literal(String)
  /// A named key whose name is translated (`Space`, `Enter`, `Esc`).
  case named(UIText)
  /// ↑↓ (or `^v` in ASCII).
  case upDown
  /// ←→ (or `<>` in ASCII).
  case leftRight
  case homeEnd
  case control(String)

  /// The name as shown with `charset` and `strings`.
  public func label(_ charset: Charset, _ strings: StringCatalog) -> String {
    switch self {
    case .literal(let text): return text
    case .named(let key): return strings[key]
    case .upDown: return "\(charset.arrowUp)\(charset.arrowDown)"
    case .leftRight: return "\(charset.arrowLeft)\(charset.arrowRight)"
    case .homeEnd: return "Home/End"
    case .control(let letter): return "Ctrl-" + letter
    }
  }
}

/// Some keys that do one thing, and the short label the footer shows for the main ones.
public struct KeyBinding: Equatable, Sendable {
  public let keys: [KeyName]
  /// What the keys do, as help says it.
  public let action: UIText
  /// The footer's shorter label; nil for keys only help lists.
  public let footer: UIText?

  init(_ keys: [KeyName], _ action: UIText, footer: UIText? = nil) {
    self.keys = keys
    self.action = action
    self.footer = footer
  }

  /// The keys joined for display: `↑↓ j k`.
  public func keysLabel(_ charset: Charset, _ strings: StringCatalog) -> String {
    keys.map { $0.label(charset, strings) }.joined(separator: " ")
  }
}

/// Every key of the screen `model` shows (help included, when it is open).
public func keyBindings(for model: Model) -> [KeyBinding] {
  let quit = KeyBinding([.literal("Q"), .control("C")], .actionQuit, footer: .actionQuit)
  if model.showingHelp {
    return [KeyBinding([.literal("?"), .named(.keyEsc), .literal("q")], .actionCloseHelp, footer: .footerClose), quit]
  }
  switch model.screen {
  case .labMenu:
    return [
      KeyBinding([.literal("?")], .actionHelp, footer: .actionHelp),
      KeyBinding([.upDown, .literal("j"), .literal("k")], .actionMove, footer: .actionMove),
      KeyBinding([.homeEnd, .literal("g"), .literal("G")], .actionFirstLast),
      KeyBinding([.named(.keyEnter), .literal("l")], .actionOpen, footer: .actionOpen),
      KeyBinding([.literal("q"), .literal("Q"), .control("C")], .actionQuit, footer: .actionQuit),
    ]
  case .experiment:
    if model.session?.editor != nil {
      return [
        KeyBinding([.named(.keyEnter)], .actionConfirm, footer: .actionConfirm),
        KeyBinding([.named(.keyEsc)], .actionCancel, footer: .actionCancel),
        KeyBinding([.named(.keyBackspace)], .actionErase, footer: .actionErase),
        quit,
      ]
    }
    return [
      KeyBinding([.literal("?")], .actionHelp, footer: .actionHelp),
      KeyBinding([.named(.keySpace)], .actionRun, footer: .footerRun),
      KeyBinding([.literal("s")], .actionStep, footer: .footerStep),
      KeyBinding([.literal("r")], .actionReset),
      KeyBinding([.literal("n")], .actionNewSeed),
      KeyBinding([.literal("c")], .actionCompare, footer: .footerCompare),
      KeyBinding([.upDown, .literal("j"), .literal("k")], .actionSelectKnob, footer: .footerSelect),
      KeyBinding([.leftRight, .literal("h"), .literal("l")], .actionChangeKnob, footer: .footerChange),
      KeyBinding([.named(.keyEnter)], .actionTypeValue),
      KeyBinding([.literal("-"), .literal("+")], .actionSpeed),
      KeyBinding([.named(.keyEsc), .literal("q")], .actionBack, footer: .actionBack),
      quit,
    ]
  }
}
