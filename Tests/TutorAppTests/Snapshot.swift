// Snapshot: compares a screen's text with Snapshots/<name>.txt; RECORD_SNAPSHOTS=1 re-records (and fails).

import Foundation
import Testing

/// Compares `text` with the stored snapshot `name`.
///
/// With `RECORD_SNAPSHOTS=1` in the environment the file is (re)written and the test records a
/// failure anyway, so a recording can never pass silently in CI; run again without it to check.
func assertSnapshot(
  _ text: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots").appendingPathComponent("\(name).txt")
  let stored = text.hasSuffix("\n") ? text : text + "\n"
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    do {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try stored.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("Recorded snapshot \(name); run again without RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
    } catch {
      Issue.record("Cannot write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    Issue.record("Missing snapshot \(url.path); record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
    return
  }
  #expect(stored == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
}
