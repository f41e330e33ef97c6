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

/// Some keys that do one thing, and whether the footer shows them.
public struct KeyBinding: Equatable, Sendable {
  public let keys: [KeyName]
  public let action: UIText
  /// Shown in the footer as well as in help.
  public let main: Bool

  init(_ keys: [KeyName], _ action: UIText, main: Bool = false) {
    self.keys = keys
    self.action = action
    self.main = main
  }

  /// The keys joined for display: `↑↓ j k`.
  public func keysLabel(_ charset: Charset, _ strings: StringCatalog) -> String {
    keys.map { $0.label(charset, strings) }.joined(separator: " ")
  }
}

/// Every key of the screen `model` shows (help included, when it is open).
public func keyBindings(for model: Model) -> [KeyBinding] {
  let quit = KeyBinding([.literal("Q"), .control("C")], .actionQuit, main: true)
  if model.showingHelp {
    return [KeyBinding([.literal("?"), .named(.keyEsc), .literal("q")], .actionCloseHelp, main: true), quit]
  }
  switch model.screen {
  case .labMenu:
    return [
      KeyBinding([.literal("?")], .actionHelp, main: true),
      KeyBinding([.upDown, .literal("j"), .literal("k")], .actionMove, main: true),
      KeyBinding([.homeEnd, .literal("g"), .literal("G")], .actionFirstLast),
      KeyBinding([.named(.keyEnter), .literal("l")], .actionOpen, main: true),
      KeyBinding([.literal("q"), .literal("Q"), .control("C")], .actionQuit, main: true),
    ]
  case .experiment:
    if model.session?.editor != nil {
      return [
        KeyBinding([.named(.keyEnter)], .actionConfirm, main: true),
        KeyBinding([.named(.keyEsc)], .actionCancel, main: true),
        KeyBinding([.named(.keyBackspace)], .actionErase, main: true),
        quit,
      ]
    }
    return [
      KeyBinding([.literal("?")], .actionHelp, main: true),
      KeyBinding([.named(.keySpace)], .actionRun, main: true),
      KeyBinding([.literal("s")], .actionStep, main: true),
      KeyBinding([.literal("r")], .actionReset, main: true),
      KeyBinding([.literal("n")], .actionNewSeed),
      KeyBinding([.literal("c")], .actionCompare, main: true),
      KeyBinding([.upDown, .literal("j"), .literal("k")], .actionSelectKnob, main: true),
      KeyBinding([.leftRight, .literal("h"), .literal("l")], .actionChangeKnob, main: true),
      KeyBinding([.named(.keyEnter)], .actionTypeValue),
      KeyBinding([.literal("-"), .literal("+")], .actionSpeed),
      KeyBinding([.named(.keyEsc), .literal("q")], .actionBack, main: true),
      quit,
    ]
  }
}
