// The SIMD exponential against libm, its saturation, and the activations built on it.
import Foundation
import Testing
@testable import NeuralCore

@Suite struct VectorMathTests {
  /// Distance in units in the last place between two positive floats.
  static func ulps(_ a: Float, _ b: Float) -> Int {
    abs(Int(a.bitPattern) - Int(b.bitPattern))
  }

  @Test func expWithinFewUlpsOfLibm() {
    var worst = 0
    var x: Float = -87
    while x < 88.7 {
      let lanes = SIMD8<Float>((0..<8).map { x + Float($0) * 0.0013 })
      let result = VectorMath.exp(lanes)
      for lane in 0..<8 {
        worst = max(worst, Self.ulps(result[lane], Foundation.exp(lanes[lane])))
      }
      x += 0.0173
    }
    #expect(worst <= 3, "worst error \(worst) ulp")
  }

  @Test func expSubnormalRangeCloseInAbsoluteTerms() {
    for x in stride(from: Float(-103.5), to: -87.5, by: 0.25) {
      // Subnormals are spaced by leastNonzeroMagnitude (1.4e-45): allow three of those steps.
      #expect(abs(VectorMath.exp(x) - Foundation.exp(x)) <= 3 * Float.leastNonzeroMagnitude + 1e-6 * Foundation.exp(x))
    }
  }

  @Test func expSaturatesWithoutNaN() {
    let inputs = SIMD8<Float>(100, -100, .infinity, -.infinity, 88.8, -104, 0, .nan)
    let result = VectorMath.exp(inputs)
    #expect(result[0] == .infinity)
    // e^−100 ≈ 3.72e-44 is 27 subnormal steps above zero; within two steps of it.
    #expect(abs(result[1] - 27 * Float.leastNonzeroMagnitude) < 2 * Float.leastNonzeroMagnitude, "e^−100 is a subnormal, not 0")
    #expect(result[2] == .infinity)
    #expect(result[3] == 0)
    #expect(result[4] == .infinity)
    #expect(result[5] == 0)
    #expect(result[6] == 1)
    #expect(result[7].isNaN)
  }

  @Test func sigmoidAndTanhSaturateCleanly() {
    let inputs = SIMD8<Float>(100, -100, .infinity, -.infinity, 30, -30, 0, 1)
    let s = VectorMath.sigmoid(inputs), t = VectorMath.tanh(inputs)
    for lane in 0..<8 {
      #expect(!s[lane].isNaN && !t[lane].isNaN)
    }
    #expect(s[0] == 1 && s[1] == 0 && s[2] == 1 && s[3] == 0 && s[6] == 0.5)
    #expect(t[0] == 1 && t[1] == -1 && t[2] == 1 && t[3] == -1 && t[6] == 0)
    #expect(abs(s[7] - 1 / (1 + Foundation.exp(-1))) < 1e-6)
    #expect(abs(t[7] - Foundation.tanh(1)) < 1e-6)
  }

  @Test func sigmoidDerivativeNeverExceedsAQuarter() {
    var largest: Float = 0
    for x in stride(from: Float(-20), through: 20, by: 0.01) {
      largest = max(largest, Activation.sigmoid.derivative(x))
    }
    #expect(largest <= 0.25)
    #expect(abs(largest - 0.25) < 1e-4)
  }

  @Test func softmaxRowsSumToOneEvenForHugeLogits() {
    let layer = ActivationLayer(.softmax, size: 4)
    let output = layer.forward(Matrix([[1, 2, 3, 4], [1000, 1000, -1000, 0], [-5, -5, -5, -5]]), training: false)
    for r in 0..<3 {
      let row = output.row(r)
      #expect(abs(row.reduce(0, +) - 1) < 1e-6)
      #expect(row.allSatisfy { !$0.isNaN && $0 >= 0 })
    }
    #expect(abs(output[1, 0] - 0.5) < 1e-6)
    #expect(abs(output[2, 3] - 0.25) < 1e-6)
  }

  @Test func batchActivationsMatchScalarForms() {
    let activations: [Activation] = [.step, .identity, .sigmoid, .tanh, .relu, .leakyReLU(slope: 0.2)]
    let inputs: [Float] = [-3, -0.5, 0, 0.25, 1, 2.5, -1.5, 4, 0.75]
    for activation in activations {
      let output = ActivationLayer(activation, size: 9).forward(Matrix(rows: 1, cols: 9, data: inputs), training: false)
      for (x, y) in zip(inputs, output.data) {
        #expect(abs(y - activation.value(x)) < 1e-6, "\(activation) at \(x)")
      }
    }
    #expect(Activation.leakyReLU(slope: 0.2).value(-2) == -0.4)
  }
}
