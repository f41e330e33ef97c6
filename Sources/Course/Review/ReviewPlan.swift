// ReviewPlan: which questions a quiz session asks, in which order — due reviews first, then new
// questions from the chosen lessons — and the counts the course map shows.

import Foundation

/// One question chosen for a session, with its lesson.
public struct ReviewItem: Equatable, Sendable {
  public let question: Question
  public let lesson: Lesson
  public let card: ReviewCard

  public init(question: Question, lesson: Lesson, card: ReviewCard) {
    self.question = question
    self.lesson = lesson
    self.card = card
  }
}

/// Which lessons a session draws new questions from.
public enum ReviewScope: Equatable, Sendable {
  /// Lessons the learner has opened (the default).
  case lessonsRead
  /// One lesson (`--lesson ID`); due reviews come from it too.
  case lesson(String)
  /// Every lesson (`--all`).
  case everything
}

public enum ReviewPlan {
  /// The questions for a session at `now`: due reviews first (the longest overdue first, then in
  /// course order), then new questions in course order, at most `count` in all.
  ///
  /// Questions come only from the course as it is now: a question whose id left the course is
  /// not asked, but its history stays in the progress file (it comes back if the id does).
  /// Lessons whose files have problems are skipped.
  public static func select(course: Course, progress: LearnerProgress, now: Date, scope: ReviewScope, count: Int) -> [ReviewItem] {
    var due: [ReviewItem] = []
    var new: [ReviewItem] = []
    for entry in course.lessons where !entry.isBroken {
      let lesson = entry.lesson
      if case .lesson(let id) = scope, id != lesson.id { continue }
      let offersNew: Bool
      switch scope {
      case .lessonsRead: offersNew = progress.hasRead(lesson.id)
      case .lesson, .everything: offersNew = true
      }
      for question in lesson.questions {
        let card = ReviewScheduler.card(question.id, in: progress)
        let item = ReviewItem(question: question, lesson: lesson, card: card)
        if card.isDue(at: now) { due.append(item) } else if card.isNew && offersNew { new.append(item) }
      }
    }
    // A stable sort keeps course order among questions due at the same moment.
    let ordered = due.enumerated().sorted { a, b in
      let (da, db) = (a.element.card.due ?? now, b.element.card.due ?? now)
      return da != db ? da < db : a.offset < b.offset
    }.map(\.element)
    return Array((ordered + new).prefix(max(0, count)))
  }

  /// Every question of `lesson` in order, new, due and not yet due alike: a lesson's own quiz.
  public static func all(in lesson: Lesson, progress: LearnerProgress) -> [ReviewItem] {
    lesson.questions.map { ReviewItem(question: $0, lesson: lesson, card: ReviewScheduler.card($0.id, in: progress)) }
  }

  /// How many questions of `course` are due at `now` (what `dltutor lessons` and the course map show).
  public static func dueCount(course: Course, progress: LearnerProgress, now: Date) -> Int {
    course.lessons.filter { !$0.isBroken }.flatMap(\.lesson.questions)
      .filter { ReviewScheduler.card($0.id, in: progress).isDue(at: now) }.count
  }

  /// When the next question of `course` falls due after `now`, if any has been answered.
  public static func nextDue(course: Course, progress: LearnerProgress, after now: Date) -> Date? {
    course.lessons.filter { !$0.isBroken }.flatMap(\.lesson.questions)
      .compactMap { ReviewScheduler.card($0.id, in: progress).due }.filter { $0 > now }.min()
  }
}

/// How many questions of `course` are due at `now` in the learner's progress file.
///
/// Reads the file without changing it: an unreadable file counts as no progress here (the
/// commands that load progress for real keep it aside and say so).
public func dueCount(store: ProgressStore, course: Course, now: Date) -> Int {
  guard let data = FileManager.default.contents(atPath: store.path),
    let progress = try? JSONDecoder.progress.decode(LearnerProgress.self, from: data)
  else { return 0 }
  return ReviewPlan.dueCount(course: course, progress: progress, now: now)
}
