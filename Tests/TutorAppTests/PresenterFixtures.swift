// PresenterFixtures: lessons for presenter mode's tests, written once to a temporary folder — one
// on vanishing gradients with three Try this presets (the last one refused), one without an
// experiment in three sections.

import Course
import Foundation
@testable import TutorApp

let presenterCourse: Course = {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tutorapp-presenter-\(getpid())").path
  let depth = """
    ---
    id: depth
    title: Deep nets and their gradients
    order: 1
    covers: 2.1.1
    experiment: vanishing-gradients
    minutes: 10
    ---

    ## Shrinking signals

    Each sigmoid layer passes back at most a quarter of the error signal.

    ::: try Sigmoid, ten layers deep
    set: activation=sigmoid init=standard depth=10
    The first layer gets almost nothing.
    :::

    ::: try ReLU with He initialisation
    set: activation=relu init=he depth=30
    The bars stay level.
    :::

    ::: try Far too deep — 500 layers
    set: depth=500
    No such depth.
    :::
    """
  let sections = """
    ---
    id: winters
    title: Two AI winters
    order: 2
    covers: 1.1
    experiment: none
    minutes: 5
    ---

    Neural networks went in and out of fashion.

    ## The first winter

    Minsky and Papert's book of 1969 showed what one layer cannot do.

    ## The second winter

    Expert systems disappointed in the late 1980s. The machines that ran them lost their market to
    cheaper desktop computers, and the money for research in artificial intelligence dried up for years
    after the promises made for it were not kept.

    - Funding fell.
    - Backpropagation was already known.
    """
  try? FileManager.default.createDirectory(atPath: folder + "/en", withIntermediateDirectories: true)
  try? depth.write(toFile: folder + "/en/depth.md", atomically: true, encoding: .utf8)
  try? sections.write(toFile: folder + "/en/winters.md", atomically: true, encoding: .utf8)
  return Course.load(folder: folder)
}()

/// Presenter mode on lesson `id` of `presenterCourse` with `seed`.
func presenting(_ id: String, seed: UInt64 = 3, width: Int = 80, height: Int = 24) -> Model {
  let entry = presenterCourse.lesson(id) ?? presenterCourse.lessons[0]
  return Model.presenting(entry, seed: seed, width: width, height: height)
}

/// Runs `frames` frames of at most `steps` steps each.
func runFrames(_ model: inout Model, _ frames: Int, steps: Int = 1) {
  for _ in 0..<frames { _ = update(&model, .frame(maxSteps: steps)) }
}
