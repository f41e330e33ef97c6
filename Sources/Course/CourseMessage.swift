// CourseMessage: every problem the parser and the linter can report about a course file, as data;
// the words are in each language's catalog (CourseStrings).

/// A problem found in a course file, without its words.
public enum CourseMessage: Equatable, Sendable {
  // The file's structure.
  case missingFrontMatter
  case unclosedFrontMatter
  case badFrontMatterLine(String)
  case duplicateField(String)
  case unknownField(String)
  case missingField(String)
  case badWholeNumber(field: String, value: String)
  case badFileKind(String)
  case badId(String)
  case unclosedCode
  case unclosedBlock(String)
  case nestedBlock(String)
  case unknownBlock(String)
  case strayBlockClose
  case missingBlockArgument(String)
  case strayText(String)
  case badTableSeparator
  case blockNotAllowed(kind: String, in: CourseFileKind)
  case badKnobAssignment(String)
  // Questions.
  case unknownQuestionKind(String)
  case noChoices(String)
  case duplicateChoice(String)
  case whyWithoutChoice(String)
  case answerNotAChoice(String)
  case badAnswer(kind: String, value: String)
  case badTolerance(String)
  case noExplanation(String)
  case badExpression(String, ExpressionError)
  case notACondition(String)
  case badExpect(String)
  case fieldNotForKind(field: String, kind: String)
  // Across files.
  case idNotFileName(id: String, file: String)
  case duplicateId(what: String, id: String, first: String)
  case duplicateOrder(Int, first: String)
  case unknownExperiment(String, known: [String])
  /// A Try this preset in a lesson whose experiment is `none`.
  case presetWithoutExperiment
  case knob(String)
  case unknownReadout(String, experiment: String, known: [String])
  case unknownSeries(String, experiment: String, known: [String])
  case brokenLink(what: String, id: String)
  case missingTwin(id: String, language: String)
  case noLessons
  // A language's UI strings (`ui.strings`).
  case badStringsLine
  case unknownStringsKey(String)
  /// A key the file lacks: the app shows its English text.
  case missingStringsKey(String)
}

extension CourseMessage {
  /// Whether this is a lesson missing in another language: a gap in a translation, not a fault
  /// of the file it is reported on.
  public var isMissingTwin: Bool {
    if case .missingTwin = self { return true }
    return false
  }
}

/// A problem at a line of a course file.
public struct CourseIssue: Equatable, Sendable {
  /// The path relative to the lessons folder (`en/perceptron.md`).
  public var file: String
  public let line: Int
  public let message: CourseMessage

  public init(file: String, line: Int, _ message: CourseMessage) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`, with `folder` (as the user typed it) before the file when given; a
  /// problem with the folder itself (no file) names the folder.
  public func formatted(folder: String?, strings: CourseStrings) -> String {
    let path: String
    if file.isEmpty {
      path = folder ?? "."
    } else {
      path = (folder.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "") + file
    }
    return "\(path):\(line): \(strings.describe(message))"
  }
}
