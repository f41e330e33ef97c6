// DropoutVerdict: the one-line outcome of a finished dropout run, stated honestly — a gain only
// when the test error really fell, "no clear gain" inside the noise of a 500-digit test set, and
// underfitting named when dropout pulled a small network's training accuracy down.

import Foundation

/// The final status of a dropout experiment, from the last epoch of its runs.
struct DropoutVerdict {
  /// Differences in test error smaller than this (four of the 500 test digits) are noise.
  static let noticeableError = 0.008
  /// Training sets this small carry too little to regularise (Srivastava et al. 2014, Fig. 10).
  static let smallTrainingSet = 200

  let status: ExperimentStatus

  init(experiment e: DropoutExperiment) {
    let drop = e.dropoutRun.history
    let epochs = "after \(e.stepCount) epoch\(e.stepCount == 1 ? "" : "s")"
    let testError = 1 - (drop.testAccuracy.last ?? 0), testLoss = drop.testLoss.last ?? .nan
    let trainAccuracy = drop.trainAccuracy.last ?? 0
    guard let base = e.baselineRun?.history, e.dropoutRun.p > 0 else {
      status = ExperimentStatus(
        .converged,
        "\(epochs): train accuracy \(Self.percent(trainAccuracy)), test error \(Self.percent(testError)), test loss \(Self.number(testLoss))")
      return
    }
    let baseError = 1 - (base.testAccuracy.last ?? 0), baseLoss = base.testLoss.last ?? .nan
    let baseTrain = base.trainAccuracy.last ?? 0
    let size = e.split.train.count
    let both = "test error \(Self.percent(testError)) with dropout vs \(Self.percent(baseError)) without, test loss \(Self.number(testLoss)) vs \(Self.number(baseLoss))"
    if baseTrain < 0.98, trainAccuracy < baseTrain - 0.01, testError > baseError + Self.noticeableError {
      status = ExperimentStatus(
        .converged,
        "dropout hurt a network too small to fit: train accuracy \(Self.percent(trainAccuracy)) vs \(Self.percent(baseTrain)), \(both); widen it or lower p",
        lesson: "overfitting")
    } else if testError < baseError - Self.noticeableError, testLoss < baseLoss {
      status = ExperimentStatus(
        .converged,
        "dropout lowered test error from \(Self.percent(baseError)) to \(Self.percent(testError)) and test loss from \(Self.number(baseLoss)) to \(Self.number(testLoss)) \(epochs)")
    } else {
      let verdict = testError > baseError + Self.noticeableError ? "dropout hurt" : "no clear gain"
      let reason = size <= Self.smallTrainingSet ? " — with \(size) images there is too little to regularise" : ""
      status = ExperimentStatus(.converged, "\(verdict): \(both)\(reason)", lesson: "overfitting")
    }
  }

  /// A fraction as a percentage with one decimal: "2.9%".
  static func percent(_ fraction: Double) -> String { String(format: "%.1f%%", fraction * 100) }

  /// A loss to three significant digits: "0.163".
  static func number(_ v: Double) -> String { String(format: "%.3g", v) }
}
