// Generators, splitting and scaling: the separable set keeps its promised margin and radius,
// shapes have the geometry they claim, noise does what it says, and a seed fixes everything.
import Testing
@testable import NeuralCore

@Suite struct DataGeneratorTests {
  @Test(arguments: [(Float(0.1), Float(0)), (0.25, 0.4), (0.02, -0.7)])
  func separableKeepsMarginAndRadius(margin: Float, bias: Float) {
    var rng = RandomSource(seed: 5)
    let data = DataGenerator.separable(count: 500, margin: margin, bias: bias, rng: &rng)
    let w = data.weight
    #expect(abs(w[0] * w[0] + w[1] * w[1] - 1) < 1e-6)
    var maxNorm: Float = 0
    for i in 0..<data.dataset.count {
      let x = data.dataset.features.row(i)
      let activation = w[0] * x[0] + w[1] * x[1] + data.bias
      #expect(abs(activation) >= margin, "point \(i) at distance \(abs(activation))")
      #expect((activation > 0) == (data.dataset.labels[i] == 1))
      maxNorm = max(maxNorm, (x[0] * x[0] + x[1] * x[1]).squareRoot())
    }
    #expect(data.radius == maxNorm)
    #expect(abs(data.novikoffBound - Double(maxNorm / margin) * Double(maxNorm / margin)) < 1e-3 * data.novikoffBound)
    let r = Double(maxNorm), b = Double(bias), g = Double(margin)
    #expect(abs(data.augmentedNovikoffBound - (r * r + 1) * (1 + b * b) / (g * g)) < 1e-6 * data.augmentedNovikoffBound)
    #expect(data.dataset.classCounts == [250, 250])
  }

  @Test func everyGeneratorIsDeterministicForASeed() {
    func all(_ seed: UInt64) -> [Dataset] {
      var rng = RandomSource(seed: seed)
      let noise = Noise(labelFlip: 0.1, jitter: 0.05)
      return [
        DataGenerator.separable(count: 50, margin: 0.1, rng: &rng).dataset,
        DataGenerator.xor(count: 50, noise: noise, rng: &rng),
        DataGenerator.circles(count: 50, noise: noise, rng: &rng),
        DataGenerator.moons(count: 50, noise: noise, rng: &rng),
        DataGenerator.spiral(count: 50, arms: 3, noise: noise, rng: &rng),
        DataGenerator.blobs(count: 50, k: 4, rng: &rng),
        DataGenerator.imbalanced(count: 50, rng: &rng),
      ]
    }
    #expect(all(9) == all(9))
    #expect(all(9) != all(10))
  }

  @Test func xorLabelsFollowTheQuadrants() {
    var rng = RandomSource(seed: 3)
    let set = DataGenerator.xor(count: 400, spread: 0.1, rng: &rng)
    #expect(set.classCounts == [200, 200])
    for i in 0..<set.count {
      let x = set.features.row(i)
      #expect(((x[0] > 0) != (x[1] > 0)) == (set.labels[i] == 1))
    }
  }

  @Test func circlesAndMoonsHaveTheirGeometry() {
    var rng = RandomSource(seed: 4)
    let circles = DataGenerator.circles(count: 200, factor: 0.3, rng: &rng)
    for i in 0..<circles.count {
      let x = circles.features.row(i)
      let radius = (x[0] * x[0] + x[1] * x[1]).squareRoot()
      #expect(abs(radius - (circles.labels[i] == 0 ? 1 : 0.3)) < 1e-5)
    }
    let moons = DataGenerator.moons(count: 200, rng: &rng)
    for i in 0..<moons.count {
      let x = moons.features.row(i)
      // Upper moon: on the unit circle, y ≥ 0; lower moon: on the circle of radius 1 around (1, 0.5), y ≤ 0.5.
      let (cx, cy): (Float, Float) = moons.labels[i] == 0 ? (0, 0) : (1, 0.5)
      let radius = ((x[0] - cx) * (x[0] - cx) + (x[1] - cy) * (x[1] - cy)).squareRoot()
      #expect(abs(radius - 1) < 1e-5)
      #expect(moons.labels[i] == 0 ? x[1] >= -1e-6 : x[1] <= 0.5 + 1e-6)
    }
  }

  @Test func spiralArmsAreBalancedAndInsideTheUnitDisc() {
    var rng = RandomSource(seed: 6)
    for arms in [2, 3] {
      let set = DataGenerator.spiral(count: 300, arms: arms, rng: &rng)
      #expect(set.classCount == arms)
      #expect(set.classCounts == Array(repeating: 300 / arms, count: arms))
      #expect((0..<set.count).allSatisfy { i in
        let x = set.features.row(i)
        return x[0] * x[0] + x[1] * x[1] <= 1.0001
      })
    }
  }

  @Test func labelFlipsHitTheRequestedFraction() {
    var rng = RandomSource(seed: 7)
    let clean = DataGenerator.blobs(count: 4000, k: 3, rng: &rng)
    let noisy = clean.withNoise(Noise(labelFlip: 0.2), rng: &rng)
    let flipped = zip(clean.labels, noisy.labels).filter { $0 != $1 }.count
    #expect(abs(Double(flipped) / 4000 - 0.2) < 0.03)
    #expect(noisy.features == clean.features)
    let jittered = clean.withNoise(Noise(jitter: 0.5), rng: &rng)
    #expect(jittered.labels == clean.labels)
    let shifts = zip(clean.features.data, jittered.features.data).map { Double($1 - $0) }
    let deviation = (shifts.reduce(0) { $0 + $1 * $1 } / Double(shifts.count)).squareRoot()
    #expect(abs(deviation - 0.5) < 0.03)
  }

  @Test func blobsRespectSeparationAndImbalancedIsNinetyFiveFive() {
    var rng = RandomSource(seed: 8)
    let blobs = DataGenerator.blobs(count: 600, k: 6, deviation: 0.5, minimumSeparation: 5, rng: &rng)
    #expect(blobs.classCounts == Array(repeating: 100, count: 6))
    let imbalanced = DataGenerator.imbalanced(count: 1000, rng: &rng)
    #expect(imbalanced.classCounts == [950, 50])
    // Rare examples are spread through the order, not bunched at one end.
    #expect(imbalanced.labels.prefix(500).filter { $0 == 1 }.count == 25)
  }

  @Test func stratifiedSplitKeepsProportionsAndPartitions() throws {
    let set = try Dataset.breastCancer(path: lessonDataPath("breast_cancer.csv"))
    var rng = RandomSource(seed: 1)
    let (train, test) = set.stratifiedSplit(testFraction: 0.25, rng: &rng)
    #expect(train.count + test.count == 569)
    #expect(test.classCounts == [53, 89])  // round(0.25 × 212), round(0.25 × 357)
    #expect(train.classCounts == [159, 268])
    // Every example lands on exactly one side: compare the multisets of rows.
    let rows = { (d: Dataset) in (0..<d.count).map { d.features.row($0) + [Float(d.labels[$0])] } }
    let together = (rows(train) + rows(test)).sorted { $0.lexicographicallyPrecedes($1) }
    #expect(together == rows(set).sorted { $0.lexicographicallyPrecedes($1) })
    var again = RandomSource(seed: 1)
    #expect(set.stratifiedSplit(testFraction: 0.25, rng: &again).test == test)
    // A tiny class still appears on both sides.
    let tiny = Dataset(
      name: "tiny", features: Matrix(rows: 12, cols: 1, repeating: 0), labels: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1],
      classNames: ["a", "b"])
    let parts = tiny.stratifiedSplit(testFraction: 0.1, rng: &rng)
    #expect(parts.train.classCounts == [9, 1] && parts.test.classCounts == [1, 1])
  }

  @Test func scalersFitOnTrainingOnly() {
    let train = Matrix([[1, 10, 5], [3, 20, 5], [5, 60, 5]])
    let standardizer = Standardizer(fitting: train)
    let z = standardizer.apply(train)
    for c in 0..<2 {
      let column = (0..<3).map { z[$0, c] }
      #expect(abs(column.reduce(0, +)) < 1e-5)
      #expect(abs(column.map { $0 * $0 }.reduce(0, +) / 3 - 1) < 1e-5)
    }
    #expect((0..<3).allSatisfy { z[$0, 2] == 0 })  // constant column maps to 0, not NaN
    let test = standardizer.apply(Matrix([[3, 30, 6]]))
    #expect(test[0, 0] == 0 && abs(test[0, 1] - 0) < 1e-5 && test[0, 2] == 1)

    let minMax = MinMaxScaler(fitting: train)
    #expect(minMax.apply(train) == Matrix([[0, 0, 0], [0.5, 0.2, 0], [1, 1, 0]]))
    #expect(minMax.apply(Matrix([[7, 0, 5]])) == Matrix([[1.5, -0.2, 0]]))

    let set = Dataset(name: "s", features: train, labels: [0, 1, 0], classNames: ["a", "b"], featureNames: ["u", "v", "w"])
    let scaled = set.withFeatures(minMax.apply(set.features))
    #expect(scaled.features == minMax.apply(train) && scaled.labels == set.labels && scaled.featureNames == ["u", "v", "w"])
  }
}
