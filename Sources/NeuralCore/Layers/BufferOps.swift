// BufferOps: the few in-place element loops the recurrent and convolution layers share
// (clearing, broadcasting a bias, adding), written over raw buffers so they allocate nothing.

/// In-place helpers on layer buffers.
enum BufferOps {
  /// Sets every element of `matrix` to zero.
  static func clear(_ matrix: inout Matrix) {
    matrix.data.withUnsafeMutableBufferPointer { m in
      for i in m.indices { m[i] = 0 }
    }
  }

  /// Copies `bias` (one value per column) into every row of `matrix`.
  static func broadcastRows(_ matrix: inout Matrix, bias: [Float]) {
    precondition(bias.count == matrix.cols, "BufferOps: bias of \(bias.count) for \(matrix.cols) columns")
    let cols = matrix.cols
    bias.withUnsafeBufferPointer { b in
      matrix.data.withUnsafeMutableBufferPointer { m in
        for r in 0..<matrix.rows {
          for c in 0..<cols { m[r * cols + c] = b[c] }
        }
      }
    }
  }

  /// `target += addend`, element by element; the shapes must match.
  static func add(_ addend: Matrix, to target: inout Matrix) {
    precondition(addend.rows == target.rows && addend.cols == target.cols, "BufferOps: shape mismatch")
    addend.data.withUnsafeBufferPointer { a in
      target.data.withUnsafeMutableBufferPointer { t in
        for i in t.indices { t[i] += a[i] }
      }
    }
  }

  /// Adds the column sums of `gradient` (`batch × cols`) to `biasGradient` (`cols` values).
  static func accumulateColumnSums(of gradient: Matrix, into biasGradient: inout [Float]) {
    precondition(biasGradient.count == gradient.cols, "BufferOps: bias gradient size mismatch")
    let cols = gradient.cols
    gradient.data.withUnsafeBufferPointer { g in
      biasGradient.withUnsafeMutableBufferPointer { db in
        for r in 0..<gradient.rows {
          for c in 0..<cols { db[c] += g[r * cols + c] }
        }
      }
    }
  }
}
