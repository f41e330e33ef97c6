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
      classNames: reveal ? data.classNames.map { tr(key: $0) } : (0..<k).map { tr("cluster \($0 + 1)") },
      xLabel: data.featureNames.first.map { tr(key: $0) }, yLabel: data.featureNames.last.map { tr(key: $0) })
    let curve = LineChart(
      series: [
        LineSeries(name: tr("silhouette"), points: zip(Self.candidateKs, silhouetteByK).map { (Double($0), $1) }),
        LineSeries(name: "k = \(k)", points: [(Double(k), silhouetteByK[k - Self.candidateKs[0]])]),
      ],
      xLabel: "k",
      references: reveal ? [ReferenceLine(value: trueLabelSilhouette, label: tr("true labels"))] : [])
    let inertia = LineChart(
      series: [LineSeries(name: tr("inertia"), points: series[0].values.enumerated().map { (Double($0 + 1), $1) })],
      xLabel: tr("iteration"), showsLegend: false)
    let score: Phrase = reveal ? ": NMI \(RateText.decimal(nmi)) against the labels" : ""
    Panels.draw(
      main: Panel("\(key: data.name), k = \(k), iteration \(stepCount)\(score)", scatter),
      side: [
        Panel("silhouette by k: best k = \(bestK)", curve),
        Panel("inertia by iteration", inertia),
      ],
      into: &buffer, area: area, charset: charset)
  }
}
