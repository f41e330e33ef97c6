// PresenterReadouts: which of an experiment's numbers presenter mode shows large, and how they
// are written there — short enough to draw five rows tall, shares as percentages.

import Experiments
import Foundation

/// A number shown large, under its label.
struct Headline: Equatable {
  let label: String
  let value: String
}

enum PresenterReadouts {
  /// The readouts that carry each experiment's point, best first; the first two an experiment
  /// has are shown (e.g. loss and the first/last ratio for vanishing gradients, test accuracy and
  /// the train/test gap for dropout). `loss_` stands for every per-optimizer loss.
  static let preferred = [
    "test_accuracy", "gap", "accuracy", "recall", "linear_accuracy", "mlp_accuracy", "conv_test_accuracy",
    "dense_test_accuracy", "loss", "loss_", "train_loss", "held_out_loss", "f", "errors", "grad_norm",
    "first_last_ratio", "silhouette", "inertia",
  ]

  /// Shares in [0, 1] that read better as percentages.
  static let shares: Set<String> = ["gap", "precision", "recall", "f1", "specificity"]

  /// Up to `count` of `experiment`'s scalar readouts, in the order of `preferred`.
  static func headline(_ experiment: any Experiment, count: Int = 2) -> [Readout] {
    let scalars = experiment.readouts.filter { !$0.isVector }
    var chosen: [Readout] = []
    for name in preferred where chosen.count < count {
      let matching = scalars.filter { name.hasSuffix("_") ? $0.name.hasPrefix(name) : $0.name == name }
      chosen += matching.prefix(count - chosen.count)
    }
    return chosen
  }

  /// `value` written for a big display: a percentage for a share, a whole number as is, else three
  /// significant digits, with an exponent (`1.2e-7`) for the very small and the very large.
  static func text(_ value: Double, name: String) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    if name.contains("accuracy") || shares.contains(name), abs(value) <= 1 {
      return String(format: "%.1f%%", value * 100)
    }
    let magnitude = abs(value)
    if value == value.rounded(), magnitude < 1e6 { return String(Int(value)) }
    if magnitude >= 1e5 || magnitude < 1e-3 {
      // "1.2e-07" → "1.2e-7": every column counts at five rows tall.
      let parts = String(format: "%.1e", value).split(separator: "e")
      guard parts.count == 2, let exponent = Int(parts[1]) else { return String(format: "%.1e", value) }
      return "\(parts[0])e\(exponent)"
    }
    if magnitude >= 1000 { return String(format: "%.0f", value) }
    return String(format: "%.3g", value)
  }
}
