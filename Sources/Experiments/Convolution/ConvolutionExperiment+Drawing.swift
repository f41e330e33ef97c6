// ConvolutionExperiment+Drawing: the digit, the kernel and its feature map as shaded cells,
// test accuracy of both models per epoch, their parameter counts, and the dilated stack's reach.

import Charts
import Display
import Foundation

extension ConvolutionExperiment {
  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let plain = FeatureMap(image: digitImage, kernel: shownKernel.weights, bias: shownKernel.bias)
    let moved = featureMap
    let side = FeatureMap.side
    func image(_ pixels: [Float], range: ClosedRange<Double>? = nil) -> ShadedImage {
      ShadedImage(columns: side, rows: side, pixels: pixels.map(Double.init), range: range)
    }
    // One shading range for both responses, so equal values look equal in the two maps.
    let responses = (plain.response + moved.response).map(Double.init)
    let responseRange = (responses.min() ?? 0)...(responses.max() ?? 1)
    // Hand-made kernels are whole numbers (or ninths); a learned one is shown to one decimal.
    let numbers = moved.kernel.map { $0 == $0.rounded() ? String(Int($0)) : String(format: "%.1f", Double($0)) }
    let numberWidth = numbers.map(\.count).max() ?? 1
    let kernelText = (0..<3).map { row in
      numbers[(row * 3)..<(row * 3 + 3)].map { String(repeating: " ", count: numberWidth - $0.count) + $0 }.joined(separator: " ")
    }
    let view = ImageGrid(rows: [
      [(tr("digit \(digitLabel)"), image(plain.image, range: 0...1)),
       (tr("kernel"), ShadedImage(columns: 3, rows: 3, pixels: moved.kernel.map(Double.init))),
       (tr("response"), ShadedImage(columns: side, rows: side, pixels: plain.response.map(Double.init), range: responseRange))],
      [(charset.transliterate(tr("moved \(shift) →")), image(moved.image, range: 0...1)),
       (charset.transliterate(kernelText.joined(separator: "\n")), nil),
       (tr("response"), ShadedImage(columns: side, rows: side, pixels: moved.response.map(Double.init), range: responseRange))],
    ])
    let accuracy = LineChart(
      series: [
        LineSeries(name: tr("dense"), points: Self.byEpoch(denseAccuracyHistory)),
        LineSeries(name: tr("conv"), points: Self.byEpoch(convAccuracyHistory)),
      ], xLabel: tr("epoch"))
    let counts = BarChart(
      bars: [
        Bar(label: tr("dense model"), value: Double(denseParameters)),
        Bar(label: tr("conv model"), value: Double(convParameters)),
        Bar(label: tr("conv layer 1"), value: Double(DigitModels.convolutionParameterCount(kernel: 3, inputChannels: 1, outputChannels: models.filters))),
        Bar(label: tr("dense layer 1"), value: Double(DigitModels.denseEquivalentParameterCount(filters: models.filters))),
      ], scale: .log10)
    let layers = settings.integer("layers")
    let reach = BarChart(
      bars: (1...layers).map { l in
        Bar(label: "d=\(1 << (l - 1))", value: Double(DilatedStack.measuredReceptiveField(layers: l)),
            predicted: Double(DilatedStack.receptiveField(layers: l)))
      }, scale: .log10, measuredLabel: tr("measured"), predictedLabel: "2^L")
    Panels.draw(
      main: Panel("\(key: kernelChoice.rawValue) kernel slid over a test digit (moved \(shift) px right)", view),
      side: [
        Panel("test accuracy % per epoch", accuracy),
        Panel("weights (log); layer 1: 8×8 image → \(models.filters) maps of 8×8", counts),
        Panel("WaveNet stack: receptive field per layer", reach),
      ],
      into: &buffer, area: area, charset: charset, mainPercent: 45)
  }
}

extension ConvolutionExperiment {
  /// Accuracies in percent against the epoch number, from 1.
  static func byEpoch(_ accuracies: [Double]) -> [(x: Double, y: Double)] {
    accuracies.enumerated().map { (x: Double($0.offset + 1), y: 100 * $0.element) }
  }
}

/// Rows of small images side by side, each with a label above it; an entry without an image
/// shows its label's lines instead (the kernel's numbers).
struct ImageGrid: Chart {
  let rows: [[(label: String, image: ShadedImage?)]]

  func render(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let area = area.intersection(buffer.area)
    buffer.fill(area)
    guard !area.isEmpty else { return }
    // Two columns per pixel when the widest row fits that way, else one.
    let perPixel = rows.allSatisfy { Self.width(of: $0, perPixel: 2) <= area.width } ? 2 : 1
    var y = area.y
    for row in rows {
      let height = 1 + row.map { $0.image?.rows ?? 0 }.reduce(0, max)
      var x = area.x
      for (label, image) in row {
        let lines = label.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let slot = Rect(x: x, y: y, width: Self.width(label: lines, image: image, perPixel: perPixel), height: height).intersection(area)
        guard !slot.isEmpty else { break }
        for (index, line) in lines.enumerated() where index < slot.height {
          buffer.put(truncate(line, toWidth: slot.width, charset: charset), x: slot.x, y: slot.y + index + (image == nil ? 1 : 0), clip: slot)
        }
        if let image {
          image.render(into: &buffer, area: Rect(x: slot.x, y: slot.y + 1, width: slot.width, height: slot.height - 1).intersection(slot), charset: charset)
        }
        x += slot.width + 2
      }
      y += height + 1
      if y >= area.y + area.height { break }
    }
  }

  private static func width(label lines: [String], image: ShadedImage?, perPixel: Int) -> Int {
    max(lines.map(displayWidth).max() ?? 0, (image?.columns ?? 0) * perPixel)
  }

  private static func width(of row: [(label: String, image: ShadedImage?)], perPixel: Int) -> Int {
    // Entries are two columns apart; the last needs no gap after it.
    row.reduce(-2) { sum, entry in
      sum + 2 + width(label: entry.label.split(separator: "\n").map(String.init), image: entry.image, perPixel: perPixel)
    }
  }
}
