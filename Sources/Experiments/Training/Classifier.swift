// Classifier: a network that outputs class logits, trained with softmax cross-entropy — one
// optimizer step on a batch, the loss and accuracy on a set, and predicted classes, shared by
// every experiment that trains a classifier (linear-vs-MLP, optimizers, digits, convolution,
// dropout, and the language model's next-character softmax).

import NeuralCore

/// A network read as a classifier: one logit per class, softmax cross-entropy as its loss.
final class Classifier {
  let network: Network
  private let loss = SoftmaxCrossEntropy()
  /// ∂L/∂logits, reused between calls so a training step allocates nothing once sized.
  private var gradient = Matrix(rows: 0, cols: 0)

  init(_ network: Network) {
    self.network = network
  }

  /// One training step on a batch: clears the gradients, runs a training pass, back-propagates,
  /// and lets `optimizer` update the weights. Returns the batch's mean loss (NaN or infinite once
  /// training has blown up).
  @discardableResult
  func trainStep(_ features: Matrix, _ labels: [Int], optimizer: inout some Optimizer) -> Float {
    network.zeroGrad()
    let logits = network.forward(features, training: true)
    let value = loss.evaluate(logits, labels, gradient: &gradient)
    network.backward(gradient)
    optimizer.step(network.parameters)
    return value
  }

  /// Mean loss on a whole set, from an inference pass that changes nothing.
  func meanLoss(_ features: Matrix, _ labels: [Int]) -> Float {
    loss.evaluate(network.forward(features, training: false), labels, gradient: &gradient)
  }

  /// Mean loss and accuracy on a whole set, from an inference pass that changes nothing.
  /// A network whose weights became NaN reports a NaN loss (and a meaningless accuracy).
  func evaluate(_ features: Matrix, _ labels: [Int]) -> (loss: Double, accuracy: Double) {
    let logits = network.forward(features, training: false)
    let value = loss.evaluate(logits, labels, gradient: &gradient)
    let predicted = Classifier.argmax(logits)
    return (Double(value), Metrics.accuracy(truth: labels, predicted: predicted))
  }

  /// The most likely class of every row of `features`.
  func predictedClasses(_ features: Matrix) -> [Int] {
    Classifier.argmax(network.forward(features, training: false))
  }

  /// The column of the largest logit in each row (the first, on ties or NaN).
  static func argmax(_ logits: Matrix) -> [Int] {
    (0..<logits.rows).map { r in
      var best = 0
      for c in 1..<max(logits.cols, 1) where logits[r, c] > logits[r, best] { best = c }
      return best
    }
  }
}
