// LanguageTests: the locale's language, Chinese falling back to English where it cannot be drawn,
// lessons not translated yet shown in English with a notice, and translations of the UI strings
// checked by the linter.

import Display
import Foundation
import Testing
@testable import Course

@Suite struct LanguageTests {
  @Test func theLocaleChoosesTheLanguageInPOSIXOrder() {
    let cases: [([String: String], Language)] = [
      ([:], .english),
      (["LANG": "zh_CN.UTF-8"], .chinese),
      (["LANG": "zh_TW"], .chinese),
      (["LANG": "zh"], .chinese),
      (["LANG": "zh-Hans"], .chinese),
      (["LANG": "en_US.UTF-8"], .english),
      (["LANG": "C.UTF-8"], .english),
      (["LANG": "fr_FR.UTF-8"], .english),
      (["LANG": "zhx_ZZ"], .english),
      (["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"], .chinese),
      (["LC_ALL": "C", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"], .english),
      (["LC_ALL": "zh_CN.GB18030", "LANG": "en_US.UTF-8"], .chinese),
      (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"], .chinese),
    ]
    for (environment, expected) in cases {
      #expect(Language.fromLocale(environment) == expected, "\(environment)")
    }
  }

  @Test func chineseNeedsUnicodeDrawing() {
    #expect(Language.chinese.shown(with: .unicode) == (.chinese, nil))
    let ascii = Language.chinese.shown(with: .ascii)
    #expect(ascii.language == .english)
    #expect(ascii.notice?.contains("UTF-8") == true)
    #expect(Language.english.shown(with: .ascii) == (.english, nil))
  }

  @Test func eachLanguageHasItsOwnWords() {
    #expect(Language.chinese.courseStrings.factCheck == "事实核查")
    #expect(Language.english.courseStrings.factCheck == "Fact check")
    #expect(Language.chinese.quizStrings.right == "答对了。")
    #expect(Language.named("pt") .courseStrings.tryThis == "Try this")
    #expect(QuizStrings.chinese.prompt(.choices(labels: ["a", "b", "c"], multiple: false)) == "答案（a、b 或 c）：")
  }

  /// With a Chinese input method on, letters, digits and commas come full-width.
  @Test func answersTypedWithAChineseInputMethodAreRead() {
    let three = AnswerForm.choices(labels: ["a", "b", "c"], multiple: true)
    #expect(AnswerCheck.read("ａ，ｃ", form: three) == .labels(["a", "c"]))
    #expect(AnswerCheck.read("b、c", form: three) == .labels(["b", "c"]))
    #expect(AnswerCheck.read("２", form: .choices(labels: ["a", "b"], multiple: false)) == .labels(["b"]))
    #expect(AnswerCheck.read("对", form: .truth) == .truth(true))
    #expect(AnswerCheck.read("错", form: .truth) == .truth(false))
    #expect(AnswerCheck.read("１２．５", form: .number) == .number(12.5))
    #expect(AnswerCheck.read("甲", form: three) == nil)
  }

  @Test func aLessonMissingInTheLanguageComesFromEnglishWithANotice() throws {
    let course = Course.load(folder: Folders.fixture("twins"), language: "zh")
    #expect(course.lessons.map { "\($0.lesson.language)/\($0.lesson.id)" } == ["zh/a", "en/b"])
    #expect(course.untranslated == ["b"])
    #expect(course.untranslatedNotice(.chinese) == "以下课程尚未译成中文，以英文显示：b")
    #expect(course.lesson("b")?.isBroken == false, "a missing translation is not a broken lesson")
    #expect(course.issues.contains { $0.message == .missingTwin(id: "b", language: "zh") }, "lint still reports it")
  }

  @Test func aLanguageWithoutAFolderIsWhollyEnglish() {
    let course = Course.load(folder: Folders.fixture("twins"), language: "fr")
    #expect(course.lessons.map(\.lesson.language) == ["en", "en"])
    #expect(course.untranslatedNotice(.chinese) == CourseStrings.chinese.noTranslation)
    let english = Course.load(folder: Folders.fixture("twins"))
    #expect(english.untranslated.isEmpty)
    #expect(english.untranslatedNotice(.english) == nil)
  }

  @Test func theRendererUsesTheLanguagesLabelsAndColon() {
    let text = """
      ---
      id: x
      ---
      ::: fact-check
      claim: 感知机是 1943 年提出的。
      truth: 是 1958 年。
      source: Rosenblatt 1958。
      :::
      """
    let blocks = CourseParser.parse(text).blocks
    let lines = LessonRenderer(width: 40, charset: .unicode, strings: .chinese).render(blocks, experiment: nil).map(\.plainText)
    #expect(lines == ["│ 事实核查", "│ 综述的说法：感知机是 1943 年提出的。", "│ 实际上：是 1958 年。", "│ 出处：Rosenblatt 1958。"])
  }
}

@Suite struct TranslatedStringsTests {
  @Test func theShippedChineseFileHasEveryKeyAndNoBadLine() throws {
    let text = try String(contentsOfFile: Folders.lessons + "/zh/ui.strings", encoding: .utf8)
    let issues = StringCatalog.issues(in: text, file: "zh/ui.strings")
    #expect(issues.map { $0.formatted(folder: nil, strings: .english) } == [])
    let catalog = StringCatalog.load(language: "zh", lessonFolders: [Folders.lessons]).catalog
    #expect(catalog[.mapTitle] == "课程")
    #expect(catalog[.actionQuit] == "退出")
  }

  /// Every language folder's UI strings are linted: a key missing from a translation (it would
  /// show in English) and a line that is not `key = text` are problems.
  @Test func lintReportsAMissingKeyAndABadLine() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lang-lint-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let english = try String(contentsOfFile: Folders.lessons + "/en/ui.strings", encoding: .utf8)
    for language in ["en", "zh"] { try FileManager.default.createDirectory(atPath: folder + "/" + language, withIntermediateDirectories: true) }
    try FileManager.default.copyItem(atPath: Folders.fixture("twins") + "/en/a.md", toPath: folder + "/en/a.md")
    try english.write(toFile: folder + "/en/ui.strings", atomically: true, encoding: .utf8)
    let chinese = english.split(separator: "\n").filter { !$0.hasPrefix("map.title =") }.joined(separator: "\n") + "\nno equals sign\n"
    try chinese.write(toFile: folder + "/zh/ui.strings", atomically: true, encoding: .utf8)
    let problems = Linter.lint(folder: folder).map { $0.formatted(folder: nil, strings: .english) }
    let lines = chinese.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    #expect(problems == [
      "zh/ui.strings:1: key \"map.title\" is missing, so the app shows it in English",
      "zh/ui.strings:\(lines): expected key = text",
    ])
  }
}
