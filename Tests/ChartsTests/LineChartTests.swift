// LineChartTests: line charts as inline literals and snapshots (gaps, log axes, bounds, legends).

import Display
import Foundation
import Testing
import _TestSupport
@testable import Charts

@Suite struct LineChartTests {
  private func chart(_ chart: LineChart, _ width: Int, _ height: Int, _ charset: Charset) -> [String] {
    rendered(width: width, height: height) { chart.render(into: &$0, area: $1, charset: charset) }
  }

  @Test func trainingCurvesSnapshot() {
    let steps = (0..<60).map(Double.init)
    let train: [Double] = steps.map { t in 2 * exp(-t / 12) + 0.05 }
    let test: [Double] = steps.map { t in 2 * exp(-t / 15) + 0.2 + 0.002 * t }
    let lines = LineChart(
      series: [LineSeries(name: "train", values: train), LineSeries(name: "test", values: test)],
      xLabel: "epoch", yLabel: "loss")
    assertSnapshot(chart(lines, 60, 16, .unicode).joined(separator: "\n"), named: "line-train-test-60x16")
    assertSnapshot(chart(lines, 60, 16, .ascii).joined(separator: "\n"), named: "line-train-test-ascii-60x16")
  }

  @Test func divergenceLogAndBoundSnapshot() {
    var loss = (0..<40).map { 1.0 / Double($0 + 1) }
    loss += [50, 1e4, .nan, .nan]
    let lines = LineChart(
      series: [LineSeries(name: "loss", values: loss)], yScale: .log10, yLabel: "loss (log)",
      references: [ReferenceLine(value: 0.05, label: "bound")])
    assertSnapshot(chart(lines, 50, 14, .unicode).joined(separator: "\n"), named: "line-diverged-log-50x14")
  }
}
