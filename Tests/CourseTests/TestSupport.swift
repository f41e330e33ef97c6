// Test support: where the shipped lessons and the fixtures are, and a seeded generator for fuzzing.

import Foundation

/// The repository's folders, found from this file's path.
enum Folders {
  static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let repository = tests.deletingLastPathComponent().deletingLastPathComponent()
  /// The shipped `Lessons/` folder.
  static let lessons = repository.appendingPathComponent("Lessons").path
  /// `Tests/CourseTests/Fixtures/<name>`.
  static func fixture(_ name: String) -> String { tests.appendingPathComponent("Fixtures").appendingPathComponent(name).path }
}

/// SplitMix64: a small seeded generator, so every fuzz case can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
