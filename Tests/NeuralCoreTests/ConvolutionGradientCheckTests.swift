// Finite-difference checks of the convolution layers' backward passes, and the central-difference
// helper the recurrent tests share.
import Testing
@testable import NeuralCore

/// Compares analytic gradients with central differences of a loss.
enum FiniteDifferenceCheck {
  /// The largest relative error |a − n| / max(|a| + |n|, 1e-3) over `count` scalars, where n
  /// is (L(v + h) − L(v − h)) / 2h for each scalar v reached through `read` and `write`.
  static func maxRelativeError(
    analytic: [Float], read: (Int) -> Float, write: (Int, Float) -> Void, loss: () -> Double,
    step: Float = 1e-2
  ) -> Double {
    var worst = 0.0
    for i in analytic.indices {
      let original = read(i)
      let up = original + step, down = original - step
      write(i, up)
      let plus = loss()
      write(i, down)
      let minus = loss()
      write(i, original)
      let numeric = (plus - minus) / Double(up - down)
      let a = Double(analytic[i])
      worst = max(worst, abs(a - numeric) / max(abs(a) + abs(numeric), 1e-3))
    }
    return worst
  }

  /// Checks every parameter and the input of `layer` under the loss L = Σ weights ⊙ output.
  static func checkLayer(
    _ layer: some Layer, batch: Int, step: Float = 1e-2, rng: inout RandomSource
  ) -> [String: Double] {
    var x = Matrix(rows: batch, cols: layer.inputSize)
    for i in 0..<x.count { x.data[i] = rng.uniform(-1, 1) }
    let weights = (0..<(batch * layer.outputSize)).map { _ in rng.uniform(-1, 1) }
    func loss() -> Double {
      let y = layer.forward(x, training: true)
      return zip(y.data, weights).reduce(0) { $0 + Double($1.0) * Double($1.1) }
    }
    for p in layer.parameters { p.zeroGrad() }
    _ = layer.forward(x, training: true)
    let inputGradient = layer.backward(Matrix(rows: batch, cols: layer.outputSize, data: weights)).data
    var errors: [String: Double] = [:]
    for p in layer.parameters {
      let analytic = p.grad
      errors[p.name] = maxRelativeError(
        analytic: analytic, read: { p.value[$0] }, write: { p.value[$0] = $1 }, loss: loss, step: step)
    }
    errors["input"] = maxRelativeError(
      analytic: inputGradient, read: { x.data[$0] }, write: { x.data[$0] = $1 }, loss: loss, step: step)
    return errors
  }
}

@Suite struct ConvolutionGradientCheckTests {
  // Convolutions are linear in weights and inputs, so central differences have no truncation
  // error: a large step keeps rounding small and the tolerance can be tight.
  @Test(arguments: [Convolution1D.Padding.valid, .causal, .same])
  func conv1DBackwardMatchesFiniteDifferences(padding: Convolution1D.Padding) {
    var rng = RandomSource(seed: 11)
    let layer = Convolution1D(inputChannels: 2, outputChannels: 3, length: 9, kernelSize: 3, dilation: 2,
                              padding: padding, rng: &rng)
    for i in 0..<layer.bias.count { layer.bias.value[i] = rng.uniform(-1, 1) }
    let errors = FiniteDifferenceCheck.checkLayer(layer, batch: 2, step: 0.25, rng: &rng)
    #expect(errors.count == 3)
    for (name, error) in errors { #expect(error < 1e-3, "\(name): relative error \(error)") }
  }

  @Test(arguments: [Convolution2D.Padding.valid, .same])
  func conv2DBackwardMatchesFiniteDifferences(padding: Convolution2D.Padding) {
    var rng = RandomSource(seed: 12)
    let layer = Convolution2D(inputChannels: 2, outputChannels: 2, height: 5, width: 6, padding: padding, rng: &rng)
    for i in 0..<layer.bias.count { layer.bias.value[i] = rng.uniform(-1, 1) }
    let errors = FiniteDifferenceCheck.checkLayer(layer, batch: 2, step: 0.25, rng: &rng)
    #expect(errors.count == 3)
    for (name, error) in errors { #expect(error < 1e-3, "\(name): relative error \(error)") }
  }
}
