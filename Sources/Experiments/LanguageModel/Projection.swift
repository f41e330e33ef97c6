// Projection: the two principal components of a set of vectors (the learned character
// embeddings), found by power iteration so the picture is the same on every machine.

import Foundation

/// The two directions of largest variance of a set of vectors, for drawing them in 2-D.
struct Projection: Equatable {
  /// The mean of the fitted vectors, subtracted before projecting.
  let mean: [Double]
  /// Unit vectors along the first and second principal component (zero if there is none).
  let first: [Double]
  let second: [Double]
  /// The share of the fitted vectors' total variance the two components show, in 0…1.
  let explainedVariance: Double

  /// The principal components of `rows` (equal-length vectors).
  ///
  /// The covariance's top eigenvector is found by power iteration from a fixed start, removed
  /// (deflation), and the next found the same way. Each direction's sign is chosen so that its
  /// largest entry is positive, so the picture does not flip at random between runs.
  init(fitting rows: [[Double]]) {
    let n = rows.count, d = rows.first?.count ?? 0
    guard n > 0, d > 0 else {
      mean = []
      first = []
      second = []
      explainedVariance = 0
      return
    }
    mean = (0..<d).map { j in rows.reduce(0) { $0 + $1[j] } / Double(n) }
    var covariance = [[Double]](repeating: [Double](repeating: 0, count: d), count: d)
    for row in rows {
      let centred = zip(row, mean).map { $0 - $1 }
      for i in 0..<d {
        for j in 0..<d { covariance[i][j] += centred[i] * centred[j] / Double(n) }
      }
    }
    let total = (0..<d).reduce(0) { $0 + covariance[$1][$1] }
    let (first, firstValue) = Projection.topEigenvector(covariance)
    for i in 0..<d {
      for j in 0..<d { covariance[i][j] -= firstValue * first[i] * first[j] }
    }
    let (second, secondValue) = Projection.topEigenvector(covariance)
    self.first = first
    self.second = second
    explainedVariance = total > 0 ? min((firstValue + secondValue) / total, 1) : 0
  }

  /// The coordinates of `row` along the two components.
  func coordinates(_ row: [Double]) -> (x: Double, y: Double) {
    let centred = zip(row, mean).map { $0 - $1 }
    return (Projection.dot(centred, first), Projection.dot(centred, second))
  }

  static func dot(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
  }

  /// The unit eigenvector of the largest eigenvalue of symmetric positive semi-definite `m`, and
  /// that eigenvalue; a zero vector and 0 when `m` is (numerically) zero.
  static func topEigenvector(_ m: [[Double]]) -> ([Double], Double) {
    let d = m.count
    // A fixed start with unequal entries, so it is unlikely to be orthogonal to the answer.
    var v = (0..<d).map { 1 / Double($0 + 1) }
    var value = 0.0
    for _ in 0..<500 {
      let next = m.map { dot($0, v) }
      let norm = dot(next, next).squareRoot()
      guard norm > 1e-12 else { return ([Double](repeating: 0, count: d), 0) }
      let normalised = next.map { $0 / norm }
      let change = zip(normalised, v).reduce(0) { max($0, abs($1.0 - $1.1)) }
      v = normalised
      value = norm
      if change < 1e-12 { break }
    }
    if let largest = v.indices.max(by: { abs(v[$0]) < abs(v[$1]) }), v[largest] < 0 { v = v.map { -$0 } }
    return (v, value)
  }
}
