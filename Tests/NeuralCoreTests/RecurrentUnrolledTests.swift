// The recurrent layer packed as a `Layer`: layout, gradients, and use inside a `Network`.
import Testing
@testable import NeuralCore

@Suite struct RecurrentUnrolledTests {
  @Test(arguments: [UnrolledRecurrent.Output.finalState, .allStates])
  func backwardMatchesFiniteDifferences(output: UnrolledRecurrent.Output) {
    var rng = RandomSource(seed: 31)
    let rnn = Recurrent(inputSize: 2, hiddenSize: 3, recurrentScale: 0.9, rng: &rng)
    for i in 0..<3 { rnn.bias.value[i] = rng.uniform(-0.5, 0.5) }
    let layer = UnrolledRecurrent(rnn, steps: 4, output: output)
    #expect(layer.inputSize == 8 && layer.outputSize == (output == .finalState ? 3 : 12))
    GradientCheck.checkLayer(layer, input: GradientCheck.random(2, layer.inputSize, &rng))
  }

  @Test func rowsAreUnpackedTimeMajor() {
    var rng = RandomSource(seed: 32)
    let rnn = Recurrent(inputSize: 2, hiddenSize: 3, rng: &rng)
    let layer = UnrolledRecurrent(rnn, steps: 3, output: .allStates)
    let packed = Matrix([[1, 2, 3, 4, 5, 6], [-1, -2, -3, -4, -5, -6]])
    let all = layer.forward(packed, training: true)
    // The same sequence given step by step to the bare layer gives the same states.
    let bare = Recurrent(inputSize: 2, hiddenSize: 3, rng: &rng)
    bare.inputWeight.value = rnn.inputWeight.value
    bare.recurrentWeight.value = rnn.recurrentWeight.value
    bare.forward([Matrix([[1, 2], [-1, -2]]), Matrix([[3, 4], [-3, -4]]), Matrix([[5, 6], [-5, -6]])])
    for t in 1...3 {
      for r in 0..<2 {
        for j in 0..<3 { #expect(all[r, (t - 1) * 3 + j] == bare.states[t][r, j]) }
      }
    }
  }

  @Test func trainsInsideANetwork() {
    var rng = RandomSource(seed: 33)
    let steps = 5
    let rnn = Recurrent(inputSize: 1, hiddenSize: 8, recurrentScale: 0.9, rng: &rng)
    let network = Network([UnrolledRecurrent(rnn, steps: steps), Dense(8, 1, rng: &rng)])
    // Target: the first value of the sequence, which must survive four further steps.
    var x = Matrix(rows: 16, cols: steps)
    var target = Matrix(rows: 16, cols: 1)
    for r in 0..<16 {
      for t in 0..<steps { x[r, t] = rng.uniform(-1, 1) }
      target[r, 0] = x[r, 0]
    }
    var optimizer = Adam(learningRate: 0.02)
    var gradient = Matrix(rows: 16, cols: 1)
    var losses: [Float] = []
    for _ in 0..<200 {
      network.zeroGrad()
      losses.append(MeanSquaredError().evaluate(network.forward(x, training: true), target, gradient: &gradient))
      network.backward(gradient)
      GradientClipping.clipByGlobalNorm(network.parameters, maxNorm: 1)
      optimizer.step(network.parameters)
    }
    #expect(losses[199] < losses[0] * 0.05, "loss \(losses[0]) → \(losses[199])")
    #expect(rnn.stateGradientNorms.count == steps + 1)
  }
}
