// ElementwiseLoss: the loop shared by the losses that compare output and target element by
// element (binary cross-entropy, hinge, squared error): shape check, gradient sizing, one pass.

/// Runs `term` on every (output, target) pair of elements, adding the loss it returns to the sum
/// and writing `gradientScale / count · slope` to that element of `gradient` (sized like
/// `output`). Returns the plain sum of the losses, 0 for an empty batch; each loss averages it.
@inline(__always)
func sumElementwiseLoss(
  _ name: String, _ output: Matrix, _ target: Matrix, gradient: inout Matrix, gradientScale: Float,
  _ term: (_ output: Float, _ target: Float) -> (loss: Float, slope: Float)
) -> Float {
  precondition(output.rows == target.rows && output.cols == target.cols, "\(name): shape mismatch")
  gradient.reshape(like: output)
  let count = output.count
  guard count > 0 else { return 0 }
  let scale = gradientScale / Float(count)
  var sum: Float = 0
  output.data.withUnsafeBufferPointer { y in
    target.data.withUnsafeBufferPointer { t in
      gradient.data.withUnsafeMutableBufferPointer { g in
        for i in 0..<count {
          let (loss, slope) = term(y[i], t[i])
          sum += loss
          g[i] = scale * slope
        }
      }
    }
  }
  return sum
}
