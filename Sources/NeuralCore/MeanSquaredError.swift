// MeanSquaredError: the regression loss, mean of (y − t)² over every element of the batch.

/// L = mean over all elements of (output − target)²; ∂L/∂y = 2 (y − t) / (rows · cols).
public struct MeanSquaredError: Loss, Sendable {
  public init() {}

  public func evaluate(_ output: Matrix, _ target: Matrix, gradient: inout Matrix) -> Float {
    precondition(output.rows == target.rows && output.cols == target.cols, "MeanSquaredError: shape mismatch")
    gradient.reshape(like: output)
    let count = output.count
    guard count > 0 else { return 0 }
    let scale = 2 / Float(count)
    var sum: Float = 0
    output.data.withUnsafeBufferPointer { y in
      target.data.withUnsafeBufferPointer { t in
        gradient.data.withUnsafeMutableBufferPointer { g in
          for i in 0..<count {
            let d = y[i] - t[i]
            sum += d * d
            g[i] = scale * d
          }
        }
      }
    }
    return sum / Float(count)
  }
}
