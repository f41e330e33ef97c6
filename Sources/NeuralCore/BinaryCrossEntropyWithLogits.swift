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
    precondition(output.rows == target.rows && output.cols == target.cols, "BinaryCrossEntropyWithLogits: shape mismatch")
    gradient.reshape(like: output)
    let count = output.count
    guard count > 0 else { return 0 }
    let scale = 1 / Float(count)
    var sum: Float = 0
    output.data.withUnsafeBufferPointer { z in
      target.data.withUnsafeBufferPointer { t in
        gradient.data.withUnsafeMutableBufferPointer { g in
          for i in 0..<count {
            let x = z[i]
            let e = exp(-abs(x))
            sum += max(x, 0) - x * t[i] + log1p(e)
            // σ(x) from e = e^−|x| without overflow on either side.
            let sigma = x >= 0 ? 1 / (1 + e) : e / (1 + e)
            g[i] = scale * (sigma - t[i])
          }
        }
      }
    }
    return sum * scale
  }
}
