// Standardizer: per-feature z-scores fitted on training data only, so no statistic of the test
// set leaks into training (the leakage point of the ml-vs-dl lesson).

/// Rescales each feature to zero mean and unit standard deviation, using statistics of the data
/// it was fitted on.
public struct Standardizer: Equatable, Sendable {
  /// Per-feature means of the fitted data.
  public let means: [Float]
  /// Per-feature population standard deviations of the fitted data; a constant feature gets 1
  /// so that it maps to zero instead of dividing by zero.
  public let deviations: [Float]

  /// Fits means and deviations on `training` (one example per row).
  public init(fitting training: Matrix) {
    let (rows, cols) = (training.rows, training.cols)
    var sums = Array(repeating: 0.0, count: cols)
    for r in 0..<rows { for c in 0..<cols { sums[c] += Double(training[r, c]) } }
    let means = sums.map { rows > 0 ? $0 / Double(rows) : 0 }
    var squares = Array(repeating: 0.0, count: cols)
    for r in 0..<rows {
      for c in 0..<cols {
        let d = Double(training[r, c]) - means[c]
        squares[c] += d * d
      }
    }
    self.means = means.map { Float($0) }
    self.deviations = squares.map { sum in
      let deviation = rows > 0 ? (sum / Double(rows)).squareRoot() : 0
      return deviation > 1e-12 ? Float(deviation) : 1
    }
  }

  /// `(x − mean) / deviation` for every element of `matrix`, column by column.
  public func apply(_ matrix: Matrix) -> Matrix {
    precondition(matrix.cols == means.count, "Standardizer: fitted on \(means.count) features, given \(matrix.cols)")
    return matrix.columnsShifted(by: means, dividedBy: deviations)
  }
}
