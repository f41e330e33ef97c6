// Determinism of the seeded generator: pinned values, ranges, and Gaussian moments.
import Testing
@testable import NeuralCore

@Suite struct RandomSourceTests {
  @Test func pinnedFirstValuesForSeed42() {
    var rng = RandomSource(seed: 42)
    let first = (0..<4).map { _ in rng.next() }
    #expect(first == RandomSourceTests.pinnedSeed42)
  }

  /// From an independent reference (SplitMix64 seeding + xoshiro256** in Python); a change here
  /// means every experiment's numbers changed on every machine.
  static let pinnedSeed42: [UInt64] = [
    1_546_998_764_402_558_742, 6_990_951_692_964_543_102,
    12_544_586_762_248_559_009, 17_057_574_109_182_124_193,
  ]

  @Test func sameSeedSameSequenceDifferentSeedDifferent() {
    var a = RandomSource(seed: 7), b = RandomSource(seed: 7), c = RandomSource(seed: 8)
    let sa = (0..<100).map { _ in a.next() }
    #expect(sa == (0..<100).map { _ in b.next() })
    #expect(sa != (0..<100).map { _ in c.next() })
  }

  @Test func uniformStaysInRange() {
    var rng = RandomSource(seed: 1)
    for _ in 0..<10_000 {
      let f = rng.unitFloat()
      #expect(f >= 0 && f < 1)
      let k = rng.below(7)
      #expect((0..<7).contains(k))
    }
  }

  @Test func gaussianHasUnitMomentsAndBelowIsFair() {
    var rng = RandomSource(seed: 3)
    let n = 200_000
    var sum = 0.0, sumSquares = 0.0
    for _ in 0..<n { let g = rng.gaussian(); sum += g; sumSquares += g * g }
    let mean = sum / Double(n)
    let variance = sumSquares / Double(n) - mean * mean
    #expect(abs(mean) < 0.01)
    #expect(abs(variance - 1) < 0.02)
    var counts = [Int](repeating: 0, count: 5)
    for _ in 0..<50_000 { counts[rng.below(5)] += 1 }
    #expect(counts.allSatisfy { abs($0 - 10_000) < 400 })
  }
}
