// The blocked SIMD multiply against a naive triple loop, on odd shapes and every transpose variant.
import Testing
@testable import NeuralCore

@Suite struct MatrixMultiplyTests {
  static func random(_ rows: Int, _ cols: Int, _ rng: inout RandomSource) -> Matrix {
    Matrix(rows: rows, cols: cols, data: (0..<(rows * cols)).map { _ in rng.uniform(-1, 1) })
  }

  /// The reference: C[i][j] = Σ_p op(A)[i][p] · op(B)[p][j], in Double.
  static func naive(_ a: Matrix, _ b: Matrix, transposeA: Bool, transposeB: Bool) -> [Double] {
    let m = transposeA ? a.cols : a.rows, k = transposeA ? a.rows : a.cols
    let n = transposeB ? b.rows : b.cols
    var c = [Double](repeating: 0, count: m * n)
    for i in 0..<m {
      for j in 0..<n {
        var sum = 0.0
        for p in 0..<k {
          let x = transposeA ? a[p, i] : a[i, p]
          let y = transposeB ? b[j, p] : b[p, j]
          sum += Double(x) * Double(y)
        }
        c[i * n + j] = sum
      }
    }
    return c
  }

  static let shapes: [(m: Int, k: Int, n: Int)] = [
    (1, 1, 1), (7, 13, 5), (33, 65, 17), (4, 16, 16), (5, 300, 33), (32, 64, 256), (64, 257, 20), (3, 2, 8),
  ]

  @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
  func matchesNaiveProduct(transposeA: Bool, transposeB: Bool) {
    var rng = RandomSource(seed: 3)
    for (m, k, n) in Self.shapes {
      let a = transposeA ? Self.random(k, m, &rng) : Self.random(m, k, &rng)
      let b = transposeB ? Self.random(n, k, &rng) : Self.random(k, n, &rng)
      let c = Matrix.product(a, b, transposeA: transposeA, transposeB: transposeB)
      let expected = Self.naive(a, b, transposeA: transposeA, transposeB: transposeB)
      #expect(c.rows == m && c.cols == n)
      let worst = zip(c.data, expected).map { abs(Double($0) - $1) }.max() ?? 0
      // Each term is below 1 in size, so k·ε bounds the float rounding.
      #expect(worst < Double(k) * 1e-6 + 1e-6, "\(m)×\(k)×\(n): error \(worst)")
    }
  }

  @Test func accumulateAddsToExistingValues() {
    var rng = RandomSource(seed: 4)
    let a = Self.random(9, 300, &rng), b = Self.random(300, 19, &rng)
    var c = Matrix(rows: 9, cols: 19, repeating: 2)
    var scratch = [Float](repeating: 0, count: Matrix.multiplyScratchCount)
    scratch.withUnsafeMutableBufferPointer { panel in
      if let base = panel.baseAddress { Matrix.multiply(a, b, into: &c, accumulate: true, panel: base) }
    }
    let expected = Self.naive(a, b, transposeA: false, transposeB: false)
    let worst = zip(c.data, expected).map { abs(Double($0) - ($1 + 2)) }.max() ?? 0
    #expect(worst < 1e-3)
  }

  @Test func emptyInnerDimensionGivesZeros() {
    let c = Matrix.product(Matrix(rows: 3, cols: 0), Matrix(rows: 0, cols: 4))
    #expect(c == Matrix(rows: 3, cols: 4))
  }

  @Test func overwriteIgnoresOldValues() {
    var rng = RandomSource(seed: 5)
    let a = Self.random(6, 20, &rng), b = Self.random(20, 40, &rng)
    var c = Matrix(rows: 6, cols: 40, repeating: .nan)
    var scratch = [Float](repeating: 0, count: Matrix.multiplyScratchCount)
    scratch.withUnsafeMutableBufferPointer { panel in
      if let base = panel.baseAddress { Matrix.multiply(a, b, into: &c, panel: base) }
    }
    let expected = Self.naive(a, b, transposeA: false, transposeB: false)
    #expect(zip(c.data, expected).allSatisfy { abs(Double($0) - $1) < 1e-4 })
  }
}
