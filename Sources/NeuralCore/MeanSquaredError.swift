// MeanSquaredError: the regression loss, mean of (y − t)² over every element of the batch.

/// L = mean over all elements of (output − target)²; ∂L/∂y = 2 (y − t) / (rows · cols).
public struct MeanSquaredError: Loss, Sendable {
  public init() {}

  public func evaluate(_ output: Matrix, _ target: Matrix, gradient: inout Matrix) -> Float {
    let sum = sumElementwiseLoss("MeanSquaredError", output, target, gradient: &gradient, gradientScale: 2) { y, t in
      let d = y - t
      return (d * d, d)
    }
    return sum / Float(max(output.count, 1))
  }
}
