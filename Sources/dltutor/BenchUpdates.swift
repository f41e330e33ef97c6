// The parameter updates and the perceptron the benchmark workloads use, written out here so
// the timed code is exactly the rule stated in each workload's definition.
import NeuralCore

/// A rule that moves parameters along their gradients and clears the gradients.
protocol ParameterUpdate {
  func apply()
}

/// Plain SGD: w −= η·g.
final class StochasticUpdate: ParameterUpdate {
  let parameters: [Parameter]
  let learningRate: Float

  init(_ parameters: [Parameter], learningRate: Float) {
    self.parameters = parameters
    self.learningRate = learningRate
  }

  func apply() {
    let rate = learningRate
    for parameter in parameters {
      parameter.value.withUnsafeMutableBufferPointer { w in
        parameter.grad.withUnsafeMutableBufferPointer { g in
          for i in w.indices {
            w[i] -= rate * g[i]
            g[i] = 0
          }
        }
      }
    }
  }
}

/// Classical momentum: v = μv − ηg; w += v.
final class MomentumUpdate: ParameterUpdate {
  let parameters: [Parameter]
  let learningRate: Float
  let momentum: Float
  private var velocities: [[Float]]

  init(_ parameters: [Parameter], learningRate: Float, momentum: Float) {
    self.parameters = parameters
    self.learningRate = learningRate
    self.momentum = momentum
    velocities = parameters.map { Array(repeating: 0, count: $0.count) }
  }

  func apply() {
    let rate = learningRate, mu = momentum
    for (index, parameter) in parameters.enumerated() {
      velocities[index].withUnsafeMutableBufferPointer { v in
        parameter.value.withUnsafeMutableBufferPointer { w in
          parameter.grad.withUnsafeMutableBufferPointer { g in
            for i in w.indices {
              v[i] = mu * v[i] - rate * g[i]
              w[i] += v[i]
              g[i] = 0
            }
          }
        }
      }
    }
  }
}

/// A two-input perceptron trained by Rosenblatt's rule: on a mistake (y·(w·x + b) ≤ 0),
/// w += y·x and b += y.
final class RosenblattPerceptron {
  private var w0: Float = 0, w1: Float = 0, b: Float = 0

  /// One pass over `points` (x₀, x₁ interleaved) in order; returns the number of mistakes.
  @discardableResult
  func epoch(_ points: [Float], _ labels: [Float]) -> Int {
    var w0 = self.w0, w1 = self.w1, b = self.b
    var mistakes = 0
    points.withUnsafeBufferPointer { p in
      labels.withUnsafeBufferPointer { y in
        for i in 0..<y.count {
          let x0 = p[2 * i], x1 = p[2 * i + 1], label = y[i]
          if label * (x0 * w0 + x1 * w1 + b) <= 0 {
            w0 += label * x0
            w1 += label * x1
            b += label
            mistakes += 1
          }
        }
      }
    }
    self.w0 = w0
    self.w1 = w1
    self.b = b
    return mistakes
  }
}
