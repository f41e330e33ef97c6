// ReferenceFixtures: a small course with a glossary and common problems and lessons that link to
// them, for the reference-screen and link tests and snapshots.

import Course
import Foundation
@testable import TutorApp

/// Two lessons (the first links to a term, a problem, the second lesson and the web, the links
/// far apart so `]` must scroll), three glossary terms that link to each other and to a lesson,
/// and two common problems.
let referenceCourse: Course = {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tutorapp-reference-\(getpid())").path
  let filler = (1...10).map { n in
    "Paragraph \(n) says a little more about how a network learns from its mistakes, enough to wrap."
  }.joined(separator: "\n\n")
  let basics = """
    ---
    id: basics
    title: Learning basics
    order: 1
    covers: 2.1.1
    experiment: perceptron
    minutes: 10
    ---

    ## Steps

    Each pass over the data is an [epoch](term:epoch). When the loss blows up, see
    [the loss diverges](problem:loss-diverges).

    \(filler)

    The next lesson is [a short history](lesson:history); the survey is at
    [the article](https://example.org/survey).
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

    Interest rose and fell twice; the [learning rate](term:learning-rate) was tuned by hand.
    """
  let glossary = """
    ---
    id: glossary
    title: Glossary
    kind: glossary
    ---

    ::: term epoch
    term: epoch
    One full pass over the training data. Compare the [learning rate](term:learning-rate).
    :::

    ::: term learning-rate
    term: learning rate
    How big a step each update takes. Too large and the loss diverges; see [the basics](lesson:basics).
    :::

    ::: term activation
    term: Activation function
    The non-linear function a unit applies to its weighted sum.
    :::
    """
  let problems = """
    ---
    id: problems
    title: Common problems
    kind: problems
    ---

    ::: problem loss-diverges
    symptom: The loss grows until it becomes NaN.
    cause: The [learning rate](term:learning-rate) is too large for the curvature.
    fixes: Lower the learning rate; clip the gradient norm.
    lesson: basics
    :::

    ::: problem stuck
    symptom: The loss stays flat from the first epoch.
    cause: Saturated units pass almost no gradient back.
    fixes: Use ReLU with He initialisation.
    lesson: history
    :::
    """
  try? FileManager.default.createDirectory(atPath: folder + "/en", withIntermediateDirectories: true)
  for (name, text) in [("basics", basics), ("history", history), ("glossary", glossary), ("problems", problems)] {
    try? text.write(toFile: folder + "/en/\(name).md", atomically: true, encoding: .utf8)
  }
  return Course.load(folder: folder)
}()

/// A model on the course map of `referenceCourse`.
func modelWithReferenceCourse(width: Int = 80, height: Int = 24) -> Model {
  modelWithCourse(referenceCourse, width: width, height: height)
}

/// A model with the lesson `id` of `referenceCourse` open at its top.
func modelWithReferenceLesson(_ id: String, width: Int = 80, height: Int = 24) -> Model {
  modelWithLesson(id, in: referenceCourse, width: width, height: height)
}
