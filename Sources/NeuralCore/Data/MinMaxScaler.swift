// MinMaxScaler: per-feature rescaling to [0, 1] fitted on training data (pixels 0..16 become
// 0..1); test values outside the training range land outside [0, 1], as they should.

/// Maps each feature linearly so that its training minimum goes to 0 and its maximum to 1.
public struct MinMaxScaler: Equatable, Sendable {
  /// Per-feature minima of the fitted data.
  public let minima: [Float]
  /// Per-feature ranges (max − min) of the fitted data; a constant feature gets 1.
  public let ranges: [Float]

  /// Fits minima and ranges on `training` (one example per row).
  public init(fitting training: Matrix) {
    var low = Array(repeating: Float.infinity, count: training.cols)
    var high = Array(repeating: -Float.infinity, count: training.cols)
    for r in 0..<training.rows {
      for c in 0..<training.cols {
        low[c] = min(low[c], training[r, c])
        high[c] = max(high[c], training[r, c])
      }
    }
    minima = low.map { $0.isFinite ? $0 : 0 }
    ranges = zip(low, high).map { l, h in
      let range = h - l
      return range.isFinite && range > 0 ? range : 1
    }
  }

  /// `(x − min) / range` for every element of `matrix`, column by column.
  public func apply(_ matrix: Matrix) -> Matrix {
    precondition(matrix.cols == minima.count, "MinMaxScaler: fitted on \(minima.count) features, given \(matrix.cols)")
    return matrix.columnsShifted(by: minima, dividedBy: ranges)
  }
}
