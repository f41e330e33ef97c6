// SmallChartTests: small charts as inline text (ratatui style) and the numbers behind them.

import Display
import Testing
import _TestSupport
@testable import Charts

@Suite struct SmallChartTests {
  @Test func sparklineLevels() {
    let rising = Sparkline(values: (0..<8).map(Double.init))
    #expect(rising.text(width: 8, charset: .unicode) == "▁▂▃▄▅▆▇█")
    #expect(Sparkline(values: (0..<5).map(Double.init)).text(width: 5, charset: .ascii) == "_.-=^")
    #expect(Sparkline(values: [1, .nan, 3]).text(width: 3, charset: .unicode) == "▁ █")
    #expect(Sparkline(values: [2, 2, 2]).text(width: 3, charset: .unicode) == "▅▅▅")
    // Only the latest values fit; a fixed range pins the levels.
    #expect(Sparkline(values: [9, 0, 1], range: 0...1).text(width: 2, charset: .unicode) == "▁█")
    let spark = Sparkline(values: [0, 1])
    #expect(rendered(width: 6, height: 1) { spark.render(into: &$0, area: $1, charset: .unicode) } == ["    ▁█"])
  }

  @Test func barEighths() {
    let chart = BarChart(bars: [], limits: 0...1)
    let scale = chart.resolvedScale
    #expect(chart.eighths(of: 0.5, width: 10, scale: scale) == 40)
    #expect(chart.eighths(of: 0.0625, width: 2, scale: scale) == 1)
    #expect(chart.eighths(of: 5, width: 10, scale: scale) == 80)
    #expect(chart.eighths(of: .nan, width: 10, scale: scale) == 0)
    let log = BarChart(bars: [], scale: .log10, limits: 1e-4...1)
    #expect(log.eighths(of: 1e-2, width: 4, scale: log.resolvedScale) == 16)
    #expect(log.eighths(of: 0, width: 4, scale: log.resolvedScale) == 0)
  }

  @Test func tinyBarChart() {
    let chart = BarChart(
      bars: [Bar(label: "a", value: 0.5, predicted: 0.25), Bar(label: "bb", value: 1.0 / 16)], limits: 0...1)
    let lines = rendered(width: 16, height: 4) { chart.render(into: &$0, area: $1, charset: .unicode) }
    #expect(lines == [
      " a █┃█ 0.5      ",
      "bb ▍ 0.0625     ",
      "   0     1      ",
      "   █ measured  ┃",
    ])
    let ascii = rendered(width: 16, height: 2) { chart.render(into: &$0, area: $1, charset: .ascii) }
    // ASCII has half cells only: an eighth-long bar draws nothing, its value still shows.
    #expect(ascii == [
      " a #|# 0.5      ",
      "bb  0.0625      ",
    ])
  }

  @Test func barLabelsKeepTheirStart() {
    // The dropout experiment's bars in a 31-cell panel: the labels are wider than a third of it.
    let chart = BarChart(bars: [
      Bar(label: "error p=0.3", value: 2.13), Bar(label: "gap p=0.3", value: 1.5),
      Bar(label: "error p=0", value: 2.63), Bar(label: "gap p=0", value: 2.9),
    ])
    let lines = rendered(width: 31, height: 4) { chart.render(into: &$0, area: $1, charset: .unicode) }
    #expect(lines.map { String($0.prefix(12)) } == ["error p=0.3 ", "  gap p=0.3 ", "  error p=0 ", "    gap p=0 "])
    // Too narrow for whole labels: each is cut at its end, with an ellipsis.
    let narrow = rendered(width: 18, height: 2) { chart.render(into: &$0, area: $1, charset: .unicode) }
    #expect(narrow.map { String($0.prefix(7)) } == ["error… ", "gap p… "])
    let ascii = rendered(width: 18, height: 1) { chart.render(into: &$0, area: $1, charset: .ascii) }
    #expect(ascii[0].hasPrefix("err... "))
  }

  @Test func tinyLineChart() {
    let chart = LineChart(series: [LineSeries(name: "", values: [0, 1, 2, 3])], showsLegend: false)
    let lines = rendered(width: 12, height: 6) { chart.render(into: &$0, area: $1, charset: .unicode) }
    #expect(lines == [
      "    │     ⢠⠊",
      "   2┤   ⢀⠔⠁ ",
      "    │ ⢀⠔⠁   ",
      "   0┤⡠⠃     ",
      "    └┬───┬──",
      "     0   2  ",
    ])
  }

  @Test func fixedLabelWidthKeepsThePlotStill() {
    func plotStart(_ values: [Double]) -> Int? {
      let chart = LineChart(series: [LineSeries(name: "", values: values)], showsLegend: false)
      let lines = rendered(width: 30, height: 8) { chart.render(into: &$0, area: $1, charset: .unicode) }
      // The axis corner sits just left of the plot, on the row above the tick labels.
      let axisRow = lines[lines.count - 2]
      return axisRow.firstIndex(of: "└").map { axisRow.distance(from: axisRow.startIndex, to: $0) }
    }
    let early = plotStart([1, 0.5, 0.3])
    let late = plotStart([0.02, 0.015, 0.0125])
    #expect(early != nil && early == late)
  }

  @Test func divergenceIsMarked() {
    let chart = LineChart(series: [LineSeries(name: "loss", values: [1, 2, 4, .nan, .nan])])
    let text = rendered(width: 30, height: 10) { chart.render(into: &$0, area: $1, charset: .ascii) }.joined()
    #expect(text.contains("x NaN"))
    #expect(LineSeries(name: "", values: [.nan, 1, .infinity]).firstGapAfterData == 2)
    #expect(LineSeries(name: "", values: [.nan, .nan]).firstGapAfterData == nil)
  }

  @Test func floatSeriesFromTheNumericCore() {
    let series = LineSeries(name: "f", values: [Float(0.5), .nan, 2])
    #expect(series.xs == [0, 1, 2])
    #expect(series.ys[0] == 0.5 && series.ys[1].isNaN && series.ys[2] == 2)
  }

  @Test func referenceLineIsLabelled() {
    let chart = LineChart(
      series: [LineSeries(name: "", values: [0, 5])], references: [ReferenceLine(value: 9, label: "bound")],
      showsLegend: false)
    #expect(chart.resolvedYScale.upper >= 9)
    let lines = rendered(width: 30, height: 10) { chart.render(into: &$0, area: $1, charset: .unicode) }
    #expect(lines.contains { $0.hasSuffix("bound") })
  }

  @Test func boundaryEndpointsSolveTheLine() throws {
    let steep = BoundaryLine(w1: 1, w2: 0, b: -0.5)
    let (a, b) = try #require(steep.endpoints(x: -1...1, y: -2...2))
    #expect(a.0 == 0.5 && b.0 == 0.5 && a.1 == -2 && b.1 == 2)
    let flat = BoundaryLine(w1: 1, w2: 2, b: 2)
    let (c, d) = try #require(flat.endpoints(x: -2...2, y: -1...1))
    #expect(abs(c.1 - 0) < 1e-12 && abs(d.1 + 2) < 1e-12)
    #expect(BoundaryLine(w1: 0, w2: 0, b: 1).endpoints(x: 0...1, y: 0...1) == nil)
  }

  @Test func regionGridTopRowIsHighY() {
    let grid = RegionGrid.sampling(x: 0...1, y: 0...1, columns: 2, rows: 2) { x, y in y > 0.5 ? 1 : (x > 0.5 ? 2 : 0) }
    #expect(grid.classes == [1, 1, 0, 2])
    #expect(grid.classAt(fx: 0.9, fy: 0.9) == 2)
    #expect(RegionGrid(columns: 2, rows: 1, classes: [3]).classes == [3, nil])
  }

  @Test func tinyScatterWithRegions() {
    let regions = RegionGrid(columns: 2, rows: 1, classes: [0, 1])
    let chart = ScatterChart(
      points: [ScatterPoint(x: 0, y: 0, label: 0), ScatterPoint(x: 1, y: 1, label: 1)], regions: regions,
      xLimits: 0...1, yLimits: 0...1)
    let lines = rendered(width: 12, height: 5) { chart.render(into: &$0, area: $1, charset: .unicode) }
    #expect(lines == [
      "   1┤   ░░░○",
      "    │   ░░░░",
      "   0┤●  ░░░░",
      "    └┬─────┬",
      "     0     1",
    ])
  }

  @Test func heatMapIntensities() {
    let map = HeatMap(columns: 3, rows: 1, values: [0, 1, 100], x: 0...1, y: 0...1)
    let linear = map.intensities.map { $0 ?? -1 }
    #expect(abs(linear[1] - 0.01) < 1e-12 && linear[2] == 1)
    var log = map
    log.logShading = true
    let shaded = log.intensities.map { $0 ?? -1 }
    #expect(shaded[0] == 0 && abs(shaded[2] - 1) < 1e-12 && shaded[1] > 0.1)
    #expect(HeatMap(columns: 2, rows: 1, values: [.nan], x: 0...1, y: 0...1).intensities.allSatisfy { $0 == nil })
  }

  @Test func tinyMatrixTable() {
    let table = MatrixTable(rowLabels: ["a", "b"], columnLabels: ["a", "b"], counts: [[4, 0], [2, 8]], cornerLabel: "t")
    let lines = rendered(width: 12, height: 4) { table.render(into: &$0, area: $1, charset: .ascii) }
    #expect(lines == [
      "t   a   b   ",
      "---------   ",
      "a : 4   0   ",
      "b . 2 # 8   ",
    ])
  }

  @Test func shadedImageFallsBackToOneColumnPerPixel() {
    let image = ShadedImage(columns: 3, rows: 1, pixels: [0, 0.5, 1])
    let wide = rendered(width: 6, height: 1) { image.render(into: &$0, area: $1, charset: .unicode) }
    #expect(wide == ["  ▒▒██"])
    #expect(rendered(width: 4, height: 1) { image.render(into: &$0, area: $1, charset: .ascii) } == [" :# "])
    #expect(image.width(fitting: 5) == 3)
  }

  @Test func legendAvoidsTheData() {
    // Data fills the top right; the legend must go to another corner.
    let chart = LineChart(series: [
      LineSeries(name: "a", points: [(x: 0, y: 0), (x: 10, y: 10)]),
      LineSeries(name: "b", points: [(x: 5, y: 10), (x: 10, y: 10)]),
    ])
    let lines = rendered(width: 40, height: 12) { chart.render(into: &$0, area: $1, charset: .unicode) }
    #expect(lines[0].hasPrefix("   10┤ ● a "))
    #expect(lines[1].hasPrefix("     │ ○ b "))
  }
}

@Suite struct StyleAndMarkerTests {
  @Test func seriesStylesReachTheirCells() {
    let red = Style(foreground: .red)
    let chart = LineChart(series: [LineSeries(name: "a", values: [0, 1], style: red)], showsLegend: false)
    var buffer = Buffer(width: 20, height: 8)
    chart.render(into: &buffer, area: buffer.area, charset: .unicode)
    var styled = 0
    for y in 0..<buffer.height {
      for x in 0..<buffer.width where buffer[x, y].style == red {
        styled += 1
        #expect(buffer[x, y].symbol.unicodeScalars.allSatisfy { (0x2800...0x28FF).contains($0.value) })
      }
    }
    #expect(styled > 3)
  }

  @Test func blockMarkersDrawTheSameCurve() {
    let values = (0..<30).map { Double($0 % 10) }
    for marker in Marker.allCases {
      let chart = LineChart(series: [LineSeries(name: "saw", values: values)], showsLegend: false, marker: marker)
      let text = rendered(width: 40, height: 10) { chart.render(into: &$0, area: $1, charset: .unicode) }
      if marker == .quadrants {
        assertSnapshot(text.joined(separator: "\n"), named: "line-sawtooth-quadrants-40x10")
      }
      // Every marker puts ink in the first and the last plot column.
      let plotRows = text.prefix(8)
      #expect(plotRows.contains { $0.dropFirst(6).first.map { $0 != " " } ?? false }, "\(marker)")
      #expect(plotRows.contains { $0.last.map { $0 != " " } ?? false }, "\(marker)")
    }
  }
}

@Suite struct ScatterSymbolTests {
  @Test func pointsMayCarryTheirOwnSymbol() {
    let chart = ScatterChart(
      points: [ScatterPoint(x: 0, y: 0, label: 0, symbol: "a"), ScatterPoint(x: 1, y: 1, label: 0, symbol: "字")],
      xLimits: 0...1, yLimits: 0...1)
    let lines = rendered(width: 12, height: 4) { chart.render(into: &$0, area: $1, charset: .unicode) }
    #expect(lines == [
      "   1┤     字",
      "   0┤a      ",
      "    └┬─────┬",
      "     0     1",
    ])
  }
}
