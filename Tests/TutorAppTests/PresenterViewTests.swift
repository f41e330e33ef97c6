// PresenterViewTests: presenter mode on screen — snapshots at 80×24, 160×48 and 200×60 in both
// charsets; big digits only where there is room; no dim cell anywhere; every row the full width;
// the footer's few keys and help's full list.

import Display
import Experiments
import Testing
import _TestSupport
@testable import TutorApp

/// The presenter screens the snapshots and invariants cover, by name.
func presenterScreens(width: Int, height: Int) -> [(name: String, model: Model)] {
  var slide = presenting("depth", width: width, height: height)
  press(&slide, .right, .char(" "))
  runFrames(&slide, 20)
  press(&slide, .char(" "))
  var compare = presenting("depth", width: width, height: height)
  press(&compare, .right, .char("c"), .char(" "))
  runFrames(&compare, 10)
  press(&compare, .char(" "))
  var help = slide
  press(&help, .char("?"))
  var refused = presenting("depth", width: width, height: height)
  press(&refused, .end)
  var text = presenting("winters", width: width, height: height)
  press(&text, .right)
  return [("present-start", presenting("depth", width: width, height: height)), ("present-slide", slide),
    ("present-compare", compare), ("present-help", help), ("present-refused", refused), ("present-text", text)]
}

@Suite struct PresenterSnapshotTests {
  static let cases: [(Int, Int)] = [(80, 24), (160, 48), (200, 60)]

  @Test(arguments: ["present-start", "present-slide", "present-compare", "present-help", "present-text"])
  func screenMatchesItsSnapshot(_ name: String) throws {
    for (width, height) in PresenterSnapshotTests.cases {
      let model = try #require(presenterScreens(width: width, height: height).first { $0.name == name }?.model)
      for charset in Charset.allCases {
        assertSnapshot(view(model, width: width, height: height, charset: charset).text,
          named: "\(name)-\(width)x\(height)-\(charset)")
      }
    }
  }
}

@Suite struct PresenterViewTests {
  @Test func everyRowIsTheWidthNothingIsDimAndAsciiIsAscii() {
    for (width, height) in [(40, 12), (60, 20), (80, 24), (99, 29), (100, 30), (132, 43), (160, 48), (200, 60), (300, 100)] {
      for (name, model) in presenterScreens(width: width, height: height) {
        for charset in Charset.allCases {
          let buffer = view(model, width: width, height: height, charset: charset)
          for (y, line) in buffer.lines().enumerated() {
            #expect(displayWidth(line) == width, "\(name) \(width)×\(height) \(charset) row \(y)")
            if charset == .ascii {
              #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(name) \(width)×\(height) row \(y): \(line)")
            }
            for x in 0..<width where buffer[x, y].style.dim {
              Issue.record("\(name) \(width)×\(height) \(charset): dim cell at (\(x), \(y))")
              break
            }
          }
        }
      }
    }
  }

  @Test func bigScreensDrawTheStepAndSeedInBigDigits() {
    var model = presenting("depth", seed: 7, width: 160, height: 48)
    press(&model, .char("s"), .char("s"))
    let lines = view(model, width: 160, height: 48, charset: .ascii).lines()
    let step = BigText.lines("2", charset: .ascii)
    let seed = BigText.lines("7", charset: .ascii)
    let band = lines.firstIndex { $0.contains(" step ") && $0.contains(" seed ") } ?? 0
    #expect(band > 0)
    for row in 0..<BigText.height {
      #expect(lines[band + 1 + row].hasPrefix("  " + step[row]), "row \(row): \(lines[band + 1 + row])")
      #expect(lines[band + 1 + row].hasSuffix(seed[row] + "  "), "row \(row): \(lines[band + 1 + row])")
    }
  }

  @Test func smallScreensPutTheNumbersOnOneLine() {
    var model = presenting("depth", seed: 7)
    press(&model, .char("s"))
    let lines = view(model, width: 80, height: 24, charset: .unicode).lines()
    #expect(lines[2].hasPrefix(" step 1 · loss 0."))
    #expect(lines[2].hasSuffix(" seed 7  "))
    #expect(!lines.contains { $0.contains("███") && $0.hasPrefix("  ") && !$0.contains("layer") })
  }

  @Test func theTitleBarNamesTheLessonAndTheSlide() {
    var model = presenting("depth", width: 100, height: 30)
    press(&model, .right)
    let lines = view(model, width: 100, height: 30, charset: .unicode).lines()
    #expect(lines[0].hasPrefix(" Deep nets and their gradients › slide 2 of 4"))
    #expect(lines[0].hasSuffix("‖ paused "))
    #expect(lines[1] == pad(" Sigmoid, ten layers deep", toWidth: 100))
    #expect(lines[2] == pad(" activation=sigmoid  init=standard  depth=10", toWidth: 100))
  }

  @Test func theStartingPointSaysItHasTheDefaults() {
    let lines = view(presenting("depth"), width: 80, height: 24, charset: .unicode).lines()
    #expect(lines[1].hasPrefix(" Starting point: the experiment's default settings"))
  }

  @Test func numbersNotMeasuredYetAreADashNotNaN() throws {
    var session = ExperimentSession(DropoutExperiment.self, settings: KnobSettings(knobs: DropoutExperiment.knobs), seed: 1)
    var groups = headlines(session, .english).groups
    #expect(groups.joined().map(\.value) == ["0", "–", "–"])
    _ = session.advance(1)
    groups = headlines(session, .english).groups
    #expect(groups.joined().map(\.label) == ["step", "test accuracy", "gap"])
    #expect(groups.joined().allSatisfy { BigText.canRender($0.value) })
  }

  @Test func theComparisonShowsBothNumbersSideBySide() {
    let model = presenterScreens(width: 160, height: 48).first { $0.name == "present-compare" }!.model
    let text = view(model, width: 160, height: 48, charset: .unicode).text
    #expect(text.contains(" A: loss ") && text.contains(" B: loss "))
    #expect(text.contains("A: activation = sigmoid") && text.contains("B: activation = tanh"))
  }

  @Test func aRefusedSlideSaysWhyOnTheStatusLine() {
    let model = presenterScreens(width: 80, height: 24).first { $0.name == "present-refused" }!.model
    let lines = view(model, width: 80, height: 24, charset: .unicode).lines()
    #expect(lines[22].hasPrefix(" Try this: Far too deep — 500 layers — not applied: depth=500"))
  }

  @Test func textSlidesShowTheirSectionAndSayWhy() {
    var model = presenting("winters")
    press(&model, .char("G"))
    let lines = view(model, width: 80, height: 24, charset: .unicode).lines()
    #expect(lines[0].hasPrefix(" Two AI winters › slide 3 of 3"))
    #expect(lines[1].hasPrefix("  The second winter"))
    #expect(lines.contains { $0.contains("Expert systems disappointed") })
    #expect(lines.contains { $0.contains("• Funding fell.") })
    #expect(lines[22].hasPrefix(" This lesson has no experiment"))
  }

  @Test func textThatDoesNotFitPointsToRead() {
    var model = presenting("winters", width: 40, height: 12)
    press(&model, .char("G"))
    let lines = view(model, width: 40, height: 12, charset: .unicode).lines()
    #expect(lines[1].hasPrefix("  The second winter"))
    #expect(lines[9].hasPrefix("  … more in dltutor read winters"))
    #expect(lines[10].hasPrefix(" This lesson has no experiment"))
  }

  @Test func theFooterKeepsTheEssentialKeys() {
    let footer = view(presenting("depth"), width: 80, height: 24, charset: .unicode).lines()[23]
    for key in ["? help", "←→ slide", "Space run", "s step", "n seed", "c A/B", "q quit"] {
      #expect(footer.contains(key), "\(key) in \(footer)")
    }
    let ascii = view(presenting("depth"), width: 80, height: 24, charset: .ascii).lines()[23]
    #expect(ascii.contains("<> slide"))
    let text = view(presenting("winters"), width: 80, height: 24, charset: .unicode).lines()[23]
    #expect(text.contains("←→ slide") && text.contains("q quit") && !text.contains("Space"))
  }

  @Test func helpListsEveryKey() {
    expectHelpListsEveryKey(presenting("depth", width: 100, height: 40), width: 100, height: 40)
    expectHelpListsEveryKey(presenting("winters", width: 100, height: 40), width: 100, height: 40)
  }
}
