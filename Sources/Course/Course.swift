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

  /// The lesson with this id.
  public func lesson(_ id: String) -> LessonEntry? { lessons.first { $0.lesson.id == id } }

  /// Loads the course in `language` from `folder`, checking every language there.
  public static func load(folder: String, language: String = "en") -> Course {
    let files = CourseFiles.read(folder: folder)
    let issues = Linter.check(files)
    let mine = files.languages[language] ?? CourseFiles.Language()
    let entries = mine.lessons.map { lesson in
      LessonEntry(lesson: lesson, issues: issues.filter { $0.file == lesson.path })
    }
    .sorted { ($0.lesson.order, $0.lesson.id) < ($1.lesson.order, $1.lesson.id) }
    return Course(
      folder: folder, language: language, lessons: entries,
      glossary: Glossary(path: mine.glossaryPath ?? "", id: mine.glossaryHeader.id, title: mine.glossaryHeader.title, terms: mine.terms),
      problems: ProblemReference(
        path: mine.problemsPath ?? "", id: mine.problemsHeader.id, title: mine.problemsHeader.title, problems: mine.problems),
      issues: issues)
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
