// The perceptron experiment: Rosenblatt's rule finds a separating line, making no more mistakes
// than Novikoff's bound (R/γ)² on separable data, and never settling on XOR (Minsky & Papert 1969).

import Charts
import Display
import NeuralCore

/// Rosenblatt's perceptron on 2-D data; one step is one mistake-driven update.
public final class PerceptronExperiment: Experiment {
  public static let id = "perceptron"
  public static var title: String { tr("Perceptron") }
  public static var summary: String {
    tr("Rosenblatt's rule finds a separating line within Novikoff's bound; on XOR it never converges")
  }
  public static var stepUnit: String { tr("update") }
  public static let defaultSteps = 5000

  public static let knobs: [Knob] = [
    Knob("dataset", .choice(["separable", "xor", "noisy", "file"]), default: .choice("separable"),
         help: "separable with margin γ, XOR, separable with 10% flipped labels, or a CSV (--data)"),
    Knob("margin", .number(range: 0.02...1, step: 1.5, logarithmic: true), default: .number(0.1),
         help: "γ: no point lies closer than this to the true line (separable and noisy data)"),
    Knob("points", .integer(range: 4...1000, step: 10), default: .integer(60), help: "how many points to draw"),
    Knob("lr", .number(range: 0.01...10, step: 2, logarithmic: true), default: .number(1),
         help: "learning rate η; from w = 0 it scales w but never changes the mistakes"),
    Knob("max_epochs", .integer(range: 1...1000, step: 10), default: .integer(20),
         help: "passes over the data before giving up"),
    Knob("data", .path, default: .path(""), help: "a CSV file with two feature columns and a class column (dataset=file)"),
  ]

  public let settings: KnobSettings
  public let seed: UInt64
  public private(set) var stepCount = 0
  public private(set) var status = ExperimentStatus.running

  /// The points, two features per row.
  public let data: Dataset
  /// Labels as ±1, the form the rule uses.
  let signedLabels: [Float]
  /// Novikoff's bound for this data with a learned bias, when the data is separable by construction.
  public let bound: Double?
  public private(set) var perceptron: Perceptron

  /// Index of the next point to look at; the scan is cyclic, in the data's fixed order.
  private var cursor = 0
  /// Points seen in a row without a mistake (a whole pass of them means converged).
  private var cleanRun = 0
  public private(set) var epoch = 0
  private var errorHistory: [Double] = []

  public init(settings: KnobSettings, seed: UInt64) throws(ExperimentError) {
    self.settings = settings
    self.seed = seed
    var rng = RandomSource(seed: seed)
    let count = settings.integer("points")
    let margin = Float(settings.number("margin"))
    switch settings.choice("dataset") {
    case "xor":
      data = DataGenerator.xor(count: count, rng: &rng)
      bound = nil
    case "noisy":
      let clean = DataGenerator.separable(count: count, margin: margin, bias: 0.2, rng: &rng)
      data = clean.dataset.withNoise(Noise(labelFlip: 0.1), rng: &rng)
      bound = nil
    case "file":
      data = try PerceptronExperiment.loadFile(settings.path("data"))
      bound = nil
    default:
      let separable = DataGenerator.separable(count: count, margin: margin, bias: 0.2, rng: &rng)
      data = separable.dataset
      bound = separable.augmentedNovikoffBound
    }
    signedLabels = data.labels.map { $0 == 1 ? 1 : -1 }
    perceptron = Perceptron(inputs: 2, learningRate: Float(settings.number("lr")))
  }

  /// A learner's CSV: exactly two feature columns and two classes.
  static func loadFile(_ path: String) throws(ExperimentError) -> Dataset {
    guard !path.isEmpty else { throw ExperimentError(tr("dataset=file needs a CSV file: --data FILE")) }
    let data: Dataset
    do {
      data = try Dataset(csvFile: path)
    } catch {
      throw ExperimentError("\(path): \(error)")
    }
    guard data.featureCount == 2 else {
      throw ExperimentError(tr("\(path): the perceptron plots 2-D points; the file has \(data.featureCount) feature columns"))
    }
    guard data.classCount == 2 else {
      throw ExperimentError(tr("\(path): the perceptron separates two classes; the file has \(data.classCount)"))
    }
    return data
  }

  public func step() {
    guard !status.isFinal else { return }
    let n = data.count
    let maxEpochs = settings.integer("max_epochs")
    // Scan for the next mistake; a full pass without one means every point is on its side.
    while cleanRun < n {
      let i = cursor
      cursor += 1
      if cursor == n {
        cursor = 0
        epoch += 1
      }
      if perceptron.train(data.features, row: i, label: signedLabels[i]) {
        cleanRun = 0
        stepCount += 1
        let errors = perceptron.errors(data.features, labels: signedLabels)
        errorHistory.append(Double(errors))
        status = ExperimentStatus(.running, "\(errors) point\(errors == 1 ? "" : "s") on the wrong side of the line")
        if errors > 0, epoch >= maxEpochs { giveUp(after: maxEpochs) }
        return
      }
      cleanRun += 1
      if epoch >= maxEpochs, cleanRun < n {
        giveUp(after: maxEpochs)
        return
      }
    }
    status = ExperimentStatus(.converged, convergedMessage)
  }

  private var convergedMessage: Phrase {
    if let bound {
      return "converged after \(stepCount) mistakes; Novikoff's bound (R/γ)² is \(ExperimentReport.readable(bound.rounded(.down)))"
    }
    return "converged after \(stepCount) mistakes: a line separates these points"
  }

  private func giveUp(after epochs: Int) {
    switch settings.choice("dataset") {
    case "xor":
      status = ExperimentStatus(
        .neverConverges,
        "XOR is not linearly separable: no line splits it, so the rule never stops making mistakes (Minsky & Papert 1969)",
        lesson: "backprop")
    case "noisy":
      status = ExperimentStatus(
        .neverConverges,
        "no line separates these points once labels are flipped; still \(currentErrors) errors after \(epochs) epochs",
        lesson: "perceptron")
    default:
      status = ExperimentStatus(
        .neverConverges, "still \(currentErrors) errors after \(epochs) epochs: the data may not be linearly separable",
        lesson: "perceptron")
    }
  }

  private var currentErrors: Int { perceptron.errors(data.features, labels: signedLabels) }

  public var readouts: [Readout] {
    [
      Readout("mistakes", Double(stepCount)),
      Readout("bound", bound ?? .nan),
      Readout("epoch", Double(epoch)),
      Readout("errors", Double(currentErrors)),
      Readout("w1", Double(perceptron.weights[0])),
      Readout("w2", Double(perceptron.weights[1])),
      Readout("b", Double(perceptron.bias)),
    ]
  }

  public var series: [Series] { [Series("errors", errorHistory)] }

  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let xs = (0..<data.count).map { Double(data.features[$0, 0]) }
    let ys = (0..<data.count).map { Double(data.features[$0, 1]) }
    let xLimits = Limits.automatic(for: xs).range, yLimits = Limits.automatic(for: ys).range
    let w = perceptron.weights.map(Double.init), b = Double(perceptron.bias)
    let hasLine = w[0] != 0 || w[1] != 0
    let regions = RegionGrid.sampling(x: xLimits, y: yLimits, columns: max(area.width, 1), rows: max(area.height * 2, 1)) { x, y in
      hasLine ? (w[0] * x + w[1] * y + b > 0 ? 1 : 0) : nil
    }
    let scatter = ScatterChart(
      points: (0..<data.count).map { ScatterPoint(x: xs[$0], y: ys[$0], label: data.labels[$0]) },
      regions: regions, boundary: hasLine ? BoundaryLine(w1: w[0], w2: w[1], b: b) : nil,
      xLimits: xLimits, yLimits: yLimits, classNames: data.classNames.map { tr("class \($0)") })
    let mistakes = BarChart(
      bars: [Bar(label: tr("mistakes"), value: Double(stepCount), predicted: bound)],
      measuredLabel: tr("made"), predictedLabel: charset.transliterate(tr("bound (R/γ)²")))
    let errors = LineChart(series: [LineSeries(name: tr("errors"), values: errorHistory)], xLabel: tr("update"), showsLegend: false)
    Panels.draw(
      main: Panel("\(key: data.name): \(stepCount) mistakes, epoch \(epoch)", scatter),
      side: [
        Panel("mistakes so far, and Novikoff's bound", mistakes),
        Panel("points on the wrong side after each update", errors),
      ],
      into: &buffer, area: area, charset: charset)
  }
}
