// What the process learns from its terminal and locale: the window size and the charset.
import ArgumentParser
import Display
import Foundation

#if canImport(Glibc)
import Glibc
#endif

enum TerminalSize {
  /// The size of the terminal on standard output, or nil when it is not a terminal.
  static func current() -> (width: Int, height: Int)? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
    return (Int(size.ws_col), Int(size.ws_row))
  }
}

/// `--ascii`, one option group for the tutor and every command that draws. Declared as a group
/// of one type: a plain flag of the same name on the root command and a subcommand was taken by
/// the root, so `dltutor read LESSON --ascii` drew Unicode.
struct AsciiOption: ParsableArguments {
  @Flag(help: "Draw with ASCII characters only, whatever the locale.")
  var ascii = false

  /// ASCII when asked for, else what the locale supports.
  func charset() -> Charset { ascii ? .ascii : Locale.charset() }
}

enum Locale {
  /// Unicode drawing under a UTF-8 locale, ASCII otherwise (after `setlocale(LC_ALL, "")`).
  ///
  /// A locale that names UTF-8 but is not installed (`LANG=zh_CN.UTF-8` on a system with only
  /// `C.UTF-8`, as many containers are) makes `setlocale` fail and leaves the C locale; the
  /// character set is then taken from `C.UTF-8`, because the terminal really does speak UTF-8.
  static func charset() -> Charset {
    if setlocale(LC_ALL, "") == nil, namesUTF8(ProcessInfo.processInfo.environment) {
      _ = setlocale(LC_CTYPE, "C.UTF-8") ?? setlocale(LC_CTYPE, "C.utf8")
    }
    guard let codeset = nl_langinfo(Int32(CODESET)) else { return .ascii }
    return Charset.fromCodeset(String(cString: codeset))
  }

  /// Whether the locale that sets the character type (`LC_ALL`, else `LC_CTYPE`, else `LANG`)
  /// names the UTF-8 codeset (`zh_CN.UTF-8`, `en_US.utf8`).
  static func namesUTF8(_ environment: [String: String]) -> Bool {
    let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    guard let dot = name.firstIndex(of: ".") else { return false }
    let codeset = name[name.index(after: dot)...].prefix { $0 != "@" }
    return Charset.fromCodeset(String(codeset)) == .unicode
  }
}
