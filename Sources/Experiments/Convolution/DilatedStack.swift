// DilatedStack: WaveNet's causal convolutions with kernel 2 and dilations 1, 2, 4, … (van den
// Oord et al. 2016), whose receptive field doubles per layer — by formula and by measurement.

import NeuralCore

/// A stack of `layers` causal 1-D convolutions, kernel 2, dilation 2^i in layer i (from 0).
enum DilatedStack {
  static let kernelSize = 2

  /// The dilations 1, 2, 4, … of the first `layers` layers.
  static func dilations(layers: Int) -> [Int] {
    (0..<layers).map { 1 << $0 }
  }

  /// The receptive field by formula, 1 + Σ dᵢ(k − 1) = 2^layers.
  static func receptiveField(layers: Int) -> Int {
    Convolution1D.receptiveField(kernelSize: kernelSize, dilations: dilations(layers: layers))
  }

  /// The receptive field as measured: the number of input steps the last output step depends on.
  ///
  /// Every weight is set to 1, so no two paths can cancel; the gradient of the last output is
  /// sent back through the stack, and the input steps it reaches are counted.
  static func measuredReceptiveField(layers: Int) -> Int {
    let length = 2 << layers
    var rng = RandomSource(seed: 0)
    let stack = dilations(layers: layers).map { dilation in
      let layer = Convolution1D(
        inputChannels: 1, outputChannels: 1, length: length, kernelSize: kernelSize, dilation: dilation,
        padding: .causal, rng: &rng, name: "wavenet")
      layer.weight.value = [Float](repeating: 1, count: layer.weight.count)
      return layer
    }
    let network = Network(stack)
    _ = network.forward(Matrix(rows: 1, cols: length), training: true)
    var outputGradient = Matrix(rows: 1, cols: length)
    outputGradient[0, length - 1] = 1
    return network.backward(outputGradient).data.filter { $0 != 0 }.count
  }
}
