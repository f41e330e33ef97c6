// KMeans: Lloyd's algorithm with k-means++ seeding (Arthur & Vassilvitskii 2007) for the
// clustering lesson, run whole (`fit`) or one iteration at a time (`start`, then `iterate`);
// seeded, so the same data and seed always give the same clusters.

/// k-means clustering: k centroids, each point assigned to its nearest.
public struct KMeans: Equatable, Sendable {
  /// Number of clusters.
  public var k: Int
  /// Cap on assignment passes; Lloyd's iterations usually settle in a few dozen.
  public var maxIterations: Int

  /// A k-means configuration.
  public init(k: Int, maxIterations: Int = 300) {
    precondition(k > 0 && maxIterations > 0, "KMeans: k and maxIterations must be positive")
    self.k = k
    self.maxIterations = maxIterations
  }

  /// Clusters the rows of `points`, seeding centroids by k-means++ from `rng`.
  ///
  /// Each pass assigns every point to its nearest centroid (ties to the lower index) and moves
  /// each centroid to its points' mean, until an assignment pass changes nothing or
  /// `maxIterations` passes have run. A cluster left empty by a pass takes over the point
  /// farthest from its centroid (ties to the lower index) and moves onto it, so all k clusters
  /// stay in use even when the data has fewer than k distinct points. Needs at least k points.
  public func fit(_ points: Matrix, rng: inout RandomSource) -> KMeansResult {
    var state = start(points, rng: &rng)
    while state.iterations < maxIterations && !state.converged { state.iterate() }
    return state.result
  }

  /// The k-means++ start and the first assignment pass, as a state that `iterate()` advances one
  /// Lloyd iteration at a time — for watching the centroids move. Stepping it until it converges
  /// or has run `maxIterations` passes gives exactly what `fit` returns. Needs at least k points.
  public func start(_ points: Matrix, rng: inout RandomSource) -> KMeansState {
    precondition(points.rows >= k, "KMeans: \(points.rows) points for k = \(k)")
    var centroids = seed(points, rng: &rng)
    let (assignments, distances) = assign(points, &centroids)
    return KMeansState(kMeans: self, points: points, centroids: centroids, assignments: assignments, distances: distances)
  }

  /// k-means++: the first centre uniformly, each next one with probability proportional to the
  /// squared distance to the nearest centre chosen so far.
  private func seed(_ points: Matrix, rng: inout RandomSource) -> Matrix {
    let n = points.rows
    var chosen = [rng.below(n)]
    var nearest = (0..<n).map { squaredDistance(points, $0, points, chosen[0]) }
    while chosen.count < k {
      let total = nearest.reduce(0, +)
      var pick = n - 1
      if total > 0 {
        var target = rng.unitDouble() * total
        for i in 0..<n {
          target -= nearest[i]
          if target < 0 {
            pick = i
            break
          }
        }
        // Rounding can leave the target unspent: fall back to the last point still uncovered.
        if target >= 0, let last = nearest.lastIndex(where: { $0 > 0 }) { pick = last }
      } else {
        // Every point sits on a chosen centre (duplicates): any point will do.
        pick = rng.below(n)
      }
      chosen.append(pick)
      for i in 0..<n { nearest[i] = min(nearest[i], squaredDistance(points, i, points, pick)) }
    }
    var centroids = Matrix(rows: k, cols: points.cols)
    for (c, i) in chosen.enumerated() { copyRow(points, i, into: &centroids, c) }
    return centroids
  }

  /// Nearest centroid of every point and the squared distance to it, after refilling any
  /// cluster left empty (which moves that cluster's centroid onto its new point).
  fileprivate func assign(_ points: Matrix, _ centroids: inout Matrix) -> ([Int], [Double]) {
    var assignments = [Int](repeating: 0, count: points.rows)
    var distances = [Double](repeating: 0, count: points.rows)
    var sizes = [Int](repeating: 0, count: k)
    for i in 0..<points.rows {
      var best = 0, bestDistance = Double.infinity
      for c in 0..<k {
        let distance = squaredDistance(points, i, centroids, c)
        if distance < bestDistance { (best, bestDistance) = (c, distance) }
      }
      assignments[i] = best
      distances[i] = bestDistance
      sizes[best] += 1
    }
    for c in 0..<k where sizes[c] == 0 {
      // With at least k points an empty cluster means another holds two or more: take the
      // point of such a cluster that its centroid fits worst.
      var donor = -1
      for i in 0..<points.rows where sizes[assignments[i]] > 1 {
        if donor < 0 || distances[i] > distances[donor] { donor = i }
      }
      guard donor >= 0 else { continue }
      sizes[assignments[donor]] -= 1
      sizes[c] = 1
      assignments[donor] = c
      distances[donor] = 0
      copyRow(points, donor, into: &centroids, c)
    }
    return (assignments, distances)
  }

  /// The mean of each cluster's points (every cluster is non-empty after `assign`).
  fileprivate func means(_ points: Matrix, _ assignments: [Int]) -> Matrix {
    let dims = points.cols
    var sums = [Double](repeating: 0, count: k * dims)
    var sizes = [Int](repeating: 0, count: k)
    for i in 0..<points.rows {
      sizes[assignments[i]] += 1
      for d in 0..<dims { sums[assignments[i] * dims + d] += Double(points[i, d]) }
    }
    var centroids = Matrix(rows: k, cols: dims)
    for c in 0..<k where sizes[c] > 0 {
      for d in 0..<dims { centroids[c, d] = Float(sums[c * dims + d] / Double(sizes[c])) }
    }
    return centroids
  }

  private func copyRow(_ source: Matrix, _ row: Int, into target: inout Matrix, _ targetRow: Int) {
    for d in 0..<source.cols { target[targetRow, d] = source[row, d] }
  }
}

/// A k-means run in progress: the centroids and assignments after the latest pass.
public struct KMeansState: Equatable, Sendable {
  /// The configuration being run (its `maxIterations` is for `fit`; the state itself has no cap).
  public let kMeans: KMeans
  /// The points being clustered.
  public let points: Matrix
  /// One centroid per row.
  public private(set) var centroids: Matrix
  /// The cluster of each point, in `0..<k`.
  public private(set) var assignments: [Int]
  /// Each point's squared distance to its centroid.
  private var distances: [Double]
  /// Assignment passes run, the first (at the start) included.
  public private(set) var iterations = 1
  /// Whether the latest pass changed no assignment; further iterations then change nothing.
  public private(set) var converged = false

  fileprivate init(kMeans: KMeans, points: Matrix, centroids: Matrix, assignments: [Int], distances: [Double]) {
    self.kMeans = kMeans
    self.points = points
    self.centroids = centroids
    self.assignments = assignments
    self.distances = distances
  }

  /// One Lloyd iteration: moves each centroid to its points' mean, then reassigns every point.
  /// Does nothing once converged.
  public mutating func iterate() {
    guard !converged else { return }
    centroids = kMeans.means(points, assignments)
    let (next, nextDistances) = kMeans.assign(points, &centroids)
    iterations += 1
    converged = next == assignments
    (assignments, distances) = (next, nextDistances)
  }

  /// The clustering so far, with its inertia.
  public var result: KMeansResult {
    KMeansResult(
      centroids: centroids, assignments: assignments, inertia: distances.reduce(0, +),
      iterations: iterations, converged: converged)
  }
}

/// The outcome of a k-means run.
public struct KMeansResult: Equatable, Sendable {
  /// One centroid per row.
  public let centroids: Matrix
  /// The cluster of each point, in `0..<k`.
  public let assignments: [Int]
  /// Sum of squared distances from each point to its centroid (within-cluster sum of squares).
  public let inertia: Double
  /// Assignment passes run, the first included.
  public let iterations: Int
  /// Whether the last pass changed no assignment (false when the cap stopped the run).
  public let converged: Bool
}

/// ‖a[i] − b[j]‖² between row `i` of `a` and row `j` of `b`, in double precision.
func squaredDistance(_ a: Matrix, _ i: Int, _ b: Matrix, _ j: Int) -> Double {
  var sum = 0.0
  for d in 0..<a.cols {
    let diff = Double(a[i, d]) - Double(b[j, d])
    sum += diff * diff
  }
  return sum
}
