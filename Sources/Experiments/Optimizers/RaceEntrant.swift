// RaceEntrant: one optimizer in the race — its own copy of the network, its update rule and its
// loss history — so every optimizer can start from the same weights and see the same batches.

import NeuralCore

/// The optimizers the experiment can race, by the names used in its `optimizers` knob.
enum OptimizerName: String, CaseIterable, Sendable {
  case sgd, momentum, adagrad, rmsprop, adam

  /// A fresh optimizer of this kind at step size `lr`, with the usual defaults for the rest
  /// (momentum 0.9; RMSProp decay 0.9; Adam β₁ 0.9, β₂ 0.999).
  func make(learningRate lr: Float) -> any Optimizer {
    switch self {
    case .sgd: SGD(learningRate: lr)
    case .momentum: Momentum(learningRate: lr, momentum: 0.9)
    case .adagrad: AdaGrad(learningRate: lr)
    case .rmsprop: RMSProp(learningRate: lr)
    case .adam: Adam(learningRate: lr)
    }
  }
}

/// One optimizer training its own network; it stops, and records NaN, once its loss is not finite.
final class RaceEntrant {
  let name: OptimizerName
  let classifier: Classifier
  private var optimizer: any Optimizer
  /// Full-set loss after each epoch; NaN from the epoch it diverged on.
  private(set) var losses: [Double] = []
  /// The epoch (1-based) whose loss first came out NaN or infinite.
  private(set) var divergedAtEpoch: Int?

  init(_ name: OptimizerName, learningRate: Float, network: Network) {
    self.name = name
    self.classifier = Classifier(network)
    self.optimizer = name.make(learningRate: learningRate)
  }

  /// Trains on each batch in order, then records the loss on the whole set.
  func trainEpoch(_ batches: [Dataset], evaluatingOn data: Dataset) {
    guard divergedAtEpoch == nil else {
      losses.append(.nan)
      return
    }
    for batch in batches {
      _ = classifier.computeGradient(batch.features, batch.labels)
      optimizer.step(classifier.network.parameters)
    }
    let loss = classifier.evaluate(data.features, data.labels).loss
    if loss.isFinite {
      losses.append(loss)
    } else {
      losses.append(.nan)
      divergedAtEpoch = losses.count
    }
  }

  /// The latest recorded loss (NaN before the first epoch or after divergence).
  var lastLoss: Double { losses.last ?? .nan }
}
