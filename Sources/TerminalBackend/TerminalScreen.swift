// TerminalScreen: one curses session — setup in the recipe's order (crash guard, locale, initscr,
// raw input), copying finished buffers to the screen, reading keys, and restoring the terminal.

import CNcursesw
import CTermGuard
import Display
import Foundation
import TutorApp

/// The terminal while the app owns it. Only the thread that made it may use it.
struct TerminalScreen {
  private var palette: Palette
  /// What is on screen now, to rewrite only the rows that change.
  private var shown: Buffer?

  /// Takes over the terminal. The crash guard goes first so that SIGTERM, SIGHUP or a crash at
  /// any later moment still restores it; the locale must be set before `initscr` or wide
  /// characters come out as `~K`.
  init(colors: Bool) {
    let stderrLog = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-\(getpid()).stderr").path
    TerminalScreen.unblockSignals()
    _ = tg_install(stderrLog)
    // The guard holds the log open; removing its name now leaves nothing behind even when a
    // signal or a crash ends the process.
    unlink(stderrLog)
    setlocale(LC_ALL, "")
    _ = initscr()
    raw()
    noecho()
    nonl()
    if let screen = cnc_stdscr() {
      keypad(screen, true)
      leaveok(screen, true)
    }
    set_escdelay(25)
    curs_set(0)
    palette = Palette(enabled: colors)
  }

  /// Unblocks the signals the tutor must receive. A process can inherit a blocked mask (a parent
  /// that spawned it from a thread with signals blocked, as test runners do), and then SIGTERM and
  /// SIGHUP would never restore the terminal, nor SIGWINCH tell curses about a resize.
  private static func unblockSignals() {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in [SIGTERM, SIGHUP, SIGQUIT, SIGWINCH] { sigaddset(&set, signal) }
    sigprocmask(SIG_UNBLOCK, &set, nil)
  }

  /// The current size in cells.
  var size: (width: Int, height: Int) {
    guard let screen = cnc_stdscr() else { return (0, 0) }
    return (Int(cnc_getmaxx(screen)), Int(cnc_getmaxy(screen)))
  }

  /// Shows `buffer`, rewriting only the rows that differ from what is on screen.
  mutating func show(_ buffer: Buffer) {
    let sameSize = shown.map { $0.width == buffer.width && $0.height == buffer.height } ?? false
    if !sameSize { erase() }
    for y in 0..<buffer.height {
      if sameSize, let shown, rowsEqual(shown, buffer, y) { continue }
      drawRow(buffer, y)
    }
    attrset(0)
    refresh()
    shown = buffer
  }

  /// Forgets what is on screen, so the next `show` redraws everything (after a resize).
  mutating func invalidate() { shown = nil }

  private func rowsEqual(_ a: Buffer, _ b: Buffer, _ y: Int) -> Bool {
    for x in 0..<a.width where a[x, y] != b[x, y] { return false }
    return true
  }

  /// Writes one row as runs of equally styled cells. A wide glyph and its continuation cell
  /// travel together in one string, so curses never sees half a glyph.
  private mutating func drawRow(_ buffer: Buffer, _ y: Int) {
    var x = 0
    while x < buffer.width {
      let style = buffer[x, y].style
      let start = x
      var text = ""
      while x < buffer.width, buffer[x, y].style == style || buffer[x, y].isContinuation {
        text += buffer[x, y].symbol
        x += 1
      }
      attrset(Int32(bitPattern: palette.attributes(style)))
      // The bottom-right cell makes curses return ERR (it cannot scroll); the glyph is still drawn.
      _ = mvaddstr(Int32(y), Int32(start), text)
    }
  }

  /// Waits up to `milliseconds` (forever when nil) for a key or a resize.
  func read(timeout milliseconds: Int?) -> InputEvent {
    timeout(Int32(milliseconds ?? -1))
    var value: wint_t = 0
    let status = get_wch(&value)
    return KeyDecoder.decode(status: status, value: UInt32(value))
  }

  /// Gives the terminal back: `endwin`, and stderr (captured while curses ran) replayed.
  func restore() { tg_shutdown() }
}
