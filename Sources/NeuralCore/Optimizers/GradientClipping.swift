// GradientClipping: the global gradient norm and the two clipping rules used against exploding
// gradients in recurrent nets (Mikolov 2012; Pascanu, Mikolov & Bengio 2013).

/// Gradient norms and clipping over a list of parameters, applied in place to their `grad`.
public enum GradientClipping {
  /// The Euclidean norm of all gradients taken together, √(Σ over parameters of Σ g²).
  ///
  /// Squares are summed in `Double`: an exploding gradient of 1e20 squares to 1e40, past
  /// `Float`'s range, and the lesson needs its true size. The result is `.infinity` when the
  /// norm exceeds `Float.greatestFiniteMagnitude` and NaN when a gradient is NaN.
  public static func globalNorm(_ parameters: [Parameter]) -> Float {
    Float(globalNormDouble(parameters))
  }

  /// Rescales all gradients together so that their global norm is at most `maxNorm` (τ).
  ///
  /// When the norm ‖g‖ exceeds τ every gradient is multiplied by τ/‖g‖: the direction is kept
  /// and the norm becomes exactly τ. Smaller gradients are left untouched. A non-finite norm
  /// (a NaN or infinite gradient) leaves the gradients as they are, since no rescaling can
  /// repair them; the caller sees the returned value and can report divergence.
  ///
  /// - Returns: the global norm before clipping, for plotting and for counting clip events.
  @discardableResult
  public static func clipByGlobalNorm(_ parameters: [Parameter], maxNorm: Float) -> Float {
    precondition(maxNorm > 0, "GradientClipping: maxNorm must be positive, got \(maxNorm)")
    let norm = globalNormDouble(parameters)
    guard norm.isFinite, norm > Double(maxNorm) else { return Float(norm) }
    let scale = Float(Double(maxNorm) / norm)
    for parameter in parameters {
      parameter.grad.withUnsafeMutableBufferPointer { g in
        for i in g.indices { g[i] *= scale }
      }
    }
    return Float(norm)
  }

  /// Clamps every gradient element to [−limit, limit]; this changes the direction, unlike
  /// clipping by norm.
  ///
  /// - Returns: how many elements were changed.
  @discardableResult
  public static func clipByValue(_ parameters: [Parameter], limit: Float) -> Int {
    precondition(limit > 0, "GradientClipping: limit must be positive, got \(limit)")
    var clipped = 0
    for parameter in parameters {
      parameter.grad.withUnsafeMutableBufferPointer { g in
        for i in g.indices where abs(g[i]) > limit {
          g[i] = g[i] > 0 ? limit : -limit
          clipped += 1
        }
      }
    }
    return clipped
  }

  private static func globalNormDouble(_ parameters: [Parameter]) -> Double {
    var sum: Double = 0
    for parameter in parameters { sum += sumOfSquares(parameter.grad) }
    return sum.squareRoot()
  }
}
