// SoftmaxCrossEntropy: multi-class log loss from logits and integer labels, with the softmax
// folded in (log-sum-exp after subtracting the row maximum).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cross-entropy of softmax(z) against class labels, averaged over the batch.
///
/// Per row: L = log Σⱼ e^zⱼ − z_label; ∂L/∂z = (softmax(z) − onehot(label)) / rows.
public struct SoftmaxCrossEntropy: Loss, Sendable {
  public init() {}

  public func evaluate(_ output: Matrix, _ labels: [Int], gradient: inout Matrix) -> Float {
    precondition(labels.count == output.rows, "SoftmaxCrossEntropy: \(labels.count) labels for \(output.rows) rows")
    gradient.reshape(like: output)
    let rows = output.rows, cols = output.cols
    guard rows > 0 else { return 0 }
    let scale = 1 / Float(rows)
    var sum: Float = 0
    output.data.withUnsafeBufferPointer { z in
      labels.withUnsafeBufferPointer { labels in
        gradient.data.withUnsafeMutableBufferPointer { g in
          guard let z = z.baseAddress, let g = g.baseAddress else { return }
          for r in 0..<rows {
            let label = labels[r]
            precondition(label >= 0 && label < cols, "SoftmaxCrossEntropy: label \(label) outside 0..<\(cols)")
            let row = z + r * cols, grad = g + r * cols
            Activation.softmaxRow(row, grad, count: cols)
            // −log softmax(z)_label, from the probability unless it underflowed, then exactly.
            let p = grad[label]
            if p > 1e-30 {
              sum -= log(p)
            } else {
              var largest = row[0]
              for j in 1..<cols { largest = max(largest, row[j]) }
              var total: Float = 0
              for j in 0..<cols { total += exp(row[j] - largest) }
              sum += largest + log(total) - row[label]
            }
            grad[label] -= 1
            for j in 0..<cols { grad[j] *= scale }
          }
        }
      }
    }
    return sum * scale
  }
}
