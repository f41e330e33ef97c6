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
