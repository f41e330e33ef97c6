// GEMM: the cache-blocked SIMD matrix multiply behind Dense (and anything else that multiplies).
// One micro-kernel computes a 4 × 16 tile of C in eight SIMD8 registers (one ymm each on
// Haswell) while B is packed, 16 columns at a time, into a contiguous panel; packing also
// absorbs the transposes, so A·B, Aᵀ·B and A·Bᵀ share one kernel.

/// A strided, read-only view of a matrix operand: element (i, p) is `base[i * rowStride + p * colStride]`.
///
/// A transposed operand is the same storage with the two strides swapped.
@usableFromInline
struct StridedOperand {
  @usableFromInline let base: UnsafePointer<Float>
  @usableFromInline let rowStride: Int
  @usableFromInline let colStride: Int

  @inlinable init(_ base: UnsafePointer<Float>, rowStride: Int, colStride: Int) {
    self.base = base
    self.rowStride = rowStride
    self.colStride = colStride
  }
}

/// The blocked matrix multiply: C (m×n, row stride `ldc`) = or += op(A)(m×k) · op(B)(k×n).
@usableFromInline
enum GEMM {
  /// Rows of C per micro-kernel tile.
  static let tileRows = 4
  /// Columns of C per micro-kernel tile (two SIMD8 registers).
  static let tileCols = 16
  /// Depth of one packed panel: 256 × 16 floats = 16 KiB, which stays in L1 while every row
  /// tile of A streams past it.
  static let depthBlock = 256
  /// Floats a caller-provided packing buffer must hold.
  @usableFromInline static let panelCapacity = 256 * 16
  /// Below this many multiply-adds packing costs more than it saves; a plain loop is used.
  static let smallWork = 4096

  /// Multiplies op(A) (m×k) by op(B) (k×n) into C, overwriting C or adding to it.
  ///
  /// `panel` is scratch space of `panelCapacity` floats; passing it in keeps the multiply free
  /// of allocation.
  @usableFromInline
  static func multiply(
    m: Int, n: Int, k: Int, a: StridedOperand, b: StridedOperand,
    c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool, panel: UnsafeMutablePointer<Float>
  ) {
    guard m > 0, n > 0 else { return }
    if k == 0 {
      if !accumulate { clear(m: m, n: n, c: c, ldc: ldc) }
      return
    }
    if m * n * k <= smallWork || n < 8 || m < 2 {
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
        target.storeBytes(of: source.loadUnaligned(as: SIMD16<Float>.self), as: SIMD16<Float>.self)
      }
    } else if width == tileCols {
      // Strided op(B) (a transposed matrix): gather each panel row from 16 source rows, so
      // the reads are 16 sequential streams and every write is one contiguous 64-byte store.
      let stride = b.colStride
      for p in 0..<depth {
        let source = b.base + (p0 + p) * b.rowStride + j0 * stride
        var row = SIMD16<Float>()
        for jj in 0..<tileCols { row[jj] = source[jj * stride] }
        UnsafeMutableRawPointer(panel + p * tileCols).storeBytes(of: row, as: SIMD16<Float>.self)
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

  /// The micro-kernel: a `height × width` (≤ 4 × 16) tile of C from `depth` steps of rank-1
  /// updates held in eight SIMD8 accumulators.
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
    var c00 = SIMD8<Float>(), c01 = SIMD8<Float>()
    var c10 = SIMD8<Float>(), c11 = SIMD8<Float>()
    var c20 = SIMD8<Float>(), c21 = SIMD8<Float>()
    var c30 = SIMD8<Float>(), c31 = SIMD8<Float>()
    var bp = UnsafeRawPointer(panel)
    var offset = 0
    for _ in 0..<depth {
      let b0 = bp.loadUnaligned(as: SIMD8<Float>.self)
      let b1 = bp.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self)
      let x0 = SIMD8<Float>(repeating: a0[offset])
      c00.addProduct(x0, b0); c01.addProduct(x0, b1)
      let x1 = SIMD8<Float>(repeating: a1[offset])
      c10.addProduct(x1, b0); c11.addProduct(x1, b1)
      let x2 = SIMD8<Float>(repeating: a2[offset])
      c20.addProduct(x2, b0); c21.addProduct(x2, b1)
      let x3 = SIMD8<Float>(repeating: a3[offset])
      c30.addProduct(x3, b0); c31.addProduct(x3, b1)
      bp += 64
      offset &+= aColStride
    }
    store(c00, c01, into: c, width: width, add: add)
    if height > 1 { store(c10, c11, into: c + ldc, width: width, add: add) }
    if height > 2 { store(c20, c21, into: c + 2 * ldc, width: width, add: add) }
    if height > 3 { store(c30, c31, into: c + 3 * ldc, width: width, add: add) }
  }

  /// Writes (or adds) the first `width` lanes of the 16-lane row `low ++ high` at `target`.
  @inline(__always)
  static func store(
    _ low: SIMD8<Float>, _ high: SIMD8<Float>, into target: UnsafeMutablePointer<Float>, width: Int, add: Bool
  ) {
    if width == tileCols {
      let raw = UnsafeMutableRawPointer(target)
      if add {
        raw.storeBytes(of: raw.loadUnaligned(as: SIMD8<Float>.self) + low, as: SIMD8<Float>.self)
        raw.storeBytes(
          of: raw.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self) + high,
          toByteOffset: 32, as: SIMD8<Float>.self)
      } else {
        raw.storeBytes(of: low, as: SIMD8<Float>.self)
        raw.storeBytes(of: high, toByteOffset: 32, as: SIMD8<Float>.self)
      }
    } else {
      for j in 0..<width {
        let value = j < 8 ? low[j] : high[j - 8]
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

  static func clear(m: Int, n: Int, c: UnsafeMutablePointer<Float>, ldc: Int) {
    for i in 0..<m { (c + i * ldc).update(repeating: 0, count: n) }
  }
}
