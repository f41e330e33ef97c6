// RememberFirstTask: the sequence task of the clipping lesson — read a sequence of random
// numbers and, at the end, say what the first one was — chosen because the only useful
// gradient has to travel back through every time step, so vanishing and exploding show plainly.

import NeuralCore

/// Sequences of `length` values drawn uniformly from [−1, 1]; the target is the first value.
///
/// Rows are whole sequences in the time-major layout `UnrolledRecurrent` reads (one feature per
/// step). Predicting the mean (0) gives a mean squared error of Var(U[−1, 1]) = 1/3: a model
/// that has forgotten the first value cannot do better than that baseline.
struct RememberFirstTask {
  /// `count × length` inputs.
  let inputs: Matrix
  /// `count × 1` targets: each row's first value.
  let targets: Matrix

  /// The error of always answering 0, which is what forgetting the first value costs.
  static let forgettingLoss = 1.0 / 3

  init(count: Int, length: Int, rng: inout RandomSource) {
    var values = [Float](repeating: 0, count: count * length)
    for i in values.indices { values[i] = rng.uniform(-1, 1) }
    inputs = Matrix(rows: count, cols: length, data: values)
    targets = Matrix(rows: count, cols: 1, data: (0..<count).map { values[$0 * length] })
  }
}
