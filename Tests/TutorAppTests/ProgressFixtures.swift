// ProgressFixtures: a small course with questions and a learner's progress in it — one lesson done,
// one in progress, two new, questions due — for the course map's status, "continue" and saved
// places.

import Course
import Foundation
@testable import TutorApp

/// The moment the fixtures' progress is read at.
let fixtureNow = Date(timeIntervalSince1970: 1_800_000_000)

/// `days` before `fixtureNow`.
func daysAgo(_ days: Double) -> Date { fixtureNow.addingTimeInterval(-days * 86_400) }

/// Four lessons: two with true/false questions, one with the vanishing-gradients experiment, two
/// longer than a screen, and one whose title is too long for an 80-column row.
let progressCourse: Course = {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tutorapp-progress-course-\(getpid())").path
  func question(_ id: String) -> String {
    "::: question \(id)\nkind: true-false\nprompt: Is \(id) true?\nanswer: true\nexplain: It is.\n:::\n"
  }
  func lesson(_ id: String, _ title: String, order: Int, experiment: String, body: String) -> String {
    "---\nid: \(id)\ntitle: \(title)\norder: \(order)\ncovers: 1.\(order)\nexperiment: \(experiment)\n"
      + "minutes: \(5 * order)\n---\n\n" + body
  }
  let paragraphs = (1...10).map { "Paragraph \($0) says a little more about how signals travel through the layers." }
    .joined(separator: "\n\n")
  let files = [
    "basics": lesson("basics", "The basics", order: 1, experiment: "none",
      body: "## Start\n\nWhat a network is.\n\n" + ["basics-1", "basics-2", "basics-3"].map(question).joined(separator: "\n")),
    "gradients": lesson("gradients", "Gradients that vanish", order: 2, experiment: "vanishing-gradients",
      body: "## Depth\n\n" + paragraphs + "\n\n" + question("gradients-1")),
    "dropout": lesson("dropout", "Dropout", order: 3, experiment: "none", body: "## Noise\n\n" + paragraphs + "\n"),
    "trends": lesson("trends", "Learning without labels, self-supervision and where the field is going next", order: 4,
      experiment: "none", body: "## Next\n\nWhat comes after.\n"),
  ]
  try? FileManager.default.createDirectory(atPath: folder + "/en", withIntermediateDirectories: true)
  for (id, text) in files { try? text.write(toFile: folder + "/en/\(id).md", atomically: true, encoding: .utf8) }
  return Course.load(folder: folder)
}()

/// The learner's record: `basics` done five days ago with two of its three questions due,
/// `gradients` read yesterday (line 3, depth 20) with its question due, the rest new.
let fixtureProgress: LearnerProgress = {
  var progress = LearnerProgress()
  progress.setPosition("basics", line: 2, at: daysAgo(5))
  progress.complete("basics", at: daysAgo(5))
  progress.setPosition("gradients", line: 3, at: daysAgo(1))
  progress.setKnobs("gradients", ["depth=20"], at: daysAgo(1))
  // Right ten days ago: box 2, due after three days. Wrong three days ago: due the next day.
  progress.record(AnswerRecord(time: daysAgo(10), lesson: "basics", answer: "true", correct: true), for: "basics-1")
  progress.record(AnswerRecord(time: daysAgo(3), lesson: "basics", answer: "false", correct: false), for: "basics-2")
  // Right an hour ago: not due for three days.
  progress.record(AnswerRecord(time: daysAgo(1.0 / 24), lesson: "basics", answer: "true", correct: true), for: "basics-3")
  progress.record(
    AnswerRecord(time: daysAgo(2), lesson: "gradients", answer: "false", correct: false), for: "gradients-1")
  return progress
}()

/// A model of `progressCourse` started with `progress` (the fixture's by default).
func modelWithProgress(_ progress: LearnerProgress = fixtureProgress, width: Int = 80, height: Int = 24) -> Model {
  Model(width: width, height: height, course: progressCourse, progress: progress, now: fixtureNow)
}

/// The course map of `progressCourse` with the fixture's progress, after leaving the lesson the
/// app opened in (so "continue" is on the lesson in progress, which is selected).
func progressMap(width: Int, height: Int) -> Model {
  var model = modelWithProgress(width: width, height: height)
  press(&model, .escape)
  return model
}
