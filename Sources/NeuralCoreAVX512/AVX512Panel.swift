// NeuralCoreAVX512: the matrix multiply's AVX-512 micro-kernel (8 × 32 tiles, 4 × 32 at the
// bottom edge), the only module compiled for AVX-512 (Package.swift: -target-cpu skylake-avx512).
// It exports one non-inlinable function, and everything inside it is inlined into that function
// (the helpers are @_transparent: @inline(__always) left a generic-height tile as a separate
// function), so no code compiled here can be called, inlined or shared (as a generic
// specialisation) from the rest of the program, which runs on CPUs without AVX-512. NeuralCore calls it only after
// CCPUFeatures said the CPU and OS allow AVX-512. Each element of C is the running fused
// multiply-add (`addProduct`) over the depth from zero, then stored or added to C: the same
// operations in the same order as the AVX2 kernel in GEMM.swift, so both give identical bits.

/// Whether this module was compiled for AVX-512 (x86-64 Linux, see Package.swift); elsewhere the
/// kernel is plain portable SIMD code, correct but never chosen.
public let avx512PanelIsCompiled: Bool = {
  #if arch(x86_64) && os(Linux)
  return true
  #else
  return false
  #endif
}()

/// One AVX-512 register of floats.
private typealias Lanes = SIMD16<Float>

/// All row tiles of one column tile, 32 columns (two 16-float zmm registers) wide: C[0..<m, 0..<width] = (or +=) A[0..<m, 0..<depth] · panel.
///
/// A's element (i, p) is `a[i * aRowStride + p * aColStride]`; the panel holds `depth` rows of 32
/// floats, `panelStride` floats apart (columns past `width` zero); C has row stride `ldc`;
/// `width` ≤ 32. Rows go in tiles of eight while they last, then of four: the tile height changes
/// how many elements share a load of B, never the operations on any one element.
@inline(never)
public func avx512Panel(
  m: Int, depth: Int, a: UnsafePointer<Float>, aRowStride: Int, aColStride: Int,
  panel: UnsafePointer<Float>, panelStride: Int, c: UnsafeMutablePointer<Float>, ldc: Int, width: Int, add: Bool
) {
  // A constant unit stride lets the loads of A use plain offsets in the common case.
  if aColStride == 1 {
    rowTiles(m: m, depth: depth, a: a, aRowStride: aRowStride, aColStride: 1, panel: panel,
             panelStride: panelStride, c: c, ldc: ldc, width: width, add: add)
  } else {
    rowTiles(m: m, depth: depth, a: a, aRowStride: aRowStride, aColStride: aColStride, panel: panel,
             panelStride: panelStride, c: c, ldc: ldc, width: width, add: add)
  }
}

/// Rows 0 ..< m in tiles of eight, then of four.
@_transparent
private func rowTiles(
  m: Int, depth: Int, a: UnsafePointer<Float>, aRowStride: Int, aColStride: Int,
  panel: UnsafePointer<Float>, panelStride: Int, c: UnsafeMutablePointer<Float>, ldc: Int, width: Int, add: Bool
) {
  var i0 = 0
  while i0 &+ 8 <= m {
    // The height is always 8 here, but spelt as a run-time value the eight row pointers of A stay
    // unrelated to the optimiser, which then keeps each in a register; with a constant it
    // recomputes them from one base every step (about 8 extra instructions a step, 2–4 % slower).
    tile(rows: 8, depth: depth, a: a + i0 &* aRowStride, aRowStride: aRowStride, aColStride: aColStride,
         height: min(8, m &- i0), panel: panel, panelStride: panelStride, c: c + i0 &* ldc, ldc: ldc, width: width,
         add: add)
    i0 &+= 8
  }
  while i0 < m {
    tile(rows: 4, depth: depth, a: a + i0 &* aRowStride, aRowStride: aRowStride, aColStride: aColStride,
         height: min(4, m &- i0), panel: panel, panelStride: panelStride, c: c + i0 &* ldc, ldc: ldc, width: width,
         add: add)
    i0 &+= 4
  }
}

/// One tile of `rows` (4 or 8, a constant after inlining) rows: 2 × `rows` accumulators of the 32
/// zmm registers. Rows past `height` re-read the last valid row of A (loads stay in bounds) and
/// are not stored.
@_transparent
private func tile(
  rows: Int, depth: Int, a: UnsafePointer<Float>, aRowStride: Int, aColStride: Int, height: Int,
  panel: UnsafePointer<Float>, panelStride: Int, c: UnsafeMutablePointer<Float>, ldc: Int, width: Int, add: Bool
) {
  let last = height &- 1
  let a0 = a, a1 = a + min(1, last) &* aRowStride, a2 = a + min(2, last) &* aRowStride
  let a3 = a + min(3, last) &* aRowStride, a4 = a + min(4, last) &* aRowStride
  let a5 = a + min(5, last) &* aRowStride, a6 = a + min(6, last) &* aRowStride
  let a7 = a + min(7, last) &* aRowStride
  var l0 = Lanes(), h0 = Lanes(), l1 = Lanes(), h1 = Lanes(), l2 = Lanes(), h2 = Lanes(), l3 = Lanes(), h3 = Lanes()
  var l4 = Lanes(), h4 = Lanes(), l5 = Lanes(), h5 = Lanes(), l6 = Lanes(), h6 = Lanes(), l7 = Lanes(), h7 = Lanes()
  var bp = UnsafeRawPointer(panel)
  var offset = 0
  // depth ≥ 1 (GEMM never multiplies an empty block): a bottom-tested loop has one branch a step.
  var remaining = depth
  repeat {
    let b0 = bp.loadUnaligned(as: Lanes.self), b1 = bp.loadUnaligned(fromByteOffset: 64, as: Lanes.self)
    let x0 = Lanes(repeating: a0[offset])
    l0.addProduct(x0, b0); h0.addProduct(x0, b1)
    let x1 = Lanes(repeating: a1[offset])
    l1.addProduct(x1, b0); h1.addProduct(x1, b1)
    let x2 = Lanes(repeating: a2[offset])
    l2.addProduct(x2, b0); h2.addProduct(x2, b1)
    let x3 = Lanes(repeating: a3[offset])
    l3.addProduct(x3, b0); h3.addProduct(x3, b1)
    if rows > 4 {
      let x4 = Lanes(repeating: a4[offset])
      l4.addProduct(x4, b0); h4.addProduct(x4, b1)
      let x5 = Lanes(repeating: a5[offset])
      l5.addProduct(x5, b0); h5.addProduct(x5, b1)
      let x6 = Lanes(repeating: a6[offset])
      l6.addProduct(x6, b0); h6.addProduct(x6, b1)
      let x7 = Lanes(repeating: a7[offset])
      l7.addProduct(x7, b0); h7.addProduct(x7, b1)
    }
    bp += panelStride &* 4
    offset &+= aColStride
    remaining &-= 1
  } while remaining > 0
  store(l0, h0, into: c, width: width, add: add)
  if height > 1 { store(l1, h1, into: c + ldc, width: width, add: add) }
  if height > 2 { store(l2, h2, into: c + 2 &* ldc, width: width, add: add) }
  if height > 3 { store(l3, h3, into: c + 3 &* ldc, width: width, add: add) }
  if rows > 4 {
    store(l4, h4, into: c + 4 &* ldc, width: width, add: add)
    store(l5, h5, into: c + 5 &* ldc, width: width, add: add)
    store(l6, h6, into: c + 6 &* ldc, width: width, add: add)
    store(l7, h7, into: c + 7 &* ldc, width: width, add: add)
  }
}

/// Writes (or adds, old + sum) the first `width` lanes of the tile row `low ++ high`: whole
/// registers for a full tile, else lane by lane, touching exactly what the AVX2 kernel touches.
@_transparent
private func store(_ low: Lanes, _ high: Lanes, into target: UnsafeMutablePointer<Float>, width: Int, add: Bool) {
  if width == 32 {
    let raw = UnsafeMutableRawPointer(target)
    if add {
      raw.storeBytes(of: raw.loadUnaligned(as: Lanes.self) + low, as: Lanes.self)
      raw.storeBytes(of: raw.loadUnaligned(fromByteOffset: 64, as: Lanes.self) + high, toByteOffset: 64, as: Lanes.self)
    } else {
      raw.storeBytes(of: low, as: Lanes.self)
      raw.storeBytes(of: high, toByteOffset: 64, as: Lanes.self)
    }
  } else {
    // Through memory: reading a lane at a run-time index straight from the registers cost half
    // again the whole tile's time on a 10-column edge (a 256 × 10 gradient).
    var spill = (low, high)
    withUnsafeBytes(of: &spill) { bytes in
      let lanes = bytes.baseAddress!.assumingMemoryBound(to: Float.self)
      for j in 0..<width {
        target[j] = add ? target[j] + lanes[j] : lanes[j]
      }
    }
  }
}
