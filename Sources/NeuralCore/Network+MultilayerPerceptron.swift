// Network+MultilayerPerceptron: the convenience builder for the fully connected networks the
// lessons and benchmarks use.

extension Network {
  /// A multilayer perceptron: `Dense` layers between consecutive `sizes`, each hidden one followed
  /// by `hidden` (and by dropout when `dropout` > 0), the last by `output` unless it is `.identity`.
  ///
  /// Weights are drawn by `initializer` from `rng`, layer after layer; then each dropout layer's
  /// mask generator is seeded from `rng` (after all weights, so the weights do not depend on
  /// the dropout setting). The first layer does not compute ∂L/∂input (its input is data).
  public static func multilayerPerceptron(
    sizes: [Int], hidden: Activation, output: Activation = .identity,
    initializer: Initializer = .xavier, dropout: Float = 0, rng: inout RandomSource
  ) -> Network {
    precondition(sizes.count >= 2, "Network.multilayerPerceptron: need at least input and output sizes")
    let denses = (1..<sizes.count).map { index in
      let dense = Dense(sizes[index - 1], sizes[index], initializer: initializer, rng: &rng, name: "dense\(index)")
      dense.propagatesGradient = index > 1
      return dense
    }
    var layers: [any Layer] = []
    for index in 1..<sizes.count {
      layers.append(denses[index - 1])
      if index < sizes.count - 1 {
        layers.append(ActivationLayer(hidden, size: sizes[index]))
        if dropout > 0 {
          layers.append(Dropout(rate: dropout, size: sizes[index], rng: RandomSource(seed: rng.next())))
        }
      } else if output != .identity {
        layers.append(ActivationLayer(output, size: sizes[index]))
      }
    }
    return Network(layers)
  }
}
