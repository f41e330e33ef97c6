// TicksTests: nice steps, tick positions and compact labels (the math under the axis glyphs).

import Testing
@testable import Charts

@Suite struct TicksTests {
  @Test(arguments: [
    (1.0, 5, 0.2), (10.0, 4, 5.0), (7.0, 7, 1.0), (0.03, 3, 0.01), (2500.0, 5, 500.0), (9.0, 2, 5.0),
  ])
  func niceStepIsOneTwoOrFive(span: Double, count: Int, expected: Double) {
    let step = Ticks.niceStep(span: span, count: count)
    #expect(abs(step - expected) < expected * 1e-9)
  }

  @Test func linearTicksCoverTheRangeWithCleanLabels() {
    let ticks = Ticks(for: Scale(.linear, lower: 0, upper: 1), maxCount: 5)
    #expect(ticks.labels == ["0", "0.25", "0.5", "0.75", "1"] || ticks.labels == ["0", "0.5", "1"])
    #expect(ticks.values.count <= 5)
    let five = Ticks(for: Scale(.linear, lower: 0, upper: 1), maxCount: 6)
    #expect(five.labels == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
  }

  @Test func zeroIsExactlyZero() {
    let ticks = Ticks(for: Scale(.linear, lower: -0.3, upper: 0.3), maxCount: 7)
    #expect(ticks.values.contains(0))
    #expect(ticks.labels == ["-0.3", "-0.2", "-0.1", "0", "0.1", "0.2", "0.3"])
  }

  @Test func largeAndTinyAxesUseCompactForms() {
    let large = Ticks(for: Scale(.linear, lower: 0, upper: 20000), maxCount: 5)
    #expect(large.labels == ["0", "5k", "10k", "15k", "20k"])
    let tiny = Ticks(for: Scale(.linear, lower: 0, upper: 0.0004), maxCount: 5)
    #expect(tiny.labels == ["0", "1e-4", "2e-4", "3e-4", "4e-4"])
    #expect(TickLabel.labels(for: [1000, 1200, 1400], step: 200) == ["1000", "1200", "1400"])
    #expect(TickLabel.labels(for: [10000, 12000], step: 2000) == ["10k", "12k"])
  }

  @Test func labelsStayNarrow() {
    for (lo, hi) in [(0.0, 1.0), (-1e-5, 3e-5), (0, 1e9), (-250, 250), (1e-9, 2e-9), (-1e12, 1e12)] {
      let ticks = Ticks(for: Scale(.linear, lower: lo, upper: hi), maxCount: 6)
      #expect(ticks.labelWidth <= 7, "\(ticks.labels)")
      #expect(ticks.values.count >= 2)
    }
  }

  @Test func logTicksAreDecades() {
    let ticks = Ticks(for: Scale(.log10, lower: 1e-6, upper: 1), maxCount: 7, superscripts: true)
    #expect(ticks.labels == ["10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "0.01", "0.1", "1"])
    let ascii = Ticks(for: Scale(.log10, lower: 1e-6, upper: 1), maxCount: 4, superscripts: false)
    #expect(ascii.labels == ["1e-6", "1e-4", "0.01", "1"])
  }

  @Test func fewDecadesGetTwoAndFive() {
    let ticks = Ticks(for: Scale(.log10, lower: 1, upper: 100), maxCount: 8)
    #expect(ticks.labels == ["1", "2", "5", "10", "20", "50", "100"])
  }

  @Test func compactReadouts() {
    #expect(TickLabel.compact(0.123456) == "0.123")
    #expect(TickLabel.compact(12.5) == "12.5")
    #expect(TickLabel.compact(1234) == "1234")
    #expect(TickLabel.compact(123456) == "123k")
    #expect(TickLabel.compact(0.00025) == "2.5e-4")
    #expect(TickLabel.compact(-3) == "-3")
    #expect(TickLabel.compact(.nan) == "NaN")
    #expect(TickLabel.compact(1e20) == "1e20")
  }
}
