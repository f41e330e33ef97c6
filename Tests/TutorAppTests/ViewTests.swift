// ViewTests: whole-screen snapshots at 80×24 and 160×48 in Unicode and ASCII, the invariants over
// many sizes, and the details a learner relies on (status words, the size message, the footer).

import Display
import Experiments
import Testing
import _TestSupport
@testable import TutorApp

@Suite struct ScreenSnapshotTests {
  static let cases: [(Int, Int, Charset)] = [(80, 24, .unicode), (80, 24, .ascii), (160, 48, .unicode), (160, 48, .ascii)]

  @Test(arguments: [
    "lab-menu", "perceptron", "vanishing-gradients", "help", "course-map", "lesson", "lesson-experiment", "lesson-text-only",
  ])
  func screenMatchesItsSnapshot(_ name: String) throws {
    for (width, height, charset) in ScreenSnapshotTests.cases {
      let model = try #require(screens(width: width, height: height).first { $0.name == name }?.model)
      let text = view(model, width: width, height: height, charset: charset).text
      assertSnapshot(text, named: "\(name)-\(width)x\(height)-\(charset)")
    }
  }
}

@Suite struct ScreenInvariantTests {
  static let sizes: [(Int, Int)] = [
    (20, 10), (39, 11), (40, 12), (41, 13), (60, 20), (71, 24), (72, 24), (80, 24), (100, 30), (132, 43), (160, 48),
    (200, 60), (300, 100),
  ]

  @Test func everyRowIsExactlyTheWidthAndAsciiModeIsAscii() {
    for (width, height) in ScreenInvariantTests.sizes {
      for (name, model) in screens(width: width, height: height) {
        for charset in Charset.allCases {
          let buffer = view(model, width: width, height: height, charset: charset)
          let lines = buffer.lines()
          #expect(lines.count == height, "\(name) \(width)×\(height)")
          for (y, line) in lines.enumerated() {
            #expect(displayWidth(line) == width, "\(name) \(width)×\(height) \(charset) row \(y)")
            if charset == .ascii {
              #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(name) \(width)×\(height) row \(y): \(line)")
            }
          }
        }
      }
    }
  }

  @Test func belowTheMinimumTheScreenSaysTheMinimum() {
    for (width, height) in [(30, 8), (39, 24), (80, 11), (20, 10)] {
      let model = Model(width: width, height: height)
      let text = view(model, width: width, height: height, charset: .unicode).text
      #expect(text.contains("Terminal too small"), "\(width)×\(height)")
      #expect(text.contains("40×12"), "\(width)×\(height)")
    }
    let ascii = view(Model(width: 30, height: 8), width: 30, height: 8, charset: .ascii).text
    #expect(ascii.contains("40x12"))
  }

  @Test func aZeroSizedTerminalGivesAnEmptyBuffer() {
    let buffer = view(Model(width: 0, height: 0), width: 0, height: 0, charset: .unicode)
    #expect(buffer.lines().isEmpty)
  }
}

@Suite struct ScreenContentTests {
  @Test func theFooterShowsTheMainKeysOfEachScreen() {
    let menu = view(Model(width: 80, height: 24), width: 80, height: 24, charset: .unicode).lines()
    #expect(menu[23].contains("? help"))
    #expect(menu[23].contains("Enter open"))
    let lab = view(modelWithExperiment("perceptron"), width: 120, height: 30, charset: .unicode).lines()
    #expect(lab[29].contains("? help"))
    #expect(lab[29].contains("Space run "))
    #expect(lab[29].contains("Esc back"))
    #expect(lab[29].contains("Q quit"))
  }

  @Test func helpListsEveryKeyOfTheScreenUnderIt() {
    let model = modelWithExperiment("vanishing-gradients", width: 100, height: 30)
    expectHelpListsEveryKey(model, width: 100, height: 30)
  }

  @Test func aDivergedRunNamesTheCauseAndTheLesson() {
    var model = modelWithExperiment("loss-landscape", width: 120, height: 30)
    model.session?.selectedKnob = 2
    press(&model, .enter, .backspace, .backspace, .backspace, .char("1"), .enter, .char(" "))
    for _ in 0..<100 where model.isAnimating { _ = update(&model, .frame(maxSteps: 1000)) }
    let status = view(model, width: 120, height: 30, charset: .unicode).lines()[28]
    #expect(status.contains("Status: diverged"))
    #expect(status.contains("above the stability limit"))
    #expect(status.contains("see lesson landscapes"))
  }

  @Test func aPausedUnfinishedRunSaysPausedNotRunning() {
    let model = modelWithExperiment("vanishing-gradients", width: 100, height: 30)
    let lines = view(model, width: 100, height: 30, charset: .unicode).lines()
    #expect(lines[28].hasPrefix(" Status: paused"))
    #expect(lines[0].contains("step 0"))
  }

  @Test func theValueEditorShowsTheTextAndTheRefusal() {
    var model = modelWithExperiment("vanishing-gradients", width: 100, height: 30)
    press(&model, .enter, .char("0"), .enter)
    let lines = view(model, width: 100, height: 30, charset: .unicode).lines()
    #expect(lines[27].hasPrefix(" depth = 100█"))
    #expect(lines[28].contains("expected a whole number from 2 to 50"))
  }

  @Test func theComparisonDrawsBothRunsWithTheirKnobValues() {
    let compare = screens(width: 120, height: 36).first { $0.name == "compare" }?.model
    guard let compare else {
      Issue.record("no comparison screen")
      return
    }
    let text = view(compare, width: 120, height: 36, charset: .unicode).text
    #expect(text.contains("A: activation = sigmoid"))
    #expect(text.contains("B: activation = tanh"))
    #expect(text.contains("Status: A: paused"))
    #expect(text.contains("B: paused"))
  }

  @Test func narrowTerminalsStackTheKnobsUnderTheCharts() {
    let lines = view(modelWithExperiment("vanishing-gradients", width: 60, height: 24), width: 60, height: 24, charset: .unicode)
      .lines()
    let knobsRow = lines.firstIndex { $0.contains("Knobs") }
    #expect(knobsRow != nil && knobsRow! > 5)
    #expect(lines.contains { $0.contains("depth") && $0.contains("10") })
  }
}
