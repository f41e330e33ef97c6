// Fixtures: models in known states for the update, view and snapshot tests.

import Experiments
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
  return [("lab-menu", menu), ("perceptron", perceptron), ("vanishing-gradients", vanishing), ("help", help),
    ("compare", compare)]
}
