// Loss: what a network minimises — the value and the gradient with respect to the model's
// output, both averaged over the batch.

/// A loss over a batch of model outputs (one example per row) and their targets.
public protocol Loss {
  /// What each example is compared with: a matrix of targets, or class labels.
  associatedtype Target
  /// Returns the loss averaged over the batch and writes ∂L/∂output into `gradient`
  /// (reshaped to the output's shape; no allocation once it has that shape).
  func evaluate(_ output: Matrix, _ target: Target, gradient: inout Matrix) -> Float
}

extension Loss {
  /// The loss alone (allocates a gradient buffer; for tests and reporting, not training loops).
  public func value(_ output: Matrix, _ target: Target) -> Float {
    var gradient = Matrix(rows: output.rows, cols: output.cols)
    return evaluate(output, target, gradient: &gradient)
  }
}

extension Matrix {
  /// Gives this matrix the shape of `other`, reusing its storage when the column count matches.
  mutating func reshape(like other: Matrix) {
    if cols != other.cols {
      self = Matrix(rows: other.rows, cols: other.cols)
    } else if rows != other.rows {
      resizeRows(other.rows)
    }
  }
}
