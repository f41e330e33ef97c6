// Finite-difference helpers for the gradient tests: central differences on Float storage with
// the loss summed in Double, compared by relative error.
import Testing
@testable import NeuralCore

enum GradientCheck {
  /// Step for central differences: large enough that float rounding in the forward pass is
  /// small against it, small enough that the O(h²) truncation error stays below tolerance.
  static let step: Float = 1e-2

  /// ∂loss/∂values[i] by central differences, perturbing `values` in place and restoring it.
  static func numeric(_ values: inout [Float], _ loss: ([Float]) -> Double) -> [Double] {
    var result = [Double](repeating: 0, count: values.count)
    for i in values.indices {
      let saved = values[i]
      values[i] = saved + step
      let up = loss(values)
      values[i] = saved - step
      let down = loss(values)
      values[i] = saved
      result[i] = (up - down) / Double(2 * step)
    }
    return result
  }

  /// Largest |a − n| / max(|a| + |n|, floor) over the elements: a relative error that does not
  /// blow up where both gradients are (close to) zero.
  static func relativeError(_ analytic: [Float], _ numeric: [Double], floor: Double = 1e-2) -> Double {
    precondition(analytic.count == numeric.count)
    return zip(analytic, numeric).map { a, n in
      abs(Double(a) - n) / max(abs(Double(a)) + abs(n), floor)
    }.max() ?? 0
  }

  /// Σ weights ⊙ output in Double: a scalar "loss" whose gradient w.r.t. output is `weights`.
  static func weightedSum(_ output: Matrix, _ weights: Matrix) -> Double {
    zip(output.data, weights.data).reduce(0) { $0 + Double($1.0) * Double($1.1) }
  }

  static func random(_ rows: Int, _ cols: Int, _ rng: inout RandomSource, _ low: Float = -1, _ high: Float = 1) -> Matrix {
    Matrix(rows: rows, cols: cols, data: (0..<(rows * cols)).map { _ in rng.uniform(low, high) })
  }

  /// Checks a layer's input gradient and every parameter gradient against finite differences
  /// of L = Σ R ⊙ layer(x) for a random R.
  static func checkLayer(_ layer: any Layer, input: Matrix, seed: UInt64 = 11, tolerance: Double = 1e-2) {
    var rng = RandomSource(seed: seed)
    let upstream = random(input.rows, layer.outputSize, &rng)
    for parameter in layer.parameters { parameter.zeroGrad() }
    _ = layer.forward(input, training: true)
    let inputGradient = layer.backward(upstream).data
    let analyticParameters = layer.parameters.map { $0.grad }

    var x = input.data
    let numericInput = numeric(&x) { values in
      weightedSum(layer.forward(Matrix(rows: input.rows, cols: input.cols, data: values), training: true), upstream)
    }
    #expect(relativeError(inputGradient, numericInput) < tolerance, "input gradient")

    for (parameter, analytic) in zip(layer.parameters, analyticParameters) {
      var values = parameter.value
      let numericParameter = numeric(&values) { values in
        parameter.value = values
        return weightedSum(layer.forward(input, training: true), upstream)
      }
      parameter.value = values
      #expect(relativeError(analytic, numericParameter) < tolerance, "\(parameter.name)")
    }
  }
}
