// Metrics+Clustering: scores for a clustering — the silhouette (needs only the points) and
// normalised mutual information against known labels (needs the answer key).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Metrics {
  /// Mean silhouette coefficient of a clustering, in [−1, 1] (Rousseeuw 1987).
  ///
  /// For a point with mean distance `a` to the rest of its own cluster and smallest mean distance
  /// `b` to another cluster, s = (b − a) / max(a, b); a point alone in its cluster scores 0 by
  /// convention. Distances are Euclidean and computed exactly, O(n²) — fine up to a few thousand
  /// points. Cluster labels can be any integers. Returns nil unless there are between 2 and
  /// n − 1 clusters, where the score is defined.
  public static func silhouette(points: Matrix, assignments: [Int]) -> Double? {
    let n = points.rows
    precondition(assignments.count == n, "silhouette: \(n) points, \(assignments.count) assignments")
    let (cluster, k) = compactLabels(assignments)
    guard k >= 2 && k <= n - 1 else { return nil }
    var sizes = [Int](repeating: 0, count: k)
    for c in cluster { sizes[c] += 1 }
    // sums[i * k + c]: total distance from point i to the points of cluster c.
    var sums = [Double](repeating: 0, count: n * k)
    for i in 0..<n {
      for j in (i + 1)..<n {
        let distance = squaredDistance(points, i, points, j).squareRoot()
        sums[i * k + cluster[j]] += distance
        sums[j * k + cluster[i]] += distance
      }
    }
    var total = 0.0
    for i in 0..<n where sizes[cluster[i]] > 1 {
      let a = sums[i * k + cluster[i]] / Double(sizes[cluster[i]] - 1)
      var b = Double.infinity
      for c in 0..<k where c != cluster[i] { b = min(b, sums[i * k + c] / Double(sizes[c])) }
      let larger = max(a, b)
      total += larger > 0 ? (b - a) / larger : 0
    }
    return total / Double(n)
  }

  /// Normalised mutual information between two labelings of the same examples, in [0, 1].
  ///
  /// NMI = I(A; B) / ((H(A) + H(B)) / 2): mutual information over the arithmetic mean of the
  /// entropies, scikit-learn's default normalisation. It ignores how clusters are named (a
  /// renaming scores 1) and is near 0 for independent labelings. When both labelings put
  /// everything in one group the score is 1 (they agree perfectly); when only one does, 0.
  public static func normalizedMutualInformation(_ a: [Int], _ b: [Int]) -> Double {
    precondition(a.count == b.count, "NMI: labelings of \(a.count) and \(b.count) examples")
    guard !a.isEmpty else { return 1 }
    let n = Double(a.count)
    let (x, kA) = compactLabels(a), (y, kB) = compactLabels(b)
    if kA == 1 && kB == 1 { return 1 }
    // Arrays, not dictionaries: dictionary order changes between runs, and with it the last
    // bits of a floating-point sum.
    var joint = [Int](repeating: 0, count: kA * kB)
    var countA = [Int](repeating: 0, count: kA), countB = [Int](repeating: 0, count: kB)
    for (i, j) in zip(x, y) {
      joint[i * kB + j] += 1
      countA[i] += 1
      countB[j] += 1
    }
    func entropy(_ counts: [Int]) -> Double {
      counts.reduce(0) { sum, c in
        let p = Double(c) / n
        return sum - p * log(p)
      }
    }
    var mutual = 0.0
    for i in 0..<kA {
      for j in 0..<kB where joint[i * kB + j] > 0 {
        let pab = Double(joint[i * kB + j]) / n
        mutual += pab * log(pab * n * n / (Double(countA[i]) * Double(countB[j])))
      }
    }
    let mean = (entropy(countA) + entropy(countB)) / 2
    guard mean > 0 else { return 1 }
    return min(max(mutual / mean, 0), 1)
  }

  /// Labels renamed 0, 1, … in order of first appearance, and how many there are.
  static func compactLabels(_ labels: [Int]) -> (indices: [Int], count: Int) {
    var index = [Int: Int]()
    let indices = labels.map { label in
      if let known = index[label] { return known }
      index[label] = index.count
      return index.count - 1
    }
    return (indices, index.count)
  }
}
