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
  /// `maxIterations` passes have run. A cluster left empty takes over the point farthest from its
  /// own centroid, so all k clusters stay in use. Needs at least k points.
  public func fit(_ points: Matrix, rng: inout RandomSource) -> KMeansResult {
    precondition(points.rows >= k, "KMeans: \(points.rows) points for k = \(k)")
    var centroids = seed(points, rng: &rng)
    var (assignments, distances) = assign(points, centroids)
    var iterations = 1
    var converged = false
    while iterations < maxIterations {
      centroids = update(points, &assignments, distances)
      let (next, nextDistances) = assign(points, centroids)
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
    for (c, i) in chosen.enumerated() { for d in 0..<points.cols { centroids[c, d] = points[i, d] } }
    return centroids
  }

  /// Nearest centroid of every point and the squared distance to it.
  private func assign(_ points: Matrix, _ centroids: Matrix) -> ([Int], [Double]) {
    var assignments = [Int](repeating: 0, count: points.rows)
    var distances = [Double](repeating: 0, count: points.rows)
    for i in 0..<points.rows {
      var best = 0, bestDistance = Double.infinity
      for c in 0..<centroids.rows {
        let distance = squaredDistance(points, i, centroids, c)
        if distance < bestDistance { (best, bestDistance) = (c, distance) }
      }
      assignments[i] = best
      distances[i] = bestDistance
    }
    return (assignments, distances)
  }

  /// Centroids as the means of their points; an empty cluster is given the point farthest from
  /// its centroid among clusters that can spare one (and `assignments` records the move).
  private func update(_ points: Matrix, _ assignments: inout [Int], _ distances: [Double]) -> Matrix {
    let dims = points.cols
    var sums = [Double](repeating: 0, count: k * dims)
    var sizes = [Int](repeating: 0, count: k)
    for i in 0..<points.rows {
      sizes[assignments[i]] += 1
      for d in 0..<dims { sums[assignments[i] * dims + d] += Double(points[i, d]) }
    }
    var taken = Set<Int>()
    for c in 0..<k where sizes[c] == 0 {
      let donor = (0..<points.rows)
        .filter { sizes[assignments[$0]] > 1 && !taken.contains($0) }
        .max { distances[$0] < distances[$1] }
      guard let donor else { continue }
      taken.insert(donor)
      let from = assignments[donor]
      sizes[from] -= 1
      sizes[c] = 1
      for d in 0..<dims {
        sums[from * dims + d] -= Double(points[donor, d])
        sums[c * dims + d] = Double(points[donor, d])
      }
      assignments[donor] = c
    }
    var centroids = Matrix(rows: k, cols: dims)
    for c in 0..<k where sizes[c] > 0 {
      for d in 0..<dims { centroids[c, d] = Float(sums[c * dims + d] / Double(sizes[c])) }
    }
    return centroids
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
