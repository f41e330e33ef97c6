// UnrolledRecurrent: a `Recurrent` layer over fixed-length sequences packed one per row, so it
// can sit in a `Network` beside `Dense` layers and train with the same loop as everything else.

/// A recurrent layer as a `Layer`: each input row is a whole sequence of `steps` time steps.
///
/// Row layout is time-major: feature f of step t (0-based) is at column `t * features + f`,
/// where `features` is the wrapped layer's `inputSize`. The output is either the final hidden
/// state (`hiddenSize` columns, for classifying or regressing a whole sequence) or every
/// hidden state h₁ … h_T in the same time-major layout (for a prediction at each step).
/// The wrapped `recurrent` layer stays reachable for its per-step gradient norms and its
/// recurrent-scale knob.
public final class UnrolledRecurrent: Layer {
  /// What the layer emits per example.
  public enum Output: Equatable, Sendable {
    /// h_T only.
    case finalState
    /// h₁ … h_T, one after another.
    case allStates
  }

  /// The recurrent layer doing the work.
  public let recurrent: Recurrent
  /// Time steps per sequence.
  public let steps: Int
  /// Whether the final state or all states come out.
  public let output: Output

  // Buffers are written only by this layer's own methods, which never overlap two accesses to
  // one buffer; `unchecked` spares the dynamic exclusivity check on every access in the loops.
  @exclusivity(unchecked) private var stepInputs: [Matrix]
  @exclusivity(unchecked) private var stepGradients: [Matrix]
  @exclusivity(unchecked) private var outputBuffer = Matrix(rows: 0, cols: 0)
  @exclusivity(unchecked) private var inputGradient = Matrix(rows: 0, cols: 0)
  private let features: Int
  private let hidden: Int

  /// Wraps `recurrent` for sequences of `steps` time steps.
  public init(_ recurrent: Recurrent, steps: Int, output: Output = .finalState) {
    precondition(steps > 0, "UnrolledRecurrent: steps must be positive")
    self.recurrent = recurrent
    self.steps = steps
    self.output = output
    features = recurrent.inputSize
    hidden = recurrent.hiddenSize
    stepInputs = (0..<steps).map { _ in Matrix(rows: 0, cols: recurrent.inputSize) }
    stepGradients = output == .allStates ? (0..<steps).map { _ in Matrix(rows: 0, cols: recurrent.hiddenSize) } : []
    outputBuffer = Matrix(rows: 0, cols: output == .finalState ? hidden : steps * hidden)
    inputGradient = Matrix(rows: 0, cols: steps * features)
  }

  public var inputSize: Int { steps * features }
  public var outputSize: Int { outputBuffer.cols }
  public var parameters: [Parameter] { recurrent.parameters }

  public func forward(_ x: Matrix, training: Bool) -> Matrix {
    precondition(x.cols == inputSize, "UnrolledRecurrent: input has \(x.cols) columns, expected \(inputSize)")
    let batch = x.rows
    for t in 0..<steps {
      if stepInputs[t].rows != batch { stepInputs[t].resizeRows(batch) }
      Self.copyBlock(from: x, column: t * features, into: &stepInputs[t])
    }
    let final = recurrent.forward(stepInputs)
    if outputBuffer.rows != batch { outputBuffer.resizeRows(batch) }
    switch output {
    case .finalState:
      outputBuffer.copyContents(of: final)
    case .allStates:
      for t in 0..<steps { Self.placeBlock(recurrent.states[t + 1], into: &outputBuffer, column: t * hidden) }
    }
    return outputBuffer
  }

  public func backward(_ dOut: Matrix) -> Matrix {
    precondition(dOut.cols == outputSize, "UnrolledRecurrent: gradient has \(dOut.cols) columns, expected \(outputSize)")
    let batch = dOut.rows
    let stepInputGradients: [Matrix]
    switch output {
    case .finalState:
      stepInputGradients = recurrent.backward(finalStateGradient: dOut)
    case .allStates:
      for t in 0..<steps {
        if stepGradients[t].rows != batch { stepGradients[t].resizeRows(batch) }
        Self.copyBlock(from: dOut, column: t * hidden, into: &stepGradients[t])
      }
      stepInputGradients = recurrent.backward(stateGradients: stepGradients)
    }
    if inputGradient.rows != batch { inputGradient.resizeRows(batch) }
    for t in 0..<steps { Self.placeBlock(stepInputGradients[t], into: &inputGradient, column: t * features) }
    return inputGradient
  }

  /// Copies columns `column ..< column + block.cols` of `source` into `block`.
  private static func copyBlock(from source: Matrix, column: Int, into block: inout Matrix) {
    let width = block.cols, stride = source.cols
    source.data.withUnsafeBufferPointer { s in
      block.data.withUnsafeMutableBufferPointer { b in
        for r in 0..<block.rows {
          for c in 0..<width { b[r * width + c] = s[r * stride + column + c] }
        }
      }
    }
  }

  /// Writes `block` into columns `column ..< column + block.cols` of `target`.
  private static func placeBlock(_ block: Matrix, into target: inout Matrix, column: Int) {
    let width = block.cols, stride = target.cols
    block.data.withUnsafeBufferPointer { b in
      target.data.withUnsafeMutableBufferPointer { t in
        for r in 0..<block.rows {
          for c in 0..<width { t[r * stride + column + c] = b[r * width + c] }
        }
      }
    }
  }
}
