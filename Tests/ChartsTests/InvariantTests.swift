// InvariantTests: every chart × sizes × charsets × languages keeps rows whole and stays in its region;
// hostile inputs (NaN, ∞, empty, one point, huge ranges) never crash.

import Display
import Foundation
import Testing
@testable import Charts

/// A named drawing under test: one chart, or several drawn into the same region.
struct AnyChart: Sendable, CustomStringConvertible {
  let description: String
  let render: @Sendable (inout Buffer, Rect, Charset) -> Void

  init(description: String, render: @escaping @Sendable (inout Buffer, Rect, Charset) -> Void) {
    self.description = description
    self.render = render
  }

  init(_ description: String, _ chart: any Chart) {
    self.init(description: description) { chart.render(into: &$0, area: $1, charset: $2) }
  }
}

enum Fixtures {
  static func labels(zh: Bool) -> (series: [String], axis: String, classes: [String]) {
    zh
      ? (["训练", "测试集"], "损失", ["类别甲", "类别乙"])
      : (["train", "test"], "loss", ["class a", "class b"])
  }

  static func charts(zh: Bool) -> [AnyChart] {
    let l = labels(zh: zh)
    let values = (0..<50).map { 1 / (1 + Double($0)) }
    let line = LineChart(
      series: [
        LineSeries(name: l.series[0], values: values), LineSeries(name: l.series[1], values: values.map { $0 * 2 }),
      ],
      yScale: .log10, xLabel: l.axis, yLabel: l.axis, references: [ReferenceLine(value: 0.1, label: l.axis)])
    let scatter = ScatterChart(
      points: [ScatterPoint(x: 0, y: 0, label: 0), ScatterPoint(x: 1, y: 2, label: 1)],
      regions: RegionGrid(columns: 2, rows: 2, classes: [0, 1, 1, 0]), boundary: BoundaryLine(w1: 1, w2: 1, b: -1),
      classNames: l.classes, xLabel: l.axis, yLabel: l.axis)
    let bars = BarChart(
      bars: [Bar(label: l.series[0], value: 1e-3, predicted: 2e-3), Bar(label: l.series[1], value: 4)], scale: .log10,
      measuredLabel: l.axis, predictedLabel: l.classes[0])
    let heat = HeatMap.sampling(x: -1...1, y: -1...1, columns: 10, rows: 10, logShading: true) { $0 * $0 + $1 * $1 }
    let heatWithPaths = {
      var map = heat
      map.paths = [HeatMapPath(name: l.series[0], points: [(x: -1, y: 1), (x: 0, y: 0), (x: 5, y: 5)])]
      map.yLabel = l.axis
      return map
    }()
    let table = MatrixTable(
      rowLabels: l.classes, columnLabels: l.classes, counts: [[5, 1], [0, 12]], cornerLabel: l.axis)
    let image = ShadedImage(columns: 8, rows: 8, pixels: (0..<64).map(Double.init))
    let spark = Sparkline(values: values)
    return [
      AnyChart("line", line), AnyChart("scatter", scatter), AnyChart("bars", bars), AnyChart("heat", heatWithPaths),
      AnyChart("table", table), AnyChart("image", image), AnyChart("spark", spark),
    ]
  }

  /// Inputs that break naive plotting code.
  static let hostile: [[Double]] = [
    [], [.nan], [.infinity, -.infinity], [42], [0, 0, 0], [1e300, -1e300], [.greatestFiniteMagnitude, 1],
    [1e-300, 2e-300], [-5, .nan, 3, .infinity, 1],
  ]
}

@Suite struct InvariantTests {
  static let sizes = [(1, 1), (3, 2), (9, 4), (20, 12), (47, 15), (80, 24)]

  /// Draws `chart` into `area` inside a larger buffer and checks the buffer invariants.
  private func check(_ chart: AnyChart, width: Int, height: Int, charset: Charset, zh: Bool) {
    let area = Rect(x: 2, y: 1, width: width, height: height)
    var buffer = Buffer(width: width + 4, height: height + 2)
    chart.render(&buffer, area, charset)
    let context = "\(chart) \(width)x\(height) \(charset) zh=\(zh)"
    for line in buffer.lines() {
      #expect(displayWidth(line) == buffer.width, "row width: \(context)")
    }
    for y in 0..<buffer.height {
      for x in 0..<buffer.width {
        let cell = buffer[x, y]
        if !area.contains(x: x, y: y) {
          #expect(cell == .blank, "drawn outside the region at (\(x), \(y)): \(context)")
        }
        if cell.isContinuation {
          #expect(x > area.x && displayWidth(buffer[x - 1, y].symbol) == 2, "split wide glyph: \(context)")
        }
        if charset == .ascii && !zh {
          let isASCII = cell.symbol.allSatisfy { $0.isASCII }
          #expect(isASCII, "non-ASCII \(cell.symbol) in ASCII mode: \(context)")
        }
      }
    }
  }

  @Test(arguments: [false, true])
  func chartsStayInsideTheirRegion(zh: Bool) {
    for chart in Fixtures.charts(zh: zh) {
      for (width, height) in Self.sizes {
        for charset in Charset.allCases {
          check(chart, width: width, height: height, charset: charset, zh: zh)
        }
      }
    }
  }

  @Test func hostileInputsNeverCrash() {
    for values in Fixtures.hostile {
      let points = values.map { ScatterPoint(x: $0, y: $0, label: 1) }
      let pairs = values.map { (x: $0, y: $0) }
      let charts: [AnyChart] = [
        AnyChart(description: "line \(values)") { b, r, c in
          LineChart(series: [LineSeries(name: "s", values: values)]).render(into: &b, area: r, charset: c)
        },
        AnyChart(description: "log line \(values)") { b, r, c in
          LineChart(series: [LineSeries(name: "s", points: pairs)], yScale: .log10)
            .render(into: &b, area: r, charset: c)
        },
        AnyChart(description: "scatter \(values)") { b, r, c in
          ScatterChart(points: points, boundary: BoundaryLine(w1: values.first ?? 0, w2: 1, b: 0))
            .render(into: &b, area: r, charset: c)
        },
        AnyChart(description: "bars \(values)") { b, r, c in
          BarChart(bars: values.map { Bar(label: "x", value: $0, predicted: $0) }, scale: .log10)
            .render(into: &b, area: r, charset: c)
          BarChart(bars: values.map { Bar(label: "x", value: $0) }).render(into: &b, area: r, charset: c)
        },
        AnyChart(description: "heat \(values)") { b, r, c in
          HeatMap(columns: values.count, rows: 1, values: values, x: 0...1, y: 0...1, logShading: true,
                  paths: [HeatMapPath(name: "p", points: pairs)]).render(into: &b, area: r, charset: c)
        },
        AnyChart(description: "table \(values)") { b, r, c in
          MatrixTable(rowLabels: ["r"], columnLabels: ["c"], values: [values]).render(into: &b, area: r, charset: c)
        },
        AnyChart(description: "image/spark \(values)") { b, r, c in
          ShadedImage(columns: values.count, rows: 1, pixels: values).render(into: &b, area: r, charset: c)
          Sparkline(values: values).render(into: &b, area: r, charset: c)
        },
      ]
      for chart in charts {
        for (width, height) in [(1, 1), (30, 10)] {
          for charset in Charset.allCases { check(chart, width: width, height: height, charset: charset, zh: false) }
        }
      }
    }
  }
}

@Suite struct FarOutsideTests {
  @Test func valuesFarOutsideFixedLimitsAreClipped() {
    let far = [1e300, -1e300, .greatestFiniteMagnitude]
    let charts: [AnyChart] = [
      AnyChart(description: "line") { b, r, c in
        LineChart(series: [LineSeries(name: "s", values: far)], xLimits: 0...1, yLimits: 0...1,
                  references: far.map { ReferenceLine(value: $0, label: "r") }).render(into: &b, area: r, charset: c)
      },
      AnyChart(description: "bars") { b, r, c in
        BarChart(bars: far.map { Bar(label: "b", value: $0, predicted: $0) }, limits: 0...1)
          .render(into: &b, area: r, charset: c)
      },
      AnyChart(description: "scatter") { b, r, c in
        ScatterChart(points: far.map { ScatterPoint(x: $0, y: -$0, label: 0) },
                     regions: RegionGrid(columns: 1, rows: 1, classes: [1]), xLimits: 0...1, yLimits: 0...1)
          .render(into: &b, area: r, charset: c)
      },
      AnyChart(description: "spark") { b, r, c in
        Sparkline(values: far, range: 0...1).render(into: &b, area: r, charset: c)
      },
    ]
    for chart in charts {
      var buffer = Buffer(width: 30, height: 10)
      chart.render(&buffer, buffer.area, .unicode)
      #expect(buffer.lines().allSatisfy { displayWidth($0) == 30 }, "\(chart)")
    }
    #expect(RegionGrid(columns: 2, rows: 2, classes: [0, 1, 2, 3]).classAt(fx: 1e300, fy: -1e300) == 1)
  }
}
