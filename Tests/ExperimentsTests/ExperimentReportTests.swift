// The headless report formats, on a small experiment made for the test.
import Display
import Testing
@testable import Experiments

/// Counts up by `increment` each step and "diverges" when the count passes `limit`.
final class CountingExperiment: Experiment {
  static let id = "counting"
  static let title = "Counting"
  static let summary = "counts"
  static let stepUnit = "step"
  static let defaultSteps = 5
  static let knobs = [
    Knob("increment", .number(range: 0...10, step: 1, logarithmic: false), default: .number(1.5), help: "added per step"),
    Knob("limit", .integer(range: 1...100, step: 1), default: .integer(100), help: "diverges past this"),
  ]
  let settings: KnobSettings
  let seed: UInt64
  private(set) var stepCount = 0
  private var total = 0.0
  private var history: [Double] = []
  private(set) var status = ExperimentStatus.running

  init(settings: KnobSettings, seed: UInt64) throws(ExperimentError) {
    self.settings = settings
    self.seed = seed
  }

  func step() {
    guard !status.isFinal else { return }
    stepCount += 1
    total += settings.number("increment")
    history.append(total > Double(settings.integer("limit")) ? .nan : total)
    if total > Double(settings.integer("limit")) {
      status = ExperimentStatus(.diverged, "diverged at step \(stepCount): total passed the limit", lesson: "clipping")
    }
  }

  var readouts: [Readout] { [Readout("total", total), Readout("parts", vector: [1, 2.5])] }
  var series: [Series] { [Series("total", history), Series("half", history.prefix(1).map { $0 / 2 })] }

  func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    buffer.put("total \(total)", x: area.x, y: area.y, clip: area)
  }
}

@Suite struct ExperimentReportTests {
  @Test func jsonHasTheDocumentedKeysInOrder() throws {
    let e = try CountingExperiment(settings: CountingExperiment.settings(["limit=3"]), seed: 7)
    e.run(steps: 10)
    #expect(e.stepCount == 3)
    #expect(
      ExperimentReport.json(e)
        == #"{"experiment":"counting","seed":7,"knobs":{"increment":1.5,"limit":3},"steps":3,"#
        + #""status":{"state":"diverged","message":"diverged at step 3: total passed the limit","lesson":"clipping"},"#
        + #""readouts":{"total":4.5,"parts":[1,2.5]},"series":{"total":[1.5,3,null],"half":[0.75]}}"# + "\n")
  }

  @Test func csvHasOneRowPerStepAndBlanksForShortSeries() throws {
    let e = try CountingExperiment(settings: CountingExperiment.settings(["limit=3"]), seed: 7)
    e.run(steps: 10)
    #expect(ExperimentReport.csv(e) == "step,total,half\n1,1.5,0.75\n2,3,\n3,nan,\n")
  }

  @Test func textShowsChartsReadoutsAndStatus() throws {
    let e = try CountingExperiment(settings: CountingExperiment.settings(), seed: 1)
    e.run(steps: 2)
    let text = ExperimentReport.text(e, width: 20, height: 2, charset: .unicode)
    #expect(text == """
      Counting — seed 1, 2 steps
      total 3.0


      total = 3
      parts = 1 2.5
      status: running — running

      """)
    // Under an ASCII charset the same report is spelled in ASCII.
    #expect(ExperimentReport.text(e, width: 20, height: 2, charset: .ascii).hasPrefix("Counting - seed 1, 2 steps\n"))
  }

  @Test func readableNumbers() {
    #expect(ExperimentReport.readable(3) == "3")
    #expect(ExperimentReport.readable(0.123456) == "0.1235")
    #expect(ExperimentReport.readable(1.5e-7) == "1.5e-07")
    #expect(ExperimentReport.readable(.nan) == "NaN")
  }

  @Test func anEpochsKnobLargerThanTheDefaultLengthensTheRun() throws {
    let type = LinearVsMLPExperiment.self
    #expect(type.plannedSteps(for: try type.settings()) == type.defaultSteps)
    #expect(type.plannedSteps(for: try type.settings(["epochs=3000"])) == 3000)
    #expect(CountingExperiment.plannedSteps(for: try CountingExperiment.settings()) == CountingExperiment.defaultSteps)
  }
}
