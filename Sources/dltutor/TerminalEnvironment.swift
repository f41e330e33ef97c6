// What the process learns from its terminal and locale: the window size and the charset.
import Display

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

enum Locale {
  /// Unicode drawing under a UTF-8 locale, ASCII otherwise (after `setlocale(LC_ALL, "")`).
  static func charset() -> Charset {
    setlocale(LC_ALL, "")
    guard let codeset = nl_langinfo(Int32(CODESET)) else { return .ascii }
    return Charset.fromCodeset(String(cString: codeset))
  }
}
