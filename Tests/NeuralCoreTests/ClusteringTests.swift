// k-means, silhouette and NMI: recovery of separated blobs, empty clusters, the iteration cap,
// hand-worked silhouettes, the silhouette choosing k, and NMI's invariances.
import Testing
@testable import NeuralCore

@Suite struct ClusteringTests {
  func separatedBlobs(k: Int, seed: UInt64) -> Dataset {
    var rng = RandomSource(seed: seed)
    return DataGenerator.blobs(count: 100 * k, k: k, deviation: 0.5, minimumSeparation: 6, rng: &rng)
  }

  @Test func kMeansRecoversSeparatedBlobs() {
    let set = separatedBlobs(k: 4, seed: 21)
    var rng = RandomSource(seed: 1)
    let result = KMeans(k: 4).fit(set.features, rng: &rng)
    #expect(result.converged && result.iterations < 20)
    #expect(Metrics.normalizedMutualInformation(result.assignments, set.labels) > 0.99)
    // Inertia is the sum of squared distances to the assigned centroids, each the nearest.
    var inertia = 0.0
    for i in 0..<set.count {
      let own = squaredDistance(set.features, i, result.centroids, result.assignments[i])
      inertia += own
      #expect((0..<4).allSatisfy { squaredDistance(set.features, i, result.centroids, $0) >= own })
    }
    #expect(abs(inertia - result.inertia) < 1e-6 * inertia)
    var again = RandomSource(seed: 1)
    #expect(KMeans(k: 4).fit(set.features, rng: &again) == result)
  }

  @Test func steppingOneIterationAtATimeGivesExactlyTheFit() {
    let set = separatedBlobs(k: 4, seed: 5)
    for (k, cap) in [(3, 300), (4, 300), (6, 300), (5, 2), (8, 4)] {
      var fitRNG = RandomSource(seed: 9), stepRNG = RandomSource(seed: 9)
      let kMeans = KMeans(k: k, maxIterations: cap)
      let fitted = kMeans.fit(set.features, rng: &fitRNG)
      var state = kMeans.start(set.features, rng: &stepRNG)
      var seen = [state.result]
      while state.iterations < cap && !state.converged {
        state.iterate()
        seen.append(state.result)
      }
      #expect(state.result == fitted, "k = \(k), cap = \(cap)")
      #expect(fitRNG.next() == stepRNG.next(), "both draw the same k-means++ start")
      #expect(seen.map(\.iterations) == Array(1...fitted.iterations))
      // Each prefix of the run is the fit with that many passes allowed.
      for partial in seen.dropLast() {
        var rng = RandomSource(seed: 9)
        #expect(KMeans(k: k, maxIterations: partial.iterations).fit(set.features, rng: &rng) == partial)
      }
    }
  }

  @Test func iteratingAConvergedStateChangesNothing() {
    var rng = RandomSource(seed: 2)
    var state = KMeans(k: 4).start(separatedBlobs(k: 4, seed: 21).features, rng: &rng)
    while !state.converged { state.iterate() }
    let settled = state
    state.iterate()
    #expect(state == settled)
  }

  @Test func emptyClustersAreRefilled() {
    // Three distinct locations for four clusters: two seeds must coincide, leaving one empty.
    let points = Matrix([[0, 0], [0, 0], [0, 0], [5, 5], [5, 5], [10, 0]])
    for seed: UInt64 in 0..<20 {
      var rng = RandomSource(seed: seed)
      let result = KMeans(k: 4).fit(points, rng: &rng)
      #expect(Set(result.assignments) == [0, 1, 2, 3], "seed \(seed)")
      #expect(result.inertia == 0)
    }
  }

  @Test func iterationCapStopsTheRun() {
    let set = separatedBlobs(k: 3, seed: 2)
    var rng = RandomSource(seed: 5)
    let result = KMeans(k: 3, maxIterations: 1).fit(set.features, rng: &rng)
    #expect(result.iterations == 1 && !result.converged)
  }

  @Test func silhouetteOnHandWorkedPoints() throws {
    let line = Matrix([[0], [1], [10], [11]])
    let two = try #require(Metrics.silhouette(points: line, assignments: [7, 7, 3, 3]))
    #expect(abs(two - (9.5 / 10.5 + 8.5 / 9.5) / 2) < 1e-12)
    // Point 10 alone in its cluster scores 0; the others score 9/10 and 8/9.
    let three = try #require(Metrics.silhouette(points: Matrix([[0], [1], [10]]), assignments: [0, 0, 1]))
    #expect(abs(three - (0.9 + 8.0 / 9) / 3) < 1e-12)
    #expect(Metrics.silhouette(points: line, assignments: [0, 0, 0, 0]) == nil)
    #expect(Metrics.silhouette(points: line, assignments: [0, 1, 2, 3]) == nil)
  }

  @Test func silhouettePeaksAtTheTrueK() throws {
    let set = separatedBlobs(k: 4, seed: 33)
    var scores = [Int: Double]()
    for k in 2...8 {
      var rng = RandomSource(seed: UInt64(k))
      let result = KMeans(k: k).fit(set.features, rng: &rng)
      let score = try #require(Metrics.silhouette(points: set.features, assignments: result.assignments))
      scores[k] = score
    }
    let best = scores.max { $0.value < $1.value }?.key
    #expect(best == 4, "\(scores.sorted { $0.key < $1.key })")
  }

  @Test func nmiIsInvariantToRenamingAndNearZeroForIndependence() {
    let a = [0, 0, 1, 1, 2, 2, 2]
    #expect(abs(Metrics.normalizedMutualInformation(a, a.map { [5, -1, 9][$0] }) - 1) < 1e-12)
    // Worked by hand: I = ½ln(4/3) + ¼ln(2/3) + ¼ln 2 over the mean of ln 2 and H(¾, ¼).
    #expect(abs(Metrics.normalizedMutualInformation([0, 0, 1, 1], [0, 0, 0, 1]) - 0.3437110184854508) < 1e-12)
    var rng = RandomSource(seed: 12)
    let x = (0..<5000).map { _ in rng.below(3) }
    let y = (0..<5000).map { _ in rng.below(4) }
    #expect(Metrics.normalizedMutualInformation(x, y) < 0.01)
    #expect(Metrics.normalizedMutualInformation([1, 1, 1], [2, 2, 2]) == 1)
    #expect(Metrics.normalizedMutualInformation([1, 1, 1], [0, 1, 2]) == 0)
  }
}
