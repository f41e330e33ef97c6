// ProgressSaverTests: what the tutor does with each change the app reports — writes it, stamps
// positions in order, and stops at the first failure so the learner is told once.

import Course
import Foundation
import Testing
@testable import dltutor

@Suite struct ProgressSaverTests {
  @Test func changesAreWrittenAndPositionsKeepTheirOrderWithinASecond() throws {
    let folder = try makeStateFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let clock = Date(timeIntervalSince1970: 1_800_000_000.4)
    let store = ProgressStore(path: folder + "/progress.json", now: { clock })
    var saver = ProgressSaver(store: store, loadWarnings: [])
    #expect(saver.save(.position(lesson: "a", line: 4)).isEmpty)
    #expect(saver.save(.knobs(lesson: "a", ["depth=20"])).isEmpty)
    #expect(saver.save(.position(lesson: "b", line: 0)).isEmpty)
    let progress = store.load().progress
    #expect(progress.lessons["a"]?.knobs?.value == ["depth=20"])
    let a = try #require(progress.lessons["a"]?.position?.at)
    let b = try #require(progress.lessons["b"]?.position?.at)
    #expect(b > a, "the lesson opened last is the latest even within one second")
  }

  @Test func theFirstFailureIsReportedOnceAndSavingStops() {
    let store = ProgressStore(path: "/proc/no-such-folder/progress.json")
    var saver = ProgressSaver(store: store, loadWarnings: [])
    let first = saver.save(.position(lesson: "a", line: 1))
    #expect(first.count == 1)
    if case .cannotSave = first.first {} else { Issue.record("expected cannotSave, got \(first)") }
    #expect(saver.save(.position(lesson: "a", line: 2)).isEmpty)
    #expect(!saver.saving)
    #expect(saver.warnings == first)
  }

  @Test func aFileThatCouldNotBeMovedAsideIsNeverOverwritten() throws {
    let folder = try makeStateFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/progress.json"
    try "damaged".write(toFile: path, atomically: true, encoding: .utf8)
    let warning = ProgressWarning.cannotMoveAside(path: path, problem: .corrupt, reason: "Busy")
    var saver = ProgressSaver(store: ProgressStore(path: path), loadWarnings: [warning])
    #expect(saver.save(.completed(lesson: "a")).isEmpty)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "damaged")
  }
}
