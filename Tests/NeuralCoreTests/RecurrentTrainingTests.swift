// End to end: a recurrent layer, a dense read-out, a loss, clipping and an optimizer together
// learn a small sequence task, as the gradient-clipping experiment will.
import Testing
@testable import NeuralCore

@Suite struct RecurrentTrainingTests {
  /// Mean squared error of predicting the mean of a sequence, averaged over a fixed batch.
  @Test func learnsTheMeanOfASequenceWithClippingAndAdam() {
    var rng = RandomSource(seed: 21)
    let (steps, batch, hidden) = (6, 16, 8)
    let rnn = Recurrent(inputSize: 1, hiddenSize: hidden, recurrentScale: 0.9, rng: &rng)
    let readout = Dense(hidden, 1, rng: &rng)
    let parameters = rnn.parameters + readout.parameters
    var optimizer = Adam(learningRate: 0.02)
    let sequence = (0..<steps).map { _ in
      Matrix(rows: batch, cols: 1, data: (0..<batch).map { _ in rng.uniform(-1, 1) })
    }
    var target = Matrix(rows: batch, cols: 1)
    for t in 0..<steps {
      for r in 0..<batch { target.data[r] += sequence[t].data[r] / Float(steps) }
    }
    let loss = MeanSquaredError()
    var gradient = Matrix(rows: batch, cols: 1)

    func trainStep() -> (loss: Float, norm: Float) {
      for p in parameters { p.zeroGrad() }
      let prediction = readout.forward(rnn.forward(sequence), training: true)
      let value = loss.evaluate(prediction, target, gradient: &gradient)
      rnn.backward(finalStateGradient: readout.backward(gradient))
      let norm = GradientClipping.clipByGlobalNorm(parameters, maxNorm: 1)
      optimizer.step(parameters)
      return (value, norm)
    }

    let first = trainStep()
    var last = first
    for _ in 0..<150 { last = trainStep() }
    #expect(first.norm > 0 && first.norm.isFinite)
    #expect(last.loss < first.loss * 0.01, "loss \(first.loss) → \(last.loss)")
  }
}
