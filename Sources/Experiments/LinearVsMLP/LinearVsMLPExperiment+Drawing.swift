// Drawing for the linear-vs-MLP experiment: both models' decision regions side by side over the
// same points, and below them the loss and accuracy curves of both.

import Charts
import Display

extension LinearVsMLPExperiment {
  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    guard !area.isEmpty else { return }
    buffer.fill(area)
    let halves = area.rows([.percent(60), .fill(1)])
    let top = halves[0].columns([.fill(1), .fixed(1), .fill(1)])
    let bottom = halves[1].columns([.fill(1), .fixed(1), .fill(1)])
    for (model, slot) in [(Model.linear, top[0]), (.mlp, top[2])] {
      let caption: Phrase = "\(modelName(model)): \(Self.percent(accuracy(model))) of points right"
      Panels.draw(Panel(caption, regionChart(model, columns: slot.width, rows: slot.height * 2)),
                  into: &buffer, area: slot, charset: charset)
    }
    Panels.draw(Panel("loss (cross-entropy)", curves("_loss")), into: &buffer, area: bottom[0], charset: charset)
    Panels.draw(Panel("accuracy", curves("_accuracy")), into: &buffer, area: bottom[2], charset: charset)
  }

  /// "linear" or "MLP 2-8-2".
  private func modelName(_ model: Model) -> Phrase {
    model == .linear ? "linear" : "MLP \(mlpSizes.map(String.init).joined(separator: "-"))"
  }

  /// Both models' series whose names end in `suffix`, against the epoch.
  private func curves(_ suffix: String) -> LineChart {
    let lines = series.filter { $0.name.hasSuffix(suffix) }.map { s in
      LineSeries(name: tr(key: String(s.name.dropLast(suffix.count))), points: s.values.enumerated().map { (x: Double($0 + 1), y: $1) })
    }
    return LineChart(series: lines, xLabel: tr("epoch"))
  }

  /// The points over `model`'s predicted classes, sampled on a `columns × rows` grid.
  func regionChart(_ model: Model, columns: Int, rows: Int) -> ScatterChart {
    let columns = max(columns, 1), rows = max(rows, 1)
    let points = (0..<data.count).map {
      ScatterPoint(x: Double(data.features[$0, 0]), y: Double(data.features[$0, 1]), label: data.labels[$0])
    }
    return ScatterChart(
      points: points, regions: RegionGrid(columns: columns, rows: rows, classes: regionGrid(model, columns: columns, rows: rows)),
      xLimits: xRange, yLimits: yRange, classNames: data.classNames.map { tr(key: $0) })
  }
}
