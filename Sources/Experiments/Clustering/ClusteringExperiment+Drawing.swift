// ClusteringExperiment+Drawing: the clustering screen — the points over the centroids' regions
// with each centroid drawn as its cluster's number, the silhouette for every k with the
// current k marked, and the inertia falling as the centroids settle.

import Charts
import Display
import NeuralCore

extension ClusteringExperiment {
  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let k = settings.integer("k"), reveal = settings.toggle("reveal")
    let xs = (0..<data.count).map { Double(data.features[$0, 0]) }
    let ys = (0..<data.count).map { Double(data.features[$0, 1]) }
    let xLimits = Limits.automatic(for: xs).range, yLimits = Limits.automatic(for: ys).range
    let centroids = current.centroids
    // Each cell is shaded by its nearest centroid: the regions k-means draws.
    let regions = RegionGrid.sampling(x: xLimits, y: yLimits, columns: max(area.width, 1), rows: max(area.height * 2, 1)) { x, y in
      var best = 0, bestDistance = Double.infinity
      for c in 0..<centroids.rows {
        let dx = x - Double(centroids[c, 0]), dy = y - Double(centroids[c, 1])
        if dx * dx + dy * dy < bestDistance { (best, bestDistance) = (c, dx * dx + dy * dy) }
      }
      return best
    }
    var points = (0..<data.count).map { i in
      ScatterPoint(x: xs[i], y: ys[i], label: reveal ? data.labels[i] : current.assignments[i])
    }
    points += (0..<centroids.rows).map { c in
      ScatterPoint(x: Double(centroids[c, 0]), y: Double(centroids[c, 1]), label: c, symbol: Character(String((c + 1) % 10)))
    }
    let scatter = ScatterChart(
      points: points, regions: regions, xLimits: xLimits, yLimits: yLimits,
      classNames: reveal ? data.classNames : (0..<k).map { "cluster \($0 + 1)" },
      xLabel: data.featureNames.first, yLabel: data.featureNames.last)
    let curve = LineChart(
      series: [
        LineSeries(name: "silhouette", points: zip(Self.candidateKs, silhouetteByK).map { (Double($0), $1) }),
        LineSeries(name: "k = \(k)", points: [(Double(k), silhouetteByK[k - Self.candidateKs[0]])]),
      ],
      xLabel: "k",
      references: reveal ? [ReferenceLine(value: trueLabelSilhouette, label: "true labels")] : [])
    let inertia = LineChart(
      series: [LineSeries(name: "inertia", points: series[0].values.enumerated().map { (Double($0 + 1), $1) })],
      xLabel: "iteration", showsLegend: false)
    let score = reveal ? ": NMI \(RateText.decimal(nmi)) against the labels" : ""
    Panels.draw(
      main: Panel("\(data.name), k = \(k), iteration \(stepCount)\(score)", scatter),
      side: [
        Panel("silhouette by k: best k = \(bestK)", curve),
        Panel("inertia by iteration", inertia),
      ],
      into: &buffer, area: area, charset: charset)
  }
}
