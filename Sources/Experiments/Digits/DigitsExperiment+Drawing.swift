// DigitsExperiment+Drawing: the digits screen — the test digit on show beside the probability
// the network gives each class, the accuracy curves, and the test confusion matrix.

import Charts
import Display
import NeuralCore

extension DigitsExperiment {
  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let i = shownIndex
    let truth = test.labels[i], predicted = testPredictions[i]
    let pixels = (0..<64).map { Double(test.features[i, $0]) }
    let bars = shownProbabilities.enumerated().map { digit, p in
      Bar(label: digit == truth ? tr("\(digit) true") : "\(digit)", value: p, style: Style(bold: digit == predicted))
    }
    let card = DigitCard(image: ShadedImage(columns: 8, rows: 8, pixels: pixels, range: 0...16),
                         probabilities: BarChart(bars: bars, limits: 0...1))
    let which: Phrase = misclassified.isEmpty
      ? "none wrong"
      : "wrong \(settings.integer("example") % misclassified.count + 1)/\(misclassified.count)"
    let accuracy = LineChart(
      series: [LineSeries(name: tr("train"), values: series[1].values), LineSeries(name: tr("test"), values: series[2].values)],
      yLimits: 0...1, xLabel: tr("epoch"))
    let table = MatrixTable(
      rowLabels: (0..<10).map(String.init), columnLabels: (0..<10).map(String.init),
      counts: (0..<10).map { t in (0..<10).map { confusion[t, $0] } }, cornerLabel: charset.transliterate(tr("true\\pred")))
    Panels.draw(
      main: Panel(
        "\(which): a \(truth) called \(predicted) (\(RateText.percent(shownProbabilities[predicted])))",
        Stacked(top: card, topHeight: 11, bottomCaption: "test confusion matrix (rows: true digit)", bottom: table)),
      side: [Panel("accuracy by epoch: test \(RateText.percent(confusion.accuracy))", accuracy)],
      into: &buffer, area: area, charset: charset)
  }
}

/// A digit image with a bar per class beside it (below it, when the area is narrow).
struct DigitCard: Chart {
  let image: ShadedImage
  let probabilities: BarChart

  func render(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let area = area.intersection(buffer.area)
    buffer.fill(area)
    guard !area.isEmpty else { return }
    let imageWidth = image.width(fitting: area.width / 2)
    if area.width >= imageWidth + 20 {
      let parts = area.columns([.fixed(imageWidth), .fixed(2), .fill(1)])
      image.render(into: &buffer, area: parts[0], charset: charset)
      probabilities.render(into: &buffer, area: parts[2], charset: charset)
    } else {
      let parts = area.rows([.fixed(min(image.rows, area.height / 2)), .fill(1)])
      image.render(into: &buffer, area: parts[0], charset: charset)
      probabilities.render(into: &buffer, area: parts[1], charset: charset)
    }
  }
}
