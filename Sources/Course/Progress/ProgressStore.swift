// ProgressStore: the learner's progress file on disk — read (an unreadable file is kept aside,
// never discarded), and changed under an advisory lock with an atomic write, so two dltutor
// processes at once never lose each other's updates.

import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Something the learner should be told about their progress file, in one line.
public enum ProgressWarning: Equatable, Sendable {
  /// Why a file could not be read.
  public enum Problem: Error, Equatable, Sendable {
    /// Not valid progress JSON (garbage, truncated, wrong shape).
    case corrupt
    /// Written by a newer dltutor with this format version.
    case newerVersion(Int)
    /// The system refused to read it (the system's reason).
    case unreadable(String)
  }
  /// The file could not be read; it was renamed to `aside` and the learner starts fresh.
  case keptAside(path: String, aside: String, problem: Problem)
  /// The file could not be read nor moved aside; the session goes on without saving so it is not overwritten.
  case cannotMoveAside(path: String, problem: Problem, reason: String)
  /// The file cannot be written here (read-only folder, no permission); the session goes on without saving.
  case cannotSave(path: String, reason: String)
}

/// A save that did not happen, with the warning that says why.
public struct ProgressSaveError: Error, Equatable, Sendable {
  public let warning: ProgressWarning
}

/// One learner's progress file.
public struct ProgressStore: Sendable {
  /// The progress file.
  public let path: String
  /// The clock, for the names of files kept aside.
  public let now: @Sendable () -> Date
  /// Called after the new contents are written and flushed, before they replace the file; tests
  /// throw from it to simulate a crash at the worst moment.
  var beforeRename: @Sendable (_ temporaryPath: String) throws -> Void = { _ in }

  /// The store for the file at `path`.
  public init(path: String, now: @escaping @Sendable () -> Date = { Date() }) {
    self.path = path
    self.now = now
  }

  /// The store for `progress.json` in `directory`.
  public init(directory: String, now: @escaping @Sendable () -> Date = { Date() }) {
    self.init(path: (directory as NSString).appendingPathComponent("progress.json"), now: now)
  }

  /// The default file: `$XDG_STATE_HOME/dltutor/progress.json`, else `~/.local/state/dltutor/progress.json`.
  public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    // The XDG spec says a relative XDG_STATE_HOME is invalid and must be ignored.
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/dltutor/progress.json" }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.local/state/dltutor/progress.json"
  }

  var directory: String { (path as NSString).deletingLastPathComponent }
  var lockPath: String { path + ".lock" }

  /// Reads the progress; a file that cannot be read is moved aside with a warning, and the
  /// learner starts fresh.
  public func load() -> (progress: LearnerProgress, warnings: [ProgressWarning]) {
    let lock = try? Lock(path: lockPath, directory: directory)
    defer { lock?.release() }
    switch readFile() {
    case .success(let progress): return (progress ?? LearnerProgress(), [])
    case .failure(let problem): return (LearnerProgress(), [setAside(problem)])
    }
  }

  /// Applies `change` to the latest progress on disk and writes the result atomically, all under
  /// the lock; returns what was written and any warning about the old file.
  ///
  /// Throws when nothing can be written there (the warning says why); the file is then untouched.
  @discardableResult
  public func update(_ change: (inout LearnerProgress) -> Void) throws(ProgressSaveError) -> (progress: LearnerProgress, warnings: [ProgressWarning]) {
    let lock: Lock
    do { lock = try Lock(path: lockPath, directory: directory) } catch {
      throw ProgressSaveError(warning: .cannotSave(path: path, reason: error.reason))
    }
    defer { lock.release() }
    var warnings: [ProgressWarning] = []
    var progress: LearnerProgress
    switch readFile() {
    case .success(let read): progress = read ?? LearnerProgress()
    case .failure(let problem):
      let warning = setAside(problem)
      if case .cannotMoveAside = warning { throw ProgressSaveError(warning: warning) }
      warnings.append(warning)
      progress = LearnerProgress()
    }
    change(&progress)
    progress.version = LearnerProgress.currentVersion
    do { try writeAtomically(progress) } catch {
      throw ProgressSaveError(warning: .cannotSave(path: path, reason: error.reason))
    }
    return (progress, warnings)
  }

  /// Merges `progress` into the file (see `LearnerProgress.merged(with:)` for the rules).
  @discardableResult
  public func save(_ progress: LearnerProgress) throws(ProgressSaveError) -> (progress: LearnerProgress, warnings: [ProgressWarning]) {
    try update { $0 = $0.merged(with: progress) }
  }

  /// The progress in the file: nil when there is none yet, or why it cannot be read.
  private func readFile() -> Result<LearnerProgress?, ProgressWarning.Problem> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      if errno == ENOENT { return .success(nil) }
      return .failure(.unreadable(systemReason()))
    }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable(systemReason()))
      }
      if n == 0 { break }
      bytes += chunk[0..<n]
    }
    do {
      return .success(try JSONDecoder.progress.decode(LearnerProgress.self, from: Data(bytes)))
    } catch let error as ProgressVersionError {
      return .failure(.newerVersion(error.version))
    } catch {
      return .failure(.corrupt)
    }
  }

  /// Renames the unreadable file to `progress.json.corrupt-YYYYmmdd-HHMMSS` (UTC, from the clock).
  private func setAside(_ problem: ProgressWarning.Problem) -> ProgressWarning {
    let formatter = DateFormatter()
    formatter.locale = Foundation.Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    let base = path + ".corrupt-" + formatter.string(from: now())
    var aside = base
    var n = 2
    while access(aside, F_OK) == 0 {
      aside = base + "-\(n)"
      n += 1
    }
    guard rename(path, aside) == 0 else { return .cannotMoveAside(path: path, problem: problem, reason: systemReason()) }
    return .keptAside(path: path, aside: aside, problem: problem)
  }

  /// Writes to a temporary file beside the real one, flushes it to disk, then renames it over the
  /// real one, so a reader or a crash sees the old file or the new one, never a mix.
  private func writeAtomically(_ progress: LearnerProgress) throws(SystemError) {
    let data: Data
    do { data = try JSONEncoder.progress.encode(progress) + Data("\n".utf8) } catch {
      throw SystemError(reason: "\(error)")
    }
    let temporary = directory + "/." + (path as NSString).lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw SystemError.current() }
    var ok = data.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        let n = write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return false }
        offset += n
      }
      return true
    }
    if ok { ok = fsync(fd) == 0 }
    let failure = ok ? nil : SystemError.current()
    close(fd)
    do {
      if let failure { throw failure }
      try beforeRename(temporary)
      guard rename(temporary, path) == 0 else { throw SystemError.current() }
    } catch {
      unlink(temporary)
      throw (error as? SystemError) ?? SystemError(reason: "\(error)")
    }
    // Flush the rename itself, so the new name survives a power cut.
    let dirFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dirFD >= 0 {
      fsync(dirFD)
      close(dirFD)
    }
  }
}

/// A failed system call and the system's reason.
struct SystemError: Error {
  let reason: String
  static func current() -> SystemError { SystemError(reason: systemReason()) }
}

/// The system's words for the current `errno`.
private func systemReason() -> String { String(cString: strerror(errno)) }

/// An exclusive advisory lock on a file beside the progress file, held while reading and writing.
///
/// `flock` locks belong to the open file description, so two stores in one process (two threads)
/// exclude each other just as two processes do.
private struct Lock {
  let fd: Int32

  init(path: String, directory: String) throws(SystemError) {
    try Lock.makeDirectory(directory)
    fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw SystemError.current() }
    while flock(fd, LOCK_EX) != 0 {
      guard errno == EINTR else {
        let error = SystemError.current()
        close(fd)
        throw error
      }
    }
  }

  func release() {
    flock(fd, LOCK_UN)
    close(fd)
  }

  /// Creates `directory` and its parents (private to the user) when missing.
  private static func makeDirectory(_ directory: String) throws(SystemError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue { return }
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw SystemError(reason: (error as NSError).localizedDescription)
    }
  }
}

extension JSONEncoder {
  /// Readable, stable output: sorted keys, indented, ISO 8601 times.
  static var progress: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }
}

extension JSONDecoder {
  static var progress: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }
}
