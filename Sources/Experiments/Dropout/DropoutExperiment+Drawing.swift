// Drawing for the dropout experiment: train and test loss of both runs on a log axis (the gap
// between a run's two curves is its overfitting), their accuracy curves, and the final test
// error and gap of each run as bars.

import Charts
import Display

extension DropoutExperiment {
  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let epochs: Phrase = "epoch \(stepCount) of \(settings.integer("epochs")), \(split.train.count) training digits"
    Panels.draw(
      main: Panel("cross-entropy, train and test (log), \(epochs)", curves(\.trainLoss, \.testLoss, yScale: .log10, legend: true)),
      side: [Panel("accuracy, train and test", curves(\.trainAccuracy, \.testAccuracy, yScale: .linear, yLimits: accuracyLimits)),
             Panel("test error and gap (train − test accuracy), %", bars())],
      into: &buffer, area: area, charset: charset)
  }

  /// "p=0.5" or "p=0": how the runs are named in legends and bars.
  func label(_ run: DropoutRun) -> String { "p=\(ExperimentReport.readable(run.p))" }

  /// Each run's training and test history from `train` and `test`, against the epoch.
  private func curves(
    _ train: KeyPath<RunHistory, [Double]>, _ test: KeyPath<RunHistory, [Double]>, yScale: ScaleKind,
    yLimits: ClosedRange<Double>? = nil, legend: Bool = false
  ) -> LineChart {
    let lines = runs.flatMap { run in
      [(train, "train"), (test, "test")].map { path, set in
        LineSeries(name: tr("\(key: set) \(label(run))"), points: run.history[keyPath: path].enumerated().map { (x: Double($0 + 1), y: $1) })
      }
    }
    return LineChart(series: lines, yScale: yScale, yLimits: yLimits, xLabel: tr("epoch"), showsLegend: legend)
  }

  /// 90–100% once every run is above 92% on the test set, so the gap is visible; else the data's range.
  private var accuracyLimits: ClosedRange<Double>? {
    runs.allSatisfy { ($0.history.testAccuracy.last ?? 0) > 0.92 } ? 0.9...1 : nil
  }

  /// Test error and train − test gap of each run after the latest epoch, in percent.
  private func bars() -> BarChart {
    let bars = runs.flatMap { run -> [Bar] in
      let h = run.history
      guard let test = h.testAccuracy.last, let train = h.trainAccuracy.last else { return [] }
      return [Bar(label: tr("error \(label(run))"), value: 100 * (1 - test)), Bar(label: tr("gap \(label(run))"), value: 100 * (train - test))]
    }
    return BarChart(bars: bars)
  }
}
