// Initializer: how a layer's weights start. The choice decides whether signals and gradients
// keep their scale through depth (Glorot & Bengio 2010; He et al. 2015) — the point of the
// vanishing-gradients lesson.

/// A weight initialisation scheme for a layer with `fanIn` inputs and `fanOut` outputs.
public enum Initializer: Equatable, Sendable {
  /// All zeros (biases; and the classic symmetric-weights mistake).
  case zeros
  /// U(−1/√fanIn, +1/√fanIn): the "standard" uniform of early frameworks (LeCun et al. 1998).
  case standardUniform
  /// N(0, σ²) with a fixed σ, independent of the layer's size (N(0, 1) explodes, small σ vanishes).
  case normal(deviation: Float)
  /// Glorot/Xavier uniform: U(−a, a) with a = √(6 / (fanIn + fanOut)), so Var = 2 / (fanIn + fanOut).
  case xavier
  /// He/Kaiming normal: N(0, 2 / fanIn), for ReLU layers.
  case he

  /// The standard deviation of the weights this scheme draws, for theory shown beside a run.
  public func deviation(fanIn: Int, fanOut: Int) -> Float {
    switch self {
    case .zeros: return 0
    case .standardUniform: return 1 / Float(fanIn).squareRoot() / Float(3).squareRoot()
    case .normal(let deviation): return deviation
    case .xavier: return (2 / Float(fanIn + fanOut)).squareRoot()
    case .he: return (2 / Float(fanIn)).squareRoot()
    }
  }

  /// Fills `values` with fresh weights for a `fanIn × fanOut` layer drawn from `rng`.
  public func fill(_ values: inout [Float], fanIn: Int, fanOut: Int, rng: inout RandomSource) {
    precondition(fanIn > 0 && fanOut > 0, "Initializer: fan-in and fan-out must be positive")
    switch self {
    case .zeros:
      for i in values.indices { values[i] = 0 }
    case .standardUniform:
      let limit = 1 / Float(fanIn).squareRoot()
      for i in values.indices { values[i] = rng.uniform(-limit, limit) }
    case .normal(let deviation):
      for i in values.indices { values[i] = rng.gaussian(mean: 0, deviation: deviation) }
    case .xavier:
      let limit = (6 / Float(fanIn + fanOut)).squareRoot()
      for i in values.indices { values[i] = rng.uniform(-limit, limit) }
    case .he:
      let deviation = (2 / Float(fanIn)).squareRoot()
      for i in values.indices { values[i] = rng.gaussian(mean: 0, deviation: deviation) }
    }
  }
}
