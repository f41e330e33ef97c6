// DataLoadError: every way a data file can be refused, each with a message that names the line,
// so a learner pointing the tutor at their own CSV sees what to fix instead of a crash.

/// Why a data file could not be turned into a `Dataset`.
///
/// `description` is a one-line message for the learner, such as
/// `line 17: expected 5 fields, found 4`. Line numbers count from 1 and include the header,
/// blank and comment lines, so they match what an editor shows.
public enum DataLoadError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be opened or read.
  case unreadable(path: String)
  /// The file is larger than `limit` bytes (`Dataset.maximumFileBytes`).
  case tooLarge(bytes: Int, limit: Int)
  /// The file holds no data rows (it may hold a header, blank lines or comments).
  case empty
  /// A row has a different number of fields than the first row (or the header).
  case fieldCount(line: Int, expected: Int, found: Int)
  /// A field that must be a number is not one.
  case notANumber(line: Int, field: String)
  /// A field is a number but infinite or NaN.
  case nonFinite(line: Int, field: String)
  /// A label is not a class index the file allows (not a whole number, or out of range).
  case badLabel(line: Int, field: String, reason: String)
  /// The header line is malformed.
  case badHeader(line: Int, reason: String)
  /// No header column has the requested label column's name.
  case missingLabelColumn(name: String)
  /// Every example has the same label, so there is nothing to classify.
  case singleClass(label: String)
  /// The file's data disagrees with what its header or its known format promises.
  case shapeMismatch(String)

  public var description: String {
    switch self {
    case .unreadable(let path):
      return "cannot read \(quoted(path))"
    case .tooLarge(let bytes, let limit):
      return "the file has \(bytes) bytes; the limit is \(limit) bytes (\(limit >> 20) MiB)"
    case .empty:
      return "the file holds no data rows"
    case .fieldCount(let line, let expected, let found):
      return "line \(line): expected \(expected) fields, found \(found)"
    case .notANumber(let line, let field):
      return "line \(line): \(quoted(field)) is not a number"
    case .nonFinite(let line, let field):
      return "line \(line): \(quoted(field)) is not a finite number"
    case .badLabel(let line, let field, let reason):
      return "line \(line): label \(quoted(field)) \(reason)"
    case .badHeader(let line, let reason):
      return "line \(line): \(reason)"
    case .missingLabelColumn(let name):
      return "no column is named \(quoted(name))"
    case .singleClass(let label):
      return "every example has the label \(quoted(label)); a classifier needs at least two classes"
    case .shapeMismatch(let message):
      return message
    }
  }

  /// `text` in double quotes, shortened so a binary file cannot flood the message.
  private func quoted(_ text: String) -> String {
    let limit = 40
    let shown = text.count > limit ? String(text.prefix(limit)) + "…" : text
    return "\"\(shown)\""
  }
}
