// Parameter: a trainable tensor and its gradient, shared by reference between the layer that
// owns it and the optimizer that updates it.

/// A trainable weight matrix or bias vector with its accumulated gradient.
///
/// A class, so that a layer and an optimizer see the same storage and updates happen in place.
/// `value` and `grad` always have `rows * cols` elements; optimizers key their per-parameter
/// state (velocity, moments) by position in the parameter list they were given.
public final class Parameter: @unchecked Sendable {
  /// A readable name such as `"dense2.weight"`, used by instrumentation and error messages.
  public let name: String
  /// Shape: a weight is `fanIn × fanOut`; a bias is `1 × fanOut`.
  public let rows: Int
  public let cols: Int
  // Both arrays skip the runtime exclusivity check: a parameter is touched by one thread at a
  // time (its layer, then its optimizer), and the check costs a few percent of a tiny network's step.
  /// The current values, row-major.
  @exclusivity(unchecked) public var value: [Float]
  /// ∂L/∂value, accumulated by backward passes and cleared by `zeroGrad()`.
  @exclusivity(unchecked) public var grad: [Float]
  /// Whether weight decay applies (weights yes, biases no, by convention).
  public let decays: Bool

  public init(name: String, rows: Int, cols: Int, value: [Float]? = nil, decays: Bool = true) {
    precondition(rows > 0 && cols > 0, "Parameter \(name): empty shape \(rows)×\(cols)")
    let count = rows * cols
    if let value { precondition(value.count == count, "Parameter \(name): \(value.count) values for \(rows)×\(cols)") }
    self.name = name
    self.rows = rows
    self.cols = cols
    self.value = value ?? Array(repeating: 0, count: count)
    self.grad = Array(repeating: 0, count: count)
    self.decays = decays
  }

  /// Number of scalars.
  public var count: Int { value.count }

  /// Sets every gradient element to zero (in place, no allocation).
  public func zeroGrad() {
    grad.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
  }

  /// Calls `body` with the storage of `value` and of `grad` (`count` floats each).
  ///
  /// Hot loops reach a parameter through this rather than `withUnsafeBufferPointer`: reading an
  /// array out of a class retains and releases its buffer (two atomic operations), while this
  /// in-place access only checks that the buffer is not shared. It never changes a value
  /// itself; if the caller has kept a copy of an array, that array is copied once here.
  @inline(__always)
  func withStorage<R>(_ body: (_ value: UnsafeMutablePointer<Float>, _ grad: UnsafeMutablePointer<Float>) -> R) -> R {
    value.withUnsafeMutableBufferPointer { v in
      grad.withUnsafeMutableBufferPointer { g in
        // A parameter is never empty (see init), so both base addresses exist.
        guard let v = v.baseAddress, let g = g.baseAddress else {
          preconditionFailure("Parameter \(name): empty storage")
        }
        return body(v, g)
      }
    }
  }
}
