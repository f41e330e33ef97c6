// Matrix+Multiply: the public face of the blocked multiply (GEMM.swift) on whole matrices,
// with the transposed variants that backpropagation needs.

extension Matrix {
  /// Scratch floats a caller must provide to `multiply(_:_:into:…panel:)`.
  public static var multiplyScratchCount: Int { GEMM.panelCapacity }

  /// Computes `c = op(a) · op(b)` (or `c += …` when `accumulate`), where op transposes when asked.
  ///
  /// `c` must already have the shape of the product. `panel` is scratch space of at least
  /// `Matrix.multiplyScratchCount` floats, so that a layer holding its own scratch multiplies
  /// without allocating.
  public static func multiply(
    _ a: Matrix, _ b: Matrix, into c: inout Matrix,
    transposeA: Bool = false, transposeB: Bool = false, accumulate: Bool = false,
    panel: UnsafeMutablePointer<Float>
  ) {
    let m = transposeA ? a.cols : a.rows
    let k = transposeA ? a.rows : a.cols
    let kb = transposeB ? b.cols : b.rows
    let n = transposeB ? b.rows : b.cols
    precondition(k == kb, "Matrix.multiply: inner sizes differ (\(k) vs \(kb))")
    precondition(c.rows == m && c.cols == n, "Matrix.multiply: result is \(c.rows)×\(c.cols), product is \(m)×\(n)")
    if k == 0 || m == 0 || n == 0 {
      // An empty inner dimension gives the zero matrix (and empty storage has no base address).
      if !accumulate { c.data.withUnsafeMutableBufferPointer { $0.update(repeating: 0) } }
      return
    }
    let aCols = a.cols, bCols = b.cols
    a.data.withUnsafeBufferPointer { ap in
      b.data.withUnsafeBufferPointer { bp in
        c.data.withUnsafeMutableBufferPointer { cp in
          guard let aBase = ap.baseAddress, let bBase = bp.baseAddress, let cBase = cp.baseAddress else {
            return
          }
          let left = transposeA
            ? StridedOperand(aBase, rowStride: 1, colStride: aCols)
            : StridedOperand(aBase, rowStride: aCols, colStride: 1)
          let right = transposeB
            ? StridedOperand(bBase, rowStride: 1, colStride: bCols)
            : StridedOperand(bBase, rowStride: bCols, colStride: 1)
          GEMM.multiply(m: m, n: n, k: k, a: left, b: right, c: cBase, ldc: n,
                        accumulate: accumulate, panel: panel)
        }
      }
    }
  }

  /// Returns `op(a) · op(b)` as a new matrix (allocates; for tests and one-off use).
  public static func product(_ a: Matrix, _ b: Matrix, transposeA: Bool = false, transposeB: Bool = false) -> Matrix {
    var c = Matrix(rows: transposeA ? a.cols : a.rows, cols: transposeB ? b.rows : b.cols)
    withUnsafeTemporaryAllocation(of: Float.self, capacity: multiplyScratchCount) { scratch in
      guard let panel = scratch.baseAddress else { return }
      multiply(a, b, into: &c, transposeA: transposeA, transposeB: transposeB, panel: panel)
    }
    return c
  }
}
