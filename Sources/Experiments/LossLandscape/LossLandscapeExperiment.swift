// The loss-landscape experiment: gradient descent, heavy-ball momentum and Nesterov on 2-D
// surfaces, with the stability limit (ηλ < 2, 2 + 2β with momentum) shown beside the run.

import Charts
import Display
import NeuralCore

/// One optimizer walking a 2-D surface; one step is one update.
public final class LossLandscapeExperiment: Experiment {
  public static let id = "loss-landscape"
  public static var title: String { tr("Loss landscape") }
  public static var summary: String {
    tr("GD zig-zags in a ravine and stalls in a poor minimum; momentum runs along the valley; too large a step diverges")
  }
  public static var stepUnit: String { tr("update") }
  public static let defaultSteps = 300

  public static let knobs: [Knob] = [
    Knob("surface", .choice(Surface.allCases.map(\.rawValue)), default: .choice("ravine"),
         help: "ravine 0.1x²+2y², double-well, saddle x²−y², rosenbrock, bumpy"),
    Knob("optimizer", .choice(["gd", "momentum", "nesterov"]), default: .choice("gd"),
         help: "plain gradient descent, heavy-ball momentum (Polyak 1964) or Nesterov"),
    Knob("lr", .number(range: 0.0001...2, step: 1.25, logarithmic: true), default: .number(0.4),
         help: "step size η; stable while η·λmax stays under the limit"),
    Knob("beta", .number(range: 0...0.99, step: 0.05, logarithmic: false), default: .number(0.9),
         help: "momentum β: how much of the last step is kept"),
    Knob("start", .point(x: -10...10, y: -10...10), default: .point(x: -5, y: -2), help: "starting point x,y"),
  ]

  public let settings: KnobSettings
  public let seed: UInt64
  public private(set) var stepCount = 0
  public private(set) var status = ExperimentStatus.running
  public let surface: Surface

  /// The position, as a 1×2 parameter so the same optimizers that train networks move it.
  private let position: Parameter
  private var optimizer: any Optimizer
  public private(set) var path: [(x: Double, y: Double)]
  private var values: [Double]

  public init(settings: KnobSettings, seed: UInt64) throws(ExperimentError) {
    self.settings = settings
    self.seed = seed
    surface = Surface(rawValue: settings.choice("surface")) ?? .ravine
    let start = settings.point("start")
    position = Parameter(name: "position", rows: 1, cols: 2, value: [Float(start.x), Float(start.y)], decays: false)
    let lr = Float(settings.number("lr")), beta = Float(settings.number("beta"))
    switch settings.choice("optimizer") {
    case "momentum": optimizer = Momentum(learningRate: lr, momentum: beta)
    case "nesterov": optimizer = Momentum(learningRate: lr, momentum: beta, nesterov: true)
    default: optimizer = SGD(learningRate: lr)
    }
    path = [(start.x, start.y)]
    values = [surface.value(start.x, start.y)]
  }

  /// The stability limit on η·λ for the chosen optimizer on a quadratic: 2 for GD, 2 + 2β for
  /// heavy ball, (2 + 2β)/(1 + 2β) for Nesterov (from the roots of each recurrence at z = −1).
  public var stabilityLimit: Double {
    let beta = settings.number("beta")
    switch settings.choice("optimizer") {
    case "momentum": return 2 + 2 * beta
    case "nesterov": return (2 + 2 * beta) / (1 + 2 * beta)
    default: return 2
    }
  }

  /// η·λmax: above `stabilityLimit` the iterates grow instead of settling.
  public var stepTimesCurvature: Double { settings.number("lr") * surface.largestCurvature }

  /// Why the run blew up: too large a step for the curvature at the minimum, or — when η·λmax
  /// is within the limit — a start where the surface curves more steeply than at the minimum.
  private var divergenceMessage: Phrase {
    let limit = ExperimentReport.readable(stabilityLimit)
    if stepTimesCurvature >= stabilityLimit {
      return "diverged at step \(stepCount): η·λmax = \(ExperimentReport.readable(stepTimesCurvature)) is above the stability limit \(limit)"
    }
    let start = path[0]
    let local = settings.number("lr") * surface.curvatures(at: start.x, start.y).largest
    return "diverged at step \(stepCount): the surface curves more steeply at the start than at the minimum (η·λ = \(ExperimentReport.readable(local)) there, over the limit \(limit))"
  }

  /// η·λmax against the limit, in words.
  public var stabilityVerdict: String { stabilityPhrase.description }

  var stabilityPhrase: Phrase {
    let product = ExperimentReport.readable(stepTimesCurvature), limit = ExperimentReport.readable(stabilityLimit)
    return stepTimesCurvature < stabilityLimit
      ? "η·λmax = \(product) is under the limit \(limit): near the minimum the steps shrink"
      : "η·λmax = \(product) is over the limit \(limit): near the minimum the steps grow"
  }

  public var x: Double { path[path.count - 1].x }
  public var y: Double { path[path.count - 1].y }

  public func step() {
    guard !status.isFinal else { return }
    let g = surface.gradient(x, y)
    position.grad[0] = Float(g.dx)
    position.grad[1] = Float(g.dy)
    optimizer.step([position])
    stepCount += 1
    let nx = Double(position.value[0]), ny = Double(position.value[1])
    let f = surface.value(nx, ny)
    let escaped = !(f.isFinite && abs(nx) < 1e6 && abs(ny) < 1e6)
    path.append(escaped ? (.nan, .nan) : (nx, ny))
    values.append(escaped ? .nan : f)
    updateStatus(escaped: escaped, previous: path[path.count - 2])
  }

  private func updateStatus(escaped: Bool, previous: (x: Double, y: Double)) {
    if surface == .saddle, abs(y) > 50 || (escaped && abs(previous.y) > abs(previous.x)) {
      status = ExperimentStatus(
        .neverConverges,
        "no minimum to find: x² − y² falls forever along y; the run left the saddle by step \(stepCount)",
        lesson: "landscapes")
      return
    }
    if escaped {
      status = ExperimentStatus(.diverged, divergenceMessage, lesson: "landscapes")
      return
    }
    let g = surface.gradient(x, y)
    let moved = ((x - previous.x) * (x - previous.x) + (y - previous.y) * (y - previous.y)).squareRoot()
    guard (g.dx * g.dx + g.dy * g.dy).squareRoot() < 1e-3, moved < 1e-4 else {
      status = ExperimentStatus(.running, stabilityPhrase)
      return
    }
    let here = "(\(ExperimentReport.readable(x)), \(ExperimentReport.readable(y)))"
    if surface.curvatures(at: x, y).smallest < -1e-6 {
      status = ExperimentStatus(
        .converged,
        "stopped on a saddle point at \(here): the slope is zero there, but f still falls along another direction — start slightly off it",
        lesson: "landscapes")
    } else if let best = surface.globalMinimum,
      surface.value(x, y) > surface.value(best.x, best.y) + 1e-2
    {
      status = ExperimentStatus(
        .converged,
        "stuck in a poorer local minimum at \(here), f = \(ExperimentReport.readable(surface.value(x, y))); the best is f = \(ExperimentReport.readable(surface.value(best.x, best.y)))",
        lesson: "landscapes")
    } else {
      status = ExperimentStatus(.converged, "reached a minimum at \(here) after \(stepCount) steps")
    }
  }

  public var readouts: [Readout] {
    [
      Readout("x", x), Readout("y", y), Readout("f", values[values.count - 1]), Readout("step", Double(stepCount)),
      Readout("lambda_max", surface.largestCurvature), Readout("eta_lambda", stepTimesCurvature),
      Readout("limit", stabilityLimit),
    ]
  }

  public var series: [Series] {
    [Series("f", Array(values.dropFirst())), Series("x", path.dropFirst().map(\.x)), Series("y", path.dropFirst().map(\.y))]
  }

  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let finitePath = path.filter { $0.x.isFinite && $0.y.isFinite }
    let bounds = surface.plotBounds
    // Widen the view to the start point (and the walk, within reason) so the path stays on screen.
    let xs = finitePath.map(\.x).filter { abs($0) < 100 }, ys = finitePath.map(\.y).filter { abs($0) < 100 }
    let xRange = min(bounds.x.lowerBound, xs.min() ?? 0)...max(bounds.x.upperBound, xs.max() ?? 0)
    let yRange = min(bounds.y.lowerBound, ys.min() ?? 0)...max(bounds.y.upperBound, ys.max() ?? 0)
    var map = HeatMap.sampling(
      x: xRange, y: yRange, columns: max(area.width, 1), rows: max(area.height, 1),
      logShading: surface != .saddle && surface != .doubleWell, function: surface.value)
    map.paths = [HeatMapPath(name: settings.choice("optimizer"), points: finitePath)]
    let fValues = Array(values.dropFirst())
    let positive = fValues.allSatisfy { !$0.isFinite || $0 > 0 }
    let curve = LineChart(
      series: [LineSeries(name: "f", values: fValues)], yScale: positive ? .log10 : .linear, xLabel: tr("step"),
      showsLegend: false)
    let stability = BarChart(
      bars: [Bar(label: charset.transliterate("η·λ"), value: stepTimesCurvature, predicted: stabilityLimit)],
      measuredLabel: charset.transliterate("η·λ"), predictedLabel: tr("stable below"))
    Panels.draw(
      main: Panel("\(key: surface.rawValue): \(key: settings.choice("optimizer")), step \(stepCount), f = \(ExperimentReport.readable(values[values.count - 1]))", map),
      side: [
        Panel("f over steps\(key: positive ? " (log)" : "")", curve),
        Panel("step size × curvature, and the stability limit", stability),
      ],
      into: &buffer, area: area, charset: charset, mainPercent: 62)
  }
}
