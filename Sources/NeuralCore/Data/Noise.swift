// Noise: the two ways a toy data set is made messy — wrong labels and blurred coordinates —
// kept apart because they teach different things (label noise breaks separability; jitter
// only thickens the classes).

/// How much noise a generator adds to the clean data it draws.
public struct Noise: Equatable, Sendable {
  /// Probability that an example's label is replaced by a different class, chosen uniformly
  /// among the others. In [0, 1]; with two classes this is a plain label flip.
  public var labelFlip: Double
  /// Standard deviation of Gaussian jitter added independently to every coordinate.
  public var jitter: Float

  /// No noise at all.
  public static let none = Noise(labelFlip: 0, jitter: 0)

  /// Noise with the given label-flip probability and coordinate jitter.
  public init(labelFlip: Double = 0, jitter: Float = 0) {
    precondition(labelFlip >= 0 && labelFlip <= 1, "Noise: labelFlip must lie in [0, 1]")
    precondition(jitter >= 0, "Noise: jitter must not be negative")
    self.labelFlip = labelFlip
    self.jitter = jitter
  }
}

extension Dataset {
  /// The same data set with `noise` applied: jitter first (every coordinate), then label flips
  /// (each example independently). A data set with one class gets no label flips.
  public func withNoise(_ noise: Noise, rng: inout RandomSource) -> Dataset {
    var noisy = self
    if noise.jitter > 0 {
      for i in noisy.features.data.indices {
        noisy.features.data[i] += noise.jitter * Float(rng.gaussian())
      }
    }
    if noise.labelFlip > 0 && classCount > 1 {
      for i in noisy.labels.indices where rng.unitDouble() < noise.labelFlip {
        // Draw among the other classes: skip over the current one.
        let other = rng.below(classCount - 1)
        noisy.labels[i] = other >= noisy.labels[i] ? other + 1 : other
      }
    }
    return noisy
  }
}
