// LearnerProgress: what one learner has done — lessons read and where they stopped, knob values per
// lesson, every quiz answer — as a versioned, human-readable JSON value.

import Foundation

/// Everything the tutor remembers about one learner.
///
/// Review state (Leitner box, due date) is not stored: it is replayed from the answer history by
/// `ReviewScheduler`, so merging two files is a union of answers and can never disagree with itself.
public struct LearnerProgress: Codable, Equatable, Sendable {
  /// The format version this build writes; a file with a larger one is kept aside, not misread.
  public static let currentVersion = 1

  public var version: Int
  /// Per lesson id.
  public var lessons: [String: LessonProgress]
  /// Every answer per question id, oldest first.
  public var answers: [String: [AnswerRecord]]
  /// When the learner last reset everything; older records are dropped when files merge.
  public var resetAt: Date?
  /// When the learner last reset each lesson (by lesson id).
  public var lessonResetAt: [String: Date]

  /// An empty record.
  public init() {
    version = LearnerProgress.currentVersion
    lessons = [:]
    answers = [:]
    resetAt = nil
    lessonResetAt = [:]
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    version = try c.decode(Int.self, forKey: .version)
    // A newer file may use fields this build does not know: refuse it before reading them.
    guard version <= LearnerProgress.currentVersion else { throw ProgressVersionError(version: version) }
    lessons = try c.decodeIfPresent([String: LessonProgress].self, forKey: .lessons) ?? [:]
    answers = try c.decodeIfPresent([String: [AnswerRecord]].self, forKey: .answers) ?? [:]
    resetAt = try c.decodeIfPresent(Date.self, forKey: .resetAt)
    lessonResetAt = try c.decodeIfPresent([String: Date].self, forKey: .lessonResetAt) ?? [:]
  }

  /// Whether the learner has opened the lesson (read some of it or finished it).
  public func hasRead(_ lessonID: String) -> Bool {
    guard let l = lessons[lessonID] else { return false }
    return l.completedAt != nil || l.position != nil
  }

  /// Records an answer to `questionID`.
  public mutating func record(_ answer: AnswerRecord, for questionID: String) {
    answers[questionID, default: []].append(answer)
  }

  /// Marks `lessonID` finished at `time`.
  public mutating func complete(_ lessonID: String, at time: Date) {
    lessons[lessonID, default: LessonProgress()].completedAt = time.wholeSeconds
  }

  /// Remembers where the learner is in `lessonID`.
  public mutating func setPosition(_ lessonID: String, line: Int, at time: Date) {
    lessons[lessonID, default: LessonProgress()].position = Stamped(line, at: time)
  }

  /// Remembers the knob values (`name=value`) the learner set in `lessonID`.
  public mutating func setKnobs(_ lessonID: String, _ knobs: [String], at time: Date) {
    lessons[lessonID, default: LessonProgress()].knobs = Stamped(knobs, at: time)
  }

  /// Forgets everything about `lessonID` (its reading, knobs and the answers to its questions).
  ///
  /// The reset covers every record now held even if its time is later than `time` (a clock that
  /// was ahead), so nothing survives a reset the learner asked for.
  public mutating func reset(lesson lessonID: String, at time: Date) {
    let cutoff = ([time.wholeSeconds, lessonResetAt[lessonID]].compactMap { $0 } + times(lesson: lessonID)).max() ?? time
    lessonResetAt[lessonID] = cutoff
    pruneResets()
  }

  /// Forgets everything (see `reset(lesson:at:)` for the time it records).
  public mutating func resetAll(at time: Date) {
    let cutoff = ([time.wholeSeconds, resetAt].compactMap { $0 } + times(lesson: nil)).max() ?? time
    resetAt = cutoff
    pruneResets()
  }

  /// Every time recorded for `lessonID` (or for any lesson when nil).
  private func times(lesson lessonID: String?) -> [Date] {
    let lessonTimes = lessons.filter { lessonID == nil || $0.key == lessonID }.values
      .flatMap { [$0.completedAt, $0.position?.at, $0.knobs?.at].compactMap { $0 } }
    let answerTimes = answers.values.joined().filter { lessonID == nil || $0.lesson == lessonID }.map(\.time)
    return lessonTimes + answerTimes
  }

  /// Drops what a reset covers: records made at or before the reset time.
  mutating func pruneResets() {
    for (id, lesson) in lessons {
      let cutoff = [resetAt, lessonResetAt[id]].compactMap { $0 }.max()
      guard let cutoff else { continue }
      var kept = lesson
      if let t = kept.completedAt, t <= cutoff { kept.completedAt = nil }
      if let p = kept.position, p.at <= cutoff { kept.position = nil }
      if let k = kept.knobs, k.at <= cutoff { kept.knobs = nil }
      lessons[id] = kept.isEmpty ? nil : kept
    }
    for (id, records) in answers {
      let kept = records.filter { record in
        let cutoff = [resetAt, lessonResetAt[record.lesson]].compactMap { $0 }.max()
        return cutoff.map { record.time > $0 } ?? true
      }
      answers[id] = kept.isEmpty ? nil : kept
    }
  }
}

/// A value with the time it was set, so the latest one wins when files merge.
public struct Stamped<Value: Codable & Equatable & Sendable>: Codable, Equatable, Sendable {
  public var value: Value
  public var at: Date
  public init(_ value: Value, at: Date) {
    self.value = value
    self.at = at.wholeSeconds
  }
}

/// One lesson's reading state and knob values.
public struct LessonProgress: Codable, Equatable, Sendable {
  /// When the learner finished the lesson, if they did.
  public var completedAt: Date?
  /// The scroll line where the learner stopped.
  public var position: Stamped<Int>?
  /// Knob assignments (`name=value`) for the lesson's experiment.
  public var knobs: Stamped<[String]>?

  public init(completedAt: Date? = nil, position: Stamped<Int>? = nil, knobs: Stamped<[String]>? = nil) {
    self.completedAt = completedAt
    self.position = position
    self.knobs = knobs
  }

  var isEmpty: Bool { completedAt == nil && position == nil && knobs == nil }
}

/// One answer to one question.
public struct AnswerRecord: Codable, Equatable, Hashable, Sendable {
  /// When it was given.
  public var time: Date
  /// The lesson the question belongs to (kept so a removed question still has a home).
  public var lesson: String
  /// What the learner typed, normalised (`b`, `a,c`, `true`, `0.5`).
  public var answer: String
  public var correct: Bool

  public init(time: Date, lesson: String, answer: String, correct: Bool) {
    self.time = time.wholeSeconds
    self.lesson = lesson
    self.answer = answer
    self.correct = correct
  }
}

/// A progress file written by a newer dltutor.
public struct ProgressVersionError: Error, Equatable, Sendable {
  public let version: Int
}

extension Date {
  /// The time rounded down to a whole second: what the file keeps (ISO 8601), so a record read
  /// back equals the one in memory and merging does not count it twice.
  var wholeSeconds: Date { Date(timeIntervalSince1970: (timeIntervalSince1970).rounded(.down)) }
}
