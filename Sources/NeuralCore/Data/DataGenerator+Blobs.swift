// DataGenerator+Blobs: Gaussian blobs (the clustering lesson's easy case) and a 95/5 imbalanced
// two-class set (the metrics lesson's "accuracy lies" case).

extension DataGenerator {
  /// Isotropic Gaussian blobs around the given centres (one row per centre, one class each).
  public static func blobs(
    count: Int, centres: Matrix, deviation: Float = 1, noise: Noise = .none, rng: inout RandomSource
  ) -> Dataset {
    precondition(count >= 0 && centres.rows > 0, "blobs: need a non-negative count and a centre")
    let dims = centres.cols
    var data = [Float](), labels = [Int]()
    data.reserveCapacity(count * dims)
    for i in 0..<count {
      let k = i % centres.rows
      for d in 0..<dims { data.append(rng.gaussian(mean: centres[k, d], deviation: deviation)) }
      labels.append(k)
    }
    let clean = Dataset(
      name: "blobs", features: Matrix(rows: count, cols: dims, data: data), labels: labels,
      classNames: (0..<centres.rows).map { "blob \($0 + 1)" },
      featureNames: dims == 2 ? planeFeatures : [])
    return noise == .none ? clean : clean.withNoise(noise, rng: &rng)
  }

  /// Gaussian blobs around `k` random centres in the box [−box, box]^dimensions.
  ///
  /// Centres are drawn so that no two lie closer than `minimumSeparation` where that is
  /// possible (up to 1000 attempts per centre; after that the last draw is kept), which keeps
  /// "well separated" blobs well separated for every seed.
  public static func blobs(
    count: Int, k: Int, dimensions: Int = 2, deviation: Float = 1, box: Float = 10,
    minimumSeparation: Float = 0, noise: Noise = .none, rng: inout RandomSource
  ) -> Dataset {
    precondition(k > 0 && dimensions > 0, "blobs: k and dimensions must be positive")
    var centres = [[Float]]()
    for _ in 0..<k {
      var candidate = [Float]()
      for _ in 0..<1000 {
        candidate = (0..<dimensions).map { _ in rng.uniform(-box, box) }
        let clear = centres.allSatisfy { other in
          zip(candidate, other).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
            >= minimumSeparation * minimumSeparation
        }
        if clear { break }
      }
      centres.append(candidate)
    }
    return blobs(count: count, centres: Matrix(centres), deviation: deviation, noise: noise, rng: &rng)
  }

  /// A two-class 2-D set where class 1 (the positive, rare class) makes up `minorityFraction`
  /// of the examples: exactly `round(count × minorityFraction)` of them.
  ///
  /// Class 0 is N((0, 0), I) and class 1 is N((separation, 0), I), so the classes overlap and
  /// no threshold is perfect; rare examples are spread evenly through the order.
  public static func imbalanced(
    count: Int, minorityFraction: Double = 0.05, separation: Float = 2, rng: inout RandomSource
  ) -> Dataset {
    precondition(count >= 2, "imbalanced: need at least two examples")
    precondition(minorityFraction > 0 && minorityFraction < 1, "imbalanced: fraction must lie in (0, 1)")
    let rare = min(max(Int((Double(count) * minorityFraction).rounded()), 1), count - 1)
    var data = [Float](), labels = [Int]()
    for i in 0..<count {
      // Example i is rare when it crosses the next multiple of count/rare: evenly spaced.
      let label = (i + 1) * rare / count > i * rare / count ? 1 : 0
      data.append(rng.gaussian(mean: label == 1 ? separation : 0, deviation: 1))
      data.append(rng.gaussian(mean: 0, deviation: 1))
      labels.append(label)
    }
    return Dataset(
      name: "imbalanced", features: Matrix(rows: count, cols: 2, data: data), labels: labels,
      classNames: ["common", "rare"], featureNames: planeFeatures)
  }
}
