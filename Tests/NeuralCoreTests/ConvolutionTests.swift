// Convolution layers' forward behaviour: shapes, a hand-computed example, translation
// equivariance, causality and the receptive field of a dilated stack.
import Testing
@testable import NeuralCore

@Suite struct ConvolutionTests {
  @Test func conv1DMatchesAHandComputedCausalExample() {
    var rng = RandomSource(seed: 1)
    let layer = Convolution1D(inputChannels: 1, outputChannels: 1, length: 5, kernelSize: 2, dilation: 2,
                              padding: .causal, rng: &rng)
    // Tap 0 reads x[t − 2], tap 1 reads x[t]: y[t] = 10·x[t − 2] + x[t] + 0.5.
    layer.weight.value = [10, 1]
    layer.bias.value = [0.5]
    let y = layer.forward(Matrix([[1, 2, 3, 4, 5]]), training: false)
    #expect(y.data == [1.5, 2.5, 13.5, 24.5, 35.5])
  }

  @Test func outputShapesFollowPadding() {
    var rng = RandomSource(seed: 2)
    let valid1D = Convolution1D(inputChannels: 2, outputChannels: 4, length: 20, kernelSize: 3, dilation: 4,
                                padding: .valid, rng: &rng)
    #expect(valid1D.outputLength == 12 && valid1D.outputSize == 48)
    let valid2D = Convolution2D(inputChannels: 1, outputChannels: 6, height: 8, width: 8, padding: .valid, rng: &rng)
    #expect(valid2D.outputHeight == 6 && valid2D.outputWidth == 6 && valid2D.outputSize == 216)
    let same2D = Convolution2D(inputChannels: 1, outputChannels: 6, height: 8, width: 8, padding: .same, rng: &rng)
    #expect(same2D.outputSize == 384)
  }

  @Test func conv2DMatchesAHandComputedKernel() {
    var rng = RandomSource(seed: 3)
    let layer = Convolution2D(inputChannels: 1, outputChannels: 1, height: 3, width: 3, padding: .valid, rng: &rng)
    // A horizontal-difference kernel: right column minus left column.
    layer.setKernel([-1, 0, 1, -1, 0, 1, -1, 0, 1])
    let image = Matrix([[1, 2, 4, 1, 3, 9, 0, 5, 6]])
    let y = layer.forward(image, training: false)
    let expected: Float = (4 - 1) + (9 - 1) + (6 - 0)
    #expect(y.data == [expected])
  }

  @Test func setKernelFillsOneChannelPair() {
    var rng = RandomSource(seed: 7)
    let layer = Convolution2D(inputChannels: 2, outputChannels: 3, height: 4, width: 4, rng: &rng)
    let before = layer.weight.value
    let kernel: [Float] = (1...9).map { Float($0) }
    layer.setKernel(kernel, inputChannel: 1, outputChannel: 2)
    for u in 0..<3 {
      for v in 0..<3 {
        #expect(layer.weight.value[layer.weightIndex(inputChannel: 1, row: u, column: v, outputChannel: 2)] == kernel[u * 3 + v])
      }
    }
    // Nothing else changed: 9 of the 54 weights moved.
    #expect(zip(before, layer.weight.value).filter { $0 != $1 }.count == 9)
  }

  /// Shifting a digit-sized image by one pixel shifts a 'same' feature map by one pixel.
  @Test(arguments: [(0, 1), (1, 0)])
  func conv2DIsTranslationEquivariant(shift: (rows: Int, cols: Int)) {
    var rng = RandomSource(seed: 4)
    let n = 8
    let layer = Convolution2D(inputChannels: 1, outputChannels: 2, height: n, width: n, padding: .same, rng: &rng)
    for i in 0..<layer.bias.count { layer.bias.value[i] = rng.uniform(-1, 1) }
    var image = Matrix(rows: 1, cols: n * n)
    for i in 0..<image.count { image.data[i] = rng.uniform(0, 1) }
    var shifted = Matrix(rows: 1, cols: n * n)
    for y in shift.rows..<n {
      for x in shift.cols..<n { shifted.data[y * n + x] = image.data[(y - shift.rows) * n + x - shift.cols] }
    }
    let original = layer.forward(image, training: false)
    let moved = layer.forward(shifted, training: false)
    var compared = 0
    for o in 0..<2 {
      // Away from the borders, where padding and the shifted-in zeros change what the kernel sees.
      for y in (shift.rows + 1)..<(n - 1) {
        for x in (shift.cols + 1)..<(n - 1) {
          let expected = original.data[(o * n + y - shift.rows) * n + x - shift.cols]
          #expect(abs(moved.data[(o * n + y) * n + x] - expected) < 1e-5)
          compared += 1
        }
      }
    }
    #expect(compared == 2 * 6 * 5)
  }

  @Test func receptiveFieldOfADilatedCausalStackDoublesPerLayer() {
    #expect((1...4).map { Convolution1D.receptiveField(kernelSize: 2, dilations: Array([1, 2, 4, 8].prefix($0))) }
            == [2, 4, 8, 16])
    var rng = RandomSource(seed: 5)
    let stack = [1, 2, 4, 8].map {
      Convolution1D(inputChannels: 1, outputChannels: 1, length: 32, kernelSize: 2, dilation: $0, rng: &rng)
    }
    #expect(Convolution1D.receptiveField(of: stack) == 16)

    // Measured, not just computed: the last output depends on exactly the last 16 inputs.
    var signal = Matrix(rows: 1, cols: 32)
    for i in 0..<32 { signal.data[i] = rng.uniform(-1, 1) }
    for layer in stack { signal = layer.forward(signal, training: true) }
    var gradient = Matrix(rows: 1, cols: 32)
    gradient.data[31] = 1
    for layer in stack.reversed() { gradient = layer.backward(gradient) }
    let reached = gradient.data.indices.filter { gradient.data[$0] != 0 }
    #expect(reached == Array(16..<32))
  }

  @Test func causalOutputsIgnoreTheFuture() {
    var rng = RandomSource(seed: 6)
    let layer = Convolution1D(inputChannels: 2, outputChannels: 2, length: 10, kernelSize: 3, dilation: 2, rng: &rng)
    var x = Matrix(rows: 1, cols: 20)
    for i in 0..<20 { x.data[i] = rng.uniform(-1, 1) }
    let before = layer.forward(x, training: false)
    // Change step 6 of both channels: outputs at steps 0…5 must not move.
    x.data[6] += 1
    x.data[16] -= 1
    let after = layer.forward(x, training: false)
    for o in 0..<2 {
      for t in 0..<10 {
        let i = o * 10 + t
        if t < 6 { #expect(after.data[i] == before.data[i]) } else if t == 6 { #expect(after.data[i] != before.data[i]) }
      }
    }
  }
}
