// DataGenerator: synthetic 2-D classification sets for the lessons (XOR, circles, moons,
// spirals), each drawn from a RandomSource so a seed reproduces the picture exactly.
// Separable data, blobs and the imbalanced set live in their own files beside this one.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Seeded generators of small synthetic data sets.
///
/// Examples are emitted with classes interleaved (example i belongs to class i mod k before
/// any label noise), so a prefix of the data already contains every class.
public enum DataGenerator {
  static let planeFeatures = ["x", "y"]

  /// Four Gaussian clusters at (±1, ±1); class 1 where exactly one coordinate is positive.
  ///
  /// No line separates the classes — the classic case of Minsky & Papert (1969).
  /// - Parameter spread: standard deviation of each cluster around its corner.
  public static func xor(
    count: Int, spread: Float = 0.3, noise: Noise = .none, rng: inout RandomSource
  ) -> Dataset {
    precondition(count >= 0, "xor: negative count")
    let corners: [(Float, Float, Int)] = [(1, 1, 0), (-1, 1, 1), (-1, -1, 0), (1, -1, 1)]
    var data = [Float](), labels = [Int]()
    for i in 0..<count {
      // Alternating classes: corners 0, 1, 2, 3 give labels 0, 1, 0, 1.
      let (cx, cy, label) = corners[i % 4]
      data.append(rng.gaussian(mean: cx, deviation: spread))
      data.append(rng.gaussian(mean: cy, deviation: spread))
      labels.append(label)
    }
    return planar("xor", data, labels, classes: ["0", "1"], noise: noise, rng: &rng)
  }

  /// Two concentric circles: class 0 on the unit circle, class 1 on a circle of radius `factor`.
  public static func circles(
    count: Int, factor: Float = 0.5, noise: Noise = .none, rng: inout RandomSource
  ) -> Dataset {
    precondition(count >= 0, "circles: negative count")
    precondition(factor > 0 && factor < 1, "circles: factor must lie in (0, 1)")
    var data = [Float](), labels = [Int]()
    for i in 0..<count {
      let label = i % 2
      let radius: Float = label == 0 ? 1 : factor
      let angle = rng.uniform(0, 2 * Float.pi)
      data.append(radius * cos(angle))
      data.append(radius * sin(angle))
      labels.append(label)
    }
    return planar("circles", data, labels, classes: ["outer", "inner"], noise: noise, rng: &rng)
  }

  /// Two interleaving half circles: class 0 is the upper arc of the unit circle, class 1 the
  /// lower arc shifted right by 1 and up by 0.5, so each moon reaches into the other's hollow.
  public static func moons(count: Int, noise: Noise = .none, rng: inout RandomSource) -> Dataset {
    precondition(count >= 0, "moons: negative count")
    var data = [Float](), labels = [Int]()
    for i in 0..<count {
      let label = i % 2
      let t = rng.uniform(0, Float.pi)
      if label == 0 {
        data.append(cos(t))
        data.append(sin(t))
      } else {
        data.append(1 - cos(t))
        data.append(0.5 - sin(t))
      }
      labels.append(label)
    }
    return planar("moons", data, labels, classes: ["upper", "lower"], noise: noise, rng: &rng)
  }

  /// Interleaved spiral arms (2 or 3), one class per arm, each winding `turns` times outward
  /// from the origin to radius 1.
  public static func spiral(
    count: Int, arms: Int = 2, turns: Float = 1.25, noise: Noise = .none, rng: inout RandomSource
  ) -> Dataset {
    precondition(count >= 0, "spiral: negative count")
    precondition(arms == 2 || arms == 3, "spiral: arms must be 2 or 3")
    var data = [Float](), labels = [Int]()
    for i in 0..<count {
      let arm = i % arms
      // Radius uniform in (0.05, 1]: the very centre, where arms meet, is left out.
      let radius = rng.uniform(0.05, 1)
      let angle = 2 * Float.pi * (turns * radius + Float(arm) / Float(arms))
      data.append(radius * cos(angle))
      data.append(radius * sin(angle))
      labels.append(arm)
    }
    let names = (0..<arms).map { "arm \($0 + 1)" }
    return planar("spiral", data, labels, classes: names, noise: noise, rng: &rng)
  }

  /// Wraps flat (x, y) pairs as a named 2-D data set and applies `noise`.
  static func planar(
    _ name: String, _ data: [Float], _ labels: [Int], classes: [String], noise: Noise,
    rng: inout RandomSource
  ) -> Dataset {
    let clean = Dataset(
      name: name, features: Matrix(rows: labels.count, cols: 2, data: data), labels: labels,
      classNames: classes, featureNames: planeFeatures)
    return noise == .none ? clean : clean.withNoise(noise, rng: &rng)
  }
}
