// ExperimentChineseViewTests: the lab and its experiments in Chinese — the menu's titles and
// summaries, the charts' captions and legends, knob help and the status line in the UI's language,
// snapshots of a running perceptron and an A/B comparison, and every experiment drawn cleanly at
// many sizes with its two-column words.

import Course
import Display
import Experiments
import Testing
import _TestSupport
@testable import TutorApp

/// The lab in Chinese with the experiment `id` open (paused at step 0).
private func chineseLab(_ id: String, width: Int, height: Int) -> Model {
  var model = Model(width: width, height: height, strings: chineseStrings)
  if let index = model.experiments.firstIndex(where: { $0.id == id }) { model.menuSelection = index }
  press(&model, .enter)
  return model
}

/// The Chinese lab screens the snapshots cover.
private func chineseLabScreens(width: Int, height: Int) -> [(name: String, model: Model)] {
  let menu = Model(width: width, height: height, strings: chineseStrings)
  var perceptron = chineseLab("perceptron", width: width, height: height)
  press(&perceptron, .char(" "))
  for _ in 0..<12 { _ = update(&perceptron, .frame(maxSteps: 1)) }
  var compare = chineseLab("vanishing-gradients", width: width, height: height)
  press(&compare, .down, .down, .char("c"), .char("s"))
  return [("zh-lab-menu", menu), ("zh-perceptron", perceptron), ("zh-compare", compare)]
}

@Suite struct ExperimentChineseViewTests {
  @Test(arguments: ["zh-lab-menu", "zh-perceptron", "zh-compare"])
  func screenMatchesItsSnapshot(_ name: String) throws {
    for (width, height) in [(80, 24), (160, 48)] {
      let model = try #require(chineseLabScreens(width: width, height: height).first { $0.name == name }?.model)
      assertSnapshot(view(model, width: width, height: height, charset: .unicode).text, named: "\(name)-\(width)x\(height)-unicode")
    }
  }

  @Test func theLabSpeaksChinese() {
    let menu = view(Model(width: 160, height: 48, strings: chineseStrings), width: 160, height: 48, charset: .unicode).text
    #expect(menu.contains("感知机") && menu.contains("梯度消失") && menu.contains("丢弃法"))
    #expect(!menu.contains("Vanishing gradients") && !menu.contains("never converges"))
    var model = chineseLab("perceptron", width: 160, height: 48)
    press(&model, .char(" "))
    for _ in 0..<12 { _ = update(&model, .frame(maxSteps: 1)) }
    let screen = view(model, width: 160, height: 48, charset: .unicode).text
    #expect(screen.contains("可分数据：") && screen.contains("次错误"))
    #expect(screen.contains("在直线错误的一侧"))
    #expect(screen.contains("间隔为γ的可分数据"))
    // Readout names ("mistakes 12") are identifiers and stay; the prose around them does not.
    #expect(!screen.contains("wrong side") && !screen.contains("one of:") && !screen.contains("Novikoff's bound"))
  }

  /// The same model in English draws the English words: the language follows the model, not a global.
  @Test func englishAndChineseModelsDrawSideBySide() {
    var english = modelWithExperiment("perceptron", width: 160, height: 48)
    var chinese = chineseLab("perceptron", width: 160, height: 48)
    press(&english, .char(" "))
    press(&chinese, .char(" "))
    for _ in 0..<5 {
      _ = update(&english, .frame(maxSteps: 1))
      _ = update(&chinese, .frame(maxSteps: 1))
    }
    #expect(view(english, width: 160, height: 48, charset: .unicode).text.contains("on the wrong side of the line"))
    #expect(view(chinese, width: 160, height: 48, charset: .unicode).text.contains("在直线错误的一侧"))
  }

  /// A refused knob value says why in Chinese: the message is made while the model changes.
  @Test func aRefusedKnobValueIsExplainedInChinese() throws {
    var model = chineseLab("perceptron", width: 160, height: 48)
    press(&model, .down, .enter)
    press(&model, .backspace, .backspace, .backspace, .char("9"), .char("9"), .enter)
    let error = try #require(model.session?.editor?.error)
    #expect(error.contains("无效") && error.contains("之间的数"), "\(error)")
  }

  @Test func everyExperimentDrawsCleanlyInChinese() {
    for type in ExperimentCatalog.all {
      for (width, height) in [(40, 12), (60, 20), (80, 24), (100, 30), (120, 40), (160, 48), (201, 60)] {
        var model = chineseLab(type.id, width: width, height: height)
        press(&model, .char(" "))
        for _ in 0..<3 { _ = update(&model, .frame(maxSteps: 1)) }
        let lines = view(model, width: width, height: height, charset: .unicode).lines()
        #expect(lines.count == height, "\(type.id) \(width)×\(height)")
        for (y, line) in lines.enumerated() {
          #expect(displayWidth(line) == width, "\(type.id) \(width)×\(height) row \(y)")
        }
      }
    }
  }
}
