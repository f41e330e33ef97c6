// One-line errors on stderr with exit code 2, as every dltutor command reports bad input.
import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

enum CommandLineError {
  /// Prints `dltutor: message` on stderr and exits with status 2.
  static func fail(_ message: String) -> Never {
    var stderr = StandardError()
    print("dltutor: \(message)", to: &stderr)
    exit(2)
  }
}

/// Standard error as a `TextOutputStream`, written with `write(2)` (no shared C `FILE*`).
struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    let bytes = Array(string.utf8)
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(STDERR_FILENO, base + offset, buffer.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }
}
