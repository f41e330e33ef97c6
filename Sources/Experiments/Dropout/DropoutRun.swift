// DropoutRun: one of the dropout experiment's two networks — the MLP, its optimizer, and its
// training and test scores after every epoch — so the A/B runs are two values of one type.

import NeuralCore

/// Accuracy and loss of one network on the training and test sets, one entry per epoch.
public struct RunHistory: Equatable, Sendable {
  public var trainAccuracy: [Double] = []
  public var testAccuracy: [Double] = []
  public var trainLoss: [Double] = []
  public var testLoss: [Double] = []
}

/// A two-hidden-layer ReLU MLP on the digits, trained by SGD with heavy-ball momentum 0.9, with
/// drop probability `p` after each hidden layer.
///
/// Momentum SGD rather than Adam: with Adam (η = 0.001) both runs fit 1000 digits within a few
/// epochs and then barely change, and dropout's effect was inside the seed-to-seed noise; with
/// momentum at η = 0.01 the baseline's test loss stalls once it fits the training set while the
/// dropout run's keeps falling.
public final class DropoutRun {
  /// The drop probability of this run (0 for the baseline).
  public let p: Double
  /// Scores after each epoch, measured with dropout off (inference mode) on the full sets.
  public private(set) var history = RunHistory()

  let classifier: Classifier
  private var optimizer: Momentum

  /// A network of `64 → hidden → hidden → 10`, its weights drawn from a generator seeded with
  /// `weightSeed` — the same seed gives the same starting weights whatever `p` is, because the
  /// builder draws all weights before it seeds the dropout masks.
  init(p: Double, hidden: Int, weightDecay: Double, learningRate: Double, weightSeed: UInt64) {
    self.p = p
    var rng = RandomSource(seed: weightSeed)
    classifier = Classifier(.multilayerPerceptron(
      sizes: [64, hidden, hidden, 10], hidden: .relu, initializer: .he, dropout: Float(p), rng: &rng))
    optimizer = Momentum(
      learningRate: Float(learningRate), momentum: 0.9, weightDecay: weightDecay > 0 ? .l2(Float(weightDecay)) : .none)
  }

  /// The network being trained.
  var network: Network { classifier.network }

  /// One mini-batch update on `batch`; returns the batch loss (NaN or infinite if training blew up).
  func train(batch: Matrix, labels: [Int]) -> Float {
    classifier.trainStep(batch, labels, optimizer: &optimizer)
  }

  /// Scores the network on both sets with dropout off and appends them to `history`.
  func evaluate(_ split: DigitsSplit) {
    let train = classifier.evaluate(split.train.features, split.train.labels)
    let test = classifier.evaluate(split.test.features, split.test.labels)
    history.trainAccuracy.append(train.accuracy)
    history.trainLoss.append(train.loss)
    history.testAccuracy.append(test.accuracy)
    history.testLoss.append(test.loss)
  }
}
