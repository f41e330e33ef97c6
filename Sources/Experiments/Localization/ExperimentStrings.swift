// ExperimentStrings: the words of the Experiments module in one language, and the language current
// for the task that draws (a task-local value: set around a frame, a command's output or a test,
// never a global that one test could change under another).

import Synchronization

/// A translation table from English templates (`"{} mistakes"`) to templates in one language.
/// English has an empty table: its templates are the text. A template may say `{0}`, `{1}` to
/// put the arguments in another order, or leave one out (English plurals: `"point{}"`).
public struct ExperimentStrings: Sendable {
  /// The language code (`en`, `zh`), as `Course.Language` spells it.
  public let code: String
  let table: [String: String]
  /// Where templates with no translation are written down (tests); nil to ignore them.
  let misses: MissLog?

  public init(code: String, table: [String: String], misses: MissLog? = nil) {
    self.code = code
    self.table = table
    self.misses = misses
  }

  public static let english = ExperimentStrings(code: "en", table: [:])

  /// The strings current for this task: English unless a caller says otherwise with
  /// `ExperimentStrings.$current.withValue(.chinese) { … }`.
  @TaskLocal public static var current: ExperimentStrings = .english

  /// The same strings, noting every template they cannot translate in `log`.
  public func recordingMisses(in log: MissLog) -> ExperimentStrings {
    ExperimentStrings(code: code, table: table, misses: log)
  }

  /// `phrase` in this language, its arguments filled in.
  public func render(_ phrase: Phrase) -> String {
    let arguments = phrase.arguments.map { argument in
      switch argument {
      case .text(let text): return text
      case .phrase(let inner): return render(inner)
      }
    }
    return Self.fill(translate(phrase.template), with: arguments)
  }

  /// The template in this language; English for one the table lacks (noted when there is a log).
  func translate(_ template: String) -> String {
    guard !table.isEmpty else { return template }
    if let translated = table[template] { return translated }
    if let misses, template.unicodeScalars.contains(where: { $0.properties.isAlphabetic && $0.isASCII }) {
      misses.record(template)
    }
    return template
  }

  /// `template` with `{}` replaced by the next argument and `{N}` by argument N (from 0).
  static func fill(_ template: String, with arguments: [String]) -> String {
    guard template.contains("{") else { return template }
    var out = ""
    var next = 0
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      let afterOpen = rest.index(after: open)
      guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
      let inside = rest[afterOpen..<close]
      if inside.isEmpty || inside.allSatisfy(\.isNumber) {
        let index = inside.isEmpty ? next : Int(inside) ?? next
        if inside.isEmpty { next += 1 }
        out += arguments.indices.contains(index) ? arguments[index] : ""
      } else {
        out += rest[open...close]
      }
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }
}

/// The templates a language could not translate, gathered across threads (for tests that fail
/// when a word would be shown in English).
public final class MissLog: Sendable {
  private let missed = Mutex<Set<String>>([])

  public init() {}

  func record(_ template: String) { missed.withLock { _ = $0.insert(template) } }

  /// Every template asked for and missing, sorted.
  public var templates: [String] { missed.withLock { $0.sorted() } }
}
