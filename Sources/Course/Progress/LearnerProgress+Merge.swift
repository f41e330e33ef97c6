// LearnerProgress+Merge: how two copies of one learner's progress combine when two dltutor processes
// saved at once — nothing either of them recorded is lost.

import Foundation

extension LearnerProgress {
  /// The union of `self` and `other`.
  ///
  /// The rules, so that merging is order-independent and loses nothing:
  /// - answers: the union of both histories (an identical record counts once), oldest first;
  /// - a lesson's completion: the earliest completion time (finished stays finished);
  /// - a lesson's position and knob values: the most recently set wins;
  /// - resets: the latest reset time wins, and every record at or before it is dropped, so a reset
  ///   in one process is not undone by another that still held the old records;
  /// - version: this build's.
  public func merged(with other: LearnerProgress) -> LearnerProgress {
    var result = LearnerProgress()
    result.resetAt = [resetAt, other.resetAt].compactMap { $0 }.max()
    result.lessonResetAt = lessonResetAt.merging(other.lessonResetAt) { max($0, $1) }
    result.lessons = lessons.merging(other.lessons) { a, b in
      LessonProgress(
        completedAt: [a.completedAt, b.completedAt].compactMap { $0 }.min(),
        position: latest(a.position, b.position),
        knobs: latest(a.knobs, b.knobs))
    }
    result.answers = answers.merging(other.answers) { a, b in
      var seen = Set<AnswerRecord>()
      return (a + b).filter { seen.insert($0).inserted }.sorted { $0.time < $1.time }
    }
    result.pruneResets()
    return result
  }
}

/// The later of two stamped values (the second on a tie, so merging a copy with itself is stable).
private func latest<V>(_ a: Stamped<V>?, _ b: Stamped<V>?) -> Stamped<V>? {
  guard let a else { return b }
  guard let b else { return a }
  return a.at > b.at ? a : b
}
