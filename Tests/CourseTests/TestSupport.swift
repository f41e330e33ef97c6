// Test support: where the shipped lessons and the fixtures are, and the shipped course loaded once.

import Foundation
@testable import Course

/// The repository's folders, found from this file's path.
enum Folders {
  static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let repository = tests.deletingLastPathComponent().deletingLastPathComponent()
  /// The shipped `Lessons/` folder.
  static let lessons = repository.appendingPathComponent("Lessons").path
  /// `Tests/CourseTests/Fixtures/<name>`.
  static func fixture(_ name: String) -> String { tests.appendingPathComponent("Fixtures").appendingPathComponent(name).path }
}

/// The shipped course, loaded once: loading lints, which sets up every run question's experiment.
let shippedCourse = Course.load(folder: Folders.lessons)

/// The shipped course in every language that has lessons in `Lessons/` (English first), each with
/// only its own lessons (no English fallback), so the tests cover a translation as soon as it lands.
let shippedCourses: [Course] = {
  let languages = CourseFiles.read(folder: Folders.lessons).languages.filter { !$0.value.lessons.isEmpty }.keys
    .sorted { ($0 == "en" ? 0 : 1, $0) < ($1 == "en" ? 0 : 1, $1) }
  return languages.map { $0 == "en" ? shippedCourse : Course.load(folder: Folders.lessons, language: $0, fallback: $0) }
}()
