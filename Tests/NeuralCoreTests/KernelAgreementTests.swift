// The two micro-kernels of the matrix multiply (AVX2 and AVX-512) must give the same bits on
// every shape, so that an experiment's numbers do not depend on the machine it runs on.
import Testing
@testable import NeuralCore

@Suite struct KernelAgreementTests {
  /// Sizes on both sides of every boundary in GEMM: the 4-row tiles, the 16- and 32-column tiles
  /// (and the 8-column chunks of packing), the 256-deep k blocks, and the small-product cutoff.
  static let rows = [1, 2, 3, 4, 5, 8, 13, 32, 37]
  static let cols = [1, 7, 8, 9, 16, 17, 31, 32, 33, 64, 70]
  static let depths = [1, 3, 16, 255, 256, 257, 600]

  /// C = op(A)·op(B) (or C₀ + op(A)·op(B)) with the given kernel, as bit patterns.
  static func product(
    _ a: [Float], _ b: [Float], _ start: [Float], m: Int, n: Int, k: Int,
    transposeA: Bool, transposeB: Bool, accumulate: Bool, kernel: GEMMKernel
  ) -> [UInt32] {
    var c = start
    var panel = [Float](repeating: .nan, count: Matrix.multiplyScratchCount)
    a.withUnsafeBufferPointer { ap in
      b.withUnsafeBufferPointer { bp in
        c.withUnsafeMutableBufferPointer { cp in
          panel.withUnsafeMutableBufferPointer { pp in
            let left = transposeA
              ? StridedOperand(ap.baseAddress!, rowStride: 1, colStride: m)
              : StridedOperand(ap.baseAddress!, rowStride: k, colStride: 1)
            let right = transposeB
              ? StridedOperand(bp.baseAddress!, rowStride: 1, colStride: k)
              : StridedOperand(bp.baseAddress!, rowStride: n, colStride: 1)
            GEMM.multiply(m: m, n: n, k: k, a: left, b: right, c: cp.baseAddress!, ldc: n,
                          accumulate: accumulate, panel: pp.baseAddress!, kernel: kernel)
          }
        }
      }
    }
    return c.map(\.bitPattern)
  }

  @Test(.enabled(if: GEMMKernel.avx512Available, "this CPU (or its OS) has no AVX-512: only the AVX2 kernel can run here"),
        arguments: [(false, false), (true, false), (false, true), (true, true)])
  func kernelsGiveIdenticalBits(transposeA: Bool, transposeB: Bool) {
    var rng = RandomSource(seed: 11)
    var compared = 0, blockedShapes = 0
    for m in Self.rows {
      for n in Self.cols {
        for k in Self.depths {
          let a = (0..<(m * k)).map { _ in rng.uniform(-1, 1) }
          let b = (0..<(k * n)).map { _ in rng.uniform(-1, 1) }
          let start = (0..<(m * n)).map { _ in rng.uniform(-1, 1) }
          for accumulate in [false, true] {
            let avx2 = Self.product(a, b, start, m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB,
                                    accumulate: accumulate, kernel: .avx2)
            let avx512 = Self.product(a, b, start, m: m, n: n, k: k, transposeA: transposeA,
                                      transposeB: transposeB, accumulate: accumulate, kernel: .avx512)
            let differing = zip(avx2, avx512).filter { $0 != $1 }.count
            #expect(differing == 0, """
              \(differing) of \(m * n) elements differ: \(m)×\(k)×\(n), transposeA \(transposeA), \
              transposeB \(transposeB), accumulate \(accumulate)
              """)
            compared += 1
          }
          if m * n * k > GEMM.smallWork && n >= 8 && m >= 2 { blockedShapes += 1 }
        }
      }
    }
    // Many shapes must reach the blocked path, where the kernels differ; the rest check that the
    // small path does not depend on the kernel either.
    let shapes = Self.rows.count * Self.cols.count * Self.depths.count
    #expect(compared == 2 * shapes)
    #expect(blockedShapes * 3 > shapes)
  }

  /// The kernels agree with each other; this checks they are right (against Double sums), so
  /// that "identical" cannot mean "identically wrong".
  @Test(.enabled(if: GEMMKernel.avx512Available, "this CPU (or its OS) has no AVX-512"))
  func avx512KernelIsCorrect() {
    var rng = RandomSource(seed: 12)
    let m = 37, n = 70, k = 600
    let a = (0..<(m * k)).map { _ in rng.uniform(-1, 1) }, b = (0..<(k * n)).map { _ in rng.uniform(-1, 1) }
    let c = Self.product(a, b, [Float](repeating: 0, count: m * n), m: m, n: n, k: k, transposeA: false,
                         transposeB: false, accumulate: false, kernel: .avx512).map(Float.init(bitPattern:))
    var worst = 0.0
    for i in 0..<m {
      for j in 0..<n {
        var sum = 0.0
        for p in 0..<k { sum += Double(a[i * k + p]) * Double(b[p * n + j]) }
        worst = max(worst, abs(sum - Double(c[i * n + j])))
      }
    }
    #expect(worst < Double(k) * 1e-6)
  }

  @Test func environmentOverrideChoosesTheKernel() {
    #expect(GEMMKernel.choose(request: nil, avx512Available: true) == .avx512)
    #expect(GEMMKernel.choose(request: "auto", avx512Available: true) == .avx512)
    #expect(GEMMKernel.choose(request: "avx2", avx512Available: true) == .avx2)
    #expect(GEMMKernel.choose(request: "AVX2", avx512Available: true) == .avx2)
    #expect(GEMMKernel.choose(request: "avx512", avx512Available: true) == .avx512)
    // Never an instruction the CPU lacks, whatever is asked.
    #expect(GEMMKernel.choose(request: "avx512", avx512Available: false) == .avx2)
    #expect(GEMMKernel.choose(request: nil, avx512Available: false) == .avx2)
  }

  @Test func activeKernelRunsHere() {
    #expect(GEMMKernel.active.isAvailable)
    #expect(GEMMKernel.avx2.isAvailable)
  }
}
