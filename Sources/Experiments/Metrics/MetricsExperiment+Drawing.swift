// MetricsExperiment+Drawing: the metrics screen — the confusion matrix and the four rates beside
// the always-negative baseline's, and the ROC and precision–recall curves with the current
// threshold marked on each.

import Charts
import Display
import NeuralCore

extension MetricsExperiment {
  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let table = MatrixTable(
      rowLabels: [tr("is \(key: positiveName)"), tr("is not")], columnLabels: [tr("called +"), tr("called -")],
      counts: [[counts.truePositives, counts.falseNegatives], [counts.falsePositives, counts.trueNegatives]],
      cornerLabel: charset.transliterate(tr("true\\called")))
    // The baseline's values ride on the model's bars as marks: 95% accuracy, recall 0.
    let bars = BarChart(
      bars: [
        Bar(label: tr("accuracy"), value: accuracy, predicted: baseline.accuracy),
        Bar(label: tr("precision"), value: precision),
        Bar(label: tr("recall"), value: recall, predicted: baselineRecall),
        Bar(label: "F1", value: f1, predicted: 0),
      ],
      limits: 0...1, measuredLabel: tr("model"), predictedLabel: tr("always negative"))
    let threshold = settings.number("threshold")
    let marker = "t = " + KnobValue.format(threshold)
    let roc = curve(self.roc?.points, marker: marker, xLabel: tr("false-positive rate"), yLabel: tr("recall"))
    let pr = curve(precisionRecall?.points, marker: marker, xLabel: tr("recall"), yLabel: tr("precision"))
    let auc: Phrase = self.roc.map { "AUC \(RateText.decimal($0.area))" } ?? "undefined"
    let ap: Phrase = precisionRecall.map { "AP \(RateText.decimal($0.averagePrecision))" } ?? "undefined"
    Panels.draw(
      main: Panel("\(key: test.name), + = \(key: positiveName), \(marker)",
                  Stacked(top: table, topHeight: 4, bottomCaption: "rates at \(marker); marks: always negative", bottom: bars)),
      side: [Panel("ROC curve, \(auc)", roc), Panel("precision-recall curve, \(ap)", pr)],
      into: &buffer, area: area, charset: charset, mainPercent: 50)
  }

  /// A threshold curve with the point of the current threshold marked as its own series.
  private func curve(_ points: [CurvePoint]?, marker: String, xLabel: String, yLabel: String) -> LineChart {
    let points = points ?? []
    let threshold = Float(settings.number("threshold"))
    // The operating point: the last point whose threshold still admits scores ≥ t.
    let current = points.last { $0.threshold >= threshold } ?? points.first
    var series = [LineSeries(name: yLabel, points: points.map { ($0.x, $0.y) })]
    if let current { series.append(LineSeries(name: marker, points: [(current.x, current.y)])) }
    return LineChart(series: series, xLimits: 0...1, yLimits: 0...1, xLabel: xLabel)
  }
}
