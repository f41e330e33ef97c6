// The linear-vs-MLP experiment: logistic regression and a small multilayer perceptron trained
// side by side on the same points. No line separates XOR, circles, moons or a spiral, so the
// linear model stays near chance; the MLP's hidden units build features that make them separable.

import Display
import NeuralCore

/// Logistic regression and an MLP trained together by full-batch gradient descent; one step is one epoch.
public final class LinearVsMLPExperiment: Experiment {
  public static let id = "linear-vs-mlp"
  public static var title: String { tr("Linear model vs MLP") }
  public static var summary: String {
    tr("A line cannot split XOR, circles, moons or a spiral; a small MLP's hidden units build features that can")
  }
  public static var stepUnit: String { tr("epoch") }
  public static let defaultSteps = 1000

  public static let knobs: [Knob] = [
    Knob("dataset", .choice(["xor", "circles", "moons", "spiral"]), default: .choice("xor"),
         help: "XOR clusters, concentric circles, two interleaved moons, or a two-arm spiral"),
    Knob("hidden", .choice(["2", "3", "4", "8", "16", "32", "8,8", "16,16", "32,32"]), default: .choice("8"),
         help: "hidden layer sizes of the MLP (\"8,8\" is two layers of 8)"),
    Knob("activation", .choice(["tanh", "relu", "sigmoid"]), default: .choice("tanh"),
         help: "the MLP's hidden nonlinearity; without one it would be a linear model too"),
    Knob("lr", .number(range: 0.001...10, step: 2, logarithmic: true), default: .number(0.5),
         help: "gradient-descent step size η, shared by both models"),
    Knob("points", .integer(range: 20...1000, step: 20), default: .integer(200), help: "how many points to draw"),
    Knob("noise", .number(range: 0...0.5, step: 0.05, logarithmic: false), default: .number(0.1),
         help: "standard deviation of the jitter added to every coordinate"),
    Knob("epochs", .integer(range: 1...20000, step: 100), default: .integer(1000),
         help: "epochs to train before stopping if the MLP has not classified every point"),
  ]

  /// The two models, for reading decision regions.
  public enum Model: String, Sendable, CaseIterable {
    case linear, mlp
  }

  public let settings: KnobSettings
  public let seed: UInt64
  public private(set) var stepCount = 0
  public private(set) var status = ExperimentStatus.running

  /// The training points, two features per row.
  public let data: Dataset
  /// The MLP's layer sizes, input and output included (`[2, 8, 2]`).
  public let mlpSizes: [Int]
  /// The x and y ranges the decision regions cover: the data's bounds with a margin.
  public let xRange: ClosedRange<Double>
  public let yRange: ClosedRange<Double>

  private let linear: TrainingRun
  private let mlp: TrainingRun
  /// Loss and accuracy of each untrained model, reported until the first epoch.
  private var initial: [Model: (loss: Double, accuracy: Double)] = [:]

  public init(settings: KnobSettings, seed: UInt64) throws(ExperimentError) {
    self.settings = settings
    self.seed = seed
    var rng = RandomSource(seed: seed)
    let count = settings.integer("points")
    let noise = Noise(jitter: Float(settings.number("noise")))
    switch settings.choice("dataset") {
    case "circles": data = DataGenerator.circles(count: count, noise: noise, rng: &rng)
    case "moons": data = DataGenerator.moons(count: count, noise: noise, rng: &rng)
    case "spiral": data = DataGenerator.spiral(count: count, noise: noise, rng: &rng)
    default: data = DataGenerator.xor(count: count, noise: noise, rng: &rng)
    }
    let hidden = settings.choice("hidden").split(separator: ",").compactMap { Int($0) }
    mlpSizes = [data.featureCount] + hidden + [data.classCount]
    let activation: Activation = switch settings.choice("activation") {
    case "relu": .relu
    case "sigmoid": .sigmoid
    default: .tanh
    }
    // Plain gradient descent for both: the backprop lesson's algorithm, and one η for a fair comparison.
    let lr = Float(settings.number("lr"))
    linear = TrainingRun(
      "linear", network: Network.multilayerPerceptron(sizes: [data.featureCount, data.classCount], hidden: .identity, rng: &rng),
      optimizer: SGD(learningRate: lr))
    mlp = TrainingRun(
      "mlp",
      network: Network.multilayerPerceptron(
        sizes: mlpSizes, hidden: activation, initializer: activation == .relu ? .he : .xavier, rng: &rng),
      optimizer: SGD(learningRate: lr))
    (xRange, yRange) = LinearVsMLPExperiment.paddedBounds(data.features)
    for model in Model.allCases { initial[model] = run(model).classifier.evaluate(data.features, data.labels) }
  }

  private func run(_ model: Model) -> TrainingRun { model == .linear ? linear : mlp }

  public func step() {
    guard !status.isFinal else { return }
    // Full batch: each epoch is one gradient step on all the points.
    for model in Model.allCases { run(model).trainEpoch([data], evaluatingOn: data) }
    stepCount += 1
    updateStatus()
  }

  /// Training accuracy of `model` after the latest epoch.
  public func accuracy(_ model: Model) -> Double { stepCount == 0 ? initial[model]?.accuracy ?? .nan : run(model).lastAccuracy }
  /// Mean cross-entropy of `model` on the training points after the latest epoch.
  public func loss(_ model: Model) -> Double { stepCount == 0 ? initial[model]?.loss ?? .nan : run(model).lastLoss }

  /// An accuracy as a whole percentage ("97%"), or "NaN".
  static func percent(_ value: Double) -> String {
    value.isFinite ? "\(Int((value * 100).rounded()))%" : "NaN"
  }

  private func updateStatus() {
    let percent = Self.percent
    let both: Phrase = "MLP \(percent(accuracy(.mlp))), linear \(percent(accuracy(.linear)))"
    if let broken = Model.allCases.first(where: { !loss($0).isFinite }) {
      status = ExperimentStatus(
        .diverged,
        "diverged at epoch \(stepCount): the \(key: broken == .mlp ? "MLP" : "linear model")'s loss became NaN; lower lr (now \(KnobValue.format(settings.number("lr"))))",
        lesson: "optimizers")
    } else if accuracy(.mlp) >= 1 {
      status = ExperimentStatus(
        .converged, "the MLP classifies every point after \(stepCount) epochs: \(both); no line can separate \(key: data.name)")
    } else if stepCount >= settings.integer("epochs") {
      if accuracy(.mlp) >= 0.95 {
        status = ExperimentStatus(.finished, "after \(stepCount) epochs: \(both); the MLP's boundary bends, a line cannot")
      } else {
        status = ExperimentStatus(
          .neverConverges,
          "after \(stepCount) epochs the MLP fits only \(percent(accuracy(.mlp))) (linear \(percent(accuracy(.linear)))): try more hidden units, more epochs or another lr",
          lesson: "backprop")
      }
    }
  }

  /// The predicted class of `model` at the centre of each of `columns × rows` cells covering
  /// `xRange × yRange`, row-major with the top row (largest y) first — a chart's decision regions.
  public func regionGrid(_ model: Model, columns: Int, rows: Int) -> [Int] {
    guard columns > 0, rows > 0 else { return [] }
    return run(model).classifier.predictedClasses(gridPoints(columns: columns, rows: rows))
  }

  /// The output of hidden unit `unit` of the MLP's first hidden layer over the same grid as
  /// `regionGrid`: the new feature that unit has learned to compute.
  public func hiddenUnitGrid(unit: Int, columns: Int, rows: Int) -> [Double] {
    let layers = mlp.classifier.network.layers
    guard columns > 0, rows > 0, layers.count >= 2, unit >= 0, unit < layers[1].outputSize else { return [] }
    let z = layers[0].forward(gridPoints(columns: columns, rows: rows), training: false)
    let h = layers[1].forward(z, training: false)
    return (0..<h.rows).map { Double(h[$0, unit]) }
  }

  /// Cell centres of a `columns × rows` grid over the regions' bounds, top row first.
  private func gridPoints(columns: Int, rows: Int) -> Matrix {
    var points = Matrix(rows: columns * rows, cols: 2)
    for row in 0..<rows {
      let y = yRange.upperBound - (Double(row) + 0.5) / Double(rows) * (yRange.upperBound - yRange.lowerBound)
      for column in 0..<columns {
        let x = xRange.lowerBound + (Double(column) + 0.5) / Double(columns) * (xRange.upperBound - xRange.lowerBound)
        points[row * columns + column, 0] = Float(x)
        points[row * columns + column, 1] = Float(y)
      }
    }
    return points
  }

  /// The bounding box of the points, widened by 10% on every side.
  static func paddedBounds(_ points: Matrix) -> (ClosedRange<Double>, ClosedRange<Double>) {
    var low = [Double.infinity, .infinity], high = [-Double.infinity, -.infinity]
    for r in 0..<points.rows {
      for c in 0..<2 {
        low[c] = min(low[c], Double(points[r, c]))
        high[c] = max(high[c], Double(points[r, c]))
      }
    }
    let ranges = (0..<2).map { c -> ClosedRange<Double> in
      guard low[c] <= high[c] else { return -1...1 }
      let pad = max(high[c] - low[c], 1e-3) * 0.1
      return (low[c] - pad)...(high[c] + pad)
    }
    return (ranges[0], ranges[1])
  }

  public var readouts: [Readout] {
    [
      Readout("linear_accuracy", accuracy(.linear)),
      Readout("mlp_accuracy", accuracy(.mlp)),
      Readout("linear_loss", loss(.linear)),
      Readout("mlp_loss", loss(.mlp)),
      Readout("epoch", Double(stepCount)),
      Readout("mlp_parameters", Double(mlp.classifier.network.parameters.reduce(0) { $0 + $1.count })),
    ]
  }

  public var series: [Series] {
    Model.allCases.flatMap { model in
      [Series("\(model.rawValue)_loss", run(model).losses), Series("\(model.rawValue)_accuracy", run(model).accuracies)]
    }
  }
}
