// The embedding layer: forward looks up and concatenates table rows; backward adds each slice of
// the output gradient to the row of its symbol (checked against finite differences, with symbols
// that repeat within a row and across rows, so accumulation is exercised).
import Testing
@testable import NeuralCore

@Suite struct EmbeddingTests {
  @Test func forwardConcatenatesTheVectorsOfTheContext() {
    var rng = RandomSource(seed: 3)
    let layer = Embedding(vocabulary: 5, dimension: 2, context: 3, rng: &rng)
    let output = layer.forward(Matrix([[4, 0, 4], [1, 2, 3]]), training: false)
    #expect(output.rows == 2 && output.cols == 6)
    #expect(Array(output.row(0)) == Array(layer.vector(4)) + Array(layer.vector(0)) + Array(layer.vector(4)))
    #expect(Array(output.row(1)) == Array(layer.vector(1)) + Array(layer.vector(2)) + Array(layer.vector(3)))
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func backwardMatchesFiniteDifferences(seed: UInt64) {
    var rng = RandomSource(seed: seed)
    let layer = Embedding(vocabulary: 6, dimension: 3, context: 4, rng: &rng)
    // Symbols 0…3 only, several times each: rows 4 and 5 of the table must get zero gradient.
    let symbols = (0..<12).map { _ in Float(rng.below(4)) }
    let input = Matrix(rows: 3, cols: 4, data: symbols)
    GradientCheck.checkLayer(layer, input: input, seed: seed, tolerance: 2e-3)
    #expect(layer.table.grad[12..<18].allSatisfy { $0 == 0 })
  }

  @Test func inputGradientIsZeroBecauseIndicesAreNotDifferentiable() {
    var rng = RandomSource(seed: 5)
    let layer = Embedding(vocabulary: 4, dimension: 2, context: 2, rng: &rng)
    _ = layer.forward(Matrix([[1, 3]]), training: true)
    let g = layer.backward(Matrix([[1, 2, 3, 4]]))
    #expect(g.rows == 1 && g.cols == 2 && g.data.allSatisfy { $0 == 0 })
    #expect(Array(layer.table.grad[2..<4]) == [1, 2] && Array(layer.table.grad[6..<8]) == [3, 4])
  }
}
