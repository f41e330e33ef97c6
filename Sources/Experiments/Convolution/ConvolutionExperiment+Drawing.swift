// ConvolutionExperiment+Drawing: the digit, the kernel and its feature map as shaded cells,
// test accuracy of both models per epoch, their parameter counts, and the dilated stack's reach.

import Charts
import Display

extension ConvolutionExperiment {
  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let map = featureMap
    let side = FeatureMap.side
    let view = ImageRow(
      images: [
        (charset.transliterate("digit \(digitLabel) →\(shift)"), ShadedImage(columns: side, rows: side, pixels: map.image.map(Double.init), range: 0...1)),
        ("kernel", ShadedImage(columns: 3, rows: 3, pixels: map.kernel.map(Double.init))),
        ("response", ShadedImage(columns: side, rows: side, pixels: map.response.map(Double.init))),
      ])
    let accuracy = LineChart(
      series: [
        LineSeries(name: "dense", values: denseAccuracyHistory.map { 100 * $0 }),
        LineSeries(name: "conv", values: convAccuracyHistory.map { 100 * $0 }),
      ], xLabel: "epoch")
    let counts = BarChart(
      bars: [
        Bar(label: "dense model", value: Double(denseParameters)),
        Bar(label: "conv model", value: Double(convParameters)),
        Bar(label: "conv layer 1", value: Double(DigitModels.convolutionParameterCount(kernel: 3, inputChannels: 1, outputChannels: models.filters))),
        Bar(label: "dense, same out", value: Double(DigitModels.denseEquivalentParameterCount(filters: models.filters))),
      ], scale: .log10)
    let layers = settings.integer("layers")
    let reach = BarChart(
      bars: (1...layers).map { l in
        Bar(label: "d=\(1 << (l - 1))", value: Double(DilatedStack.measuredReceptiveField(layers: l)),
            predicted: Double(DilatedStack.receptiveField(layers: l)))
      }, scale: .log10, measuredLabel: "measured", predictedLabel: "2^L")
    Panels.draw(
      main: Panel("\(kernelChoice.rawValue) kernel slid over a test digit (moved \(shift) px right)", view),
      side: [
        Panel("test accuracy % per epoch", accuracy),
        Panel("weights (log): dense vs shared kernels", counts),
        Panel("WaveNet stack: receptive field per layer", reach),
      ],
      into: &buffer, area: area, charset: charset, mainPercent: 45)
  }
}

/// Small images side by side, each with a one-line label above it.
struct ImageRow: Chart {
  let images: [(label: String, image: ShadedImage)]

  func render(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let area = area.intersection(buffer.area)
    buffer.fill(area)
    guard area.height >= 2, !images.isEmpty else { return }
    // Two columns per pixel when everything fits that way, else one; a gap of two between images.
    let wide = images.reduce(0) { $0 + 2 * $1.image.columns + 2 } <= area.width
    var x = area.x
    for (label, image) in images {
      let width = wide ? 2 * image.columns : image.columns
      let slot = Rect(x: x, y: area.y, width: max(width, min(label.count, 10)), height: area.height).intersection(area)
      guard !slot.isEmpty else { break }
      buffer.put(truncate(label, toWidth: slot.width, charset: charset), x: slot.x, y: slot.y, clip: slot)
      image.render(into: &buffer, area: Rect(x: slot.x, y: slot.y + 1, width: width, height: slot.height - 1).intersection(slot), charset: charset)
      x += slot.width + 2
    }
  }
}
