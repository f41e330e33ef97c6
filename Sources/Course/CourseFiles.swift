// CourseFiles: reading every course file of a Lessons folder, per language, into lessons, glossary
// terms and problems, with the problems found in each file's own text (front matter included).

import Foundation

/// Every file of a Lessons folder, read and parsed but not yet cross-checked.
struct CourseFiles {
  /// One language folder's contents.
  struct Language {
    var lessons: [Lesson] = []
    var terms: [GlossaryTerm] = []
    var glossaryPath: String?
    /// The glossary file's id and title.
    var glossaryHeader = (id: "", title: "")
    var problems: [CommonProblem] = []
    var problemsPath: String?
    /// The problems file's id and title.
    var problemsHeader = (id: "", title: "")
    /// The language's UI strings file (`en/ui.strings`), when it has one.
    var uiStrings: (path: String, text: String)?
  }

  var languages: [String: Language] = [:]
  /// Problems found reading single files.
  var issues: [CourseIssue] = []

  /// Reads `folder`: each subfolder named like a language (`en`, `zh`, `pt-BR`) is a language;
  /// each `.md` file in it a course file. Other folders (`data/`) are not lessons.
  static func read(folder: String) -> CourseFiles {
    var files = CourseFiles()
    let manager = FileManager.default
    let subfolders = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted().filter { name in
      var isDirectory: ObjCBool = false
      return isLanguageCode(name) && manager.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory)
        && isDirectory.boolValue
    }
    for language in subfolders {
      let names = ((try? manager.contentsOfDirectory(atPath: folder + "/" + language)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
      var contents = Language()
      for name in names {
        let path = language + "/" + name
        guard let data = manager.contents(atPath: folder + "/" + path) else { continue }
        files.add(String(decoding: data, as: UTF8.self), path: path, language: language, into: &contents)
      }
      if let data = manager.contents(atPath: folder + "/" + language + "/ui.strings") {
        contents.uiStrings = (language + "/ui.strings", String(decoding: data, as: UTF8.self))
      }
      files.languages[language] = contents
    }
    if files.languages.values.allSatisfy({ $0.lessons.isEmpty }) {
      files.issues.append(CourseIssue(file: "", line: 1, .noLessons))
    }
    return files
  }

  /// Parses one file's text and files its contents under `contents`.
  mutating func add(_ text: String, path: String, language: String, into contents: inout Language) {
    let parsed = CourseParser.parse(text)
    let fileID = String(path.split(separator: "/").last?.dropLast(3) ?? "")
    var local = parsed.issues
    func report(_ line: Int, _ message: CourseMessage) { local.append(CourseIssue(file: path, line: line, message)) }

    func required(_ key: String) -> FrontMatterField? {
      if let f = parsed.frontMatter.first(where: { $0.key == key }) { return f }
      if !parsed.frontMatter.isEmpty || parsed.issues.isEmpty { report(1, .missingField(key)) }
      return nil
    }
    func wholeNumber(_ key: String) -> Int {
      guard let f = required(key) else { return 0 }
      guard let v = Int(f.value), v >= 1 else {
        report(f.line, .badWholeNumber(field: key, value: f.value))
        return 0
      }
      return v
    }

    let idField = required("id")
    let id = idField?.value ?? fileID
    if let idField {
      if id.isEmpty || !id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) {
        report(idField.line, .badId(id))
      } else if id != fileID {
        report(idField.line, .idNotFileName(id: id, file: fileID + ".md"))
      }
    }
    let title = required("title")?.value ?? id

    switch parsed.kind {
    case .lesson:
      let order = wholeNumber("order")
      let minutes = wholeNumber("minutes")
      let covers = required("covers").map { $0.value.split(separator: ",").map { String($0).trimmed } } ?? []
      let experiment = required("experiment")?.value
      contents.lessons.append(
        Lesson(
          path: path, language: language, id: id, title: title, order: order, covers: covers,
          experiment: experiment == "none" ? nil : experiment, minutes: minutes, blocks: parsed.blocks,
          questions: parsed.questions, frontMatter: parsed.frontMatter))
    case .glossary:
      contents.terms += parsed.terms
      contents.glossaryPath = path
      contents.glossaryHeader = (id, title)
    case .problems:
      contents.problems += parsed.problems
      contents.problemsPath = path
      contents.problemsHeader = (id, title)
    }
    issues += local.map { CourseIssue(file: path, line: $0.line, $0.message) }
  }

  /// Whether `name` looks like a language code: two or three lowercase letters, then optionally
  /// `-` or `_` and a region or script (`en`, `zh`, `pt-BR`, `zh_Hans`); `data` is not one.
  static func isLanguageCode(_ name: String) -> Bool {
    let parts = name.split(maxSplits: 1, omittingEmptySubsequences: false) { $0 == "-" || $0 == "_" }
    guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLowercase }),
      name != "data"
    else { return false }
    return parts.count == 1 || (parts.count == 2 && (2...4).contains(parts[1].count) && parts[1].allSatisfy { $0.isASCII && $0.isLetter })
  }
}
