// GEMM: the cache-blocked SIMD matrix multiply behind Dense (and anything else that multiplies).
// A micro-kernel computes a tile of C, a few rows by two vector registers, in accumulators while
// B streams past from a contiguous panel; packing B into panels also absorbs the transposes, so
// A·B, Aᵀ·B and A·Bᵀ share one kernel. The micro-kernel is chosen at run time (GEMMKernel.swift):
// the AVX2 one below (4 × 16 tiles) or the AVX-512 one in NeuralCoreAVX512 (8 × 32). Both sum every
// element of C in the same order with the same fused multiply-adds, so the choice changes the
// speed and never the numbers.

import CGEMMPack
import NeuralCoreAVX512

/// The AVX2 kernel's register: eight floats, one ymm register on the Haswell target, so a tile
/// is 4 × 16. Sixteen-float vectors would need 16 accumulators there and spill.
typealias KernelVector = SIMD8<Float>

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
  /// Rows of C per AVX2 tile.
  static let tileRows = 4
  /// Columns of C per AVX2 tile (two kernel registers).
  static let tileCols = 16
  /// Bytes in one AVX2 kernel register.
  static let vectorBytes = 32
  /// The widest tile of any kernel (the AVX-512 one's); the packing buffer is sized for it.
  static let widestTileCols = 32
  /// Depth of one packed panel: 256 × 16 floats = 16 KiB (32 KiB for AVX-512), which stays in
  /// L1 while every row tile of A streams past it. Every kernel blocks k the same way, since the
  /// blocks decide where partial sums are added to C.
  static let depthBlock = 256
  /// Floats a caller-provided packing buffer must hold. The same for every kernel, because the
  /// small path below uses it too, and its choice of loop must not depend on the kernel.
  static let panelCapacity = depthBlock * widestTileCols
  /// Below this many multiply-adds packing costs more than it saves; a plain loop is used.
  static let smallWork = 4096

  /// Multiplies op(A) (m×k) by op(B) (k×n) into C, overwriting C or adding to it.
  ///
  /// `panel` is scratch space of `panelCapacity` floats; passing it in keeps the multiply free
  /// of allocation. `kernel` is the process's choice unless a test asks for one; it must be
  /// available on this CPU.
  static func multiply(
    m: Int, n: Int, k: Int, a: StridedOperand, b: StridedOperand,
    c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool, panel: UnsafeMutablePointer<Float>,
    kernel: GEMMKernel = .active
  ) {
    // Empty shapes are settled by the caller (`Matrix.multiply`), which has no pointers for them.
    precondition(m > 0 && n > 0 && k > 0, "GEMM: empty product")
    if m * n * k <= smallWork || n < 8 || m < 2 {
      var b = b
      if b.colStride != 1 && n >= 8 && k * n <= panelCapacity {
        // A strided op(B) would leave the small loop scalar; copied into rows it vectorises.
        // Wrapping arithmetic: the offsets are within the operands, and checked multiplies
        // would double the cost of this copy.
        for p in 0..<k {
          let source = b.base + p &* b.rowStride, target = panel + p &* n
          for j in 0..<n { target[j] = source[j &* b.colStride] }
        }
        b = StridedOperand(panel, rowStride: n, colStride: 1)
      }
      smallMultiply(m: m, n: n, k: k, a: a, b: b, c: c, ldc: ldc, accumulate: accumulate)
      return
    }
    switch kernel {
    case .avx2:
      blocked(m: m, n: n, k: k, a: a, b: b, c: c, ldc: ldc, accumulate: accumulate, panel: panel, tileCols: tileCols) {
        depth, p0, j0, width, add, panel, panelStride in
        var i0 = 0
        while i0 < m {
          let height = min(tileRows, m - i0)
          if a.colStride == 1 {
            Self.kernel(depth: depth, a: a, aColStride: 1, i0: i0, p0: p0, height: height, panel: panel,
                        panelStride: panelStride, c: c + i0 * ldc + j0, ldc: ldc, width: width, add: add)
          } else {
            Self.kernel(depth: depth, a: a, aColStride: a.colStride, i0: i0, p0: p0, height: height,
                        panel: panel, panelStride: panelStride, c: c + i0 * ldc + j0, ldc: ldc, width: width, add: add)
          }
          i0 += tileRows
        }
      }
    case .avx512:
      blocked(m: m, n: n, k: k, a: a, b: b, c: c, ldc: ldc, accumulate: accumulate, panel: panel,
              tileCols: widestTileCols) { depth, p0, j0, width, add, panel, panelStride in
        avx512Panel(m: m, depth: depth, a: a.base + p0 * a.colStride, aRowStride: a.rowStride, aColStride: a.colStride,
                    panel: panel, panelStride: panelStride, c: c + j0, ldc: ldc, width: width, add: add)
      }
    }
  }

  /// The blocking shared by every kernel: k in blocks of `depthBlock`, the columns of C in
  /// tiles of `tileCols`; `rowTiles(depth, p0, j0, width, add, panel, panelStride)` then
  /// computes rows 0 ..< m of that column tile from `depth` rows of B, `panelStride` floats apart.
  ///
  /// Those rows are op(B) itself where its rows are contiguous and the tile is full (the kernel
  /// reads them in place: copying them cost more than the cache misses it saved), and otherwise
  /// a panel packed once per (depth block, column tile).
  @inline(__always)
  static func blocked(
    m: Int, n: Int, k: Int, a: StridedOperand, b: StridedOperand, c: UnsafeMutablePointer<Float>, ldc: Int,
    accumulate: Bool, panel: UnsafeMutablePointer<Float>, tileCols: Int,
    rowTiles: (
      _ depth: Int, _ p0: Int, _ j0: Int, _ width: Int, _ add: Bool, _ panel: UnsafePointer<Float>, _ panelStride: Int
    ) -> Void
  ) {
    var p0 = 0
    while p0 < k {
      let depth = min(depthBlock, k - p0)
      // Only the first depth block may overwrite C; the later ones add their share.
      let add = accumulate || p0 > 0
      var j0 = 0
      while j0 < n {
        let width = min(tileCols, n - j0)
        if b.colStride == 1 && width == tileCols {
          rowTiles(depth, p0, j0, width, add, b.base + p0 * b.rowStride + j0, b.rowStride)
        } else {
          pack(b: b, p0: p0, depth: depth, j0: j0, width: width, tileCols: tileCols, into: panel)
          rowTiles(depth, p0, j0, width, add, panel, tileCols)
        }
        j0 += tileCols
      }
      p0 += depth
    }
  }

  /// Copies op(B)[p0 ..< p0+depth, j0 ..< j0+width] into `panel` as `depth` rows of `tileCols`
  /// (16 or 32), zero-padding columns past `width` so the kernel never branches on them.
  ///
  /// Shared by both kernels and compiled for AVX2, eight floats at a time. A full-width tile of
  /// a contiguous op(B) is not packed at all (see `blocked`).
  @inline(__always)
  static func pack(
    b: StridedOperand, p0: Int, depth: Int, j0: Int, width: Int, tileCols: Int, into panel: UnsafeMutablePointer<Float>
  ) {
    typealias Chunk = SIMD8<Float>
    let chunkFloats = Chunk.scalarCount
    if width == tileCols && b.rowStride == 1 {
      // op(B) is a transposed matrix, so each panel column is a contiguous run of the source:
      // 8 × 8 blocks transposed in registers, in C: Swift's lane shuffles compile to about twice the
      // shuffle instructions (README, "Performance").
      gemm_pack_transposed(b.base + p0 + j0 * b.colStride, b.colStride, depth, tileCols, panel)
    } else if width == tileCols {
      // Another strided op(B): gather each panel row from `tileCols` source rows, so the reads
      // are sequential streams and the writes whole vectors.
      let stride = b.colStride
      for p in 0..<depth {
        let source = b.base + (p0 + p) * b.rowStride + j0 * stride
        let target = UnsafeMutableRawPointer(panel + p * tileCols)
        var first = 0
        while first < tileCols {
          var chunk = Chunk()
          for jj in 0..<chunkFloats { chunk[jj] = source[(first + jj) * stride] }
          target.storeBytes(of: chunk, toByteOffset: first * 4, as: Chunk.self)
          first += chunkFloats
        }
      }
    } else if b.colStride == 1 {
      // The last, narrower tile of a contiguous op(B) (a 10-class output layer gives 10 of 32
      // columns): copy what there is eight floats at a time, then zero the rest.
      for p in 0..<depth {
        let source = b.base + (p0 + p) * b.rowStride + j0, target = panel + p * tileCols
        var jj = 0
        while jj + chunkFloats <= width {
          UnsafeMutableRawPointer(target + jj).storeBytes(
            of: UnsafeRawPointer(source + jj).loadUnaligned(as: Chunk.self), as: Chunk.self)
          jj += chunkFloats
        }
        while jj < width {
          target[jj] = source[jj]
          jj += 1
        }
        while jj < tileCols {
          target[jj] = 0
          jj += 1
        }
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
    panel: UnsafePointer<Float>, panelStride: Int, c: UnsafeMutablePointer<Float>, ldc: Int, width: Int, add: Bool
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
      bp += panelStride &* 4
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
  ///
  /// Every element is summed in the same order, p = 0 up to k − 1, whatever the path (eight
  /// columns at once with fused multiply-adds; otherwise, one or eight rows at once with a
  /// separate multiply and add, exactly as a scalar loop would), so results do not depend on
  /// how rows are grouped. Rows go four at a time where they can, so each load of B serves four.
  static func smallMultiply(
    m: Int, n: Int, k: Int, a: StridedOperand, b: StridedOperand,
    c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
  ) {
    // Offsets below use wrapping arithmetic: they stay inside operands the caller sized, and
    // overflow checks in these short loops cost as much as the arithmetic.
    var columnsDone = 0
    if b.colStride == 1 && n >= 8 {
      columnsDone = n & ~7
      var i = 0
      while i &+ 4 <= m {
        fusedRows(4, i: i, n: columnsDone, k: k, a: a, b: b, c: c, ldc: ldc, accumulate: accumulate)
        i &+= 4
      }
      while i < m {
        fusedRows(1, i: i, n: columnsDone, k: k, a: a, b: b, c: c, ldc: ldc, accumulate: accumulate)
        i &+= 1
      }
    }
    guard columnsDone < n else { return }
    var i = 0
    if a.rowStride == 1 {
      // op(A) is a transposed matrix, so eight consecutive rows of a column are adjacent in memory.
      while i &+ 8 <= m {
        for j in columnsDone..<n { eightRows(i: i, j: j, k: k, a: a, b: b, c: c, ldc: ldc, accumulate: accumulate) }
        i &+= 8
      }
    }
    while i < m {
      let row = c + i &* ldc
      let aRow = a.base + i &* a.rowStride
      for j in columnsDone..<n {
        var sum: Float = 0
        let column = b.base + j &* b.colStride
        for p in 0..<k { sum += aRow[p &* a.colStride] * column[p &* b.rowStride] }
        row[j] = accumulate ? row[j] + sum : sum
      }
      i &+= 1
    }
  }

  /// Rows i ..< i + `rows` (1 or 4) of C, first `n` columns (a multiple of eight), with B's rows
  /// contiguous: one fused multiply-add per row and eight columns for every step of p.
  @inline(__always)
  static func fusedRows(
    _ rows: Int, i: Int, n: Int, k: Int, a: StridedOperand, b: StridedOperand,
    c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
  ) {
    let a0 = a.base + i &* a.rowStride
    let a1 = a0 + (rows > 1 ? a.rowStride : 0)
    let a2 = a0 + (rows > 1 ? 2 &* a.rowStride : 0)
    let a3 = a0 + (rows > 1 ? 3 &* a.rowStride : 0)
    var j = 0
    while j < n {
      var s0 = SIMD8<Float>(), s1 = SIMD8<Float>(), s2 = SIMD8<Float>(), s3 = SIMD8<Float>()
      var bp = UnsafeRawPointer(b.base + j)
      var offset = 0
      for _ in 0..<k {
        let bv = bp.loadUnaligned(as: SIMD8<Float>.self)
        s0.addProduct(SIMD8(repeating: a0[offset]), bv)
        if rows > 1 {
          s1.addProduct(SIMD8(repeating: a1[offset]), bv)
          s2.addProduct(SIMD8(repeating: a2[offset]), bv)
          s3.addProduct(SIMD8(repeating: a3[offset]), bv)
        }
        bp += b.rowStride &* MemoryLayout<Float>.stride
        offset &+= a.colStride
      }
      let target = c + i &* ldc + j
      storeRow(s0, target, accumulate)
      if rows > 1 {
        storeRow(s1, target + ldc, accumulate)
        storeRow(s2, target + 2 &* ldc, accumulate)
        storeRow(s3, target + 3 &* ldc, accumulate)
      }
      j &+= 8
    }
  }

  /// Column j of C for rows i ..< i + 8, where op(A) has unit row stride: the eight products
  /// of each step of p in one multiply and one add (not fused), as the scalar loop rounds them.
  @inline(__always)
  static func eightRows(
    i: Int, j: Int, k: Int, a: StridedOperand, b: StridedOperand,
    c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
  ) {
    var sum = SIMD8<Float>()
    let column = b.base + j &* b.colStride
    var ap = UnsafeRawPointer(a.base + i)
    for p in 0..<k {
      sum += ap.loadUnaligned(as: SIMD8<Float>.self) * SIMD8(repeating: column[p &* b.rowStride])
      ap += a.colStride &* MemoryLayout<Float>.stride
    }
    let target = c + i &* ldc + j
    for lane in 0..<8 {
      let element = target + lane &* ldc
      element.pointee = accumulate ? element.pointee + sum[lane] : sum[lane]
    }
  }

  /// Stores (or adds) eight sums at `target`, which need not be aligned.
  @inline(__always)
  static func storeRow(_ sum: SIMD8<Float>, _ target: UnsafeMutablePointer<Float>, _ accumulate: Bool) {
    let raw = UnsafeMutableRawPointer(target)
    raw.storeBytes(of: accumulate ? sum + raw.loadUnaligned(as: SIMD8<Float>.self) : sum, as: SIMD8<Float>.self)
  }
}
