// CourseProgress: what the learner's progress says about each lesson of the course — done, in
// progress or new, how many of its questions are due — and which lesson "continue" means.

import Course
import Foundation

/// How far the learner is with one lesson, as the course map shows it.
public enum LessonStatus: Equatable, Sendable {
  /// The learner reached the end of its text.
  case done
  /// Opened (or its knobs turned) but not finished.
  case inProgress
  /// Never opened.
  case new
}

extension LearnerProgress {
  /// The status of `lessonID`.
  func status(of lessonID: String) -> LessonStatus {
    guard let lesson = lessons[lessonID] else { return .new }
    if lesson.completedAt != nil { return .done }
    return lesson.position != nil || lesson.knobs != nil ? .inProgress : .new
  }

  /// The lesson of `course` the learner last had open: the one whose position was saved last.
  /// Positions saved in the same second go to the earlier lesson, so the answer never depends on
  /// the order of a dictionary.
  func lastOpenLesson(in course: Course) -> String? {
    var latest: (id: String, at: Date)?
    for entry in course.lessons {
      guard let at = lessons[entry.lesson.id]?.position?.at else { continue }
      if latest.map({ at > $0.at }) ?? true { latest = (entry.lesson.id, at) }
    }
    return latest?.id
  }
}

extension Model {
  /// The status of `entry` in the learner's progress.
  public func status(of entry: LessonEntry) -> LessonStatus { progress.status(of: entry.lesson.id) }

  /// How many of `entry`'s questions are due for review now (none for a lesson with problems,
  /// whose questions the quiz does not ask).
  public func dueCount(_ entry: LessonEntry) -> Int {
    guard !entry.isBroken else { return 0 }
    return entry.lesson.questions.filter { ReviewScheduler.card($0.id, in: progress).isDue(at: now) }.count
  }

  /// How many questions of the whole course are due for review now.
  public var dueCount: Int {
    course.map { ReviewPlan.dueCount(course: $0, progress: progress, now: now) } ?? 0
  }

  /// The course map row "continue" marks: the lesson last open unless it is finished, else the
  /// first lesson not finished; nil when every lesson is done. Lessons whose files have problems
  /// are never continued (they show only their errors).
  public var continueIndex: Int? {
    guard let lessons = course?.lessons else { return nil }
    let open = { (entry: LessonEntry) in !entry.isBroken && self.status(of: entry) != .done }
    if let last = lastLessonID, let index = lessons.firstIndex(where: { $0.lesson.id == last }), open(lessons[index]) {
      return index
    }
    return lessons.firstIndex(where: open)
  }
}
