// Course: the lessons, glossary and common problems of one language, loaded from a Lessons folder;
// a broken lesson is kept with its problems so the app can show them instead of refusing to start.

import Foundation
import Experiments

/// A lesson and the problems found in its file (none for a valid lesson).
public struct LessonEntry: Equatable, Sendable {
  public let lesson: Lesson
  public let issues: [CourseIssue]
  /// Whether the file has problems; the app shows them instead of the lesson.
  public var isBroken: Bool { !issues.isEmpty }
}

/// The course in one language.
public struct Course: Equatable, Sendable {
  /// The Lessons folder it was read from.
  public let folder: String
  public let language: String
  /// The lessons in course order.
  public let lessons: [LessonEntry]
  public let glossary: Glossary
  public let problems: ProblemReference
  /// Every problem in the folder, for every language (what `dltutor lint` prints).
  public let issues: [CourseIssue]
  /// The lessons (ids, in course order) missing in `language` and shown in English instead.
  public let untranslated: [String]

  /// The lesson with this id.
  public func lesson(_ id: String) -> LessonEntry? { lessons.first { $0.lesson.id == id } }

  /// Loads the course in `language` from `folder`, checking every language there.
  ///
  /// What the language lacks comes from `fallback` (English): a lesson not translated yet, the
  /// glossary, the common problems, or the whole course when the language has no folder. A
  /// learner gets every lesson, and `untranslated` says which are not in their language.
  public static func load(folder: String, language: String = "en", fallback: String = "en") -> Course {
    let files = CourseFiles.read(folder: folder)
    let issues = Linter.check(files)
    let mine = files.languages[language] ?? CourseFiles.Language()
    let base = language == fallback ? CourseFiles.Language() : files.languages[fallback] ?? CourseFiles.Language()
    let translated = Set(mine.lessons.map(\.id))
    let missing = base.lessons.filter { !translated.contains($0.id) }
    // A lesson not translated yet is not broken: lint reports the missing twin, the learner
    // reads the lesson in English.
    let entries = (mine.lessons + missing).map { lesson in
      LessonEntry(lesson: lesson, issues: issues.filter { $0.file == lesson.path && !$0.message.isMissingTwin })
    }
    .sorted { ($0.lesson.order, $0.lesson.id) < ($1.lesson.order, $1.lesson.id) }
    let glossary = mine.glossaryPath == nil ? base : mine
    let problems = mine.problemsPath == nil ? base : mine
    return Course(
      folder: folder, language: language, lessons: entries,
      glossary: Glossary(
        path: glossary.glossaryPath ?? "", id: glossary.glossaryHeader.id, title: glossary.glossaryHeader.title,
        terms: glossary.terms),
      problems: ProblemReference(
        path: problems.problemsPath ?? "", id: problems.problemsHeader.id, title: problems.problemsHeader.title,
        problems: problems.problems),
      issues: issues,
      untranslated: entries.map(\.lesson).filter { !translated.contains($0.id) }.map(\.id))
  }

  /// A one-line notice in `strings`' language when some lessons are shown in English; nil when
  /// every lesson is in the course's language.
  public func untranslatedNotice(_ strings: CourseStrings) -> String? {
    guard !untranslated.isEmpty else { return nil }
    return untranslated.count == lessons.count ? strings.noTranslation : strings.untranslated(untranslated)
  }

  /// The first Lessons folder that holds a language folder: `--lessons`, `$DLTUTOR_LESSONS`, the
  /// clone around the current directory, then the install around the executable.
  public static func findFolder() -> String? {
    DataFiles.candidateLessonFolders().first { folder in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: folder + "/en", isDirectory: &isDirectory) && isDirectory.boolValue
    }
  }
}
