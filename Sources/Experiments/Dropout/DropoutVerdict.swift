// DropoutVerdict: the one-line outcome of a finished dropout run, stated honestly — a gain in test
// error only when it is more than a few test digits, a lower test loss named as such, and
// underfitting named when dropout keeps a small network from fitting what it fits without.

import Foundation

/// The final status of a dropout experiment, from the last epoch of its runs.
struct DropoutVerdict {
  /// Test-error differences smaller than this (four of the 797 test digits) are called noise.
  static let noticeableError = 0.005
  /// A test loss lower by at least this fraction counts as lower.
  static let noticeableLoss = 0.05
  /// On training sets this small the A/B outcome varies more from seed to seed than dropout
  /// changes it on average (compare Srivastava et al. 2014, Fig. 10, on MNIST).
  static let smallTrainingSet = 200

  let status: ExperimentStatus

  init(experiment e: DropoutExperiment) {
    let drop = e.dropoutRun.history
    let epochs: Phrase = "after \(e.stepCount) epoch\(e.stepCount == 1 ? "" : "s")"
    let testError = 1 - (drop.testAccuracy.last ?? 0), testLoss = drop.testLoss.last ?? .nan
    let trainAccuracy = drop.trainAccuracy.last ?? 0
    guard let base = e.baselineRun?.history, e.dropoutRun.p > 0 else {
      status = ExperimentStatus(
        .finished,
        "\(epochs): train accuracy \(RateText.percent(trainAccuracy)), test error \(RateText.percent(testError)), test loss \(Self.number(testLoss))")
      return
    }
    let baseError = 1 - (base.testAccuracy.last ?? 0), baseLoss = base.testLoss.last ?? .nan
    let baseTrain = base.trainAccuracy.last ?? 0
    let size = e.split.train.count
    let errors: Phrase = "test error \(RateText.percent(testError)) with dropout vs \(RateText.percent(baseError)) without"
    let losses: Phrase = "test loss \(Self.number(testLoss)) vs \(Self.number(baseLoss))"
    let lowerLoss = testLoss < baseLoss * (1 - Self.noticeableLoss)
    if trainAccuracy < baseTrain - 0.02, testError > baseError + Self.noticeableError {
      let hidden = e.settings.integer("hidden")
      status = ExperimentStatus(
        .finished,
        "dropout made the network underfit: train accuracy \(RateText.percent(trainAccuracy)) vs \(RateText.percent(baseTrain)) without, \(errors); \(hidden) units per layer are too few to drop — widen it or lower p",
        lesson: "overfitting")
    } else if testError < baseError - Self.noticeableError, testLoss < baseLoss {
      status = ExperimentStatus(
        .finished,
        "dropout lowered test error from \(RateText.percent(baseError)) to \(RateText.percent(testError)) and test loss from \(Self.number(baseLoss)) to \(Self.number(testLoss)) \(epochs)")
    } else if testError <= baseError + Self.noticeableError, lowerLoss {
      status = ExperimentStatus(
        .finished,
        "dropout lowered test loss from \(Self.number(baseLoss)) to \(Self.number(testLoss)); \(errors) is within a few digits")
    } else {
      let verdict: Phrase = testError > baseError + Self.noticeableError ? "dropout hurt" : "no clear gain"
      let reason: Phrase = size <= Self.smallTrainingSet ? " — with \(size) training images the outcome swings from seed to seed; try a few seeds" : ""
      status = ExperimentStatus(.finished, "\(verdict): \(errors), \(losses)\(reason)", lesson: "overfitting")
    }
  }

  /// A loss to three significant digits: "0.163".
  static func number(_ v: Double) -> String { String(format: "%.3g", v) }
}
