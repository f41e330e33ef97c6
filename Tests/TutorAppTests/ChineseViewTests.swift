// ChineseViewTests: the tutor in Chinese — the map and a lesson as snapshots, double-width text
// that fills every row exactly and never starts a line with closing punctuation, the footer and
// help in Chinese, the start-up notice, and Try this found by its Chinese label.

import Course
import Display
import Testing
import _TestSupport
@testable import TutorApp

/// Punctuation that must never start a line of Chinese text (kinsoku).
private let closingPunctuation: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", "”"]

/// The Chinese screens the snapshots and invariants cover.
private func chineseScreens(width: Int, height: Int) -> [(name: String, model: Model)] {
  let map = modelWithChineseCourse(width: width, height: height)
  var lesson = modelWithChineseLesson("neurons", width: width, height: height)
  press(&lesson, .down, .down)
  var bottom = lesson
  press(&bottom, .end)
  var experiment = lesson
  press(&experiment, .tab)
  var help = lesson
  press(&help, .char("?"))
  var mapHelp = map
  press(&mapHelp, .char("?"))
  let history = modelWithChineseLesson("history", width: width, height: height)
  return [("zh-course-map", map), ("zh-lesson", lesson), ("zh-lesson-bottom", bottom), ("zh-lesson-experiment", experiment),
    ("zh-lesson-help", help), ("zh-map-help", mapHelp), ("zh-lesson-text-only", history)]
}

@Suite struct ChineseScreenTests {
  @Test(arguments: ["zh-course-map", "zh-lesson", "zh-lesson-help"])
  func screenMatchesItsSnapshot(_ name: String) throws {
    for (width, height) in [(80, 24), (160, 48)] {
      let model = try #require(chineseScreens(width: width, height: height).first { $0.name == name }?.model)
      assertSnapshot(view(model, width: width, height: height, charset: .unicode).text, named: "\(name)-\(width)x\(height)-unicode")
    }
  }

  @Test func everyRowIsExactlyTheWidthAndNoneStartsWithClosingPunctuation() {
    for (width, height) in [(40, 12), (41, 13), (60, 20), (79, 24), (80, 24), (100, 30), (119, 40), (120, 40), (160, 48), (201, 60)] {
      for (name, model) in chineseScreens(width: width, height: height) {
        let lines = view(model, width: width, height: height, charset: .unicode).lines()
        #expect(lines.count == height, "\(name) \(width)×\(height)")
        for (y, line) in lines.enumerated() {
          #expect(displayWidth(line) == width, "\(name) \(width)×\(height) row \(y)")
          let text = line.drop { $0 == " " || $0 == "│" || $0 == "▸" }
          if let first = text.first { #expect(!closingPunctuation.contains(first), "\(name) \(width)×\(height) row \(y): \(line)") }
        }
      }
    }
  }

  @Test func wrappedLessonLinesNeverStartWithClosingPunctuation() {
    for entry in chineseFixtureCourse.lessons where entry.lesson.language == "zh" {
      for width in 12...90 {
        for line in lessonLines(entry, width: width, charset: .unicode, strings: chineseStrings) {
          #expect(line.width <= width, "\(entry.lesson.id) at \(width)")
          let text = line.plainText.drop { $0 == " " || $0 == "│" }
          if let first = text.first { #expect(!closingPunctuation.contains(first), "\(entry.lesson.id) at \(width): \(line.plainText)") }
        }
      }
    }
  }

  @Test func theFooterAndHelpAreInChinese() {
    let map = modelWithChineseCourse()
    let footer = view(map, width: 80, height: 24, charset: .unicode).lines()[23]
    #expect(footer.contains("? 帮助"))
    #expect(footer.contains("Enter 打开"))
    #expect(footer.contains("q 退出"))
    expectHelpListsEveryKey(map, width: 80, height: 24)
    let lesson = modelWithChineseLesson("neurons", width: 100, height: 30)
    let lessonFooter = view(lesson, width: 100, height: 30, charset: .unicode).lines()[29]
    #expect(lessonFooter.contains("Tab 切换"))
    #expect(lessonFooter.contains("t 试一试"))
    expectHelpListsEveryKey(lesson, width: 100, height: 30)
  }

  @Test func theLessonIsDrawnWithChineseLabels() {
    let text = view(modelWithChineseLesson("neurons", width: 160, height: 48), width: 160, height: 48, charset: .unicode).text
    #expect(text.contains("事实核查"))
    #expect(text.contains("综述的说法："))
    #expect(text.contains("试一试：间隔变窄"))
    #expect(text.contains("第 1–"))
    #expect(!text.contains("Fact check"))
    #expect(!text.contains("Try this"))
  }

  @Test func theMapSaysWhichLessonsAreInEnglishAndDoesNotCallThemBroken() {
    #expect(chineseFixtureCourse.untranslated == ["extra"])
    #expect(chineseFixtureCourse.lesson("extra")?.isBroken == false)
    let lines = view(modelWithChineseCourse(), width: 80, height: 24, charset: .unicode).lines()
    #expect(lines.contains { $0.contains("! 以下课程尚未译成中文，以英文显示：extra") })
    #expect(lines.contains { $0.contains("会学习的神经元") })
    #expect(lines.contains { $0.contains("Not translated yet") })
    #expect(!lines.contains { $0.contains("有问题") })
  }

  @Test func withoutNoticesTheMapListStartsWhereItAlwaysDid() {
    var model = modelWithChineseCourse()
    model.startupNotices = []
    let lines = view(model, width: 80, height: 24, charset: .unicode).lines()
    #expect(lines[5].contains("会学习的神经元"))
    let noticed = view(modelWithChineseCourse(), width: 80, height: 24, charset: .unicode).lines()
    #expect(noticed[3].hasPrefix("  ! "))
    #expect(noticed[6].contains("会学习的神经元"))
  }
}

@Suite struct ChineseUpdateTests {
  @Test func theModelCarriesTheCourseStringsOfItsLanguage() {
    #expect(modelWithChineseCourse().courseStrings.tryThis == "试一试")
    #expect(Model(width: 80, height: 24).courseStrings.tryThis == "Try this")
  }

  /// At the bottom of the lesson `t` applies the last Try this, which is found by its Chinese label.
  @Test func tryThisIsFoundByItsChineseLabel() throws {
    var model = modelWithChineseLesson("neurons")
    press(&model, .end, .char("t"))
    let session = try #require(model.session)
    #expect(session.settings["dataset"]?.description == "xor")
    let notice = try #require(model.lesson?.notice)
    #expect(notice.hasPrefix("试一试：XOR 永不收敛——已设置 dataset=xor max_epochs=5"))
    press(&model, .home, .char("t"))
    #expect(model.session?.settings["margin"]?.description == "0.02")
  }
}
