// KeyDecoder: what `get_wch` returned, turned into the app's `Key` (or a resize).

import CNcursesw
import TutorApp

/// One thing read from the terminal.
enum InputEvent: Equatable {
  case key(Key)
  case resize
  /// Nothing arrived before the timeout (or a code the app does not use).
  case none
}

enum KeyDecoder {
  /// Decodes `get_wch`'s return status and the value it stored.
  static func decode(status: Int32, value: UInt32) -> InputEvent {
    if status == KEY_CODE_YES { return decodeKeyCode(Int32(bitPattern: value)) }
    guard status == OK else { return .none }
    switch value {
    case 3: return .key(.control("c"))
    case 9: return .key(.tab)
    // ncurses' nl() mode turns CR into NL; accept both.
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)
    case 1...26:
      guard let letter = Unicode.Scalar(UInt32(96) + value) else { return .none }
      return .key(.control(Character(letter)))
    default:
      guard let scalar = Unicode.Scalar(value), value >= 32 else { return .none }
      return .key(.char(Character(scalar)))
    }
  }

  /// Decodes a `KEY_*` code from the keypad.
  private static func decodeKeyCode(_ code: Int32) -> InputEvent {
    switch code {
    case KEY_RESIZE: return .resize
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_ENTER: return .key(.enter)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_BTAB: return .key(.backTab)
    case (KEY_F0 + 1)...(KEY_F0 + 24): return .key(.function(Int(code - KEY_F0)))
    default: return .none
    }
  }
}
