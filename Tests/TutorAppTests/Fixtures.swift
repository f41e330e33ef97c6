// Fixtures: models in known states for the update, view and snapshot tests.

import Course
import Experiments
import Foundation
import Testing
@testable import TutorApp

/// Sends keys one by one; returns every effect in order.
@discardableResult
func press(_ model: inout Model, _ keys: Key...) -> [Effect] {
  keys.flatMap { update(&model, .key($0)) }
}

/// A model with the experiment `id` open (paused at step 0).
func modelWithExperiment(_ id: String, width: Int = 80, height: Int = 24) -> Model {
  var model = Model(width: width, height: height)
  if let index = model.experiments.firstIndex(where: { $0.id == id }) {
    model.menuSelection = index
  }
  press(&model, .enter)
  return model
}

/// The screens the snapshots and invariants cover, by name.
func screens(width: Int, height: Int) -> [(name: String, model: Model)] {
  let menu = Model(width: width, height: height)
  var perceptron = modelWithExperiment("perceptron", width: width, height: height)
  press(&perceptron, .char(" "))
  for _ in 0..<12 { _ = update(&perceptron, .frame(maxSteps: 1)) }
  var vanishing = modelWithExperiment("vanishing-gradients", width: width, height: height)
  press(&vanishing, .char(" "))
  for _ in 0..<10 { _ = update(&vanishing, .frame(maxSteps: 100)) }
  press(&vanishing, .char(" "))
  var help = vanishing
  press(&help, .char("?"))
  var compare = modelWithExperiment("vanishing-gradients", width: width, height: height)
  press(&compare, .down, .down, .char("c"), .char("s"))
  let map = modelWithCourse(width: width, height: height)
  var lesson = modelWithLesson("neurons", width: width, height: height)
  press(&lesson, .char("t"))
  for _ in 0..<8 { _ = update(&lesson, .frame(maxSteps: 1)) }
  press(&lesson, .down, .down)
  var lessonExperiment = lesson
  press(&lessonExperiment, .tab)
  for _ in 0..<8 { _ = update(&lessonExperiment, .frame(maxSteps: 1)) }
  var lessonHelp = lessonExperiment
  press(&lessonHelp, .char("?"))
  let history = modelWithLesson("history", width: width, height: height)
  return [("lab-menu", menu), ("perceptron", perceptron), ("vanishing-gradients", vanishing), ("help", help),
    ("compare", compare), ("course-map", map), ("lesson", lesson), ("lesson-experiment", lessonExperiment),
    ("lesson-help", lessonHelp), ("lesson-text-only", history)]
}

/// A two-lesson course written once to a temporary folder: a long lesson with the perceptron and
/// two Try this presets far apart, and a short one with no experiment.
let fixtureCourse: Course = {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tutorapp-course-\(getpid())").path
  let filler = (1...12).map { n in
    "Paragraph \(n) explains one more thing about weights and thresholds, long enough to wrap onto a second line."
  }.joined(separator: "\n\n")
  let neurons = """
    ---
    id: neurons
    title: Neurons that learn
    order: 1
    covers: 2.1.1
    experiment: perceptron
    minutes: 15
    ---

    ## A line that moves

    Each mistake nudges the line towards the point it got wrong.

    ::: try Narrow gap
    set: margin=0.02 points=40
    The gap is five times narrower, so the rule makes more mistakes.
    :::

    \(filler)

    ::: try XOR never settles
    set: dataset=xor max_epochs=5
    The errors never reach zero.
    :::

    The end.
    """
  let history = """
    ---
    id: history
    title: A short history
    order: 2
    covers: 1.1
    experiment: none
    minutes: 5
    ---

    ## Winters and springs

    Interest in neural networks rose and fell twice before 2012.
    """
  try? FileManager.default.createDirectory(atPath: folder + "/en", withIntermediateDirectories: true)
  try? neurons.write(toFile: folder + "/en/neurons.md", atomically: true, encoding: .utf8)
  try? history.write(toFile: folder + "/en/history.md", atomically: true, encoding: .utf8)
  return Course.load(folder: folder)
}()

/// A model on the course map of `course`.
func modelWithCourse(_ course: Course = fixtureCourse, width: Int = 80, height: Int = 24) -> Model {
  Model(width: width, height: height, course: course)
}

/// A model with the lesson `id` of `course` open at its top.
func modelWithLesson(_ id: String, in course: Course = fixtureCourse, width: Int = 80, height: Int = 24) -> Model {
  var model = modelWithCourse(course, width: width, height: height)
  if let index = course.lessons.firstIndex(where: { $0.lesson.id == id }) { model.mapSelection = index }
  press(&model, .enter)
  return model
}

/// Opens help over `model` and checks it names what every key of the screen underneath does.
func expectHelpListsEveryKey(_ model: Model, width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation) {
  var helped = model
  press(&helped, .char("?"))
  let text = view(helped, width: width, height: height, charset: .unicode).text
  for binding in keyBindings(for: model) {
    #expect(text.contains(model.strings[binding.action]), "\(binding.action)", sourceLocation: sourceLocation)
  }
}
