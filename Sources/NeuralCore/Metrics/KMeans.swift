// KMeans: Lloyd's algorithm with k-means++ seeding (Arthur & Vassilvitskii 2007) for the
// clustering lesson; seeded, so the same data and seed always give the same clusters.

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
    precondition(points.rows >= k, "KMeans: \(points.rows) points for k = \(k)")
    var centroids = seed(points, rng: &rng)
    var (assignments, distances) = assign(points, &centroids)
    var iterations = 1
    var converged = false
    while iterations < maxIterations {
      centroids = means(points, assignments)
      let (next, nextDistances) = assign(points, &centroids)
      iterations += 1
      let unchanged = next == assignments
      (assignments, distances) = (next, nextDistances)
      if unchanged {
        converged = true
        break
      }
    }
    return KMeansResult(
      centroids: centroids, assignments: assignments, inertia: distances.reduce(0, +),
      iterations: iterations, converged: converged)
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
  private func assign(_ points: Matrix, _ centroids: inout Matrix) -> ([Int], [Double]) {
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
  private func means(_ points: Matrix, _ assignments: [Int]) -> Matrix {
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
