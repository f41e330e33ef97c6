// The clustering experiment: k-means (Lloyd's algorithm, k-means++ start) on blobs, moons and
// iris, one iteration per step so the centroids can be watched moving; the mean silhouette for
// every k from 2 to 8 picks the true k on blobs and misleads on moons; NMI against the true
// labels appears only once the learner reveals them, since real clustering has no answer key.

import NeuralCore

/// k-means on a 2-D data set; one step is one Lloyd iteration (move the centroids to their
/// points' means, then reassign every point). Step 0 shows the k-means++ start.
public final class ClusteringExperiment: Experiment {
  public static let id = "clustering"
  public static var title: String { tr("Clustering") }
  public static var summary: String {
    tr("k-means moves its centroids; the silhouette picks k on blobs and misleads on moons")
  }
  public static var stepUnit: String { tr("iteration") }
  public static let defaultSteps = 100

  /// The k values the silhouette curve covers.
  public static let candidateKs = Array(2...8)
  /// Lloyd iterations before the run gives up (they usually settle within a few dozen).
  static let iterationCap = 100

  public static let knobs: [Knob] = [
    Knob("dataset", .choice(["blobs", "moons", "iris"]), default: .choice("blobs"),
         help: "four Gaussian blobs, two interleaved moons, or iris by petal length and width"),
    Knob("k", .integer(range: 2...8, step: 1), default: .integer(3), help: "how many clusters k-means looks for"),
    Knob("seed", .integer(range: 0...999, step: 1), default: .integer(0),
         help: "which k-means++ start: a new choice of first centroids on the same data"),
    Knob("reveal", .toggle, default: .toggle(false), help: "show the true labels and score the clusters against them (NMI)"),
  ]

  public let settings: KnobSettings
  public let seed: UInt64
  public private(set) var stepCount = 0
  public private(set) var status = ExperimentStatus.running

  /// The points (two features) and their true labels, which k-means never sees.
  public let data: Dataset
  /// Mean silhouette of the converged k-means clustering for each of `candidateKs`.
  public let silhouetteByK: [Double]
  /// Mean silhouette of the true labels taken as clusters: on moons it is below k-means' own.
  public let trueLabelSilhouette: Double
  /// The state after the latest iteration: centroids, assignments, inertia.
  public private(set) var current: KMeansResult
  /// Mean silhouette of the current clustering.
  public private(set) var silhouette: Double
  /// The k-means run the steps advance, one Lloyd iteration each.
  private var run: KMeansState
  private var inertiaHistory: [Double] = []
  private var reassignedHistory: [Double] = []

  public init(settings: KnobSettings, seed: UInt64) throws(ExperimentError) {
    self.settings = settings
    self.seed = seed
    var rng = RandomSource(seed: seed)
    switch settings.choice("dataset") {
    case "moons":
      data = DataGenerator.moons(count: 300, noise: Noise(jitter: 0.1), rng: &rng)
    case "iris":
      let iris = try DataFiles.iris()
      // Petal length and width: the two measurements that separate the species best in a plane.
      var petals = Matrix(rows: iris.count, cols: 2)
      for i in 0..<iris.count {
        petals[i, 0] = iris.features[i, 2]
        petals[i, 1] = iris.features[i, 3]
      }
      data = Dataset(name: "iris petals", features: petals, labels: iris.labels, classNames: iris.classNames,
                     featureNames: Array(iris.featureNames.suffix(2)))
    default:
      data = DataGenerator.blobs(count: 300, k: 4, minimumSeparation: 6, rng: &rng)
    }
    // Every k-means run starts from the same k-means++ draw, so the curve and the live run agree.
    let points = data.features, start = RandomSource(seed: rng.next() &+ UInt64(settings.integer("seed")))
    silhouetteByK = Self.candidateKs.map { k in
      var rng = start
      let result = KMeans(k: k, maxIterations: Self.iterationCap).fit(points, rng: &rng)
      return Metrics.silhouette(points: points, assignments: result.assignments) ?? .nan
    }
    trueLabelSilhouette = Metrics.silhouette(points: points, assignments: data.labels) ?? .nan
    var first = start
    run = KMeans(k: settings.integer("k"), maxIterations: Self.iterationCap).start(points, rng: &first)
    current = run.result
    silhouette = Metrics.silhouette(points: data.features, assignments: current.assignments) ?? .nan
  }

  public func step() {
    guard !status.isFinal else { return }
    run.iterate()
    let next = run.result
    let moved = zip(next.assignments, current.assignments).filter { $0 != $1 }.count
    current = next
    silhouette = Metrics.silhouette(points: data.features, assignments: next.assignments) ?? .nan
    stepCount += 1
    inertiaHistory.append(next.inertia)
    reassignedHistory.append(Double(moved))
    if next.converged {
      status = ExperimentStatus(
        .converged,
        "converged after \(stepCount) iterations: no point changed cluster; mean silhouette \(RateText.decimal(silhouette))")
    } else if next.iterations >= Self.iterationCap {
      status = ExperimentStatus(.finished, "stopped after \(stepCount) iterations with points still changing cluster")
    } else {
      status = ExperimentStatus(.running, "iteration \(stepCount): \(moved) point\(moved == 1 ? "" : "s") changed cluster")
    }
  }

  /// The k with the highest mean silhouette.
  public var bestK: Int {
    var best = 0
    for i in silhouetteByK.indices where silhouetteByK[i] > silhouetteByK[best] { best = i }
    return Self.candidateKs[best]
  }

  /// NMI between the clusters and the true labels, or NaN while the labels are hidden.
  public var nmi: Double {
    settings.toggle("reveal") ? Metrics.normalizedMutualInformation(data.labels, current.assignments) : .nan
  }

  public var readouts: [Readout] {
    [
      Readout("k", Double(settings.integer("k"))),
      Readout("iteration", Double(stepCount)),
      Readout("inertia", current.inertia),
      Readout("silhouette", silhouette),
      Readout("best_k_by_silhouette", Double(bestK)),
      Readout("silhouette_by_k", vector: silhouetteByK),
      Readout("nmi", nmi),
      Readout("true_k", settings.toggle("reveal") ? Double(data.classCount) : .nan),
      Readout("true_labels_silhouette", settings.toggle("reveal") ? trueLabelSilhouette : .nan),
    ]
  }

  public var series: [Series] { [Series("inertia", inertiaHistory), Series("reassigned", reassignedHistory)] }
}
