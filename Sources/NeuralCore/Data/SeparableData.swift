// SeparableData: 2-D points separated by a known line with a guaranteed margin, returned with the
// exact quantities of Novikoff's theorem (1962) so the perceptron lesson can draw the bound
// (R/γ)² beside the mistakes the perceptron actually makes.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A linearly separable data set together with the separator it was drawn from.
///
/// Every example satisfies `|w·x + b| ≥ margin`, with label 1 where `w·x + b > 0` and 0
/// elsewhere; `w` has unit length, so `|w·x + b|` is the Euclidean distance to the line.
public struct SeparableData: Equatable, Sendable {
  /// The points (2 features) and their labels.
  public let dataset: Dataset
  /// The unit normal w* of the separating line.
  public let weight: [Float]
  /// The offset b of the separating line w*·x + b = 0.
  public let bias: Float
  /// The guaranteed margin γ: no point is closer than this to the line.
  public let margin: Float
  /// R = max‖x‖ over the points (the radius Novikoff's theorem uses).
  public let radius: Float

  /// Novikoff's bound (R/γ)² on the perceptron's mistakes, for a perceptron without a bias term;
  /// it holds when `bias == 0` (the line passes through the origin).
  public var novikoffBound: Double {
    let ratio = Double(radius) / Double(margin)
    return ratio * ratio
  }

  /// Novikoff's bound for a perceptron that learns its bias as the weight of a constant input 1.
  ///
  /// With x′ = (x, 1) the radius becomes √(R² + 1) and the unit separator (w*, b)/√(1 + b²) has
  /// margin γ/√(1 + b²), so the bound is (R² + 1)(1 + b²)/γ².
  public var augmentedNovikoffBound: Double {
    let r = Double(radius), b = Double(bias), g = Double(margin)
    return (r * r + 1) * (1 + b * b) / (g * g)
  }
}

extension DataGenerator {
  /// Points on both sides of a random line through the origin offset by `bias`, none closer to
  /// it than `margin`.
  ///
  /// The unit normal w* has a uniformly random direction. Each point lies at a distance along
  /// the line uniform in [−1, 1] from the foot of the origin's perpendicular, and at a signed
  /// distance from the line whose magnitude is uniform in [margin, margin + spread]; its side
  /// (and so its class) alternates, so the classes are balanced.
  public static func separable(
    count: Int, margin: Float, bias: Float = 0, spread: Float = 1, rng: inout RandomSource
  ) -> SeparableData {
    precondition(count > 0, "separable: count must be positive")
    precondition(margin > 0 && spread >= 0, "separable: margin must be positive, spread not negative")
    let theta = rng.uniform(0, 2 * Float.pi)
    let w: (Float, Float) = (cos(theta), sin(theta))
    // Direction along the line, perpendicular to w.
    let along: (Float, Float) = (-w.1, w.0)
    var data = [Float](), labels = [Int]()
    var radius: Float = 0
    for i in 0..<count {
      let label = i % 2
      let distance = margin + spread * rng.unitFloat()
      let signed = label == 1 ? distance : -distance
      let t = rng.uniform(-1, 1)
      // x = t·along + (signed − b)·w gives w·x + b = signed exactly (up to rounding).
      let x = t * along.0 + (signed - bias) * w.0
      let y = t * along.1 + (signed - bias) * w.1
      // Float rounding can pull a point a hair inside the margin; push it back out by the
      // shortfall so the promise |w·x + b| ≥ γ holds for the stored Float coordinates.
      let (fx, fy) = pushOut(x, y, w: w, bias: bias, target: signed, margin: margin)
      data.append(fx)
      data.append(fy)
      labels.append(label)
      radius = max(radius, (fx * fx + fy * fy).squareRoot())
    }
    let dataset = Dataset(
      name: "separable", features: Matrix(rows: count, cols: 2, data: data), labels: labels,
      classNames: ["0", "1"], featureNames: planeFeatures)
    return SeparableData(dataset: dataset, weight: [w.0, w.1], bias: bias, margin: margin, radius: radius)
  }

  private static func pushOut(
    _ x: Float, _ y: Float, w: (Float, Float), bias: Float, target: Float, margin: Float
  ) -> (Float, Float) {
    var (x, y) = (x, y)
    let side: Float = target > 0 ? 1 : -1
    for _ in 0..<8 {
      let activation = w.0 * x + w.1 * y + bias
      if side * activation >= margin { break }
      let shortfall = margin - side * activation
      // Step a little more than the shortfall; Float spacing near |x| ≤ 3 is about 2.4e-7.
      let step = side * (shortfall + 1e-6)
      x += step * w.0
      y += step * w.1
    }
    return (x, y)
  }
}
