// The progress file: round trip, atomic replacement (a crash before the rename leaves the old
// file), unreadable files kept aside with a warning, concurrent writers, a read-only location.

import Foundation
import Testing
@testable import Course

#if canImport(Glibc)
import Glibc
#endif

/// Fresh temporary folders for progress files.
enum ProgressFolder {
  static func make() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  static func files(_ folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }
}

/// The clock of these tests: 2027-01-15 08:00:00 UTC.
let progressClock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_800_000_000) }

@Suite struct ProgressStoreTests {
  static func sample() -> LearnerProgress {
    var p = LearnerProgress()
    let t = progressClock()
    p.complete("perceptron", at: t)
    p.setPosition("vanishing", line: 42, at: t)
    p.setKnobs("vanishing", ["depth=20", "activation=relu"], at: t)
    p.record(AnswerRecord(time: t, lesson: "perceptron", answer: "b", correct: true), for: "perceptron-inventor")
    p.record(AnswerRecord(time: t.addingTimeInterval(5), lesson: "perceptron", answer: "a,c", correct: false), for: "perceptron-separable-tasks")
    return p
  }

  @Test func roundTrip() throws {
    let folder = try ProgressFolder.make()
    let store = ProgressStore(directory: folder, now: progressClock)
    #expect(store.load().progress == LearnerProgress())
    let written = try store.save(Self.sample())
    #expect(written.warnings.isEmpty)
    let (read, warnings) = store.load()
    #expect(warnings.isEmpty)
    #expect(read == Self.sample())
    #expect(read.hasRead("vanishing"))
    #expect(!read.hasRead("dropout"))
    // Human-readable and versioned; only the file and its lock are left in the folder.
    let text = try String(contentsOfFile: store.path, encoding: .utf8)
    #expect(text.contains("\"version\" : 1"))
    #expect(text.contains("\"depth=20\""))
    #expect(text.contains("2027-01-15T08:00:00Z"))
    #expect(try ProgressFolder.files(folder) == ["progress.json", "progress.json.lock"])
  }

  @Test func theDefaultPathFollowsXDG() {
    #expect(ProgressStore.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/dltutor/progress.json")
    #expect(ProgressStore.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/dltutor/progress.json")
    #expect(ProgressStore.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/dltutor/progress.json")
  }

  @Test func missingFoldersAreCreated() throws {
    let folder = try ProgressFolder.make() + "/a/b"
    let store = ProgressStore(directory: folder, now: progressClock)
    try store.save(Self.sample())
    #expect(store.load().progress == Self.sample())
  }

  @Test func aCrashBeforeTheRenameLeavesTheOldFile() throws {
    let folder = try ProgressFolder.make()
    let store = ProgressStore(directory: folder, now: progressClock)
    try store.save(Self.sample())
    let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
    struct Crash: Error {}
    var crashing = store
    crashing.beforeRename = { temporary in
      // The new contents are complete on disk, under another name, when the crash comes.
      let written = try Data(contentsOf: URL(fileURLWithPath: temporary))
      #expect(try JSONDecoder.progress.decode(LearnerProgress.self, from: written).lessons["dropout"] != nil)
      throw Crash()
    }
    #expect(throws: ProgressSaveError.self) {
      try crashing.update { $0.complete("dropout", at: progressClock()) }
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
    #expect(try ProgressFolder.files(folder) == ["progress.json", "progress.json.lock"])
    #expect(store.load().progress == Self.sample())
  }

  @Test(arguments: [
    ("garbage", Data("not json at all".utf8)),
    ("truncated", Data("{\"version\": 1, \"lessons\": {\"perceptron\": {".utf8)),
    ("wrong shape", Data("{\"version\": \"one\"}".utf8)),
    ("empty", Data()),
  ])
  func aCorruptFileIsKeptAside(name: String, contents: Data) throws {
    let folder = try ProgressFolder.make()
    let store = ProgressStore(directory: folder, now: progressClock)
    try contents.write(to: URL(fileURLWithPath: store.path))
    let (progress, warnings) = store.load()
    #expect(progress == LearnerProgress())
    let aside = store.path + ".corrupt-20270115-080000"
    #expect(warnings == [.keptAside(path: store.path, aside: aside, problem: .corrupt)])
    #expect(try Data(contentsOf: URL(fileURLWithPath: aside)) == contents)
    #expect(!FileManager.default.fileExists(atPath: store.path))
    let line = QuizStrings.english.warning(warnings[0])
    #expect(line.contains(aside) && !line.contains("\n"))
  }

  @Test func aNewerVersionIsKeptAsideNotMisread() throws {
    let folder = try ProgressFolder.make()
    let store = ProgressStore(directory: folder, now: progressClock)
    let newer = Data("{\"version\": 2, \"lessons\": {}, \"future\": true}".utf8)
    try newer.write(to: URL(fileURLWithPath: store.path))
    // Saving reads first: the newer file is set aside before anything is written.
    let result = try store.update { $0.complete("welcome", at: progressClock()) }
    let aside = store.path + ".corrupt-20270115-080000"
    #expect(result.warnings == [.keptAside(path: store.path, aside: aside, problem: .newerVersion(2))])
    #expect(try Data(contentsOf: URL(fileURLWithPath: aside)) == newer)
    #expect(store.load().progress.lessons["welcome"] != nil)
  }

  @Test func asideNamesNeverOverwriteEachOther() throws {
    let folder = try ProgressFolder.make()
    let store = ProgressStore(directory: folder, now: progressClock)
    for _ in 0..<2 {
      try Data("junk".utf8).write(to: URL(fileURLWithPath: store.path))
      _ = store.load()
    }
    #expect(try ProgressFolder.files(folder) == [
      "progress.json.corrupt-20270115-080000", "progress.json.corrupt-20270115-080000-2", "progress.json.lock",
    ])
  }

  @Test func anUnreadableFileIsKeptAside() throws {
    let folder = try ProgressFolder.make()
    let store = ProgressStore(directory: folder, now: progressClock)
    if getuid() == 0 {
      // Root reads any file, so make the path something that cannot be read as one: a folder.
      try FileManager.default.createDirectory(atPath: store.path, withIntermediateDirectories: false)
    } else {
      try Data("{}".utf8).write(to: URL(fileURLWithPath: store.path))
      chmod(store.path, 0)
    }
    let (progress, warnings) = store.load()
    #expect(progress == LearnerProgress())
    guard case .keptAside(_, let aside, .unreadable(let reason))? = warnings.first else {
      Issue.record("expected the file kept aside as unreadable, got \(warnings)")
      return
    }
    #expect(!reason.isEmpty)
    #expect(FileManager.default.fileExists(atPath: aside))
  }

  @Test func aReadOnlyLocationSaysSoAndSavesNothing() throws {
    let path: String
    var folder: String?
    if getuid() == 0 {
      // Root may write in any folder of its own; /sys is one the kernel refuses.
      path = "/sys/progress.json"
    } else {
      let f = try ProgressFolder.make()
      chmod(f, 0o500)
      folder = f
      path = f + "/progress.json"
    }
    defer { if let folder { chmod(folder, 0o700) } }
    let store = ProgressStore(path: path, now: progressClock)
    #expect(store.load().progress == LearnerProgress())
    do {
      try store.save(Self.sample())
      Issue.record("saving into a read-only location succeeded")
    } catch {
      guard case .cannotSave(let p, let reason) = error.warning else {
        Issue.record("unexpected \(error.warning)")
        return
      }
      #expect(p == path)
      #expect(!reason.isEmpty)
      #expect(QuizStrings.english.warning(error.warning).contains("will not be saved"))
    }
  }

  @Test func twoWritersKeepEachOthersUpdates() async throws {
    let folder = try ProgressFolder.make()
    let base = progressClock()
    await withTaskGroup(of: Void.self) { group in
      for writer in 0..<2 {
        group.addTask {
          // Each writer is a separate store, as in another process.
          let store = ProgressStore(directory: folder, now: progressClock)
          for i in 0..<40 {
            let record = AnswerRecord(time: base.addingTimeInterval(Double(i)), lesson: "w\(writer)", answer: "\(i)", correct: i % 2 == 0)
            _ = try? store.update { $0.record(record, for: "q\(writer)") }
          }
        }
      }
    }
    let progress = ProgressStore(directory: folder).load().progress
    #expect(progress.answers["q0"]?.count == 40)
    #expect(progress.answers["q1"]?.count == 40)
  }
}
