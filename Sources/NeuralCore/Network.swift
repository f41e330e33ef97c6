// Network: a sequence of layers trained end to end, with optional instrumentation of every
// layer's activations and back-propagated gradients.

/// A feed-forward stack of layers.
///
/// `forward` runs the layers in order; `backward` takes ∂L/∂output from a `Loss` and runs them
/// in reverse, leaving parameter gradients in each `Parameter.grad`. Instrumentation is off by
/// default and costs one pass over each layer's output (or gradient) when on.
public final class Network {
  /// The layers, input side first.
  public let layers: [any Layer]
  /// Every trainable parameter, layer by layer (weights before biases).
  public let parameters: [Parameter]
  /// Record activation mean, deviation, saturated and dead units during `forward`.
  // The flags and statistics skip the runtime exclusivity check, as a layer's buffers do (see
  // Dense): a network is driven by one thread, and each check costs a call per pass.
  @exclusivity(unchecked) public var recordsActivations = false
  /// Record ‖∂L/∂output‖ (= ‖∂L/∂z‖) and ‖∂L/∂W‖ for every layer with parameters during `backward`.
  @exclusivity(unchecked) public var recordsGradients = false
  /// One entry per layer, from the most recent instrumented passes.
  @exclusivity(unchecked) public private(set) var statistics: [LayerStatistics]

  /// The first parameter of each layer (its weight), or nil; kept so that recording gradient
  /// norms does not build a parameter array per layer per step.
  private let weights: [Parameter?]
  /// `layers` as the passes call them (see `Stage`).
  private let stages: [Stage]
  /// `parameters` without ownership, for clearing gradients without retaining each one.
  private let unretainedParameters: [Unmanaged<Parameter>]

  /// One layer as `forward` and `backward` call it. The layer types of the course's networks are
  /// called directly rather than through the `Layer` protocol, and unretained (`layers` keeps
  /// them alive): for a small network the witness calls and the retain and release of each
  /// layer on each pass cost as much as the arithmetic. Any other layer goes through `Layer`.
  private enum Stage {
    case dense(Unmanaged<Dense>)
    case activation(Unmanaged<ActivationLayer>)
    case dropout(Unmanaged<Dropout>)
    case other(any Layer)

    init(_ layer: any Layer) {
      if let dense = layer as? Dense {
        self = .dense(.passUnretained(dense))
      } else if let activation = layer as? ActivationLayer {
        self = .activation(.passUnretained(activation))
      } else if let dropout = layer as? Dropout {
        self = .dropout(.passUnretained(dropout))
      } else {
        self = .other(layer)
      }
    }

    @inline(__always)
    func forward(_ x: Matrix, training: Bool) -> Matrix {
      switch self {
      case .dense(let layer): layer._withUnsafeGuaranteedRef { $0.forward(x, training: training) }
      case .activation(let layer): layer._withUnsafeGuaranteedRef { $0.forward(x, training: training) }
      case .dropout(let layer): layer._withUnsafeGuaranteedRef { $0.forward(x, training: training) }
      case .other(let layer): layer.forward(x, training: training)
      }
    }

    @inline(__always)
    func backward(_ g: Matrix) -> Matrix {
      switch self {
      case .dense(let layer): layer._withUnsafeGuaranteedRef { $0.backward(g) }
      case .activation(let layer): layer._withUnsafeGuaranteedRef { $0.backward(g) }
      case .dropout(let layer): layer._withUnsafeGuaranteedRef { $0.backward(g) }
      case .other(let layer): layer.backward(g)
      }
    }
  }

  /// A network running `layers` in order; each layer's input size must match the previous output size.
  public init(_ layers: [any Layer]) {
    for (previous, next) in zip(layers, layers.dropFirst()) {
      precondition(previous.outputSize == next.inputSize,
                   "Network: a layer of \(previous.outputSize) outputs feeds one of \(next.inputSize) inputs")
    }
    self.layers = layers
    parameters = layers.flatMap { $0.parameters }
    weights = layers.map { $0.parameters.first }
    stages = layers.map(Stage.init)
    unretainedParameters = parameters.map { .passUnretained($0) }
    statistics = Array(repeating: LayerStatistics(), count: layers.count)
  }

  /// Features per example the network accepts.
  public var inputSize: Int { layers.first?.inputSize ?? 0 }
  /// Features per example the network produces.
  public var outputSize: Int { layers.last?.outputSize ?? 0 }

  /// Runs `input` (`batch × inputSize`) through every layer; the result is the last layer's
  /// output buffer (see `Layer` for how long it stays valid).
  public func forward(_ input: Matrix, training: Bool) -> Matrix {
    var x = input
    for index in stages.indices {
      x = stages[index].forward(x, training: training)
      if recordsActivations { recordActivations(index, x) }
    }
    return x
  }

  /// Back-propagates ∂L/∂output through every layer (after a training `forward` on the same
  /// batch), accumulating parameter gradients; returns ∂L/∂input.
  @discardableResult
  public func backward(_ outputGradient: Matrix) -> Matrix {
    var g = outputGradient
    for index in stages.indices.reversed() {
      // Norms only where there are weights: there the output gradient is ∂L/∂z.
      let weight = recordsGradients ? weights[index] : nil
      if weight != nil { statistics[index].outputGradientNorm = Network.norm(g.data) }
      g = stages[index].backward(g)
      if let weight { statistics[index].weightGradientNorm = Network.norm(weight.grad) }
    }
    return g
  }

  /// Clears every parameter's gradient.
  public func zeroGrad() {
    for parameter in unretainedParameters { parameter._withUnsafeGuaranteedRef { $0.zeroGrad() } }
  }

  /// The Frobenius norm √Σx², accumulated in eight lanes.
  static func norm(_ values: [Float]) -> Float {
    values.withUnsafeBufferPointer { v in
      guard let base = v.baseAddress else { return 0 }
      var lanes = SIMD8<Float>()
      var i = 0
      while i + 8 <= v.count {
        let x = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<Float>.self)
        lanes.addProduct(x, x)
        i += 8
      }
      var sum = lanes.sum()
      while i < v.count {
        sum += v[i] * v[i]
        i += 1
      }
      return sum.squareRoot()
    }
  }

  private func recordActivations(_ index: Int, _ output: Matrix) {
    let rows = output.rows, cols = output.cols
    guard rows > 0, cols > 0 else { return }
    var stats = statistics[index]
    var sum: Float = 0, squares: Float = 0
    for value in output.data {
      sum += value
      squares += value * value
    }
    let count = Float(output.count)
    stats.mean = sum / count
    stats.deviation = max(squares / count - stats.mean * stats.mean, 0).squareRoot()
    stats.saturatedUnits = 0
    stats.saturatedFraction = 0
    stats.deadUnits = 0
    if let activation = (layers[index] as? ActivationLayer)?.activation {
      let saturated: ((Float) -> Bool)? = switch activation {
      case .sigmoid: { $0 < 0.01 || $0 > 0.99 }
      case .tanh: { abs($0) > 0.99 }
      default: nil
      }
      output.data.withUnsafeBufferPointer { y in
        if let saturated {
          var total = 0
          for c in 0..<cols {
            var inColumn = 0
            for r in 0..<rows where saturated(y[r * cols + c]) { inColumn += 1 }
            total += inColumn
            if inColumn == rows { stats.saturatedUnits += 1 }
          }
          stats.saturatedFraction = Float(total) / count
        } else if activation == .relu {
          for c in 0..<cols where (0..<rows).allSatisfy({ y[$0 * cols + c] <= 0 }) {
            stats.deadUnits += 1
          }
        }
      }
    }
    statistics[index] = stats
  }
}
