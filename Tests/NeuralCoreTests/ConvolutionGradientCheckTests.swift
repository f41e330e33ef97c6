// Finite-difference checks of the convolution layers' backward passes (through `GradientCheck`).
import Testing
@testable import NeuralCore

@Suite struct ConvolutionGradientCheckTests {
  // Convolutions are linear in weights and inputs, so central differences have no truncation
  // error and the tolerance can be tight enough to catch a gradient off by 1%.
  @Test(arguments: [Convolution1D.Padding.valid, .causal, .same])
  func conv1DBackwardMatchesFiniteDifferences(padding: Convolution1D.Padding) {
    var rng = RandomSource(seed: 11)
    let layer = Convolution1D(inputChannels: 2, outputChannels: 3, length: 9, kernelSize: 3, dilation: 2,
                              padding: padding, rng: &rng)
    for i in 0..<layer.bias.count { layer.bias.value[i] = rng.uniform(-1, 1) }
    GradientCheck.checkLayer(layer, input: GradientCheck.random(2, layer.inputSize, &rng), tolerance: 2e-3)
  }

  @Test(arguments: [Convolution2D.Padding.valid, .same])
  func conv2DBackwardMatchesFiniteDifferences(padding: Convolution2D.Padding) {
    var rng = RandomSource(seed: 12)
    let layer = Convolution2D(inputChannels: 2, outputChannels: 2, height: 5, width: 6, padding: padding, rng: &rng)
    for i in 0..<layer.bias.count { layer.bias.value[i] = rng.uniform(-1, 1) }
    GradientCheck.checkLayer(layer, input: GradientCheck.random(2, layer.inputSize, &rng), tolerance: 2e-3)
  }
}
