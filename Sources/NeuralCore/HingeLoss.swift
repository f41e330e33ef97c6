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
    let sum = sumElementwiseLoss("HingeLoss", output, target, gradient: &gradient, gradientScale: 1) { z, t in
      let slack = margin - t * z
      return slack >= 0 ? (slack, -t) : (0, 0)
    }
    return sum * (1 / Float(max(output.count, 1)))
  }
}
