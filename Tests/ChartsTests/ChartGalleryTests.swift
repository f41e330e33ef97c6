// ChartGalleryTests: larger charts of each kind as snapshot files, in both charsets.

import Display
import Foundation
import Testing
import _TestSupport
@testable import Charts

@Suite struct ChartGalleryTests {
  private func snapshot(_ name: String, _ width: Int, _ height: Int, _ draw: (inout Buffer, Rect, Charset) -> Void) {
    for charset in Charset.allCases {
      let text = rendered(width: width, height: height) { draw(&$0, $1, charset) }.joined(separator: "\n")
      assertSnapshot(text, named: "\(name)-\(charset == .unicode ? "unicode" : "ascii")-\(width)x\(height)")
    }
  }

  static let perceptron: ScatterChart = {
    var random = SplitMix(seed: 7)
    var points: [ScatterPoint] = []
    for _ in 0..<30 {
      let x = random.uniform(-1, 1)
      let y = random.uniform(-1, 1)
      let margin = 0.8 * x - y + 0.1
      guard abs(margin) > 0.15 else { continue }
      points.append(ScatterPoint(x: x, y: y, label: margin > 0 ? 1 : 0))
    }
    let line = BoundaryLine(w1: 0.8, w2: -1, b: 0.1)
    let regions = RegionGrid.sampling(x: -1...1, y: -1...1, columns: 40, rows: 20) { x, y in
      0.8 * x - y + 0.1 > 0 ? 1 : 0
    }
    return ScatterChart(
      points: points, regions: regions, boundary: line, xLimits: -1...1, yLimits: -1...1,
      classNames: ["class -1", "class +1"], xLabel: "x1", yLabel: "x2")
  }()

  @Test func scatterWithRegions() {
    snapshot("scatter-perceptron", 50, 18) { Self.perceptron.render(into: &$0, area: $1, charset: $2) }
  }

  @Test func gradientNormBars() {
    let bars = (1...8).map { layer in
      Bar(label: "layer \(layer)", value: pow(0.25, Double(layer)) * (1 + 0.1 * Double(layer % 3)),
          predicted: pow(0.25, Double(layer)))
    }
    let chart = BarChart(bars: bars, scale: .log10)
    snapshot("bars-vanishing-log", 56, 10) { chart.render(into: &$0, area: $1, charset: $2) }
    let linear = BarChart(bars: [
      Bar(label: "猫", value: 3.5), Bar(label: "dog", value: 7.25), Bar(label: "bird", value: 0),
    ])
    snapshot("bars-linear-zh", 30, 4) { linear.render(into: &$0, area: $1, charset: $2) }
  }

  @Test func ravineWithTrajectories() {
    var map = HeatMap.sampling(x: -4...4, y: -2...2, columns: 80, rows: 40) { x, y in
      0.1 * x * x + 2 * y * y
    }
    var gd: [(x: Double, y: Double)] = [(-3.5, 1.5)]
    var momentum: [(x: Double, y: Double)] = [(-3.5, 1.5)]
    var velocity = (0.0, 0.0)
    for _ in 0..<30 {
      let p = gd[gd.count - 1]
      gd.append((p.x - 0.4 * 0.2 * p.x, p.y - 0.4 * 4 * p.y))
      let q = momentum[momentum.count - 1]
      velocity = (0.8 * velocity.0 - 0.1 * 0.2 * q.x, 0.8 * velocity.1 - 0.1 * 4 * q.y)
      momentum.append((q.x + velocity.0, q.y + velocity.1))
    }
    map.paths = [HeatMapPath(name: "GD", points: gd), HeatMapPath(name: "momentum", points: momentum)]
    map.xLabel = "x"
    map.yLabel = "y"
    snapshot("heatmap-ravine", 60, 18) { map.render(into: &$0, area: $1, charset: $2) }
  }

  @Test func confusionMatrixAndDigit() {
    let table = MatrixTable(
      rowLabels: ["benign", "malignant"], columnLabels: ["benign", "malig."],
      counts: [[350, 7], [12, 200]], cornerLabel: "true\\pred")
    snapshot("matrix-confusion", 36, 4) { table.render(into: &$0, area: $1, charset: $2) }
    // A hand-drawn "7" in the UCI digits' 0…16 range.
    let seven: [Double] = [
      0, 4, 12, 16, 16, 16, 10, 0,
      0, 2, 6, 4, 6, 16, 9, 0,
      0, 0, 0, 0, 9, 14, 1, 0,
      0, 0, 0, 3, 16, 5, 0, 0,
      0, 0, 0, 11, 12, 0, 0, 0,
      0, 0, 5, 16, 3, 0, 0, 0,
      0, 0, 13, 11, 0, 0, 0, 0,
      0, 1, 16, 6, 0, 0, 0, 0,
    ]
    let image = ShadedImage(columns: 8, rows: 8, pixels: seven, range: 0...16)
    snapshot("image-digit", 16, 8) { image.render(into: &$0, area: $1, charset: $2) }
  }
}

/// A tiny seeded generator for test data (Charts does not depend on NeuralCore's RandomSource).
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func uniform(_ lo: Double, _ hi: Double) -> Double {
    lo + (hi - lo) * Double(next() >> 11) / Double(1 << 53)
  }
}
