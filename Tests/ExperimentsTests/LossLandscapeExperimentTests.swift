// The loss-landscape experiment: its surfaces' calculus is right, and the runs show what the
// lesson says — the stability limits, momentum in the ravine, the poor minimum, the saddle.
import Testing
@testable import Experiments

@Suite struct LossLandscapeExperimentTests {
  static func run(_ assignments: [String], steps: Int = 5000) throws -> LossLandscapeExperiment {
    let e = try LossLandscapeExperiment(settings: LossLandscapeExperiment.settings(assignments), seed: 1)
    e.run(steps: steps)
    return e
  }

  @Test(arguments: Surface.allCases)
  func gradientMatchesFiniteDifferences(surface: Surface) {
    let h = 1e-6
    for (x, y) in [(0.3, -0.7), (-1.2, 0.4), (2.5, 1.5)] {
      let g = surface.gradient(x, y)
      let dx = (surface.value(x + h, y) - surface.value(x - h, y)) / (2 * h)
      let dy = (surface.value(x, y + h) - surface.value(x, y - h)) / (2 * h)
      #expect(abs(g.dx - dx) <= 1e-4 * max(1, abs(dx)))
      #expect(abs(g.dy - dy) <= 1e-4 * max(1, abs(dy)))
    }
  }

  @Test(arguments: [Surface.ravine, .doubleWell, .saddle, .rosenbrock])
  func largestCurvatureMatchesTheHessian(surface: Surface) {
    let p = surface.globalMinimum ?? (0, 0)
    let h = 1e-4
    let f = surface.value
    let fxx = (f(p.x + h, p.y) - 2 * f(p.x, p.y) + f(p.x - h, p.y)) / (h * h)
    let fyy = (f(p.x, p.y + h) - 2 * f(p.x, p.y) + f(p.x, p.y - h)) / (h * h)
    let fxy = (f(p.x + h, p.y + h) - f(p.x + h, p.y - h) - f(p.x - h, p.y + h) + f(p.x - h, p.y - h)) / (4 * h * h)
    let halfTrace = (fxx + fyy) / 2
    let largest = halfTrace + (halfTrace * halfTrace - (fxx * fyy - fxy * fxy)).squareRoot()
    #expect(abs(largest - surface.largestCurvature) < 0.01 * largest)
  }

  /// Just under the limit the ravine run settles; just over, it is reported as diverged.
  @Test(arguments: [("gd", 0.0), ("momentum", 0.5), ("nesterov", 0.9)])
  func stabilityLimitIsWhereTheRavineRunDiverges(optimizer: String, beta: Double) throws {
    let probe = try Self.run(["optimizer=\(optimizer)", "beta=\(beta)"], steps: 0)
    let criticalLR = probe.stabilityLimit / Surface.ravine.largestCurvature
    let stable = try Self.run(["optimizer=\(optimizer)", "beta=\(beta)", "lr=\(criticalLR * 0.95)"])
    #expect(stable.status.state == .converged)
    let unstable = try Self.run(["optimizer=\(optimizer)", "beta=\(beta)", "lr=\(criticalLR * 1.05)"])
    #expect(unstable.status.state == .diverged)
    #expect(unstable.status.message.hasPrefix("diverged at step \(unstable.stepCount): η·λmax"))
    #expect(unstable.status.lesson == "landscapes")
  }

  @Test func moderateMomentumBeatsGDInTheRavineAndTooMuchIsWorse() throws {
    let gd = try Self.run(["optimizer=gd", "lr=0.4"])
    let momentum = try Self.run(["optimizer=momentum", "lr=0.4", "beta=0.5"])
    let tooMuch = try Self.run(["optimizer=momentum", "lr=0.4", "beta=0.95"])
    #expect([gd, momentum, tooMuch].allSatisfy { $0.status.state == .converged })
    #expect(momentum.stepCount < gd.stepCount)
    #expect(tooMuch.stepCount > gd.stepCount)
  }

  @Test func gdStallsInThePoorMinimumAndMomentumRollsThrough() throws {
    let gd = try Self.run(["surface=double-well", "start=3,1", "lr=0.05"])
    #expect(gd.status.state == .converged)
    #expect(gd.status.message.hasPrefix("stuck in a poorer local minimum"))
    #expect(abs(gd.x - 1.861) < 0.01)
    let momentum = try Self.run(["surface=double-well", "start=3,1", "lr=0.05", "optimizer=momentum", "beta=0.9"])
    #expect(momentum.status.message.hasPrefix("reached a minimum"))
    #expect(abs(momentum.x + 2.115) < 0.01)
  }

  @Test func theSaddleHasNoMinimum() throws {
    let e = try Self.run(["surface=saddle", "start=-5,0.01", "lr=0.1"])
    #expect(e.status.state == .neverConverges)
    #expect(e.series.first { $0.name == "f" }?.values.allSatisfy { $0.isFinite } == true)
  }

  @Test func divergedRunsRecordGapsNotGarbage() throws {
    let e = try Self.run(["lr=1.5"])
    #expect(e.status.state == .diverged)
    let f = try #require(e.series.first { $0.name == "f" })
    #expect(f.values.count == e.stepCount)
    #expect(f.values.last?.isNaN == true)
    #expect(f.values.dropLast().allSatisfy { $0.isFinite })
  }

  @Test func aStartSteeperThanTheMinimumIsNamedAsTheCause() throws {
    let e = try Self.run(["surface=double-well", "start=5,1"])
    #expect(e.status.state == .diverged)
    #expect(e.stepTimesCurvature < e.stabilityLimit)
    #expect(e.status.message.contains("curves more steeply at the start"))
  }

  @Test func stoppingOnTheSaddleIsNotCalledAMinimum() throws {
    let e = try Self.run(["surface=saddle", "start=-5,0", "lr=0.1"])
    #expect(e.status.state == .converged)
    #expect(e.status.message.hasPrefix("stopped on a saddle point"))
  }

  @Test(arguments: Surface.allCases)
  func curvaturesAtTheNamedPointMatchLargestCurvature(surface: Surface) {
    guard surface != .bumpy else { return }  // its figure is an upper bound over the ripples
    let p = surface.globalMinimum ?? (0, 0)
    let largest = surface.curvatures(at: p.x, p.y).largest
    #expect(abs(largest - surface.largestCurvature) < 0.01 * surface.largestCurvature)
  }
}
