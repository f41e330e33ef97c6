// OptimizerState: the per-parameter buffers an update rule keeps between steps, and the one
// vectorised loop that applies a rule to every parameter without allocating.

/// Per-parameter state storage and the element loop shared by every optimizer.
///
/// An update rule is written once, as a function of eight gradients at a time that may update
/// up to two state values per element and returns the change to the weights. The loop around
/// it loads and stores through raw pointers, applies weight decay the same way for every rule,
/// and pads the last partial group of eight with zeros.
struct OptimizerState: Sendable {
  /// Eight floats, the unit every update rule works on (one ymm register on Haswell).
  typealias Lanes = SIMD8<Float>

  /// How many floats of state each scalar parameter needs (0 for SGD, 2 for Adam).
  let slotsPerElement: Int
  /// All state in one zero-initialised buffer, so a step makes one access for it rather than one
  /// per parameter: parameter p's first slot of element i at offsets[p] + i, its second at
  /// offsets[p] + count + i. Empty for SGD.
  private var storage: [Float] = []
  /// Where each parameter's state starts in `storage`.
  private var offsets: [Int] = []
  /// The parameter sizes the storage was laid out for.
  private var counts: [Int] = []

  init(slotsPerElement: Int) {
    precondition((0...2).contains(slotsPerElement), "OptimizerState: 0, 1 or 2 slots per element")
    self.slotsPerElement = slotsPerElement
  }

  /// Drops all state; the next step reallocates it as zeros.
  mutating func reset() {
    storage = []
    offsets = []
    counts = []
  }

  /// Updates every parameter in place: w ← shrink·w + rule(g + l2·w, &s₀, &s₁).
  ///
  /// State is allocated only when the sizes of `parameters` differ from the previous call.
  /// `weightDecay` supplies l2 (coupled) and shrink (decoupled) per parameter. Slots a rule
  /// does not use are passed as zeros and not stored.
  @inline(__always)
  mutating func update(
    _ parameters: [Parameter], learningRate: Float, weightDecay: WeightDecay,
    _ rule: (_ gradient: Lanes, _ slot0: inout Lanes, _ slot1: inout Lanes) -> Lanes
  ) {
    withoutActuallyEscaping(rule) { rule in
      update(parameters, learningRate: learningRate, weightDecay: weightDecay, rule: ClosureRule(body: rule))
    }
  }

  /// `update` with the rule as a value: specialised for each rule type, so the rule is
  /// inlined into the element loop (a closure is called once per eight elements).
  @inline(__always)
  mutating func update<Rule: UpdateRule>(
    _ parameters: [Parameter], learningRate: Float, weightDecay: WeightDecay, rule: Rule
  ) {
    if !sizesMatch(parameters) { layOut(parameters) }
    let slots = slotsPerElement
    let offsets = offsets
    func updateAll(_ state: UnsafeMutablePointer<Float>?) {
      for index in parameters.indices {
        // Unretained: `parameters` holds every one for the whole call, and a retain and release
        // per parameter per step cost more than updating a small bias.
        Unmanaged.passUnretained(parameters[index])._withUnsafeGuaranteedRef { parameter in
          let l2 = weightDecay.l2Coefficient(for: parameter)
          let shrink = weightDecay.shrinkFactor(for: parameter, learningRate: learningRate)
          let n = parameter.count
          precondition(parameter.grad.count == n, "Optimizer: \(parameter.name) has \(parameter.grad.count) gradients for \(n) values")
          parameter.withStorage { w, g in
            // Without state, both slots point at the weights so the pointers stay valid (they are not used).
            let s0 = state.map { $0 + offsets[index] } ?? w
            let s1 = slots >= 2 ? s0 + n : s0
            Self.apply(n: n, w: w, g: g, s0: s0, s1: s1, slots: slots, l2: l2, shrink: shrink, rule)
          }
        }
      }
    }
    // SGD has no state and does not touch `storage`: a mutable access to an empty array
    // reallocates it every time. The others reach all their state through one pointer.
    if slots == 0 {
      updateAll(nil)
    } else {
      storage.withUnsafeMutableBufferPointer { updateAll($0.baseAddress) }
    }
  }

  /// The element loop over one parameter's `n` weights `w`, gradients `g` and state slots.
  @inline(__always)
  private static func apply<Rule: UpdateRule>(
    n: Int, w: UnsafeMutablePointer<Float>, g: UnsafePointer<Float>,
    s0: UnsafeMutablePointer<Float>, s1: UnsafeMutablePointer<Float>, slots: Int, l2: Float, shrink: Float,
    _ rule: Rule
  ) {
    var i = 0
    while i + Lanes.scalarCount <= n {
      let weights = load(w + i)
      var state0 = slots >= 1 ? load(s0 + i) : Lanes()
      var state1 = slots >= 2 ? load(s1 + i) : Lanes()
      let delta = rule(load(g + i) + l2 * weights, &state0, &state1)
      store(shrink * weights + delta, to: w + i)
      if slots >= 1 { store(state0, to: s0 + i) }
      if slots >= 2 { store(state1, to: s1 + i) }
      i += Lanes.scalarCount
    }
    guard i < n else { return }
    // The tail: fewer than eight elements, padded with zeros (which every rule maps to a
    // finite value) and written back lane by lane.
    let tail = n - i
    var weights = Lanes(), gradient = Lanes(), state0 = Lanes(), state1 = Lanes()
    for lane in 0..<tail {
      weights[lane] = w[i + lane]
      gradient[lane] = g[i + lane]
      if slots >= 1 { state0[lane] = s0[i + lane] }
      if slots >= 2 { state1[lane] = s1[i + lane] }
    }
    let updated = shrink * weights + rule(gradient + l2 * weights, &state0, &state1)
    for lane in 0..<tail {
      w[i + lane] = updated[lane]
      if slots >= 1 { s0[i + lane] = state0[lane] }
      if slots >= 2 { s1[i + lane] = state1[lane] }
    }
  }

  /// Sizes the state for `parameters`, all zeros.
  private mutating func layOut(_ parameters: [Parameter]) {
    counts = parameters.map(\.count)
    var offset = 0
    offsets = counts.map { count in
      defer { offset += count * slotsPerElement }
      return offset
    }
    storage = Array(repeating: 0, count: offset)
  }

  private func sizesMatch(_ parameters: [Parameter]) -> Bool {
    guard counts.count == parameters.count else { return false }
    for index in parameters.indices where counts[index] != parameters[index].count { return false }
    return true
  }

  /// Eight floats from `pointer`, which need not be aligned.
  @inline(__always)
  private static func load(_ pointer: UnsafePointer<Float>) -> Lanes {
    UnsafeRawPointer(pointer).loadUnaligned(as: Lanes.self)
  }

  /// Writes eight floats to `pointer`, which need not be aligned.
  @inline(__always)
  private static func store(_ lanes: Lanes, to pointer: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(pointer).storeBytes(of: lanes, as: Lanes.self)
  }
}

/// An optimizer's update rule for eight elements: takes the gradient, may update up to two
/// state values per element, and returns the change to the weights.
protocol UpdateRule {
  func callAsFunction(
    _ gradient: OptimizerState.Lanes, _ slot0: inout OptimizerState.Lanes, _ slot1: inout OptimizerState.Lanes
  ) -> OptimizerState.Lanes
}

/// A rule written as a closure (the form most optimizers use).
private struct ClosureRule: UpdateRule {
  let body: (OptimizerState.Lanes, inout OptimizerState.Lanes, inout OptimizerState.Lanes) -> OptimizerState.Lanes

  @inline(__always)
  func callAsFunction(
    _ gradient: OptimizerState.Lanes, _ slot0: inout OptimizerState.Lanes, _ slot1: inout OptimizerState.Lanes
  ) -> OptimizerState.Lanes {
    body(gradient, &slot0, &slot1)
  }
}
