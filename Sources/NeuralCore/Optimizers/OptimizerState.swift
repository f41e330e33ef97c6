// OptimizerState: the per-parameter buffers an update rule keeps between steps, and the one
// loop that walks parameters with raw buffer pointers so that steps allocate nothing.

/// Raw views of one parameter during a step, with its weight-decay terms resolved.
struct ParameterBuffers {
  /// The parameter's values, updated in place.
  let value: UnsafeMutableBufferPointer<Float>
  /// The parameter's gradient, read only.
  let grad: UnsafeBufferPointer<Float>
  /// This parameter's optimizer state: `slotsPerElement` consecutive blocks of `value.count`.
  let state: UnsafeMutableBufferPointer<Float>
  /// Coupled L2 coefficient: the rule uses g + l2 · w as the gradient.
  let l2: Float
  /// Decoupled decay factor: the rule starts from shrink · w instead of w.
  let shrink: Float
}

/// Per-parameter state storage, allocated once for a given list of parameter sizes.
struct OptimizerState: Sendable {
  /// How many floats of state each scalar parameter needs (0 for SGD, 2 for Adam).
  let slotsPerElement: Int
  /// One buffer per parameter, `slotsPerElement × count` floats, zero-initialised.
  private var buffers: [[Float]] = []
  /// The parameter sizes the buffers were allocated for.
  private var counts: [Int] = []

  init(slotsPerElement: Int) {
    self.slotsPerElement = slotsPerElement
  }

  /// Drops all state; the next step reallocates it as zeros.
  mutating func reset() {
    buffers = []
    counts = []
  }

  /// Calls `body` once per parameter with raw buffers, allocating state only when the sizes of
  /// `parameters` differ from the previous call.
  mutating func forEach(
    _ parameters: [Parameter], learningRate: Float, weightDecay: WeightDecay,
    _ body: (ParameterBuffers) -> Void
  ) {
    if !sizesMatch(parameters) {
      counts = parameters.map(\.count)
      buffers = counts.map { Array(repeating: 0, count: $0 * slotsPerElement) }
    }
    for (index, parameter) in parameters.enumerated() {
      let l2 = weightDecay.l2Coefficient(for: parameter)
      let shrink = weightDecay.shrinkFactor(for: parameter, learningRate: learningRate)
      buffers[index].withUnsafeMutableBufferPointer { state in
        parameter.grad.withUnsafeBufferPointer { grad in
          parameter.value.withUnsafeMutableBufferPointer { value in
            body(ParameterBuffers(value: value, grad: grad, state: state, l2: l2, shrink: shrink))
          }
        }
      }
    }
  }

  private func sizesMatch(_ parameters: [Parameter]) -> Bool {
    guard counts.count == parameters.count else { return false }
    for (count, parameter) in zip(counts, parameters) where count != parameter.count { return false }
    return true
  }
}
