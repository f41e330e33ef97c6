// Rosenblatt's rule: the fast planar epoch agrees with the one-example rule, and the learning
// rate only scales the weights.
import Testing
@testable import NeuralCore

@Suite struct PerceptronTests {
  static func data(_ rng: inout RandomSource, cols: Int) -> (Matrix, [Float]) {
    let x = Matrix(rows: 300, cols: cols, data: (0..<(300 * cols)).map { _ in rng.uniform(-1, 1) })
    let y = (0..<300).map { i -> Float in x[i, 0] - 0.5 * x[i, cols - 1] + 0.1 >= 0 ? 1 : -1 }
    return (x, y)
  }

  @Test(arguments: [2, 3])
  func epochMatchesTheRuleAppliedOneExampleAtATime(cols: Int) {
    var rng = RandomSource(seed: 4)
    let (x, y) = Self.data(&rng, cols: cols)
    var fast = Perceptron(inputs: cols, learningRate: 0.5), slow = fast
    for _ in 0..<3 {
      let mistakes = fast.epoch(x, labels: y)
      var counted = 0
      for i in 0..<x.rows where slow.train(x, row: i, label: y[i]) { counted += 1 }
      #expect(mistakes == counted)
      #expect(fast == slow)
    }
  }

  @Test func separableDataEndsWithoutErrors() {
    var rng = RandomSource(seed: 5)
    let (x, y) = Self.data(&rng, cols: 2)
    var p = Perceptron(inputs: 2)
    var epochs = 0
    while p.epoch(x, labels: y) > 0, epochs < 10_000 { epochs += 1 }
    #expect(p.errors(x, labels: y) == 0)
  }
}
