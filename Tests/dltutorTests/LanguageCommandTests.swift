// LanguageCommandTests: `--lang` and the locale as a person meets them on the command line —
// Chinese output, English with a notice where Chinese cannot be drawn or a lesson is not
// translated, and a bad value refused with the valid ones.

import Foundation
import Testing

/// A course with a lesson in English and Chinese (a fact check and a question) and a lesson only
/// in English, written once to a temporary folder.
let bilingualLessons: String = {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-bilingual-\(getpid())").path
  let lesson = """
    ---
    id: neurons
    title: %@
    order: 1
    covers: 2.1.1
    experiment: perceptron
    minutes: 15
    ---

    %@

    ::: fact-check
    claim: %@
    truth: %@
    source: F. Rosenblatt, Psychological Review 65(6), 1958.
    :::

    ::: question neurons-when
    kind: single
    prompt: %@
    choice a: 1943
    choice b: 1958
    answer: b
    explain: %@
    :::
    """
  let extra = """
    ---
    id: extra
    title: Only in English
    order: 2
    covers: 1
    experiment: none
    minutes: 5
    ---

    This lesson has no Chinese version yet.
    """
  let english = String(
    format: lesson, "Neurons that learn", "Each mistake nudges the line.", "The perceptron is from 1943.",
    "It is from 1958.", "When did the perceptron appear?", "Rosenblatt, 1958.")
  let chinese = String(
    format: lesson, "会学习的神经元", "每犯一次错，直线就挪一点。", "感知机是 1943 年提出的。", "是 1958 年。",
    "感知机是哪一年提出的？", "Rosenblatt，1958 年。")
  let manager = FileManager.default
  for language in ["en", "zh"] { try? manager.createDirectory(atPath: folder + "/" + language, withIntermediateDirectories: true) }
  try? english.write(toFile: folder + "/en/neurons.md", atomically: true, encoding: .utf8)
  try? extra.write(toFile: folder + "/en/extra.md", atomically: true, encoding: .utf8)
  try? chinese.write(toFile: folder + "/zh/neurons.md", atomically: true, encoding: .utf8)
  return folder
}()


@Suite struct LanguageCommandTests {
  @Test func aBadLanguageIsRefusedWithTheValidOnes() throws {
    for arguments in [["--lang", "fr"], ["read", "neurons", "--lang", "fr"], ["lessons", "--lang", "EN"]] {
      let r = try runDLTutor(arguments + ["--lessons", bilingualLessons])
      #expect(r.status == 2, "\(arguments)")
      #expect(r.err.contains("--lang: \(arguments[arguments.count - 1]) is not valid; expected en or zh"), "\(r.err)")
      #expect(r.out.isEmpty)
    }
  }

  @Test func readInChinese() throws {
    let r = try runDLTutor(["read", "neurons", "--lang", "zh", "--width", "60", "--lessons", bilingualLessons])
    #expect(r.status == 0)
    #expect(r.out.hasPrefix("会学习的神经元\n"))
    #expect(r.out.contains("│ 综述的说法：感知机是 1943 年提出的。"))
    #expect(r.out.contains("本课有 1 道题：dltutor quiz --lesson neurons"))
    #expect(r.err.isEmpty, "\(r.err)")
  }

  @Test func theLocaleChoosesChineseEvenWhenItIsNotInstalled() throws {
    // zh_CN.UTF-8 is not generated on most build machines: UTF-8 is still what the terminal speaks.
    let r = try runDLTutor(["read", "neurons", "--lessons", bilingualLessons], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(r.status == 0)
    #expect(r.out.contains("事实核查"))
    #expect(r.err.isEmpty, "\(r.err)")
  }

  @Test func anUntranslatedLessonIsReadInEnglishWithANotice() throws {
    let r = try runDLTutor(["read", "extra", "--lang", "zh", "--lessons", bilingualLessons])
    #expect(r.status == 0)
    #expect(r.out.hasPrefix("Only in English\n"))
    #expect(r.err == "dltutor: 以下课程尚未译成中文，以英文显示：extra\n")
  }

  @Test func withoutUTF8OrWithASCIIChineseFallsBackToEnglishWithANotice() throws {
    for (arguments, environment) in [([String](), ["LC_ALL": "C"]), (["--ascii"], [:])] {
      let r = try runDLTutor(["read", "neurons", "--lang", "zh", "--lessons", bilingualLessons] + arguments, environment: environment)
      #expect(r.status == 0)
      #expect(r.out.hasPrefix("Neurons that learn\n"), "\(arguments) \(environment)")
      #expect(r.out.contains("The survey says: The perceptron is from 1943."))
      #expect(r.out.unicodeScalars.allSatisfy { $0.isASCII })
      #expect(r.err.hasPrefix("dltutor: Chinese needs a UTF-8 locale"), "\(r.err)")
      #expect(r.err.split(separator: "\n").count == 1)
    }
  }

  @Test func theCourseMapInChineseNamesWhatIsInEnglish() throws {
    let r = try runDLTutor(["lessons", "--lessons", bilingualLessons], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(r.status == 0)
    let lines = r.out.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.contains("标题") && $0.contains("分钟") })
    #expect(lines.contains { $0.contains("neurons") && $0.contains("会学习的神经元") })
    #expect(lines.contains { $0.contains("extra") && $0.contains("Only in English") })
    #expect(r.err == "dltutor: 以下课程尚未译成中文，以英文显示：extra\n")
  }

  @Test func aQuizInChinese() throws {
    let progress = FileManager.default.temporaryDirectory.appendingPathComponent("lang-quiz-\(getpid())-\(UUID().uuidString).json").path
    defer { try? FileManager.default.removeItem(atPath: progress) }
    let r = try runDLTutor(
      ["quiz", "--plain", "--lang", "zh", "--lesson", "neurons", "--lessons", bilingualLessons, "--progress", progress],
      input: "b\n", environment: ["LANG": "C.UTF-8"])
    #expect(r.status == 0)
    #expect(r.out.contains("测验：共 1 道题（0 道到期复习，1 道新题）。"))
    #expect(r.out.contains("感知机是哪一年提出的？"))
    #expect(r.out.contains("答案（a 或 b）："))
    #expect(r.out.contains("答对了。"))
    #expect(r.out.contains("得分：1 题中答对 1 题。"))
    let show = try runDLTutor(["progress", "show", "--lang", "zh", "--lessons", bilingualLessons, "--progress", progress])
    #expect(show.out.hasPrefix("进度文件：\(progress)\n"))
    #expect(show.out.contains("neurons：测验已答 1 题，上次答对 1 题"))
  }
}
