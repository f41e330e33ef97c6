// Drawing for the linear-vs-MLP experiment: both models' decision regions side by side over the
// same points, and below them the loss and accuracy curves of both.

import Charts
import Display

extension LinearVsMLPExperiment {
  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    guard area.width >= 24, area.height >= 10 else {
      buffer.put(headline(.linear) + "   " + headline(.mlp), x: area.x, y: area.y, clip: area)
      return
    }
    let topHeight = area.height * 3 / 5, half = area.width / 2
    let left = Rect(x: area.x, y: area.y, width: half, height: topHeight)
    let right = Rect(x: area.x + half, y: area.y, width: area.width - half, height: topHeight)
    for (model, panel) in [(Model.linear, left), (.mlp, right)] {
      buffer.put(headline(model), x: panel.x + 1, y: panel.y, clip: panel)
      let chartArea = Rect(x: panel.x, y: panel.y + 1, width: panel.width, height: panel.height - 1)
      regionChart(model, columns: panel.width, rows: panel.height).render(into: &buffer, area: chartArea, charset: charset)
    }
    let bottom = Rect(x: area.x, y: area.y + topHeight, width: area.width, height: area.height - topHeight)
    let curves = series
    let chart = { (suffix: String, label: String) in
      LineChart(
        series: curves.filter { $0.name.hasSuffix(suffix) }.map { s in
          LineSeries(name: s.name, points: s.values.enumerated().map { (x: Double($0 + 1), y: $1) })
        },
        xLabel: "epoch", yLabel: label)
    }
    chart("_loss", "loss").render(
      into: &buffer, area: Rect(x: bottom.x, y: bottom.y, width: half, height: bottom.height), charset: charset)
    chart("_accuracy", "accuracy").render(
      into: &buffer, area: Rect(x: bottom.x + half, y: bottom.y, width: bottom.width - half, height: bottom.height),
      charset: charset)
  }

  /// "MLP 2-8-2: 100%": the model and its training accuracy.
  private func headline(_ model: Model) -> String {
    let name = model == .linear ? "linear" : "MLP " + mlpSizes.map(String.init).joined(separator: "-")
    return "\(name): " + Self.percent(accuracy(model))
  }

  /// The points over `model`'s predicted classes, sampled about once per terminal cell.
  func regionChart(_ model: Model, columns: Int, rows: Int) -> ScatterChart {
    let classes = regionGrid(model, columns: max(columns, 1), rows: max(rows, 1))
    let points = (0..<data.count).map {
      ScatterPoint(x: Double(data.features[$0, 0]), y: Double(data.features[$0, 1]), label: data.labels[$0])
    }
    return ScatterChart(
      points: points, regions: RegionGrid(columns: max(columns, 1), rows: max(rows, 1), classes: classes),
      xLimits: xRange, yLimits: yRange, classNames: data.classNames)
  }
}
