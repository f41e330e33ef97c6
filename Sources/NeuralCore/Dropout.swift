// Dropout: inverted dropout (Srivastava et al. 2014) with masks drawn from a seeded RandomSource.

/// Inverted dropout: while training, zeroes each unit with probability `rate` and scales the
/// survivors by 1 / (1 − rate), so the expected output equals the input and inference is the
/// identity.
public final class Dropout: Layer {
  /// Probability p of dropping a unit, in [0, 1).
  public let rate: Float
  public let inputSize: Int
  public var outputSize: Int { inputSize }
  public var parameters: [Parameter] { [] }
  /// The generator the masks come from; a fresh mask is drawn on every training forward.
  public var rng: RandomSource
  /// The most recent mask: 0 for a dropped unit, 1 / (1 − rate) for a kept one.
  // Buffers skip the runtime exclusivity check (one thread, never re-entered; see Dense).
  @exclusivity(unchecked) public private(set) var mask: Matrix

  @exclusivity(unchecked) private var output: Matrix
  @exclusivity(unchecked) private var inputGradient: Matrix
  /// Whether the last forward applied the mask (training) or passed the input through.
  private var masked = false
  /// A mask imposed by `fixMask`, used instead of drawing one.
  private var fixedMask: Matrix?

  /// Dropout over `size` features with drop probability `rate`, masks drawn from `rng`.
  public init(rate: Float, size: Int, rng: RandomSource) {
    precondition(rate >= 0 && rate < 1, "Dropout: rate must be in [0, 1), got \(rate)")
    self.rate = rate
    inputSize = size
    self.rng = rng
    mask = Matrix(rows: 0, cols: size)
    output = Matrix(rows: 0, cols: size)
    inputGradient = Matrix(rows: 0, cols: size)
  }

  public func forward(_ x: Matrix, training: Bool) -> Matrix {
    precondition(x.cols == inputSize, "Dropout: input has \(x.cols) features, expected \(inputSize)")
    masked = training && rate > 0
    if masked {
      drawMask(rows: x.rows)
      if output.rows != x.rows { output.resizeRows(x.rows) }
      multiply(x, mask, into: &output)
    } else {
      output.copyContents(of: x)
    }
    return output
  }

  /// Uses `fixed` as the mask on subsequent training passes instead of drawing one (for tests
  /// that need a known mask, such as gradient checks). Pass `nil` to draw again.
  public func fixMask(_ fixed: Matrix?) {
    fixedMask = fixed
  }

  public func backward(_ dOut: Matrix) -> Matrix {
    if masked {
      if inputGradient.rows != dOut.rows { inputGradient.resizeRows(dOut.rows) }
      multiply(dOut, mask, into: &inputGradient)
    } else {
      inputGradient.copyContents(of: dOut)
    }
    return inputGradient
  }

  private func drawMask(rows: Int) {
    if let fixedMask {
      mask.copyContents(of: fixedMask)
      return
    }
    if mask.rows != rows { mask.resizeRows(rows) }
    let scale = 1 / (1 - rate)
    // Each 64-bit draw yields two 24-bit uniforms (bits 40–63 and 16–39), compared as
    // integers with ⌊keep·2²⁴⌉: no float conversion, half the generator calls. A unit is kept
    // (mask = scale) when its uniform is below the threshold, else dropped (mask = 0).
    let threshold = UInt32((Double(1 - rate) * 16_777_216).rounded())
    var state = rng
    mask.data.withUnsafeMutableBufferPointer { m in
      guard let base = m.baseAddress else { return }
      // A local copy: the UInt64 stores below could alias a captured generator, which would
      // then be reloaded from memory on every draw.
      var generator = state
      defer { state = generator }
      let draws = m.count / 2
      // Two passes over the same bytes: first the raw draws, one UInt64 where its two mask
      // values will go, so the generator's loop does nothing else; then the draws become masks
      // eight at a time, in place. (One pass converting as it draws ran at half the speed.)
      let rawBase = UnsafeMutableRawPointer(base)
      var d = 0
      while d < draws {
        rawBase.storeBytes(of: generator.next(), toByteOffset: d &* 8, as: UInt64.self)
        d &+= 1
      }
      // Kept is u < threshold: both are below 2²⁵, so u − threshold is negative exactly then,
      // and its sign, spread by an arithmetic shift, selects the bits of `scale` or of +0.
      // (Integer arithmetic throughout: a SIMD comparison of unsigned lanes compiled to a loop.)
      let scaleBits = SIMD8<Int32>(repeating: Int32(bitPattern: scale.bitPattern))
      let threshold8 = SIMD8<Int32>(repeating: Int32(threshold))
      d = 0
      while d &+ 4 <= draws {
        let bits = rawBase.loadUnaligned(fromByteOffset: d &* 8, as: SIMD4<UInt64>.self)
        // Little-endian: the low half of each lane (the first mask value) takes bits 40–63.
        let pairs = (bits &>> 40) | (((bits &>> 16) & 0xFF_FFFF) &<< 32)
        let uniforms = unsafeBitCast(pairs, to: SIMD8<Int32>.self)
        let values = ((uniforms &- threshold8) &>> 31) & scaleBits
        rawBase.storeBytes(of: values, toByteOffset: d &* 8, as: SIMD8<Int32>.self)
        d &+= 4
      }
      while d < draws {
        let bits = rawBase.load(fromByteOffset: d &* 8, as: UInt64.self)
        base[2 &* d] = UInt32(bits >> 40) < threshold ? scale : 0
        base[2 &* d &+ 1] = UInt32((bits >> 16) & 0xFF_FFFF) < threshold ? scale : 0
        d &+= 1
      }
      if m.count % 2 == 1 { base[m.count - 1] = UInt32(generator.next() >> 40) < threshold ? scale : 0 }
    }
    rng = state
  }

  private func multiply(_ a: Matrix, _ b: Matrix, into c: inout Matrix) {
    a.data.withUnsafeBufferPointer { x in
      b.data.withUnsafeBufferPointer { y in
        c.data.withUnsafeMutableBufferPointer { z in
          for i in z.indices { z[i] = x[i] * y[i] }
        }
      }
    }
  }
}
