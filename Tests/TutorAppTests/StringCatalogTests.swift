// StringCatalogTests: the shipped English file and the compiled-in fallback agree, and a broken
// file costs only its broken lines.

import Course
import Foundation
import Testing

@Suite struct StringCatalogTests {
  static let lessonsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Lessons").path

  @Test func theEnglishFileHasEveryKeyWithTheCompiledInText() throws {
    let (catalog, problems) = StringCatalog.load(language: "en", lessonFolders: [StringCatalogTests.lessonsFolder])
    #expect(problems.isEmpty, "\(problems)")
    let text = try String(contentsOfFile: StringCatalogTests.lessonsFolder + "/en/ui.strings", encoding: .utf8)
    let entries = StringCatalog.parse(text).entries
    for key in UIText.allCases {
      #expect(entries[key.rawValue] == StringCatalog.englishTable[key], "\(key.rawValue)")
      #expect(catalog[key] == StringCatalog.englishTable[key])
    }
  }

  @Test func everyKeyHasCompiledInEnglish() {
    for key in UIText.allCases { #expect(StringCatalog.englishTable[key]?.isEmpty == false, "\(key.rawValue)") }
  }

  @Test func aFileOverridesSomeKeysAndReportsItsBadLines() {
    let parsed = StringCatalog.parse("# comment\n\nlab.title = 实验室\nno equals sign\nnot.a.key = x\n")
    #expect(parsed.entries == ["lab.title": "实验室"])
    #expect(parsed.problems == ["line 4: expected key = text", "line 5: unknown key \"not.a.key\""])
    let catalog = StringCatalog(language: "zh", entries: parsed.entries)
    #expect(catalog[.labTitle] == "实验室")
    #expect(catalog[.knobsTitle] == "Knobs", "missing keys fall back to English")
  }

  @Test func aMissingFileFallsBackToEnglishSilently() {
    let (catalog, problems) = StringCatalog.load(language: "xx", lessonFolders: ["/nonexistent"])
    #expect(problems.isEmpty)
    #expect(catalog[.labTitle] == "Experiment lab")
  }

  @Test func placeholdersAreFilledInOrder() {
    #expect(StringCatalog.english.format(.tooSmallBody, "30", "8", "40", "12").hasPrefix("This is 30×8; dltutor needs at least 40×12."))
  }
}
