// The dropout mask, drawn in two passes for speed, must be exactly the mask of the documented
// rule: experiments are deterministic, and their numbers must not move when the code gets faster.
import Testing
@testable import NeuralCore

@Suite struct DropoutMaskTests {
  /// The rule, one unit at a time: each 64-bit draw gives two 24-bit uniforms (bits 40–63, then
  /// 16–39; an odd last unit takes a fresh draw's bits 40–63), and a unit is kept, scaled by
  /// 1 / (1 − rate), when its uniform is below ⌊(1 − rate)·2²⁴⌉.
  static func referenceMask(rate: Float, count: Int, rng: RandomSource) -> [Float] {
    var generator = rng
    let threshold = UInt64((Double(1 - rate) * 16_777_216).rounded()), scale = 1 / (1 - rate)
    var values: [Float] = []
    while values.count + 2 <= count {
      let bits = generator.next()
      values.append(bits >> 40 < threshold ? scale : 0)
      values.append((bits >> 16) & 0xFF_FFFF < threshold ? scale : 0)
    }
    if values.count < count { values.append(generator.next() >> 40 < threshold ? scale : 0) }
    return values
  }

  @Test(arguments: [(Float(0.5), 32, 256), (0.3, 7, 9), (0.1, 1, 1), (0.9, 3, 13), (0.5, 2, 4)])
  func maskFollowsTheRuleBitForBit(rate: Float, rows: Int, cols: Int) {
    let layer = Dropout(rate: rate, size: cols, rng: RandomSource(seed: 21))
    var expectedRNG = RandomSource(seed: 21)
    let x = Matrix(rows: rows, cols: cols, repeating: 1.5)
    for _ in 0..<3 {
      let expected = Self.referenceMask(rate: rate, count: rows * cols, rng: expectedRNG)
      // Advance the reference generator as the layer does: one draw per pair, one for an odd unit.
      for _ in 0..<((rows * cols + 1) / 2) { _ = expectedRNG.next() }
      let output = layer.forward(x, training: true)
      #expect(layer.mask.data.map(\.bitPattern) == expected.map(\.bitPattern))
      #expect(output.data.map(\.bitPattern) == expected.map { (1.5 * $0).bitPattern })
    }
  }
}
