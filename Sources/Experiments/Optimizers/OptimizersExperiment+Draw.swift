// Drawing for the optimizers experiment: the race's loss curves on a log axis, or the range
// test's final loss against log₁₀ of the learning rate, with the starting loss as a reference.

import Charts
import Display
import Foundation

extension OptimizersExperiment {
  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    guard area.width >= 24, area.height >= 8 else {
      buffer.put(isRangeTest ? "lr \(stepCount) of \(Self.rangeRates.count)" : "epoch \(stepCount)",
                 x: area.x, y: area.y, clip: area)
      return
    }
    chart.render(into: &buffer, area: area, charset: charset)
  }

  /// The chart of the current mode; losses on a log axis, since the best fall by orders of magnitude.
  var chart: LineChart {
    let start = ReferenceLine(value: initialLoss, label: "start")
    if isRangeTest {
      // The chart's x axis is linear, so the rates (a log grid) are placed at their log₁₀.
      let xs = Self.rangeRates.prefix(stepCount).map { log10($0) }
      let curves = zip(entrantNames, ranges).map { name, range in
        LineSeries(name: name.rawValue, points: zip(xs, range.losses).map { (x: $0, y: $1) })
      }
      return LineChart(
        series: curves, yScale: .log10, xLimits: log10(Self.rangeRates[0])...log10(Self.rangeRates[Self.rangeRates.count - 1]),
        xLabel: "log₁₀ lr", yLabel: "loss after \(settings.integer("epochs")) epochs", references: [start])
    }
    let curves = entrants.map { e in
      LineSeries(name: e.name, points: e.losses.enumerated().map { (x: Double($0 + 1), y: $1) })
    }
    return LineChart(
      series: curves, yScale: .log10, xLabel: "epoch",
      yLabel: "loss at lr \(KnobValue.format(settings.number("lr")))", references: [start])
  }
}
