// VectorMath: a SIMD exponential (range reduction + polynomial) and the activations built on
// it. Sigmoid and tanh layers spend much of their time here, so it works on eight lanes at
// once instead of calling the scalar libm `expf` per element.

/// Elementwise transcendental functions on `SIMD8<Float>`.
public enum VectorMath {
  /// e^x for eight lanes, within about 2 ulp of the correctly rounded result for normal results.
  ///
  /// Writes x = n·ln2 + r with |r| ≤ ln2/2, approximates e^r by a degree-6 polynomial and
  /// multiplies by 2^n built from exponent bits (in two halves, so subnormal results and
  /// n = 128 need no special path). Saturates to +∞ above 88.72, to 0 below −103.97;
  /// NaN stays NaN.
  @inlinable @inline(__always)
  public static func exp(_ x: SIMD8<Float>) -> SIMD8<Float> {
    // Masked selects rather than `clamped`, which is not specialised for SIMD8 and stays a call.
    var clamped = x
    clamped.replace(with: -103.9, where: x .< -103.9)
    clamped.replace(with: 88.72, where: x .> 88.72)
    // Adding 1.5·2²³ rounds x·log₂e to an integer held in the low mantissa bits, which also
    // gives n as an Int32 without a (slow, generic) float-to-int vector conversion.
    let shifter: Float = 12_582_912
    let shifted = SIMD8(repeating: shifter).addingProduct(clamped, SIMD8(repeating: 1.442695041))
    let n = shifted - shifter
    // ln 2 split in a part exact in float and a correction, so r keeps its low bits.
    // addingProduct is a fused multiply-add (one rounding, one instruction on FMA hardware).
    let r = (clamped.addingProduct(n, SIMD8(repeating: -0.693359375))).addingProduct(n, SIMD8(repeating: 2.12194440e-4))
    // Minimax coefficients for (e^r − 1 − r) / r² on [−ln2/2, ln2/2] (Cephes expf).
    var p = SIMD8<Float>(repeating: 1.9875691500e-4)
    p = SIMD8(repeating: 1.3981999507e-3).addingProduct(p, r)
    p = SIMD8(repeating: 8.3334519073e-3).addingProduct(p, r)
    p = SIMD8(repeating: 4.1665795894e-2).addingProduct(p, r)
    p = SIMD8(repeating: 1.6666665459e-1).addingProduct(p, r)
    p = SIMD8(repeating: 5.0000001201e-1).addingProduct(p, r)
    let er = (r + 1).addingProduct(p, r * r)
    let ni = unsafeBitCast(shifted, to: SIMD8<Int32>.self) &- 0x4B40_0000
    let half = ni &>> 1
    let scale1 = unsafeBitCast((half &+ 127) &<< 23, to: SIMD8<Float>.self)
    let scale2 = unsafeBitCast((ni &- half &+ 127) &<< 23, to: SIMD8<Float>.self)
    var result = er * scale1 * scale2
    // Past ln(Float.greatestFiniteMagnitude) e^x overflows; below ln(smallest subnormal / 2) it rounds to 0.
    result.replace(with: Float.infinity, where: x .> 88.72283)
    result.replace(with: 0, where: x .< -103.97208)
    result.replace(with: x, where: x .!= x)
    return result
  }

  /// The logistic function 1 / (1 + e^−x) for eight lanes; exactly 0 and 1 only far out.
  @inlinable @inline(__always)
  public static func sigmoid(_ x: SIMD8<Float>) -> SIMD8<Float> {
    1 / (1 + exp(-x))
  }

  /// tanh x = 2σ(2x) − 1 = 1 − 2 / (e^{2x} + 1) for eight lanes; saturates to ±1 without NaN.
  ///
  /// The absolute error is a few 1e-8 everywhere; near 0 that is not a small relative error,
  /// which is fine for activations (`Activation.value` uses libm's `tanh` for single values).
  @inlinable @inline(__always)
  public static func tanh(_ x: SIMD8<Float>) -> SIMD8<Float> {
    1 - 2 / (exp(2 * x) + 1)
  }

  /// e^x for one float, through the vector path (so scalar tails agree with vector bodies).
  @inlinable
  public static func exp(_ x: Float) -> Float {
    exp(SIMD8(repeating: x))[0]
  }

  /// Writes σ(source[i]) to target[i] for `count` floats.
  static func sigmoid(_ source: UnsafePointer<Float>, _ target: UnsafeMutablePointer<Float>, count: Int) {
    scaledLogistic(source, target, count: count, inner: 1, outer: 1, offset: 0)
  }

  /// Writes tanh(source[i]) to target[i] for `count` floats, as 2σ(2x) − 1 (the same formula
  /// as the vector `tanh`).
  static func tanh(_ source: UnsafePointer<Float>, _ target: UnsafeMutablePointer<Float>, count: Int) {
    scaledLogistic(source, target, count: count, inner: 2, outer: 2, offset: -1)
  }

  /// target[i] = outer · σ(inner · source[i]) + offset: one loop for both squashing functions.
  @inline(__always)
  static func scaledLogistic(
    _ source: UnsafePointer<Float>, _ target: UnsafeMutablePointer<Float>, count: Int,
    inner: Float, outer: Float, offset: Float
  ) {
    let inner = SIMD8(repeating: inner), outer = SIMD8(repeating: outer), offset = SIMD8(repeating: offset)
    var i = 0
    while i + 8 <= count {
      store(offset.addingProduct(outer, sigmoid(inner * load(source + i))), target + i)
      i += 8
    }
    if i < count {
      let y = offset.addingProduct(outer, sigmoid(inner * loadPartial(source + i, count - i)))
      storePartial(y, target + i, count - i)
    }
  }

  /// Writes e^(source[i] − shift) to target[i] for `count` floats (the softmax numerator).
  static func exp(_ source: UnsafePointer<Float>, minus shift: Float, _ target: UnsafeMutablePointer<Float>, count: Int) {
    let shift = SIMD8(repeating: shift)
    var i = 0
    while i + 8 <= count {
      store(exp(load(source + i) - shift), target + i)
      i += 8
    }
    if i < count { storePartial(exp(loadPartial(source + i, count - i) - shift), target + i, count - i) }
  }

  @inline(__always) static func load(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
  }

  @inline(__always) static func store(_ v: SIMD8<Float>, _ p: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD8<Float>.self)
  }

  /// The first `count` (< 8) floats at `p`, zero-padded: tails take the same vector code.
  @inline(__always) static func loadPartial(_ p: UnsafePointer<Float>, _ count: Int) -> SIMD8<Float> {
    var v = SIMD8<Float>()
    for lane in 0..<count { v[lane] = p[lane] }
    return v
  }

  @inline(__always) static func storePartial(_ v: SIMD8<Float>, _ p: UnsafeMutablePointer<Float>, _ count: Int) {
    for lane in 0..<count { p[lane] = v[lane] }
  }
}
