// _TestSupport: helpers shared by the test targets (not part of the product). assertSnapshot
// compares text with Snapshots/<name>.txt beside the calling test file, in the manner of
// swift-argument-parser's snapshot tests; RECORD_SNAPSHOTS=1 re-records and still fails.

import Foundation
import Testing

/// Compares `text` with the stored snapshot `name` in the `Snapshots` folder beside the test file.
///
/// With `RECORD_SNAPSHOTS=1` in the environment the file is (re)written and the test records a
/// failure anyway, so a recording can never pass silently in CI; run again without it to check.
public func assertSnapshot(
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
  #expect(
    stored == expected, "snapshot \(name) differs; re-record with RECORD_SNAPSHOTS=1 if the change is intended",
    sourceLocation: sourceLocation)
}
