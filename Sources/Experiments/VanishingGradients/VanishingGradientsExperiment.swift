// The vanishing-gradients experiment: the error signal ‖∂L/∂z‖ measured layer by layer in a deep
// MLP, beside the factor per layer that theory predicts for the chosen activation and init.

import Charts
import Display
import Foundation
import NeuralCore

/// A deep MLP on the two-moons task, instrumented; one step is one full-batch SGD update.
public final class VanishingGradientsExperiment: Experiment {
  public static let id = "vanishing-gradients"
  public static var title: String { tr("Vanishing gradients") }
  public static var summary: String {
    tr("the error signal shrinks geometrically with depth under sigmoid and standard init, and stays flat with ReLU+He or tanh+Xavier")
  }
  public static var stepUnit: String { tr("update") }
  public static let defaultSteps = 200

  public static let knobs: [Knob] = [
    Knob("depth", .integer(range: 2...50, step: 1), default: .integer(10), help: "hidden layers"),
    Knob("width", .integer(range: 2...256, step: 8), default: .integer(32), help: "units per hidden layer"),
    Knob("activation", .choice(["sigmoid", "tanh", "relu", "leaky-relu"]), default: .choice("sigmoid"),
         help: "hidden activation; sigmoid′ never exceeds 1/4"),
    Knob("init", .choice(InitScheme.allCases.map(\.rawValue)), default: .choice("standard"),
         help: "standard U(±1/√n), normal N(0,1), small N(0,0.01²), xavier, he"),
    Knob("residual", .toggle, default: .toggle(false), help: "skip connections h + f(h) around each hidden layer after the first"),
    Knob("lr", .number(range: 0.001...10, step: 2, logarithmic: true), default: .number(0.1), help: "SGD learning rate"),
  ]

  public let settings: KnobSettings
  public let seed: UInt64
  public private(set) var stepCount = 0
  public private(set) var status = ExperimentStatus.running

  public let network: Network
  /// Where each hidden layer's dense part and activation are measured, input side first.
  private let probes: [LayerProbe]
  private let inputs: Matrix
  private let targets: Matrix
  private var lossGradient = Matrix(rows: 0, cols: 1)
  private var optimizer: SGD
  private let loss = BinaryCrossEntropyWithLogits()
  private var lossHistory: [Double] = []
  private var ratioHistory: [Double] = []
  /// ‖∂L/∂z_l‖ per hidden layer from the latest step (before it, from a measuring pass at init).
  public private(set) var errorNorms: [Double] = []
  /// ‖∂L/∂W_l‖ per hidden layer from the latest step.
  public private(set) var weightGradientNorms: [Double] = []
  public private(set) var deadUnits = 0
  public private(set) var saturatedUnits = 0
  private var lastLoss = Double.nan

  public init(settings: KnobSettings, seed: UInt64) throws(ExperimentError) {
    self.settings = settings
    self.seed = seed
    var rng = RandomSource(seed: seed)
    let moons = DataGenerator.moons(count: 200, noise: Noise(jitter: 0.1), rng: &rng)
    inputs = Standardizer(fitting: moons.features).apply(moons.features)
    targets = Matrix(rows: moons.count, cols: 1, data: moons.labels.map(Float.init))
    let depth = settings.integer("depth"), width = settings.integer("width")
    let activation = VanishingGradientsExperiment.activation(settings.choice("activation"))
    let initializer = (InitScheme(rawValue: settings.choice("init")) ?? .standard).initializer
    var layers: [any Layer] = []
    var probes: [LayerProbe] = []
    for index in 0..<depth {
      let dense = Dense(index == 0 ? 2 : width, width, initializer: initializer, rng: &rng, name: "hidden\(index + 1)")
      dense.propagatesGradient = index > 0
      let pair: [any Layer] = [dense, ActivationLayer(activation, size: width)]
      if settings.toggle("residual") && index > 0 {
        let block = Network(pair)
        probes.append(LayerProbe(network: block, denseIndex: 0))
        layers.append(Residual(block))
      } else {
        probes.append(LayerProbe(network: nil, denseIndex: layers.count))
        layers += pair
      }
    }
    layers.append(Dense(width, 1, initializer: initializer, rng: &rng, name: "output"))
    network = Network(layers)
    self.probes = probes
    optimizer = SGD(learningRate: Float(settings.number("lr")))
    for network in [network] + probes.compactMap(\.network) {
      network.recordsGradients = true
      network.recordsActivations = true
    }
    // Measure the untrained network once, so the first picture is the one theory speaks about.
    train(update: false)
  }

  static func activation(_ name: String) -> Activation {
    switch name {
    case "tanh": return .tanh
    case "relu": return .relu
    case "leaky-relu": return .leakyReLU(slope: 0.01)
    default: return .sigmoid
    }
  }

  /// The factor by which theory says the error signal shrinks (< 1) or grows (> 1) per layer
  /// going back, at initialisation and in the activation's linear regime:
  /// √(n · Var(w) · E[f′²]) with E[f′²] = 1/16 for sigmoid (f′(0) = 1/4), 1 for tanh, 1/2 for
  /// ReLU, (1 + α²)/2 for leaky ReLU. NaN with skip connections, which add the identity.
  public var predictedFactor: Double {
    guard !settings.toggle("residual") else { return .nan }
    let width = settings.integer("width")
    let scheme = InitScheme(rawValue: settings.choice("init")) ?? .standard
    let deviation = Double(scheme.initializer.deviation(fanIn: width, fanOut: width))
    let slopeSquared: Double
    switch settings.choice("activation") {
    case "tanh": slopeSquared = 1
    case "relu": slopeSquared = 0.5
    case "leaky-relu": slopeSquared = (1 + 0.01 * 0.01) / 2
    default: slopeSquared = 1.0 / 16
    }
    return (Double(width) * deviation * deviation * slopeSquared).squareRoot()
  }

  /// ‖∂L/∂z‖ of the first hidden layer divided by that of the last: ≪ 1 means vanishing.
  public var firstLastRatio: Double {
    guard let first = errorNorms.first, let last = errorNorms.last, last > 0 else { return .nan }
    return first / last
  }

  public func step() {
    guard !status.isFinal else { return }
    train(update: true)
    stepCount += 1
    lossHistory.append(lastLoss)
    ratioHistory.append(firstLastRatio)
    if !lastLoss.isFinite || errorNorms.contains(where: { !$0.isFinite }) {
      status = ExperimentStatus(
        .diverged, "diverged at step \(stepCount): the loss became \(key: lastLoss.isNaN ? "NaN" : "infinite") — the gradients exploded",
        lesson: "vanishing")
    } else {
      status = ExperimentStatus(.running, signalPhrase)
    }
  }

  /// One forward and backward pass over the whole batch, then (if `update`) one SGD step.
  private func train(update: Bool) {
    network.zeroGrad()
    let output = network.forward(inputs, training: true)
    lastLoss = Double(loss.evaluate(output, targets, gradient: &lossGradient))
    network.backward(lossGradient)
    if update { optimizer.step(network.parameters) }
    errorNorms = probes.map { Double($0.statistics(in: network).dense.outputGradientNorm) }
    weightGradientNorms = probes.map { Double($0.statistics(in: network).dense.weightGradientNorm) }
    deadUnits = probes.reduce(0) { $0 + $1.statistics(in: network).activation.deadUnits }
    saturatedUnits = probes.reduce(0) { $0 + $1.statistics(in: network).activation.saturatedUnits }
  }

  /// The measured change of the error signal per layer going back: the geometric mean of
  /// ‖∂L/∂z_l‖ / ‖∂L/∂z_l+1‖ over the hidden layers (comparable with `predictedFactor`).
  public var measuredFactor: Double {
    guard errorNorms.count > 1 else { return .nan }
    let ratio = firstLastRatio
    guard ratio.isFinite, ratio > 0 else { return .nan }
    return exp(log(ratio) / Double(errorNorms.count - 1))
  }

  /// One line on what the error signal is doing.
  public var signalSummary: String { signalPhrase.description }

  var signalPhrase: Phrase {
    let ratio = firstLastRatio, factor = measuredFactor
    guard ratio.isFinite, ratio > 0 else {
      return deadUnits > 0
        ? "no error signal gets through: \(deadUnits) ReLU units output zero for every example (dead)"
        : "no error signal reaches the first hidden layer"
    }
    let perLayer = ExperimentReport.readable(factor), total = ExperimentReport.readable(ratio)
    if factor < 0.7 { return "vanishing: ×\(perLayer) per layer back; the first layer gets \(total) of the last layer's error signal" }
    if factor > 1.4 { return "exploding: ×\(perLayer) per layer back; the first layer gets \(total)× the last layer's error signal" }
    return "the error signal keeps its size through depth: ×\(perLayer) per layer (first/last = \(total))"
  }

  public var readouts: [Readout] {
    [
      Readout("loss", lastLoss),
      Readout("error_norm_per_layer", vector: errorNorms),
      Readout("weight_grad_norm_per_layer", vector: weightGradientNorms),
      Readout("first_last_ratio", firstLastRatio),
      Readout("measured_factor", measuredFactor),
      Readout("predicted_factor", predictedFactor),
      Readout("dead_units", Double(deadUnits)),
      Readout("saturated_units", Double(saturatedUnits)),
    ]
  }

  public var series: [Series] { [Series("loss", lossHistory), Series("first_last_ratio", ratioHistory)] }

  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let factor = predictedFactor
    let last = errorNorms.count - 1
    let bars = errorNorms.enumerated().map { index, norm in
      // Theory, anchored at the last hidden layer: each layer back multiplies by the factor.
      let predicted = last >= 0 && factor.isFinite ? errorNorms[last] * pow(factor, Double(last - index)) : nil
      return Bar(label: tr("layer \(index + 1)"), value: norm, predicted: predicted)
    }
    let norms = BarChart(bars: bars, scale: .log10, measuredLabel: tr("measured"), predictedLabel: tr("theory"))
    let lossCurve = LineChart(series: [LineSeries(name: tr("loss"), values: lossHistory)], xLabel: tr("step"), showsLegend: false)
    let ratioCurve = LineChart(
      series: [LineSeries(name: tr("first/last"), values: ratioHistory)], yScale: .log10, xLabel: tr("step"), showsLegend: false)
    Panels.draw(
      main: Panel("error signal ‖∂L/∂z‖ per layer (log)", norms),
      side: [Panel("training loss", lossCurve), Panel("first/last layer error ratio (log)", ratioCurve)],
      into: &buffer, area: area, charset: charset, mainPercent: 55)
  }
}

/// The weight initialisations a learner can pick, by their lesson names.
public enum InitScheme: String, CaseIterable, Sendable {
  case standard, normal, small, xavier, he

  public var initializer: Initializer {
    switch self {
    case .standard: return .standardUniform
    case .normal: return .normal(deviation: 1)
    case .small: return .normal(deviation: 0.01)
    case .xavier: return .xavier
    case .he: return .he
    }
  }
}

/// Where one hidden layer's numbers live: in the main network, or inside a residual block.
struct LayerProbe {
  /// The residual block's network, or nil for a layer of the main network.
  let network: Network?
  /// Index of the layer's `Dense` in that network; its activation follows it.
  let denseIndex: Int

  func statistics(in main: Network) -> (dense: LayerStatistics, activation: LayerStatistics) {
    let stats = (network ?? main).statistics
    return (stats[denseIndex], stats[denseIndex + 1])
  }
}
