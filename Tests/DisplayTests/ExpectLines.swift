// ExpectLines: compares a buffer's rows with expected lines and reports a readable row-by-row diff.
import Testing
@testable import Display

/// Records an issue unless `buffer.lines()` equals `expected`, showing every row side by side.
///
/// Rows that differ are marked with `≠`; each is quoted so trailing spaces are visible.
func expectLines(_ buffer: Buffer, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
  let actual = buffer.lines()
  guard actual != expected else { return }
  var report = ["buffer \(buffer.width)×\(buffer.height) differs (actual | expected):"]
  for row in 0..<max(actual.count, expected.count) {
    let got = row < actual.count ? "\"\(actual[row])\"" : "(missing)"
    let want = row < expected.count ? "\"\(expected[row])\"" : "(missing)"
    let mark = got == want ? " " : "≠"
    report.append("\(mark) \(row): \(got) | \(want)")
  }
  Issue.record(Comment(rawValue: report.joined(separator: "\n")), sourceLocation: sourceLocation)
}

/// Records an issue if any row of the buffer is not exactly `buffer.width` columns wide.
func expectRowsFullWidth(_ buffer: Buffer, sourceLocation: SourceLocation = #_sourceLocation) {
  for (row, line) in buffer.lines().enumerated() where displayWidth(line) != buffer.width {
    Issue.record("row \(row) \"\(line)\" is \(displayWidth(line)) columns, not \(buffer.width)", sourceLocation: sourceLocation)
  }
}
