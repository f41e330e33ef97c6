// Gradient clipping by global norm and by value, and the global norm itself.
import Testing
@testable import NeuralCore

@Suite struct ClippingTests {
  /// Two parameters whose gradients together are (3, 0, 0, 4): global norm 5.
  private func threeFour() -> [Parameter] {
    let a = Parameter(name: "a", rows: 1, cols: 3)
    let b = Parameter(name: "b", rows: 1, cols: 1)
    a.grad = [3, 0, 0]
    b.grad = [4]
    return [a, b]
  }

  @Test func globalNormSpansAllParameters() {
    #expect(abs(GradientClipping.globalNorm(threeFour()) - 5) < 1e-6)
  }

  @Test func clippingByNormKeepsDirectionAndCapsTheNorm() {
    let parameters = threeFour()
    let before = GradientClipping.clipByGlobalNorm(parameters, maxNorm: 1)
    #expect(abs(before - 5) < 1e-6)
    #expect(abs(parameters[0].grad[0] - 0.6) < 1e-6)
    #expect(parameters[0].grad[1] == 0)
    #expect(abs(parameters[1].grad[0] - 0.8) < 1e-6)
    #expect(abs(GradientClipping.globalNorm(parameters) - 1) < 1e-6)
  }

  @Test func smallGradientsAreUntouched() {
    let parameters = threeFour()
    let before = GradientClipping.clipByGlobalNorm(parameters, maxNorm: 10)
    #expect(abs(before - 5) < 1e-6)
    #expect(parameters[0].grad == [3, 0, 0])
    #expect(parameters[1].grad == [4])
  }

  @Test func hugeGradientsAreMeasuredAndClippedWithoutOverflow() {
    // 1e30² overflows Float; the norm is summed in Double.
    let p = Parameter(name: "w", rows: 1, cols: 2)
    p.grad = [1e30, -1e30]
    let before = GradientClipping.clipByGlobalNorm([p], maxNorm: 2)
    #expect(abs(before / (1e30 * Float(2).squareRoot()) - 1) < 1e-5)
    #expect(abs(p.grad[0] - Float(2).squareRoot()) < 1e-5)
    #expect(abs(p.grad[1] + Float(2).squareRoot()) < 1e-5)
  }

  @Test func nonFiniteGradientsAreReportedNotRescaled() {
    let p = Parameter(name: "w", rows: 1, cols: 2)
    p.grad = [.nan, 1]
    let before = GradientClipping.clipByGlobalNorm([p], maxNorm: 1)
    #expect(before.isNaN)
    #expect(p.grad[1] == 1)
  }

  @Test func clippingByValueBoundsEveryElement() {
    var rng = RandomSource(seed: 3)
    let a = Parameter(name: "a", rows: 4, cols: 5), b = Parameter(name: "b", rows: 1, cols: 7)
    for p in [a, b] { for i in 0..<p.count { p.grad[i] = rng.uniform(-5, 5) } }
    let original = a.grad + b.grad
    let changed = GradientClipping.clipByValue([a, b], limit: 1)
    let clipped = a.grad + b.grad
    #expect(changed == original.filter { abs($0) > 1 }.count)
    #expect(changed > 0)
    for (before, after) in zip(original, clipped) {
      #expect(after >= -1 && after <= 1)
      // Inside the band nothing moves; outside, the sign is kept.
      #expect(abs(before) <= 1 ? after == before : after == (before > 0 ? 1 : -1))
    }
  }
}
