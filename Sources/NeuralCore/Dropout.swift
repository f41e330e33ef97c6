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
    let keep = 1 - rate, scale = 1 / (1 - rate)
    // Each 64-bit draw yields two 24-bit uniforms (bits 40–63 and 16–39), compared as
    // integers with ⌊keep·2²⁴⌉: no float conversion, half the generator calls.
    let threshold = UInt64((Double(keep) * 16_777_216).rounded())
    // Branch-free: (u − threshold) wraps to a number with the top bit set exactly when
    // u < threshold; a branch here would be mispredicted half the time.
    @inline(__always) func kept(_ u: UInt64) -> Float {
      scale * Float(Int32(truncatingIfNeeded: (u &- threshold) >> 63))
    }
    var generator = rng
    mask.data.withUnsafeMutableBufferPointer { m in
      var i = 0
      while i + 1 < m.count {
        let bits = generator.next()
        m[i] = kept(bits >> 40)
        m[i + 1] = kept((bits >> 16) & 0xFF_FFFF)
        i += 2
      }
      if i < m.count { m[i] = kept(generator.next() >> 40) }
    }
    rng = generator
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
