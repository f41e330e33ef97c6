// Knobs: parsing what people type, refusing what is out of range with a message that says what is valid.
import Testing
@testable import Experiments

@Suite struct KnobTests {
  let lr = Knob("lr", .number(range: 0.001...10, step: 2, logarithmic: true), default: .number(0.1), help: "learning rate")
  let depth = Knob("depth", .integer(range: 2...50, step: 1), default: .integer(10), help: "layers")
  let dataset = Knob("dataset", .choice(["separable", "xor", "noisy"]), default: .choice("separable"), help: "data")
  let residual = Knob("residual", .toggle, default: .toggle(false), help: "skip connections")
  let start = Knob("start", .point(x: -10...10, y: -10...10), default: .point(x: -5, y: -2), help: "start point")

  @Test func parsesEachKind() throws {
    #expect(try lr.parse(" 0.5 ") == .number(0.5))
    #expect(try depth.parse("20") == .integer(20))
    #expect(try dataset.parse("XOR") == .choice("xor"))
    #expect(try residual.parse("on") == .toggle(true))
    #expect(try residual.parse("false") == .toggle(false))
    #expect(try start.parse("-5, 2.5") == .point(x: -5, y: 2.5))
  }

  @Test func outOfRangeNamesTheRange() {
    #expect(throws: KnobError("lr: \"20\" is not valid; expected a number from 0.001 to 10")) { try lr.parse("20") }
    #expect(throws: KnobError("depth: \"1\" is not valid; expected a whole number from 2 to 50")) { try depth.parse("1") }
    #expect(throws: KnobError("depth: \"2.5\" is not valid; expected a whole number from 2 to 50")) { try depth.parse("2.5") }
    #expect(throws: KnobError("dataset: \"spiral\" is not valid; expected one of: separable, xor, noisy")) {
      try dataset.parse("spiral")
    }
    #expect(throws: KnobError.self) { try lr.parse("nan") }
    #expect(throws: KnobError.self) { try start.parse("1") }
    #expect(throws: KnobError.self) { try start.parse("1,20") }
  }

  @Test func steppingClampsCyclesAndFlips() {
    #expect(lr.stepped(.number(0.1), direction: 1) == .number(0.2))
    #expect(lr.stepped(.number(8), direction: 1) == .number(10))
    #expect(depth.stepped(.integer(2), direction: -1) == .integer(2))
    #expect(dataset.stepped(.choice("noisy"), direction: 1) == .choice("separable"))
    #expect(dataset.stepped(.choice("separable"), direction: -1) == .choice("noisy"))
    #expect(residual.stepped(.toggle(false), direction: 1) == .toggle(true))
  }

  @Test func settingsApplyAssignmentsAndRefuseUnknownKnobs() throws {
    let knobs = [lr, depth, dataset]
    let settings = try KnobSettings(knobs: knobs, assignments: ["lr=0.5", "dataset=xor"])
    #expect(settings.number("lr") == 0.5)
    #expect(settings.integer("depth") == 10)
    #expect(settings.choice("dataset") == "xor")
    #expect(throws: KnobError("unknown knob \"width\"; knobs: lr, depth, dataset")) {
      try KnobSettings(knobs: knobs, assignments: ["width=3"])
    }
    #expect(throws: KnobError("\"lr\": expected KNOB=VALUE")) { try KnobSettings(knobs: knobs, assignments: ["lr"]) }
  }
}
