// Loss values on hand-computed cases and their stability at extreme logits.
import Foundation
import Testing
@testable import NeuralCore

@Suite struct LossTests {
  @Test func meanSquaredErrorByHand() {
    let loss = MeanSquaredError().value(Matrix([[1, 2], [3, 4]]), Matrix([[1, 0], [0, 4]]))
    #expect(abs(loss - (4 + 9) / 4) < 1e-6)
  }

  @Test func binaryCrossEntropyMatchesDefinitionAndStaysFinite() {
    let z: Float = 0.7
    let p = 1 / (1 + Foundation.exp(-z))
    let expected = -(0.3 * Foundation.log(p) + 0.7 * Foundation.log(1 - p))
    #expect(abs(BinaryCrossEntropyWithLogits().value(Matrix([[z]]), Matrix([[0.3]])) - expected) < 1e-5)
    let extreme = BinaryCrossEntropyWithLogits().value(Matrix([[100, -100]]), Matrix([[0, 1]]))
    #expect(abs(extreme - 100) < 1e-3)
  }

  @Test func softmaxCrossEntropyIsMinusLogProbability() {
    let logits = Matrix([[1, 2, 3], [0, 0, 0]])
    let p = Foundation.exp(Float(3)) / (Foundation.exp(1) + Foundation.exp(2) + Foundation.exp(3))
    let expected = (-Foundation.log(p) + Foundation.log(3)) / 2
    #expect(abs(SoftmaxCrossEntropy().value(logits, [2, 1]) - expected) < 1e-5)
    // A wrong label with a 200-logit gap: exactly 200, not infinity.
    #expect(abs(SoftmaxCrossEntropy().value(Matrix([[200, 0]]), [1]) - 200) < 1e-3)
  }

  @Test func hingeAndPerceptronCriteria() {
    let z = Matrix([[2, 0.5, -1]]), t = Matrix([[1, 1, 1]])
    #expect(abs(HingeLoss(margin: 1).value(z, t) - (0 + 0.5 + 2) / 3) < 1e-6)
    #expect(abs(HingeLoss.perceptron.value(z, t) - 1 / 3) < 1e-6)
    var gradient = Matrix(rows: 0, cols: 0)
    _ = HingeLoss.perceptron.evaluate(Matrix([[0]]), Matrix([[-1]]), gradient: &gradient)
    #expect(gradient.data == [1], "a point on the boundary still counts as a mistake")
  }
}
