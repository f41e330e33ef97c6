// MiniBatches: cutting a shuffled order of examples into mini-batches — as new data sets (for a
// `TrainingRun`) or copied into one reusable matrix (for the loops that must not allocate per batch).

import NeuralCore

/// The consecutive slices of `order` holding `size` indices each (the last may be shorter).
func batchSlices(_ order: [Int], size: Int) -> [ArraySlice<Int>] {
  stride(from: 0, to: order.count, by: size).map { order[$0..<min($0 + size, order.count)] }
}

extension Dataset {
  /// One epoch's mini-batches of `size` examples, in a fresh order drawn from `rng`.
  func shuffledBatches(size: Int, rng: inout RandomSource) -> [Dataset] {
    var order = Array(0..<count)
    rng.shuffle(&order)
    return batchSlices(order, size: size).map { subset(Array($0)) }
  }
}

/// Rows of a data set gathered into one matrix that is reused from batch to batch, so a training
/// epoch allocates nothing once the batch is sized.
struct MiniBatch {
  /// The gathered examples, one per row.
  private(set) var features: Matrix
  /// The gathered examples' labels.
  private(set) var labels: [Int] = []

  /// An empty batch for examples of `featureCount` features, sized for `capacity` rows.
  init(capacity: Int, featureCount: Int) {
    features = Matrix(rows: capacity, cols: featureCount)
  }

  /// Replaces the batch with the examples of `data` at `indices`, in that order.
  mutating func fill(from data: Dataset, rows indices: ArraySlice<Int>) {
    if features.rows != indices.count { features.resizeRows(indices.count) }
    let width = data.features.cols
    data.features.data.withUnsafeBufferPointer { source in
      features.data.withUnsafeMutableBufferPointer { target in
        for (row, index) in indices.enumerated() {
          for c in 0..<width { target[row * width + c] = source[index * width + c] }
        }
      }
    }
    labels.removeAll(keepingCapacity: true)
    labels.append(contentsOf: indices.map { data.labels[$0] })
  }
}
