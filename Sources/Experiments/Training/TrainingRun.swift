// TrainingRun: one network trained by one optimizer, epoch by epoch, with its loss and accuracy
// history — so linear-vs-MLP can train two models side by side and the optimizers experiment can
// race several from the same weights on the same batches.

import NeuralCore

/// A classifier and its optimizer; it stops, and records NaN, once its loss is not finite.
final class TrainingRun {
  let name: String
  let classifier: Classifier
  private var optimizer: any Optimizer
  /// Full-set loss after each epoch; NaN from the epoch it diverged on.
  private(set) var losses: [Double] = []
  /// Full-set accuracy after each epoch; NaN from the epoch it diverged on.
  private(set) var accuracies: [Double] = []
  /// The epoch (1-based) whose loss first came out NaN or infinite.
  private(set) var divergedAtEpoch: Int?

  init(_ name: String, network: Network, optimizer: any Optimizer) {
    self.name = name
    self.classifier = Classifier(network)
    self.optimizer = optimizer
  }

  /// Takes one optimizer step per batch, in order, then records loss and accuracy on `data`.
  func trainEpoch(_ batches: [Dataset], evaluatingOn data: Dataset) {
    guard divergedAtEpoch == nil else {
      losses.append(.nan)
      accuracies.append(.nan)
      return
    }
    for batch in batches {
      classifier.trainStep(batch.features, batch.labels, optimizer: &optimizer)
    }
    let result = classifier.evaluate(data.features, data.labels)
    if result.loss.isFinite {
      losses.append(result.loss)
      accuracies.append(result.accuracy)
    } else {
      losses.append(.nan)
      accuracies.append(.nan)
      divergedAtEpoch = losses.count
    }
  }

  /// The latest recorded loss (NaN before the first epoch or after divergence).
  var lastLoss: Double { losses.last ?? .nan }
  /// The latest recorded accuracy (NaN before the first epoch or after divergence).
  var lastAccuracy: Double { accuracies.last ?? .nan }
}
