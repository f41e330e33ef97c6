// ScaleTests: data-to-position mapping, automatic limits, gaps and repaired bounds.

import Testing
@testable import Charts

@Suite struct ScaleTests {
  @Test func linearFractionsAndSlots() throws {
    let scale = Scale(.linear, lower: -2, upper: 2)
    #expect(scale.fraction(of: -2) == 0)
    #expect(scale.fraction(of: 0) == 0.5)
    #expect(scale.fraction(of: 2) == 1)
    #expect(scale.slot(of: -2, resolution: 9) == 0)
    #expect(scale.slot(of: 2, resolution: 9) == 8)
    #expect(scale.slot(of: 0.4, resolution: 9) == 5)
    #expect(scale.fraction(of: .nan) == nil)
    #expect(scale.fraction(of: .infinity) == nil)
    let back = scale.value(atFraction: 0.75)
    #expect(abs(back - 1) < 1e-12)
  }

  @Test func logScaleGapsNonPositiveValues() throws {
    let scale = Scale(.log10, lower: 1e-3, upper: 10)
    #expect(scale.fraction(of: 0) == nil)
    #expect(scale.fraction(of: -1) == nil)
    let f = try #require(scale.fraction(of: 0.1))
    #expect(abs(f - 0.5) < 1e-12)
    #expect(abs(scale.value(atFraction: 0.25) - 1e-2) < 1e-12)
  }

  @Test func farValuesGiveBoundedSlots() throws {
    let scale = Scale(.linear, lower: 0, upper: 1)
    let slot = try #require(scale.slot(of: 1e250, resolution: 10))
    #expect(slot > 9 && slot <= 44)
  }

  @Test func badBoundsAreRepaired() {
    let flat = Scale(.linear, lower: 3, upper: 3)
    #expect(flat.lower < 3 && flat.upper > 3)
    let reversed = Scale(.linear, lower: 5, upper: 1)
    #expect(reversed.lower == 1 && reversed.upper == 5)
    let log = Scale(.log10, lower: -1, upper: 0)
    #expect(log.lower > 0 && log.upper > log.lower)
    let nan = Scale(.linear, lower: .nan, upper: .infinity)
    #expect(nan.lower.isFinite && nan.upper.isFinite && nan.lower < nan.upper)
  }

  @Test func automaticLimitsRoundOutwardToNiceSteps() {
    let scale = Limits.automatic(for: [0.13, 0.92, .nan, .infinity])
    #expect(scale.lower == 0)
    #expect(abs(scale.upper - 1) < 1e-12)
    let negative = Limits.automatic(for: [-37, 12])
    #expect(negative.lower == -40 && negative.upper == 20)
  }

  @Test func flatAndEmptySeriesStillGetARange() {
    let flat = Limits.automatic(for: [5, 5, 5])
    #expect(flat.lower < 5 && flat.upper > 5)
    let zero = Limits.automatic(for: [0])
    #expect(zero.lower == -1 && zero.upper == 1)
    let empty = Limits.automatic(for: [.nan])
    #expect(empty.lower == 0 && empty.upper == 1)
    let tiny = Limits.automatic(for: [1e-7, 1e-7])
    #expect(tiny.lower < 1e-7 && tiny.upper > 1e-7 && tiny.upper < 1e-6)
  }

  @Test func automaticLimitsIncludeReferenceValues() {
    let scale = Limits.automatic(for: [1, 2], including: [10])
    #expect(scale.upper >= 10)
  }

  @Test func hugeRangesStayFinite() throws {
    let scale = Limits.automatic(for: [-.greatestFiniteMagnitude, .greatestFiniteMagnitude])
    #expect(scale.lower.isFinite && scale.upper.isFinite)
    let middle = try #require(scale.fraction(of: 0))
    #expect(abs(middle - 0.5) < 1e-9)
  }

  @Test func logLimitsAreWholeDecades() {
    let scale = Limits.automatic(for: [0.003, 42, 0, -5], kind: .log10)
    #expect(abs(scale.lower - 1e-3) < 1e-15)
    #expect(abs(scale.upper - 100) < 1e-9)
    let single = Limits.automatic(for: [1], kind: .log10)
    #expect(abs(single.lower - 0.1) < 1e-12 && abs(single.upper - 10) < 1e-9)
  }
}
