// Drawing for the optimizers experiment: the race's loss curves on a log axis, or the range
// test's final loss against log₁₀ of the learning rate, with the starting loss as a reference.

import Charts
import Display
import Foundation

extension OptimizersExperiment {
  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let caption: Phrase = isRangeTest
      ? "loss after \(settings.integer("epochs")) epochs against log₁₀ lr (\(stepCount) of \(Self.rangeRates.count) rates tried)"
      : "training loss, epoch \(stepCount), lr \(KnobValue.format(settings.number("lr"))), batch \(settings.integer("batch"))"
    Panels.draw(main: Panel(caption, chart(charset)), side: [], into: &buffer, area: area, charset: charset)
  }

  /// The chart of the current mode; losses on a log axis, since the best fall by orders of magnitude.
  func chart(_ charset: Charset) -> LineChart {
    let start = ReferenceLine(value: initialLoss, label: tr("start"))
    if isRangeTest {
      // The chart's x axis is linear, so the rates (a log grid) are placed at their log₁₀.
      let xs = Self.rangeRates.prefix(stepCount).map { log10($0) }
      let curves = zip(entrantNames, ranges).map { name, range in
        LineSeries(name: Self.label(name), points: zip(xs, range.losses).map { (x: $0, y: $1) })
      }
      let span = log10(Self.rangeRates[0])...log10(Self.rangeRates[Self.rangeRates.count - 1])
      return LineChart(
        series: curves, yScale: .log10, xLimits: span, xLabel: charset.transliterate(tr("log₁₀ lr")), references: [start])
    }
    let curves = entrants.map { e in
      LineSeries(name: e.name, points: e.losses.enumerated().map { (x: Double($0 + 1), y: $1) })
    }
    return LineChart(series: curves, yScale: .log10, xLabel: tr("epoch"), references: [start])
  }
}
