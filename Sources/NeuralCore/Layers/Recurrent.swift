// Recurrent: the vanilla (Elman 1990) tanh recurrent layer over a whole sequence, with
// backpropagation through time and the per-step gradient norms the clipping lesson plots.

/// A tanh recurrent layer: hₜ = tanh(xₜ·W_x + hₜ₋₁·W_h + b) for t = 1 … T.
///
/// A sequence is an array of T matrices, one per time step, each `batch × inputSize` (one
/// example per row, as everywhere in NeuralCore). The layer keeps every hidden state of the
/// last forward pass for backpropagation through time (Werbos 1990), and after `backward` it
/// reports ‖∂L/∂hₜ‖ for every step: the quantity that shrinks or grows geometrically with the
/// recurrent weight's scale (Bengio, Simard & Frasconi 1994; Pascanu, Mikolov & Bengio 2013).
///
/// The recurrent weight starts as `recurrentScale · Q` with Q a random orthogonal matrix, so
/// its spectral radius and its largest singular value both equal the scale. Since tanh′ ≤ 1,
/// each step back multiplies the gradient's norm by at most the scale: below 1 the gradient
/// must vanish; above 1 it can explode (the necessary condition of Pascanu et al.), which it
/// does for large scales while the hidden units are not saturated.
///
/// Like `Layer`s, it owns its buffers: they are sized on the first pass and reused while the
/// batch size and sequence length stay the same, so steady training allocates nothing.
/// Returned matrices are valid until the next call of the same method.
public final class Recurrent {
  /// Features per time step of the input.
  public let inputSize: Int
  /// Units in the hidden state.
  public let hiddenSize: Int
  /// W_x, `inputSize × hiddenSize`.
  public let inputWeight: Parameter
  /// W_h, `hiddenSize × hiddenSize`.
  public let recurrentWeight: Parameter
  /// b, `1 × hiddenSize`, initialised to zero.
  public let bias: Parameter

  /// h₀, h₁, …, h_T from the last forward pass (h₀ is the initial state), each `batch × hiddenSize`.
  @exclusivity(unchecked) public private(set) var states: [Matrix] = []
  /// ‖∂L/∂hₜ‖ for t = 0 … T after the last backward pass (Frobenius norm over the batch).
  ///
  /// Entry t is the total gradient reaching hₜ: from the loss at step t, if any, plus
  /// everything flowing back from later steps. Entry 0 is the gradient at the initial state.
  @exclusivity(unchecked) public private(set) var stateGradientNorms: [Float] = []
  /// ∂L/∂h₀ after the last backward pass, `batch × hiddenSize`.
  @exclusivity(unchecked) public private(set) var initialStateGradient = Matrix(rows: 0, cols: 0)

  // Buffers are written only by this layer's own methods, which never overlap two accesses to
  // one buffer; `unchecked` spares the dynamic exclusivity check on every access in the loops.
  @exclusivity(unchecked) private var inputs: [Matrix] = []
  @exclusivity(unchecked) private var inputGradients: [Matrix] = []
  /// ∂L/∂z at the current step of backward, where z is the pre-activation.
  @exclusivity(unchecked) private var preActivationGradient = Matrix(rows: 0, cols: 0)
  @exclusivity(unchecked) private var scratch = [Float](repeating: 0, count: Matrix.multiplyScratchCount)

  /// A recurrent layer with `W_x` drawn by `initializer` and `W_h = recurrentScale · Q`.
  public init(
    inputSize: Int, hiddenSize: Int, recurrentScale: Float = 1, initializer: Initializer = .xavier,
    rng: inout RandomSource, name: String = "rnn"
  ) {
    precondition(inputSize > 0 && hiddenSize > 0, "Recurrent: sizes must be positive")
    self.inputSize = inputSize
    self.hiddenSize = hiddenSize
    inputWeight = Parameter(name: "\(name).inputWeight", rows: inputSize, cols: hiddenSize)
    recurrentWeight = Parameter(name: "\(name).recurrentWeight", rows: hiddenSize, cols: hiddenSize)
    bias = Parameter(name: "\(name).bias", rows: 1, cols: hiddenSize, decays: false)
    initializer.fill(&inputWeight.value, fanIn: inputSize, fanOut: hiddenSize, rng: &rng)
    resetRecurrentWeight(scale: recurrentScale, rng: &rng)
  }

  /// The trainable tensors: W_x, W_h, b.
  public var parameters: [Parameter] { [inputWeight, recurrentWeight, bias] }

  /// Number of time steps in the last forward pass.
  public var steps: Int { inputs.count }

  /// Draws a fresh recurrent weight `scale · Q` (Q random orthogonal), setting its spectral
  /// radius to exactly `scale`: the lesson's "recurrent scale" knob.
  public func resetRecurrentWeight(scale: Float, rng: inout RandomSource) {
    recurrentWeight.value = Matrix.randomOrthogonal(size: hiddenSize, scale: scale, rng: &rng).data
  }

  /// Runs the sequence through the layer and returns the final state h_T.
  ///
  /// - Parameters:
  ///   - sequence: T ≥ 1 matrices, each `batch × inputSize`.
  ///   - initialState: h₀ (`batch × hiddenSize`); zeros when `nil`.
  @discardableResult
  public func forward(_ sequence: [Matrix], initialState: Matrix? = nil) -> Matrix {
    precondition(!sequence.isEmpty, "Recurrent: empty sequence")
    let batch = sequence[0].rows
    prepare(steps: sequence.count, batch: batch)
    for (t, x) in sequence.enumerated() {
      precondition(x.rows == batch && x.cols == inputSize,
                   "Recurrent: step \(t) is \(x.rows)×\(x.cols), expected \(batch)×\(inputSize)")
      inputs[t].copyContents(of: x)
    }
    if let initialState {
      precondition(initialState.rows == batch && initialState.cols == hiddenSize,
                   "Recurrent: initial state is \(initialState.rows)×\(initialState.cols), expected \(batch)×\(hiddenSize)")
      states[0].copyContents(of: initialState)
    } else {
      BufferOps.clear(&states[0])
    }
    let wx = Matrix(rows: inputSize, cols: hiddenSize, data: inputWeight.value)
    let wh = Matrix(rows: hiddenSize, cols: hiddenSize, data: recurrentWeight.value)
    scratch.withUnsafeMutableBufferPointer { panelBuffer in
      guard let panel = panelBuffer.baseAddress else { return }
      for t in 1...steps {
        let previous = states[t - 1]
        BufferOps.broadcastRows(&states[t], bias: bias.value)
        Matrix.multiply(inputs[t - 1], wx, into: &states[t], accumulate: true, panel: panel)
        Matrix.multiply(previous, wh, into: &states[t], accumulate: true, panel: panel)
        let hidden = hiddenSize
        states[t].data.withUnsafeMutableBufferPointer { h in
          guard let base = h.baseAddress else { return }
          Activation.tanh.apply(UnsafePointer(base), base, rows: batch, cols: hidden)
        }
      }
    }
    return states[steps]
  }

  /// Backpropagates through time from gradients at every step; returns ∂L/∂xₜ for each step.
  ///
  /// `stateGradients[t − 1]` is the loss gradient arriving at hₜ directly (from an output
  /// layer at that step), `batch × hiddenSize`. Parameter gradients are added to `grad`.
  @discardableResult
  public func backward(stateGradients: [Matrix]) -> [Matrix] {
    precondition(stateGradients.count == steps,
                 "Recurrent: \(stateGradients.count) state gradients for \(steps) steps")
    return backpropagate { t in stateGradients[t - 1] }
  }

  /// Backpropagates through time when the loss only sees the final state (sequence
  /// classification, "remember the first input"); returns ∂L/∂xₜ for each step.
  @discardableResult
  public func backward(finalStateGradient: Matrix) -> [Matrix] {
    let last = steps
    return backpropagate { t in t == last ? finalStateGradient : nil }
  }

  /// The BPTT loop; `external(t)` is the direct loss gradient at hₜ, if there is one.
  private func backpropagate(_ external: (Int) -> Matrix?) -> [Matrix] {
    precondition(steps > 0, "Recurrent: backward before forward")
    let batch = states[0].rows
    // ∂L/∂hₜ accumulates in initialStateGradient, which holds ∂L/∂h₀ when the loop ends.
    BufferOps.clear(&initialStateGradient)
    let wx = Matrix(rows: inputSize, cols: hiddenSize, data: inputWeight.value)
    let wh = Matrix(rows: hiddenSize, cols: hiddenSize, data: recurrentWeight.value)
    // Work on the gradients as matrices without copying them: move the arrays out and back.
    var dWx = Matrix(rows: inputSize, cols: hiddenSize, data: inputWeight.grad)
    var dWh = Matrix(rows: hiddenSize, cols: hiddenSize, data: recurrentWeight.grad)
    inputWeight.grad = []
    recurrentWeight.grad = []
    defer {
      inputWeight.grad = dWx.data
      recurrentWeight.grad = dWh.data
    }
    scratch.withUnsafeMutableBufferPointer { panelBuffer in
      guard let panel = panelBuffer.baseAddress else { return }
      for t in stride(from: steps, through: 1, by: -1) {
        if let g = external(t) {
          precondition(g.rows == batch && g.cols == hiddenSize,
                       "Recurrent: gradient at step \(t) is \(g.rows)×\(g.cols), expected \(batch)×\(hiddenSize)")
          BufferOps.add(g, to: &initialStateGradient)
        }
        stateGradientNorms[t] = Float(sumOfSquares(initialStateGradient.data).squareRoot())
        // ∂L/∂z = ∂L/∂hₜ ⊙ (1 − hₜ²), the derivative of tanh written with its output.
        states[t].data.withUnsafeBufferPointer { h in
          initialStateGradient.data.withUnsafeBufferPointer { dh in
            preActivationGradient.data.withUnsafeMutableBufferPointer { dz in
              for i in dz.indices { dz[i] = dh[i] * (1 - h[i] * h[i]) }
            }
          }
        }
        let dz = preActivationGradient
        BufferOps.accumulateColumnSums(of: dz, into: &bias.grad)
        Matrix.multiply(inputs[t - 1], dz, into: &dWx, transposeA: true, accumulate: true, panel: panel)
        Matrix.multiply(states[t - 1], dz, into: &dWh, transposeA: true, accumulate: true, panel: panel)
        Matrix.multiply(dz, wx, into: &inputGradients[t - 1], transposeB: true, panel: panel)
        Matrix.multiply(dz, wh, into: &initialStateGradient, transposeB: true, panel: panel)
      }
    }
    stateGradientNorms[0] = Float(sumOfSquares(initialStateGradient.data).squareRoot())
    return inputGradients
  }

  /// Sizes the buffers for `steps` × `batch`, reallocating only when either changes.
  private func prepare(steps: Int, batch: Int) {
    guard steps != inputs.count || states.first?.rows != batch else { return }
    inputs = (0..<steps).map { _ in Matrix(rows: batch, cols: inputSize) }
    inputGradients = (0..<steps).map { _ in Matrix(rows: batch, cols: inputSize) }
    states = (0...steps).map { _ in Matrix(rows: batch, cols: hiddenSize) }
    stateGradientNorms = Array(repeating: 0, count: steps + 1)
    initialStateGradient = Matrix(rows: batch, cols: hiddenSize)
    preActivationGradient = Matrix(rows: batch, cols: hiddenSize)
  }
}
