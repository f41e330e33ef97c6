// The shared training helpers: mini-batch slicing and gathering, the one-step classifier update,
// and the digits scaled to [0, 1] that the pixel-trained experiments load.
import Testing
import NeuralCore
@testable import Experiments

@Suite struct TrainingHelpersTests {
  /// Five examples of two features, (10i, 10i + 1), labelled i mod 2.
  static let five = Dataset(
    name: "five", features: Matrix((0..<5).map { [Float(10 * $0), Float(10 * $0 + 1)] }),
    labels: (0..<5).map { $0 % 2 }, classNames: ["even", "odd"], featureNames: ["a", "b"])

  @Test func batchSlicesCoverTheOrderInPiecesOfTheSize() {
    #expect(batchSlices([4, 2, 0, 1, 3], size: 2).map(Array.init) == [[4, 2], [0, 1], [3]])
    #expect(batchSlices([4, 2, 0], size: 5).map(Array.init) == [[4, 2, 0]])
    #expect(batchSlices([], size: 3).isEmpty)
  }

  @Test func shuffledBatchesFollowOneShuffleOfTheIndices() {
    var rng = RandomSource(seed: 3), same = RandomSource(seed: 3)
    let batches = Self.five.shuffledBatches(size: 2, rng: &rng)
    var order = Array(0..<5)
    same.shuffle(&order)
    #expect(batches.map(\.count) == [2, 2, 1])
    #expect(batches.flatMap(\.labels) == order.map { $0 % 2 })
    #expect(batches.flatMap { $0.features.data } == order.flatMap { [Float(10 * $0), Float(10 * $0 + 1)] })
    #expect(rng.next() == same.next(), "the batches draw exactly one shuffle")
  }

  @Test func miniBatchGathersRowsAndShrinksForTheLastBatch() {
    var batch = MiniBatch(capacity: 2, featureCount: 2)
    batch.fill(from: Self.five, rows: [3, 0][...])
    #expect(batch.features.rows == 2 && batch.features.data == [30, 31, 0, 1])
    #expect(batch.labels == [1, 0])
    batch.fill(from: Self.five, rows: [4][...])
    #expect(batch.features.rows == 1 && batch.features.data == [40, 41])
    #expect(batch.labels == [0])
  }

  @Test func aTrainingStepLowersTheLossOfItsBatch() {
    var rng = RandomSource(seed: 1)
    let classifier = Classifier(.multilayerPerceptron(sizes: [2, 4, 2], hidden: .tanh, initializer: .xavier, rng: &rng))
    var optimizer = SGD(learningRate: 0.01)
    let inputs = Matrix(rows: 5, cols: 2, data: Self.five.features.data.map { $0 / 50 })
    let before = classifier.meanLoss(inputs, Self.five.labels)
    let reported = classifier.trainStep(inputs, Self.five.labels, optimizer: &optimizer)
    #expect(abs(reported - before) < 1e-6, "the step reports the loss before its update")
    #expect(classifier.meanLoss(inputs, Self.five.labels) < before)
  }

  @Test func scaledDigitsAreTheDigitsOverSixteen() throws {
    let digits = try DataFiles.digits(), scaled = try DataFiles.scaledDigits()
    #expect(scaled.labels == digits.labels)
    #expect(scaled.features.rows == digits.features.rows && scaled.features.cols == 64)
    #expect(scaled.features.data == digits.features.data.map { $0 / 16 })
    #expect(scaled.features.data.allSatisfy { (0...1).contains($0) })
    #expect(scaled.features.data.contains(1), "a pixel at full intensity (16) becomes exactly 1")
  }
}
