// The gradient-clipping experiment: a vanilla tanh RNN whose gradients explode when its
// recurrent weight is large, trained with and without clipping by global norm (Mikolov 2012;
// Pascanu, Mikolov & Bengio 2013) — and the same clipping failing to revive vanishing gradients.

import NeuralCore

/// A tanh RNN learning to remember the first value of a sequence; one step is one full-batch
/// SGD update, with the gradient clipped by its global norm when `clip` is set.
public final class GradientClippingExperiment: Experiment {
  public static let id = "gradient-clipping"
  public static var title: String { tr("Gradient clipping") }
  public static var summary: String {
    tr("a large recurrent weight makes an RNN's gradient explode and training blow up; clipping by norm keeps it finite, but cannot revive a vanishing gradient")
  }
  public static var stepUnit: String { tr("update") }
  public static let defaultSteps = 150

  /// The thresholds τ offered for `clip`, beside `off`.
  static let thresholds = ["0.1", "0.3", "1", "3", "10", "100"]

  public static let knobs: [Knob] = [
    Knob("recurrent_scale", .number(range: 0.1...4, step: 1.25, logarithmic: true), default: .number(1.5),
         help: "W_h = scale × a random orthogonal matrix; each step back multiplies the gradient by at most this"),
    Knob("length", .integer(range: 2...100, step: 5), default: .integer(40),
         help: "time steps per sequence; the first value must be remembered through all of them"),
    Knob("clip", .choice(["off"] + thresholds), default: .choice("off"),
         help: "clip by global norm: when ‖g‖ > τ, g ← τ·g/‖g‖ (off: no clipping)"),
    Knob("lr", .number(range: 0.001...10, step: 2, logarithmic: true), default: .number(0.1),
         help: "SGD learning rate"),
  ]

  /// Hidden units of the RNN.
  static let hiddenSize = 32
  /// Sequences in the (full) training batch.
  static let batchSize = 64
  /// A loss this many times the starting loss counts as blown up (a spike, not noise).
  static let spikeFactor = 100.0

  public let settings: KnobSettings
  public let seed: UInt64
  public private(set) var stepCount = 0
  public private(set) var status = ExperimentStatus.running

  let network: Network
  /// The recurrent layer inside `network`, for its per-step gradient norms.
  let recurrent: Recurrent
  private let task: RememberFirstTask
  private var optimizer: SGD
  private let loss = MeanSquaredError()
  private var lossGradient = Matrix(rows: 0, cols: 1)
  /// The clipping threshold τ, or nil when clipping is off.
  public let threshold: Double?

  /// The loss before each update (NaN once it is not finite).
  public private(set) var lossHistory: [Double] = []
  /// The global gradient norm ‖g‖ before clipping, per update.
  public private(set) var gradientNormHistory: [Double] = []
  /// Updates whose gradient was rescaled (‖g‖ > τ).
  public private(set) var clippedSteps = 0
  /// ‖∂L/∂hₜ‖ for t = 0 … T from the latest backward pass (before it, from one at initialisation).
  public private(set) var stateGradientNorms: [Double] = []
  private var initialLoss = Double.nan
  private var lastLoss = Double.nan

  public init(settings: KnobSettings, seed: UInt64) throws(ExperimentError) {
    self.settings = settings
    self.seed = seed
    var rng = RandomSource(seed: seed)
    let length = settings.integer("length")
    task = RememberFirstTask(count: Self.batchSize, length: length, rng: &rng)
    recurrent = Recurrent(
      inputSize: 1, hiddenSize: Self.hiddenSize, recurrentScale: Float(settings.number("recurrent_scale")), rng: &rng)
    network = Network([
      UnrolledRecurrent(recurrent, steps: length),
      Dense(Self.hiddenSize, 1, initializer: .xavier, rng: &rng, name: "readout"),
    ])
    threshold = Self.threshold(settings.choice("clip"))
    optimizer = SGD(learningRate: Float(settings.number("lr")))
    // Measure the untrained network once, so the first picture already shows ‖∂L/∂hₜ‖.
    initialLoss = computeGradient()
  }

  /// τ for a `clip` choice, nil for `off`.
  static func threshold(_ choice: String) -> Double? {
    choice == "off" ? nil : Double(choice)
  }

  /// Forward and backward over the whole batch; returns the loss and leaves the gradient in place.
  private func computeGradient() -> Double {
    network.zeroGrad()
    let output = network.forward(task.inputs, training: true)
    let value = Double(loss.evaluate(output, task.targets, gradient: &lossGradient))
    network.backward(lossGradient)
    stateGradientNorms = recurrent.stateGradientNorms.map(Double.init)
    return value
  }

  public func step() {
    guard !status.isFinal else { return }
    stepCount += 1
    lastLoss = computeGradient()
    let norm: Double
    if let threshold {
      norm = Double(GradientClipping.clipByGlobalNorm(network.parameters, maxNorm: Float(threshold)))
      // Compared as clipByGlobalNorm compares, with τ rounded to Float.
      if norm.isFinite && norm > Double(Float(threshold)) { clippedSteps += 1 }
    } else {
      norm = Double(GradientClipping.globalNorm(network.parameters))
    }
    lossHistory.append(lastLoss.isFinite ? lastLoss : .nan)
    gradientNormHistory.append(norm.isFinite ? norm : .nan)
    if let failure = divergence(gradientNorm: norm) {
      status = ExperimentStatus(.diverged, "diverged at step \(stepCount): \(failure)", lesson: "clipping")
      return
    }
    optimizer.step(network.parameters)
    status = ExperimentStatus(.running, progressSummary)
  }

  /// Why this update shows the run has blown up, or nil while it has not.
  private func divergence(gradientNorm norm: Double) -> Phrase? {
    if !lastLoss.isFinite { return "the loss became \(key: lastLoss.isNaN ? "NaN" : "infinite") after the gradient exploded" }
    if !norm.isFinite { return "the gradient norm overflowed to \(key: norm.isNaN ? "NaN" : "infinity")" }
    if initialLoss.isFinite, lastLoss > Self.spikeFactor * max(initialLoss, RememberFirstTask.forgettingLoss) {
      return "the loss spiked to \(ExperimentReport.readable(lastLoss)) (\(ExperimentReport.readable(lastLoss / initialLoss))× its start) after the gradient norm reached \(ExperimentReport.readable(maxGradientNorm))"
    }
    return nil
  }

  /// ‖∂L/∂h₁‖ / ‖∂L/∂h_T‖: how much of the error signal at the last step reaches the first
  /// (≪ 1 vanishing, ≫ 1 exploding).
  public var firstLastRatio: Double {
    guard stateGradientNorms.count > 1, let last = stateGradientNorms.last, last > 0 else { return .nan }
    return stateGradientNorms[1] / last
  }

  /// The largest gradient norm seen so far (before clipping).
  public var maxGradientNorm: Double { gradientNormHistory.filter(\.isFinite).max() ?? .nan }

  /// One line on where training stands.
  public var progressSummary: Phrase {
    let ratio = firstLastRatio
    let signal: Phrase = !ratio.isFinite ? "no gradient reaches h₁"
      : ratio < 1e-3 ? "vanishing: h₁ gets \(ExperimentReport.readable(ratio)) of the last step's gradient"
      : ratio > 1e3 ? "exploding: h₁ gets \(ExperimentReport.readable(ratio))× the last step's gradient"
      : "h₁ gets \(ExperimentReport.readable(ratio))× the last step's gradient"
    let clipped: Phrase = threshold.map { "; clipped \(clippedSteps) of \(stepCount) updates to τ = \(KnobValue.format($0))" } ?? ""
    return "loss \(ExperimentReport.readable(lastLoss)) (forgetting costs 0.333)\(clipped); \(signal)"
  }

  public var readouts: [Readout] {
    [
      Readout("loss", lastLoss),
      Readout("grad_norm", gradientNormHistory.last ?? .nan),
      Readout("max_grad_norm", maxGradientNorm),
      Readout("clipped_steps", Double(clippedSteps)),
      Readout("tau", threshold ?? .nan),
      Readout("first_last_ratio", firstLastRatio),
      Readout("state_grad_norm_per_step", vector: stateGradientNorms),
    ]
  }

  public var series: [Series] { [Series("loss", lossHistory), Series("grad_norm", gradientNormHistory)] }
}
