// The linear-vs-MLP experiment shows what the backprop lesson says: a linear model stays near
// chance on XOR and circles and short of the MLP on moons and spirals, while a small MLP fits
// them all — over several seeds, with regions that look like the data's own pattern.
import Display
import NeuralCore
import Testing
@testable import Experiments

@Suite struct LinearVsMLPExperimentTests {
  static func run(_ assignments: [String], seed: UInt64, steps: Int = 20_000) throws -> LinearVsMLPExperiment {
    let e = try LinearVsMLPExperiment(settings: LinearVsMLPExperiment.settings(assignments), seed: seed)
    e.run(steps: steps)
    return e
  }

  @Test(arguments: ["xor", "circles"], [1, 2, 3, 4] as [UInt64])
  func aLineStaysNearChanceWhereTheMLPFitsEveryPoint(dataset: String, seed: UInt64) throws {
    let e = try Self.run(["dataset=\(dataset)"], seed: seed)
    #expect(e.accuracy(.linear) <= 0.65)
    #expect(e.accuracy(.mlp) >= 0.95)
    // Converged once every point is right; finished if the budget ran out just short of that.
    #expect(e.status.state == (e.accuracy(.mlp) == 1 ? .converged : .finished))
    #expect(e.status.message.contains("MLP \(Int((e.accuracy(.mlp) * 100).rounded()))%"))
    #expect(e.status.message.contains("linear \(Int((e.accuracy(.linear) * 100).rounded()))%"))
  }

  /// A line does well on moons (they are mostly apart) but cannot follow the hooks; the MLP can.
  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func moonsNeedABentBoundary(seed: UInt64) throws {
    let e = try Self.run(["dataset=moons"], seed: seed)
    #expect(e.accuracy(.linear) <= 0.92)
    #expect(e.accuracy(.mlp) >= 0.97)
    #expect(e.accuracy(.mlp) - e.accuracy(.linear) >= 0.05)
  }

  /// One small hidden layer is not enough for the spiral in this budget; two layers of 16 are.
  @Test(arguments: [1, 2, 3] as [UInt64])
  func theSpiralNeedsTwoHiddenLayers(seed: UInt64) throws {
    let e = try Self.run(["dataset=spiral", "hidden=16,16", "lr=1", "epochs=1500"], seed: seed)
    #expect(e.mlpSizes == [2, 16, 16, 2])
    #expect(e.accuracy(.linear) <= 0.65)
    #expect(e.accuracy(.mlp) >= 0.95)
  }

  @Test func tooSmallAnMLPSaysWhatToTry() throws {
    let e = try Self.run(["dataset=spiral", "hidden=2", "epochs=300"], seed: 1)
    #expect(e.status.state == .neverConverges)
    #expect(e.status.message.hasPrefix("after 300 epochs the MLP fits only"))
    #expect(e.status.lesson == "backprop")
  }

  /// On XOR the MLP's regions follow the quadrants' signs; the linear model's cannot (a half-plane
  /// matches at most three of four quadrants).
  @Test(arguments: [1, 2, 3] as [UInt64])
  func decisionRegionsFollowTheQuadrantsOnlyForTheMLP(seed: UInt64) throws {
    let e = try Self.run(["dataset=xor"], seed: seed)
    let columns = 30, rows = 20
    func agreement(_ model: LinearVsMLPExperiment.Model) -> Double {
      let grid = e.regionGrid(model, columns: columns, rows: rows)
      #expect(grid.count == columns * rows)
      var agree = 0, total = 0
      for row in 0..<rows {
        let y = e.yRange.upperBound - (Double(row) + 0.5) / Double(rows) * (e.yRange.upperBound - e.yRange.lowerBound)
        for column in 0..<columns {
          let x = e.xRange.lowerBound + (Double(column) + 0.5) / Double(columns) * (e.xRange.upperBound - e.xRange.lowerBound)
          guard abs(x) > 0.5, abs(y) > 0.5 else { continue }
          total += 1
          if grid[row * columns + column] == ((x > 0) == (y > 0) ? 0 : 1) { agree += 1 }
        }
      }
      return Double(agree) / Double(total)
    }
    #expect(agreement(.mlp) >= 0.9)
    #expect(agreement(.linear) <= 0.8)
  }

  @Test func hiddenUnitsComputeNewFeatures() throws {
    let e = try Self.run(["dataset=circles"], seed: 2)
    let grids = (0..<8).map { e.hiddenUnitGrid(unit: $0, columns: 12, rows: 8) }
    #expect(grids.allSatisfy { $0.count == 96 && $0.allSatisfy { abs($0) <= 1 } })
    #expect(grids.contains { ($0.max() ?? 0) - ($0.min() ?? 0) > 1 })
    #expect(e.hiddenUnitGrid(unit: 8, columns: 12, rows: 8).isEmpty)
  }

  @Test func sameSeedSameNumbersOtherSeedOthers() throws {
    let a = try Self.run(["dataset=moons", "epochs=50"], seed: 7)
    let b = try Self.run(["dataset=moons", "epochs=50"], seed: 7)
    let c = try Self.run(["dataset=moons", "epochs=50"], seed: 8)
    #expect(a.series == b.series)
    #expect(a.readouts == b.readouts)
    #expect(a.series != c.series)
    #expect(a.series.allSatisfy { $0.values.count == 50 })
  }

  /// The page names both models with their accuracy above their regions, in either charset
  /// (ExperimentDrawingTests covers every size).
  @Test(arguments: Charset.allCases)
  func thePageNamesBothModels(charset: Charset) throws {
    let e = try Self.run(["dataset=circles", "epochs=30"], seed: 1)
    let page = ExperimentReport.text(e, width: 100, height: 30, charset: charset)
    #expect(page.contains("linear: \(LinearVsMLPExperiment.percent(e.accuracy(.linear)))"))
    #expect(page.contains("MLP 2-8-2: \(LinearVsMLPExperiment.percent(e.accuracy(.mlp)))"))
    if charset == .ascii { #expect(page.unicodeScalars.allSatisfy { $0.isASCII }) }
  }
}
