// BinaryCrossEntropyWithLogits: log loss for a sigmoid output, computed from the logit so it
// never takes the log of 0 (the sigmoid is folded into the loss).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Binary cross-entropy of σ(z) against targets t ∈ [0, 1], from logits z, averaged over all elements.
///
/// Uses −[t log σ(z) + (1−t) log(1−σ(z))] = max(z, 0) − z·t + log(1 + e^−|z|), which is finite
/// for every finite z; the gradient is (σ(z) − t) / count.
public struct BinaryCrossEntropyWithLogits: Loss, Sendable {
  public init() {}

  public func evaluate(_ output: Matrix, _ target: Matrix, gradient: inout Matrix) -> Float {
    let sum = sumElementwiseLoss("BinaryCrossEntropyWithLogits", output, target, gradient: &gradient, gradientScale: 1) { x, t in
      let e = exp(-abs(x))
      // σ(x) from e = e^−|x| without overflow on either side.
      let sigma = x >= 0 ? 1 / (1 + e) : e / (1 + e)
      return (max(x, 0) - x * t + log1p(e), sigma - t)
    }
    return sum * (1 / Float(max(output.count, 1)))
  }
}
