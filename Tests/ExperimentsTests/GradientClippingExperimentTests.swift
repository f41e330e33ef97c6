// The gradient-clipping experiment shows what Pascanu et al. (2013) describe: with a large
// recurrent weight and no clipping the gradient explodes and training blows up; clipping by norm
// keeps it finite; and clipping leaves a vanishing gradient as small as it was.
import Testing
@testable import Experiments

@Suite struct GradientClippingExperimentTests {
  static func make(_ assignments: [String], seed: UInt64) throws -> GradientClippingExperiment {
    try GradientClippingExperiment(settings: GradientClippingExperiment.settings(assignments), seed: seed)
  }

  static let seeds: [UInt64] = [1, 2, 3, 4]

  @Test(arguments: seeds)
  func largeScaleWithoutClippingBlowsUpAndSaysWhen(seed: UInt64) throws {
    let e = try Self.make(["recurrent_scale=1.5", "clip=off"], seed: seed)
    e.run(steps: 100)
    #expect(e.status.state == .diverged)
    #expect(e.status.message.hasPrefix("diverged at step \(e.stepCount): "))
    #expect(e.status.lesson == "clipping")
    // The gradient exploded: hundreds of times the size it has with a small recurrent weight.
    let small = try Self.make(["recurrent_scale=0.5", "clip=off"], seed: seed)
    small.run(steps: 1)
    let smallNorm = try #require(small.gradientNormHistory.first)
    #expect(e.maxGradientNorm > 100 * smallNorm)
    // The loss blew up by orders of magnitude, or stopped being a number.
    let last = try #require(e.lossHistory.last)
    #expect(!last.isFinite || last > 100 * (e.lossHistory.first ?? .nan))
  }

  @Test(arguments: seeds)
  func theSameRunWithClippingStaysFiniteAndLearns(seed: UInt64) throws {
    let e = try Self.make(["recurrent_scale=1.5", "clip=1"], seed: seed)
    e.run(steps: 150)
    #expect(e.status.state == .running)
    #expect(e.stepCount == 150)
    #expect(e.lossHistory.allSatisfy { $0.isFinite })
    #expect(e.gradientNormHistory.allSatisfy { $0.isFinite })
    // Large gradients still come (before clipping), but every update is at most τ long.
    #expect(e.maxGradientNorm > 1)
    // It learns to remember the first value: well under the 1/3 that forgetting costs.
    let last = try #require(e.lossHistory.last)
    #expect(last < 0.1)
  }

  @Test(arguments: seeds)
  func clippingDoesNothingForAVanishingGradient(seed: UInt64) throws {
    let clipped = try Self.make(["recurrent_scale=0.5", "clip=1", "length=40"], seed: seed)
    let plain = try Self.make(["recurrent_scale=0.5", "clip=off", "length=40"], seed: seed)
    // At the start the first step gets almost nothing of the last step's gradient: at most 0.5^39.
    #expect(clipped.firstLastRatio < 1e-6)
    clipped.run(steps: 50)
    plain.run(steps: 50)
    #expect(clipped.status.state == .running)
    // Clipping can only shrink a gradient: the first step's share stays as tiny as without it.
    #expect(clipped.firstLastRatio < 1e-4)
    #expect(clipped.firstLastRatio < 10 * plain.firstLastRatio)
    // The gradients were small, so clipping rarely acted at all.
    #expect(clipped.clippedSteps <= 2)
    // Neither run learns to remember: both stay near the 1/3 that forgetting costs.
    for e in [clipped, plain] {
      let last = try #require(e.lossHistory.last)
      #expect(last > 0.2)
    }
  }

  @Test(arguments: seeds, ["0.3", "1", "10"])
  func clippedStepsCountTheUpdatesAboveTau(seed: UInt64, tau: String) throws {
    let e = try Self.make(["recurrent_scale=1.5", "clip=\(tau)"], seed: seed)
    e.run(steps: 40)
    let threshold = try #require(Double(tau))
    let above = e.gradientNormHistory.filter { $0 > threshold }.count
    #expect(e.clippedSteps == above)
    #expect(e.readout("clipped_steps") == Double(above))
    #expect(e.readout("tau") == threshold)
  }

  @Test func withoutClippingNothingIsCounted() throws {
    let e = try Self.make(["recurrent_scale=0.8", "clip=off", "lr=0.01"], seed: 5)
    e.run(steps: 20)
    #expect(e.clippedSteps == 0)
    #expect(e.readout("tau")?.isNaN == true)
    #expect(e.readout("grad_norm") == e.gradientNormHistory.last)
  }

  @Test func theGradientPerTimeStepShrinksGoingBackWhenTheScaleIsSmall() throws {
    let e = try Self.make(["recurrent_scale=0.5", "length=20"], seed: 7)
    let norms = e.stateGradientNorms
    #expect(norms.count == 21)
    // Each step back multiplies by at most the scale (tanh′ ≤ 1, ‖W_h‖ = 0.5).
    for t in 1..<20 { #expect(norms[t] <= 0.5 * norms[t + 1] * 1.0001) }
  }

  @Test func sameSeedSameNumbers() throws {
    let a = try Self.make([], seed: 11), b = try Self.make([], seed: 11)
    a.run(steps: 20)
    b.run(steps: 20)
    #expect(a.lossHistory == b.lossHistory)
    #expect(a.status == b.status)
  }
}
