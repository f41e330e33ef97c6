// End to end: a small convolutional network learns to tell vertical from horizontal strokes
// on 8×8 images, the shape of the digits lesson.
import Testing
@testable import NeuralCore

@Suite struct ConvolutionTrainingTests {
  /// 8×8 images with one bright line at a random position; label 0 vertical, 1 horizontal.
  private func strokes(count: Int, rng: inout RandomSource) -> (Matrix, [Int]) {
    var images = Matrix(rows: count, cols: 64)
    var labels: [Int] = []
    for r in 0..<count {
      let label = rng.below(2), line = 1 + rng.below(6)
      for i in 0..<8 {
        let (y, x) = label == 0 ? (i, line) : (line, i)
        images[r, y * 8 + x] = 1
      }
      for i in 0..<64 { images[r, i] += rng.uniform(-0.1, 0.1) }
      labels.append(label)
    }
    return (images, labels)
  }

  @Test func convNetLearnsStrokeOrientation() {
    var rng = RandomSource(seed: 41)
    let conv = Convolution2D(inputChannels: 1, outputChannels: 2, height: 8, width: 8, padding: .valid, rng: &rng)
    let network = Network([
      conv, ActivationLayer(.relu, size: conv.outputSize), Dense(conv.outputSize, 2, rng: &rng),
    ])
    let (images, labels) = strokes(count: 64, rng: &rng)
    var optimizer = Momentum(learningRate: 0.05, momentum: 0.9)
    var gradient = Matrix(rows: 64, cols: 2)
    let loss = SoftmaxCrossEntropy()
    let initial = loss.value(network.forward(images, training: false), labels)
    for _ in 0..<150 {
      network.zeroGrad()
      _ = loss.evaluate(network.forward(images, training: true), labels, gradient: &gradient)
      network.backward(gradient)
      optimizer.step(network.parameters)
    }
    let (test, testLabels) = strokes(count: 32, rng: &rng)
    let logits = network.forward(test, training: false)
    let correct = (0..<32).filter { (logits[$0, 0] > logits[$0, 1] ? 0 : 1) == testLabels[$0] }.count
    #expect(loss.value(network.forward(images, training: false), labels) < initial * 0.2)
    #expect(correct >= 30, "\(correct) of 32 correct")
  }
}
