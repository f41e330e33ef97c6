// The vanishing-gradients experiment measures what theory predicts: geometric shrinking under
// sigmoid and standard init, a flat signal with ReLU+He and tanh+Xavier, explosion with N(0, 1),
// dead narrow ReLU nets, and skip connections that carry the signal.
import Testing
@testable import Experiments

@Suite struct VanishingGradientsExperimentTests {
  static func make(_ assignments: [String], seed: UInt64 = 1) throws -> VanishingGradientsExperiment {
    try VanishingGradientsExperiment(settings: VanishingGradientsExperiment.settings(assignments), seed: seed)
  }

  static let seeds: [UInt64] = [1, 2, 3, 4]

  @Test(arguments: seeds)
  func sigmoidWithStandardInitVanishesAsPredicted(seed: UInt64) throws {
    let e = try Self.make(["depth=10", "activation=sigmoid", "init=standard"], seed: seed)
    #expect(e.firstLastRatio < 1e-5)
    #expect(e.errorNorms.count == 10)
    // Each layer back shrinks the signal: the norms rise monotonically toward the output.
    #expect(zip(e.errorNorms, e.errorNorms.dropFirst()).allSatisfy { $0 < $1 })
    #expect(abs(e.measuredFactor - e.predictedFactor) < 0.3 * e.predictedFactor)
    #expect(e.signalSummary.hasPrefix("vanishing"))
  }

  @Test(arguments: seeds, [("relu", "he"), ("tanh", "xavier")])
  func matchedInitKeepsTheSignalFlat(seed: UInt64, pair: (String, String)) throws {
    let e = try Self.make(["depth=10", "width=64", "activation=\(pair.0)", "init=\(pair.1)"], seed: seed)
    #expect(abs(e.predictedFactor - 1) < 0.01)
    #expect(e.firstLastRatio > 0.2 && e.firstLastRatio < 5)
    #expect(e.measuredFactor > 0.8 && e.measuredFactor < 1.25)
  }

  @Test(arguments: seeds)
  func standardInitWithTanhShrinksByAboutRootOneThird(seed: UInt64) throws {
    let e = try Self.make(["depth=10", "width=64", "activation=tanh", "init=standard"], seed: seed)
    #expect(abs(e.predictedFactor - (1.0 / 3).squareRoot()) < 1e-3)
    #expect(abs(e.measuredFactor - e.predictedFactor) < 0.2 * e.predictedFactor)
  }

  @Test(arguments: seeds)
  func reluWithUnitNormalInitExplodesAndIsReportedAsDiverged(seed: UInt64) throws {
    let e = try Self.make(["depth=10", "activation=relu", "init=normal"], seed: seed)
    #expect(e.firstLastRatio > 1e3)
    e.run(steps: 50)
    #expect(e.status.state == .diverged)
    #expect(e.status.message.hasPrefix("diverged at step \(e.stepCount): the loss became"))
    #expect(e.status.lesson == "vanishing")
  }

  @Test func narrowDeepReLUNetsAreBornDead() throws {
    // demo-anchors §0: width 2, depth 10 with He init leaves most such nets with a dead layer.
    let dead = try Self.seeds.map { try Self.make(["depth=10", "width=2", "activation=relu", "init=he"], seed: $0) }
      .filter { !$0.firstLastRatio.isFinite || $0.firstLastRatio == 0 }
    #expect(dead.count >= 2)
    #expect(dead.allSatisfy { $0.deadUnits > 0 && $0.signalSummary.contains("dead") })
  }

  @Test(arguments: seeds)
  func skipConnectionsRescueTheDeepSigmoid(seed: UInt64) throws {
    let plain = try Self.make(["depth=20", "activation=sigmoid", "init=standard"], seed: seed)
    let residual = try Self.make(["depth=20", "activation=sigmoid", "init=standard", "residual=on"], seed: seed)
    #expect(plain.firstLastRatio < 1e-10)
    #expect(residual.firstLastRatio > 0.1)
    #expect(residual.predictedFactor.isNaN)
    plain.run(steps: 200)
    residual.run(steps: 200)
    let plainLoss = try #require(plain.readout("loss")), residualLoss = try #require(residual.readout("loss"))
    #expect(residualLoss < plainLoss - 0.1)
  }

  @Test func sameSeedSameNumbers() throws {
    let a = try Self.make([], seed: 5), b = try Self.make([], seed: 5)
    a.run(steps: 20)
    b.run(steps: 20)
    #expect(ExperimentReport.json(a) == ExperimentReport.json(b))
  }
}
