// Perceptron: Rosenblatt's (1958) learning rule — on a mistake, add y·x to the weights — for
// labels ±1 and a bias learned as the weight of a constant input 1.

/// A linear threshold unit trained by Rosenblatt's mistake-driven rule.
///
/// Predicts +1 where w·x + b > 0 and −1 otherwise. A point on the line (w·x + b = 0) counts as a
/// mistake, so training from w = 0 starts at once. From w = 0 the learning rate only scales w and
/// b, never the sequence of mistakes (Novikoff's bound does not depend on it).
public struct Perceptron: Equatable, Sendable {
  /// The weights w, one per input feature.
  public var weights: [Float]
  /// The bias b.
  public var bias: Float
  /// The step size η of each update.
  public var learningRate: Float

  /// A perceptron with all weights and the bias at zero.
  public init(inputs: Int, learningRate: Float = 1) {
    precondition(inputs > 0, "Perceptron: needs at least one input")
    weights = Array(repeating: 0, count: inputs)
    bias = 0
    self.learningRate = learningRate
  }

  /// w·x + b for the example in row `row` of `features`.
  @inlinable
  public func activation(_ features: Matrix, row: Int) -> Float {
    features.data.withUnsafeBufferPointer { x in
      weights.withUnsafeBufferPointer { w in
        var sum = bias
        let base = row * w.count
        for j in 0..<w.count { sum += w[j] * x[base + j] }
        return sum
      }
    }
  }

  /// The predicted label, +1 or −1.
  @inlinable
  public func predict(_ features: Matrix, row: Int) -> Float {
    activation(features, row: row) > 0 ? 1 : -1
  }

  /// Applies the rule to one example with label `label` (±1): if it is misclassified,
  /// w += η·y·x and b += η·y. Returns whether it was a mistake.
  @inlinable @discardableResult
  public mutating func train(_ features: Matrix, row: Int, label: Float) -> Bool {
    guard label * activation(features, row: row) <= 0 else { return false }
    let step = learningRate * label
    let inputs = weights.count
    features.data.withUnsafeBufferPointer { x in
      weights.withUnsafeMutableBufferPointer { w in
        let base = row * inputs
        for j in 0..<inputs { w[j] += step * x[base + j] }
      }
    }
    bias += step
    return true
  }

  /// One pass over every example in order; returns the number of mistakes (updates) made.
  ///
  /// The same rule as `train`, with the buffers opened once for the whole pass; this loop is the
  /// `perceptron-epoch` benchmark. Two inputs (the experiment's plane) keep the weights in
  /// registers, which the compiler cannot do for the general loop, where `w` might alias `x`.
  public mutating func epoch(_ features: Matrix, labels: [Float]) -> Int {
    precondition(features.rows == labels.count && features.cols == weights.count, "Perceptron.epoch: shape mismatch")
    if weights.count == 2 { return planarEpoch(features, labels: labels) }
    var mistakes = 0
    for i in 0..<features.rows where train(features, row: i, label: labels[i]) {
      mistakes += 1
    }
    return mistakes
  }

  private mutating func planarEpoch(_ features: Matrix, labels: [Float]) -> Int {
    var w0 = weights[0], w1 = weights[1], b = bias
    let rate = learningRate
    var mistakes = 0
    features.data.withUnsafeBufferPointer { x in
      labels.withUnsafeBufferPointer { y in
        for i in 0..<y.count {
          let x0 = x[2 * i], x1 = x[2 * i + 1], label = y[i]
          guard label * (w0 * x0 + w1 * x1 + b) <= 0 else { continue }
          let step = rate * label
          w0 += step * x0
          w1 += step * x1
          b += step
          mistakes += 1
        }
      }
    }
    weights[0] = w0
    weights[1] = w1
    bias = b
    return mistakes
  }

  /// How many examples the current weights misclassify.
  public func errors(_ features: Matrix, labels: [Float]) -> Int {
    var count = 0
    for i in 0..<features.rows where labels[i] * activation(features, row: i) <= 0 { count += 1 }
    return count
  }
}
