// RandomSource: the seeded generator behind every experiment, so a seed gives the same
// numbers on every machine. xoshiro256** (Blackman & Vigna 2018) seeded through SplitMix64.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small, fast, seedable pseudo-random generator (xoshiro256**).
///
/// Unlike `SystemRandomNumberGenerator` it is reproducible: the same seed yields the same
/// sequence everywhere. It conforms to `RandomNumberGenerator`, but the helpers here
/// (`uniform`, `gaussian`, `below`) are specified bit for bit, whereas the standard library's
/// `Float.random(in:using:)` may change its algorithm between releases.
public struct RandomSource: RandomNumberGenerator, Sendable {
  private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
  /// A second Box–Muller value, kept for the next `gaussian()` call.
  private var spareGaussian: Double?

  /// A generator whose whole state is derived from `seed` by SplitMix64.
  public init(seed: UInt64) {
    var splitMix = seed
    func nextSplitMix() -> UInt64 {
      splitMix &+= 0x9E37_79B9_7F4A_7C15
      var z = splitMix
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    s0 = nextSplitMix()
    s1 = nextSplitMix()
    s2 = nextSplitMix()
    s3 = nextSplitMix()
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, by: 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotateLeft(s3, by: 45)
    return result
  }

  /// A uniform `Double` in [0, 1) with 53 random bits.
  public mutating func unitDouble() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform `Float` in [0, 1) with 24 random bits.
  public mutating func unitFloat() -> Float {
    Float(next() >> 40) * 0x1.0p-24
  }

  /// A uniform `Float` in [low, high).
  public mutating func uniform(_ low: Float, _ high: Float) -> Float {
    low + (high - low) * unitFloat()
  }

  /// A uniform integer in 0..<bound (Lemire's multiply-shift with rejection, so unbiased).
  public mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "RandomSource.below: bound must be positive")
    let b = UInt64(bound)
    var m = next().multipliedFullWidth(by: b)
    if m.low < b {
      let threshold = (0 &- b) % b
      while m.low < threshold { m = next().multipliedFullWidth(by: b) }
    }
    return Int(m.high)
  }

  /// A standard normal sample, N(0, 1), by the Box–Muller transform in double precision.
  public mutating func gaussian() -> Double {
    if let spare = spareGaussian {
      spareGaussian = nil
      return spare
    }
    // 1 - u keeps the argument of log in (0, 1].
    let u1 = 1 - unitDouble()
    let u2 = unitDouble()
    let radius = (-2 * log(u1)).squareRoot()
    let angle = 2 * Double.pi * u2
    spareGaussian = radius * sin(angle)
    return radius * cos(angle)
  }

  /// A normal sample with the given mean and standard deviation, as `Float`.
  public mutating func gaussian(mean: Float, deviation: Float) -> Float {
    mean + deviation * Float(gaussian())
  }

  /// Shuffles `array` in place (Fisher–Yates, using `below`).
  public mutating func shuffle<T>(_ array: inout [T]) {
    guard array.count > 1 else { return }
    for i in stride(from: array.count - 1, to: 0, by: -1) {
      array.swapAt(i, below(i + 1))
    }
  }

  private func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
  }
}
