// The direct path for small products (GEMM.smallMultiply): correct against the naive product,
// and bit-for-bit independent of how rows are grouped, which is what keeps experiments'
// numbers unchanged when the path takes four or eight rows at a time.
import Testing
@testable import NeuralCore

@Suite struct SmallProductTests {
  /// Shapes (m, k, n) that stay on the direct path and reach each of its branches: one column
  /// (a one-output layer), columns in runs of eight plus a scalar remainder, row counts that
  /// leave one to seven rows after groups of four or eight.
  static let shapes: [(m: Int, k: Int, n: Int)] = [
    (10, 8, 1), (8, 10, 1), (10, 1, 8), (10, 8, 8), (9, 10, 12), (17, 6, 3), (64, 32, 1), (23, 5, 7), (2, 10, 8),
  ]

  /// Row `r` of op(a) as a one-row matrix.
  static func row(_ r: Int, of a: Matrix, transposed: Bool) -> Matrix {
    let k = transposed ? a.rows : a.cols
    return Matrix(rows: 1, cols: k, data: (0..<k).map { transposed ? a[$0, r] : a[r, $0] })
  }

  @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
  func matchesNaiveAndDoesNotDependOnRowGrouping(transposeA: Bool, transposeB: Bool) {
    var rng = RandomSource(seed: 11)
    for (m, k, n) in Self.shapes {
      let a = transposeA ? MatrixMultiplyTests.random(k, m, &rng) : MatrixMultiplyTests.random(m, k, &rng)
      let b = transposeB ? MatrixMultiplyTests.random(n, k, &rng) : MatrixMultiplyTests.random(k, n, &rng)
      let c = Matrix.product(a, b, transposeA: transposeA, transposeB: transposeB)
      let expected = MatrixMultiplyTests.naive(a, b, transposeA: transposeA, transposeB: transposeB)
      let worst = zip(c.data, expected).map { abs(Double($0) - $1) }.max() ?? 0
      #expect(worst < Double(k) * 1e-6 + 1e-6, "\(m)×\(k)×\(n): error \(worst)")
      // One row at a time takes the single-row branches; every element must come out the same.
      for r in 0..<m {
        let single = Matrix.product(Self.row(r, of: a, transposed: transposeA), b, transposeB: transposeB)
        #expect(single.data == c.row(r), "\(m)×\(k)×\(n), row \(r): grouping changed the result")
      }
    }
  }

  @Test func accumulatingAddsTheProductOnceToEachElement() {
    var rng = RandomSource(seed: 12)
    for (m, k, n) in Self.shapes {
      let a = MatrixMultiplyTests.random(k, m, &rng), b = MatrixMultiplyTests.random(k, n, &rng)
      let product = Matrix.product(a, b, transposeA: true)
      var c = Matrix(rows: m, cols: n, repeating: 0.5)
      var scratch = [Float](repeating: 0, count: Matrix.multiplyScratchCount)
      scratch.withUnsafeMutableBufferPointer { panel in
        if let base = panel.baseAddress { Matrix.multiply(a, b, into: &c, transposeA: true, accumulate: true, panel: base) }
      }
      #expect(c.data == product.data.map { 0.5 + $0 }, "\(m)×\(k)×\(n)")
    }
  }
}
