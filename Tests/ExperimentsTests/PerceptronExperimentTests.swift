// The perceptron experiment shows what it exists to show: mistakes within Novikoff's bound on
// separable data, whatever the seed or learning rate; no convergence on XOR, ever.
import Testing
@testable import Experiments

@Suite struct PerceptronExperimentTests {
  static func run(_ assignments: [String], seed: UInt64, steps: Int = 100_000) throws -> PerceptronExperiment {
    let e = try PerceptronExperiment(settings: PerceptronExperiment.settings(assignments), seed: seed)
    e.run(steps: steps)
    return e
  }

  @Test(arguments: [0.05, 0.1, 0.3], [1, 2, 3, 4, 5] as [UInt64])
  func mistakesStayWithinNovikoffsBound(margin: Double, seed: UInt64) throws {
    let e = try Self.run(["margin=\(margin)", "points=200", "max_epochs=1000"], seed: seed)
    let bound = try #require(e.bound)
    #expect(e.status.state == .converged)
    #expect(e.readout("errors") == 0)
    #expect(Double(e.stepCount) <= bound)
    #expect(e.readout("mistakes") == Double(e.stepCount))
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func learningRateScalesTheLineButNotTheMistakes(seed: UInt64) throws {
    let slow = try Self.run(["lr=0.01"], seed: seed)
    let fast = try Self.run(["lr=10"], seed: seed)
    #expect(slow.stepCount == fast.stepCount)
    #expect(slow.series == fast.series)
    let ratio = Double(fast.perceptron.bias / slow.perceptron.bias)
    #expect(abs(ratio - 1000) < 1)
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func xorNeverConvergesAndSaysWhy(seed: UInt64) throws {
    let e = try Self.run(["dataset=xor", "max_epochs=30"], seed: seed)
    #expect(e.status.state == .neverConverges)
    #expect(e.status.message.contains("Minsky & Papert 1969"))
    #expect(e.status.lesson == "backprop")
    #expect(e.series.first?.values.allSatisfy { $0 > 0 } == true)
    #expect(e.epoch >= 30)
  }

  @Test func noisyLabelsAreReportedAsNotSeparable() throws {
    let e = try Self.run(["dataset=noisy", "points=100"], seed: 1)
    #expect(e.status.state == .neverConverges)
    #expect(e.bound == nil)
    #expect(e.readout("bound")?.isNaN == true)
  }

  @Test func sameSeedSameRunDifferentSeedDifferentData() throws {
    let a = try Self.run([], seed: 9), b = try Self.run([], seed: 9), c = try Self.run([], seed: 10)
    #expect(ExperimentReport.json(a) == ExperimentReport.json(b))
    #expect(a.data != c.data)
  }

  @Test func oneStepIsOneMistake() throws {
    let e = try PerceptronExperiment(settings: PerceptronExperiment.settings(), seed: 3)
    e.step()
    #expect(e.stepCount == 1)
    #expect(e.series.first?.values.count == 1)
  }
}
