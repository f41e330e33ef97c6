// Every optimizer, run on a badly conditioned quadratic spread over parameters of different
// sizes, must drive the loss down.
import Testing
@testable import NeuralCore

@Suite struct OptimizerConvergenceTests {
  /// Loss ½·Σ cₖ·‖wₖ‖² over three parameters of different shapes and curvatures cₖ.
  struct Quadratic {
    let parameters = [
      Parameter(name: "W", rows: 2, cols: 3, value: [1, -2, 0.5, 3, -1, 2]),
      Parameter(name: "b", rows: 1, cols: 1, value: [-4], decays: false),
      Parameter(name: "v", rows: 1, cols: 4, value: [0.3, -0.7, 1.5, -2.5]),
    ]
    let curvatures: [Float] = [1, 10, 0.5]

    /// Current loss; also writes the gradient cₖ·wₖ into each parameter.
    func lossAndGradients() -> Float {
      var loss: Float = 0
      for (p, c) in zip(parameters, curvatures) {
        for i in 0..<p.count {
          loss += 0.5 * c * p.value[i] * p.value[i]
          p.grad[i] = c * p.value[i]
        }
      }
      return loss
    }
  }

  static let optimizers: [any Optimizer] = [
    SGD(learningRate: 0.1),
    Momentum(learningRate: 0.05, momentum: 0.9),
    Momentum(learningRate: 0.05, momentum: 0.9, nesterov: true),
    AdaGrad(learningRate: 0.5),
    RMSProp(learningRate: 0.05),
    Adam(learningRate: 0.05),
    Adam(learningRate: 0.05, weightDecay: .decoupled(0.01)),
  ]

  @Test(arguments: 0..<optimizers.count)
  func reducesTheLossOfAQuadratic(index: Int) {
    var optimizer = Self.optimizers[index]
    let problem = Quadratic()
    let initial = problem.lossAndGradients()
    for _ in 0..<300 {
      optimizer.step(problem.parameters)
      _ = problem.lossAndGradients()
    }
    let final = problem.lossAndGradients()
    #expect(final < initial * 1e-3, "\(type(of: optimizer)): loss \(initial) → \(final)")
  }

  @Test func kindsBuildTheirOptimizerWithTheSettingsGiven() {
    let built = OptimizerKind.allCases.map { $0.make(learningRate: 0.3, momentum: 0.5, weightDecay: .l2(0.1)) }
    #expect(built.map { String(describing: type(of: $0)) } == ["SGD", "Momentum", "Momentum", "AdaGrad", "RMSProp", "Adam"])
    #expect(OptimizerKind.allCases.map(\.displayName) == ["SGD", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam"])
    for optimizer in built {
      #expect(optimizer.learningRate == 0.3)
      #expect(optimizer.weightDecay == .l2(0.1))
    }
    #expect((built[1] as? Momentum)?.momentum == 0.5)
    #expect((built[1] as? Momentum)?.nesterov == false)
    #expect((built[2] as? Momentum)?.momentum == 0.5)
    #expect((built[2] as? Momentum)?.nesterov == true)
  }
}
