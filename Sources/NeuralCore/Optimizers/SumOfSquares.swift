// SumOfSquares: Σ x² in Double, shared by gradient norms wherever exploding values must be
// measured rather than overflow to infinity.

/// Σ x² over `values`, accumulated in `Double` so that elements up to `Float`'s largest
/// magnitude square without overflow.
func sumOfSquares(_ values: [Float]) -> Double {
  values.withUnsafeBufferPointer { buffer in
    var sum: Double = 0
    for x in buffer {
      let d = Double(x)
      sum += d * d
    }
    return sum
  }
}
