// Activation: the nonlinearities of the course and their derivatives, scalar (for teaching
// and tests) and over whole batches (for layers).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libm's tanh, named apart from the `Activation.tanh` case.
private func hyperbolicTangent(_ x: Float) -> Float { tanh(x) }

/// An activation function applied elementwise (softmax: row-wise) to a layer's pre-activation.
public enum Activation: Equatable, Sendable {
  /// Heaviside step: 1 for x ≥ 0, else 0. Its derivative is zero everywhere (that is why the
  /// perceptron has its own learning rule instead of gradients).
  case step
  /// f(x) = x.
  case identity
  /// The logistic function 1 / (1 + e^−x); its derivative never exceeds 1/4.
  case sigmoid
  /// Hyperbolic tangent.
  case tanh
  /// max(0, x); the derivative at 0 is taken as 0.
  case relu
  /// x for x > 0, slope·x otherwise.
  case leakyReLU(slope: Float)
  /// e^xᵢ / Σⱼ e^xⱼ over each row, computed after subtracting the row maximum.
  case softmax

  /// f(x) for one value. Softmax is row-wise; its scalar form is that of a one-element row (1).
  public func value(_ x: Float) -> Float {
    switch self {
    case .step: return x >= 0 ? 1 : 0
    case .identity: return x
    case .sigmoid: return VectorMath.sigmoid(SIMD8(repeating: x))[0]
    case .tanh: return hyperbolicTangent(x)
    case .relu: return x > 0 ? x : 0
    case .leakyReLU(let slope): return x > 0 ? x : slope * x
    case .softmax: return 1
    }
  }

  /// f′(x) for one value. For softmax, the diagonal term of a one-element row (0).
  public func derivative(_ x: Float) -> Float {
    switch self {
    case .step: return 0
    case .identity: return 1
    case .sigmoid:
      let y = value(x)
      return y * (1 - y)
    case .tanh:
      let y = hyperbolicTangent(x)
      return 1 - y * y
    case .relu: return x > 0 ? 1 : 0
    case .leakyReLU(let slope): return x > 0 ? 1 : slope
    case .softmax: return 0
    }
  }

  /// Computes `output = f(input)` for a `rows × cols` batch (`cols` matters for softmax only).
  public func apply(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, rows: Int, cols: Int) {
    let count = rows * cols
    switch self {
    case .step:
      for i in 0..<count { output[i] = input[i] >= 0 ? 1 : 0 }
    case .identity:
      output.update(from: input, count: count)
    case .sigmoid:
      VectorMath.sigmoid(input, output, count: count)
    case .tanh:
      VectorMath.tanh(input, output, count: count)
    case .relu:
      for i in 0..<count { output[i] = max(input[i], 0) }
    case .leakyReLU(let slope):
      for i in 0..<count {
        let x = input[i]
        output[i] = x > 0 ? x : slope * x
      }
    case .softmax:
      for r in 0..<rows { Activation.softmaxRow(input + r * cols, output + r * cols, count: cols) }
    }
  }

  /// Computes ∂L/∂input from ∂L/∂output, given the forward pass's input and output.
  ///
  /// Elementwise activations multiply by f′ (from the output where that is cheaper: σ′ = y(1−y),
  /// tanh′ = 1−y²); softmax applies its Jacobian, gᵢ = yᵢ (dᵢ − Σⱼ dⱼ yⱼ), row by row.
  public func backward(
    input: UnsafePointer<Float>, output: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
    inputGradient: UnsafeMutablePointer<Float>, rows: Int, cols: Int
  ) {
    let count = rows * cols
    switch self {
    case .step:
      inputGradient.update(repeating: 0, count: count)
    case .identity:
      inputGradient.update(from: outputGradient, count: count)
    case .sigmoid:
      for i in 0..<count {
        let y = output[i]
        inputGradient[i] = outputGradient[i] * y * (1 - y)
      }
    case .tanh:
      for i in 0..<count {
        let y = output[i]
        inputGradient[i] = outputGradient[i] * (1 - y * y)
      }
    case .relu:
      for i in 0..<count { inputGradient[i] = input[i] > 0 ? outputGradient[i] : 0 }
    case .leakyReLU(let slope):
      for i in 0..<count { inputGradient[i] = input[i] > 0 ? outputGradient[i] : slope * outputGradient[i] }
    case .softmax:
      for r in 0..<rows {
        let y = output + r * cols, d = outputGradient + r * cols, g = inputGradient + r * cols
        var dot: Float = 0
        for j in 0..<cols { dot += d[j] * y[j] }
        for j in 0..<cols { g[j] = y[j] * (d[j] - dot) }
      }
    }
  }

  /// Numerically stable softmax of one row: subtracting the maximum keeps every exponent ≤ 0.
  static func softmaxRow(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, count: Int) {
    guard count > 0 else { return }
    var largest = x[0]
    for j in 1..<count { largest = max(largest, x[j]) }
    VectorMath.exp(x, minus: largest, y, count: count)
    var sum: Float = 0
    for j in 0..<count { sum += y[j] }
    let inverse = 1 / sum
    for j in 0..<count { y[j] *= inverse }
  }
}
