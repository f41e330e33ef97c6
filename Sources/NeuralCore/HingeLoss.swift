// HingeLoss: the margin losses of linear classifiers — the perceptron criterion (margin 0)
// and the SVM hinge (margin 1) — with targets ±1.

/// L = mean over elements of max(0, margin − t·z), for targets t ∈ {−1, +1}.
///
/// With `margin` 0 this is the perceptron criterion, whose gradient step on a mistake is
/// Rosenblatt's rule; with 1 it is the hinge loss of support vector machines. At the kink
/// (t·z = margin) the subgradient −t is taken, so a zero-initialised perceptron still learns.
public struct HingeLoss: Loss, Sendable {
  /// Where the loss starts to be zero: 0 for the perceptron, 1 for the hinge.
  public let margin: Float

  public init(margin: Float = 1) { self.margin = margin }

  /// The perceptron criterion max(0, −t·z).
  public static let perceptron = HingeLoss(margin: 0)

  public func evaluate(_ output: Matrix, _ target: Matrix, gradient: inout Matrix) -> Float {
    precondition(output.rows == target.rows && output.cols == target.cols, "HingeLoss: shape mismatch")
    gradient.reshape(like: output)
    let count = output.count
    guard count > 0 else { return 0 }
    let scale = 1 / Float(count)
    var sum: Float = 0
    output.data.withUnsafeBufferPointer { z in
      target.data.withUnsafeBufferPointer { t in
        gradient.data.withUnsafeMutableBufferPointer { g in
          for i in 0..<count {
            let slack = margin - t[i] * z[i]
            if slack >= 0 {
              sum += slack
              g[i] = -t[i] * scale
            } else {
              g[i] = 0
            }
          }
        }
      }
    }
    return sum * scale
  }
}
