// GEMM: the cache-blocked SIMD matrix multiply behind Dense (and anything else that multiplies).
// One micro-kernel computes a 4-row tile of C, two vector registers wide, in eight accumulators
// while B is packed, one tile width at a time, into a contiguous panel; packing also absorbs
// the transposes, so A·B, Aᵀ·B and A·Bᵀ share one kernel.

#if NEURALCORE_AVX512
/// The kernel's register: sixteen floats, one zmm register when built for AVX-512
/// (e.g. `-target-cpu znver4` plus `-D NEURALCORE_AVX512`), so a tile is 4 × 32.
typealias KernelVector = SIMD16<Float>
#else
/// The kernel's register: eight floats, one ymm register on AVX2 (the Haswell target), so a
/// tile is 4 × 16. Sixteen-float vectors would need 16 accumulators there and spill.
typealias KernelVector = SIMD8<Float>
#endif

/// A strided, read-only view of a matrix operand: element (i, p) is `base[i * rowStride + p * colStride]`.
///
/// A transposed operand is the same storage with the two strides swapped.
struct StridedOperand {
  let base: UnsafePointer<Float>
  let rowStride: Int
  let colStride: Int

  init(_ base: UnsafePointer<Float>, rowStride: Int, colStride: Int) {
    self.base = base
    self.rowStride = rowStride
    self.colStride = colStride
  }
}

/// The blocked matrix multiply: C (m×n, row stride `ldc`) = or += op(A)(m×k) · op(B)(k×n).
enum GEMM {
  /// Rows of C per micro-kernel tile.
  static let tileRows = 4
  #if NEURALCORE_AVX512
  /// Columns of C per micro-kernel tile (two kernel registers).
  static let tileCols = 32
  /// Bytes in one kernel register.
  static let vectorBytes = 64
  #else
  /// Columns of C per micro-kernel tile (two kernel registers).
  static let tileCols = 16
  /// Bytes in one kernel register.
  static let vectorBytes = 32
  #endif
  /// Depth of one packed panel: 256 × 16 floats = 16 KiB (32 KiB for AVX-512), which stays in
  /// L1 while every row tile of A streams past it.
  static let depthBlock = 256
  /// Floats a caller-provided packing buffer must hold.
  static let panelCapacity = 256 * tileCols
  /// Below this many multiply-adds packing costs more than it saves; a plain loop is used.
  static let smallWork = 4096

  /// Multiplies op(A) (m×k) by op(B) (k×n) into C, overwriting C or adding to it.
  ///
  /// `panel` is scratch space of `panelCapacity` floats; passing it in keeps the multiply free
  /// of allocation.
  static func multiply(
    m: Int, n: Int, k: Int, a: StridedOperand, b: StridedOperand,
    c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool, panel: UnsafeMutablePointer<Float>
  ) {
    // Empty shapes are settled by the caller (`Matrix.multiply`), which has no pointers for them.
    precondition(m > 0 && n > 0 && k > 0, "GEMM: empty product")
    if m * n * k <= smallWork || n < 8 || m < 2 {
      var b = b
      if b.colStride != 1 && n >= 8 && k * n <= panelCapacity {
        // A strided op(B) would leave the small loop scalar; copied into rows it vectorises.
        for p in 0..<k {
          for j in 0..<n { panel[p * n + j] = b.base[p * b.rowStride + j * b.colStride] }
        }
        b = StridedOperand(panel, rowStride: n, colStride: 1)
      }
      smallMultiply(m: m, n: n, k: k, a: a, b: b, c: c, ldc: ldc, accumulate: accumulate)
      return
    }
    var p0 = 0
    while p0 < k {
      let depth = min(depthBlock, k - p0)
      // Only the first depth block may overwrite C; the later ones add their share.
      let add = accumulate || p0 > 0
      var j0 = 0
      while j0 < n {
        let width = min(tileCols, n - j0)
        pack(b: b, p0: p0, depth: depth, j0: j0, width: width, into: panel)
        var i0 = 0
        while i0 < m {
          let height = min(tileRows, m - i0)
          if a.colStride == 1 {
            kernel(depth: depth, a: a, aColStride: 1, i0: i0, p0: p0, height: height, panel: panel,
                   c: c + i0 * ldc + j0, ldc: ldc, width: width, add: add)
          } else {
            kernel(depth: depth, a: a, aColStride: a.colStride, i0: i0, p0: p0, height: height,
                   panel: panel, c: c + i0 * ldc + j0, ldc: ldc, width: width, add: add)
          }
          i0 += tileRows
        }
        j0 += tileCols
      }
      p0 += depth
    }
  }

  /// Copies op(B)[p0 ..< p0+depth, j0 ..< j0+width] into `panel` as `depth` rows of 16,
  /// zero-padding columns past `width` so the kernel never branches on them.
  @inline(__always)
  static func pack(
    b: StridedOperand, p0: Int, depth: Int, j0: Int, width: Int, into panel: UnsafeMutablePointer<Float>
  ) {
    if b.colStride == 1 && width == tileCols {
      for p in 0..<depth {
        let source = UnsafeRawPointer(b.base + (p0 + p) * b.rowStride + j0)
        let target = UnsafeMutableRawPointer(panel + p * tileCols)
        target.storeBytes(of: source.loadUnaligned(as: KernelVector.self), as: KernelVector.self)
        target.storeBytes(
          of: source.loadUnaligned(fromByteOffset: vectorBytes, as: KernelVector.self),
          toByteOffset: vectorBytes, as: KernelVector.self)
      }
    } else if width == tileCols {
      // Strided op(B) (a transposed matrix): gather each panel row from `tileCols` source rows,
      // so the reads are sequential streams and the writes whole vectors.
      let stride = b.colStride, half = KernelVector.scalarCount
      for p in 0..<depth {
        let source = b.base + (p0 + p) * b.rowStride + j0 * stride
        var low = KernelVector(), high = KernelVector()
        for jj in 0..<half {
          low[jj] = source[jj * stride]
          high[jj] = source[(jj + half) * stride]
        }
        let target = UnsafeMutableRawPointer(panel + p * tileCols)
        target.storeBytes(of: low, as: KernelVector.self)
        target.storeBytes(of: high, toByteOffset: vectorBytes, as: KernelVector.self)
      }
    } else {
      for p in 0..<depth {
        let row = b.base + (p0 + p) * b.rowStride
        for jj in 0..<tileCols {
          panel[p * tileCols + jj] = jj < width ? row[(j0 + jj) * b.colStride] : 0
        }
      }
    }
  }

  /// The micro-kernel: a `height × width` (≤ 4 × `tileCols`) tile of C from `depth` steps of
  /// rank-1 updates held in eight vector accumulators.
  ///
  /// Rows past `height` re-read the last valid row of A (so loads stay in bounds) and are
  /// simply not stored.
  @inline(__always)
  static func kernel(
    depth: Int, a: StridedOperand, aColStride: Int, i0: Int, p0: Int, height: Int,
    panel: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>, ldc: Int, width: Int, add: Bool
  ) {
    let last = height - 1
    let a0 = a.base + i0 * a.rowStride + p0 * aColStride
    let a1 = a0 + min(1, last) * a.rowStride
    let a2 = a0 + min(2, last) * a.rowStride
    let a3 = a0 + min(3, last) * a.rowStride
    var c00 = KernelVector(), c01 = KernelVector()
    var c10 = KernelVector(), c11 = KernelVector()
    var c20 = KernelVector(), c21 = KernelVector()
    var c30 = KernelVector(), c31 = KernelVector()
    var bp = UnsafeRawPointer(panel)
    var offset = 0
    for _ in 0..<depth {
      let b0 = bp.loadUnaligned(as: KernelVector.self)
      let b1 = bp.loadUnaligned(fromByteOffset: vectorBytes, as: KernelVector.self)
      let x0 = KernelVector(repeating: a0[offset])
      c00.addProduct(x0, b0); c01.addProduct(x0, b1)
      let x1 = KernelVector(repeating: a1[offset])
      c10.addProduct(x1, b0); c11.addProduct(x1, b1)
      let x2 = KernelVector(repeating: a2[offset])
      c20.addProduct(x2, b0); c21.addProduct(x2, b1)
      let x3 = KernelVector(repeating: a3[offset])
      c30.addProduct(x3, b0); c31.addProduct(x3, b1)
      bp += 2 * vectorBytes
      offset &+= aColStride
    }
    store(c00, c01, into: c, width: width, add: add)
    if height > 1 { store(c10, c11, into: c + ldc, width: width, add: add) }
    if height > 2 { store(c20, c21, into: c + 2 * ldc, width: width, add: add) }
    if height > 3 { store(c30, c31, into: c + 3 * ldc, width: width, add: add) }
  }

  /// Writes (or adds) the first `width` lanes of the tile row `low ++ high` at `target`.
  @inline(__always)
  static func store(
    _ low: KernelVector, _ high: KernelVector, into target: UnsafeMutablePointer<Float>, width: Int, add: Bool
  ) {
    if width == tileCols {
      let raw = UnsafeMutableRawPointer(target)
      if add {
        raw.storeBytes(of: raw.loadUnaligned(as: KernelVector.self) + low, as: KernelVector.self)
        raw.storeBytes(
          of: raw.loadUnaligned(fromByteOffset: vectorBytes, as: KernelVector.self) + high,
          toByteOffset: vectorBytes, as: KernelVector.self)
      } else {
        raw.storeBytes(of: low, as: KernelVector.self)
        raw.storeBytes(of: high, toByteOffset: vectorBytes, as: KernelVector.self)
      }
    } else {
      let half = KernelVector.scalarCount
      for j in 0..<width {
        let value = j < half ? low[j] : high[j - half]
        target[j] = add ? target[j] + value : value
      }
    }
  }

  /// The direct loop for products too small (or too narrow) to pay for packing: each element
  /// (or run of eight) of C is summed in registers and stored once.
  static func smallMultiply(
    m: Int, n: Int, k: Int, a: StridedOperand, b: StridedOperand,
    c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
  ) {
    for i in 0..<m {
      let row = c + i * ldc
      let aRow = a.base + i * a.rowStride
      var j = 0
      if b.colStride == 1 {
        while j + 8 <= n {
          var sum = SIMD8<Float>()
          var bp = b.base + j
          for p in 0..<k {
            sum.addProduct(SIMD8(repeating: aRow[p &* a.colStride]), UnsafeRawPointer(bp).loadUnaligned(as: SIMD8<Float>.self))
            bp += b.rowStride
          }
          let target = UnsafeMutableRawPointer(row + j)
          if accumulate { sum += target.loadUnaligned(as: SIMD8<Float>.self) }
          target.storeBytes(of: sum, as: SIMD8<Float>.self)
          j += 8
        }
      }
      while j < n {
        var sum: Float = 0
        let column = b.base + j * b.colStride
        for p in 0..<k { sum += aRow[p &* a.colStride] * column[p &* b.rowStride] }
        row[j] = accumulate ? row[j] + sum : sum
        j += 1
      }
    }
  }
}
