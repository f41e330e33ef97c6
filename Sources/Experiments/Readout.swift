// Readout and Series: the numbers an experiment reports — the latest values and their histories.

/// A named number (`mistakes`) or short vector (`error_norm_per_layer`) shown beside the plots.
public struct Readout: Equatable, Sendable {
  public let name: String
  /// One value for a scalar readout, several for a vector one.
  public let values: [Double]
  public let isVector: Bool

  /// A scalar readout.
  public init(_ name: String, _ value: Double) {
    self.name = name
    self.values = [value]
    self.isVector = false
  }

  /// A vector readout, e.g. one value per layer.
  public init(_ name: String, vector: [Double]) {
    self.name = name
    self.values = vector
    self.isVector = true
  }

  /// The scalar value (the first, for a vector).
  public var value: Double { values.first ?? .nan }
}

/// A named history, one value per step (NaN where there is no value, e.g. after divergence).
public struct Series: Equatable, Sendable {
  public let name: String
  public var values: [Double]
  public init(_ name: String, _ values: [Double] = []) {
    self.name = name
    self.values = values
  }
}
