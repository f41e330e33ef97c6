// The residual block: its backward pass against finite differences, and the identity path
// keeping the error signal alive where a plain deep sigmoid stack loses it.
import Testing
@testable import NeuralCore

@Suite struct ResidualTests {
  @Test func backwardMatchesFiniteDifferences() {
    var rng = RandomSource(seed: 5)
    let block = Residual(Network([Dense(4, 4, initializer: .xavier, rng: &rng), ActivationLayer(.tanh, size: 4)]))
    for p in block.parameters where p.rows == 1 { for i in 0..<p.count { p.value[i] = rng.uniform(-0.5, 0.5) } }
    #expect(block.parameters.count == 2)
    GradientCheck.checkLayer(block, input: GradientCheck.random(3, 4, &rng))
  }

  @Test func outputIsInputPlusBlock() {
    var rng = RandomSource(seed: 2)
    let dense = Dense(3, 3, initializer: .zeros, rng: &rng)
    let block = Residual(Network([dense]))
    let x = Matrix([[1, 2, 3], [-1, 0, 4]])
    #expect(block.forward(x, training: false) == x)
  }

  @Test func skipConnectionsKeepTheErrorSignalThroughDepth() {
    func firstToLastRatio(residual: Bool) -> Float {
      var rng = RandomSource(seed: 3)
      let width = 16, depth = 20
      var layers: [any Layer] = [Dense(2, width, initializer: .standardUniform, rng: &rng), ActivationLayer(.sigmoid, size: width)]
      for _ in 1..<depth {
        let inner: [any Layer] = [Dense(width, width, initializer: .standardUniform, rng: &rng), ActivationLayer(.sigmoid, size: width)]
        layers += residual ? [Residual(Network(inner))] : inner
      }
      layers.append(Dense(width, 1, initializer: .standardUniform, rng: &rng))
      let net = Network(layers)
      net.recordsGradients = true
      for case let residual as Residual in net.layers { residual.block.recordsGradients = true }
      var x = Matrix(rows: 8, cols: 2)
      for i in 0..<x.count { x.data[i] = rng.uniform(-1, 1) }
      _ = net.forward(x, training: true)
      net.backward(Matrix(rows: 8, cols: 1, repeating: 1))
      // ‖∂L/∂z‖ at the first hidden layer's dense part, against the last hidden layer's.
      let first = net.statistics[0].outputGradientNorm
      let last = residual
        ? ((net.layers[net.layers.count - 2] as? Residual)?.block.statistics[0].outputGradientNorm ?? 0)
        : net.statistics[net.layers.count - 3].outputGradientNorm
      return first / last
    }
    #expect(firstToLastRatio(residual: false) < 1e-6)
    #expect(firstToLastRatio(residual: true) > 0.5)
  }
}
