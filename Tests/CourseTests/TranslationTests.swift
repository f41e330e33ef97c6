// TranslationTests: a translation changes the words, never the answers — every language of the
// shipped course has English's lessons, questions, kinds, answer keys, runs and expectations, Try
// this presets, glossary terms and common problems; and a changed answer is caught.

import Foundation
import Testing
@testable import Course

/// What a question's answer depends on, as one comparable line.
private func answerFacts(_ q: Question) -> String {
  let run = q.run.map { "\($0.experiment) \($0.settings.map(\.text)) steps \($0.steps.map(String.init) ?? "-") seed \($0.seed) show \($0.show)" }
  return [
    q.id, q.kind.rawValue, "choices \(q.choices.map(\.label))", "answer \(q.correctLabels)",
    "truth \(q.truth.map(String.init) ?? "-")", "number \(q.number.map { String($0) } ?? "-")",
    "tolerance \(q.tolerance.map { String(describing: $0) } ?? "-")", "run \(run ?? "-")",
    "key \(q.key?.description ?? "-")", "check \(q.check?.description ?? "-")", "expect \(q.expect ?? "-")",
  ].joined(separator: " | ")
}

/// Every way `translation` differs from `english` in what decides answers, one line each.
func answerDifferences(_ english: Course, _ translation: Course) -> [String] {
  var differences: [String] = []
  func compare<T: Equatable>(_ what: String, _ a: T, _ b: T) {
    if a != b { differences.append("\(translation.language): \(what): en \(a), \(translation.language) \(b)") }
  }
  compare("lesson ids", english.lessons.map(\.lesson.id), translation.lessons.map(\.lesson.id))
  for entry in english.lessons {
    guard let other = translation.lesson(entry.lesson.id)?.lesson else { continue }
    let lesson = entry.lesson
    compare("\(lesson.id) order", lesson.order, other.order)
    compare("\(lesson.id) experiment", lesson.experiment ?? "none", other.experiment ?? "none")
    compare("\(lesson.id) Try this settings", lesson.presets.map { $0.settings.map(\.text) }, other.presets.map { $0.settings.map(\.text) })
    compare("\(lesson.id) question ids", lesson.questions.map(\.id), other.questions.map(\.id))
    for question in lesson.questions {
      guard let translated = other.questions.first(where: { $0.id == question.id }) else { continue }
      compare("question \(question.id)", answerFacts(question), answerFacts(translated))
    }
  }
  compare("term ids", english.glossary.terms.map(\.id).sorted(), translation.glossary.terms.map(\.id).sorted())
  compare("problems", english.problems.problems.map { "\($0.id)→\($0.lesson)" }, translation.problems.problems.map { "\($0.id)→\($0.lesson)" })
  return differences
}

@Suite struct TranslationTests {
  @Test func everyTranslationKeepsTheAnswersOfTheEnglish() throws {
    let english = try #require(shippedCourses.first)
    for translation in shippedCourses.dropFirst() {
      #expect(answerDifferences(english, translation) == [])
    }
  }

  @Test func aChangedAnswerOrSettingIsCaught() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("translation-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let lesson = """
      ---
      id: p
      title: %@
      order: 1
      covers: 1
      experiment: perceptron
      minutes: 5
      ---

      ::: try %@
      set: margin=%@
      %@
      :::

      ::: question p-q
      kind: single
      prompt: %@
      choice a: 1943
      choice b: 1958
      answer: %@
      explain: %@
      :::
      """
    for language in ["en", "zh"] { try FileManager.default.createDirectory(atPath: folder + "/" + language, withIntermediateDirectories: true) }
    try String(format: lesson, "P", "Narrow", "0.02", "Look.", "When?", "b", "Rosenblatt.")
      .write(toFile: folder + "/en/p.md", atomically: true, encoding: .utf8)
    try String(format: lesson, "感知机", "变窄", "0.05", "看。", "哪一年？", "a", "Rosenblatt。")
      .write(toFile: folder + "/zh/p.md", atomically: true, encoding: .utf8)
    let english = Course.load(folder: folder, language: "en", fallback: "en")
    let chinese = Course.load(folder: folder, language: "zh", fallback: "zh")
    let differences = answerDifferences(english, chinese)
    #expect(differences.count == 2, "\(differences)")
    #expect(differences.contains { $0.hasPrefix("zh: p Try this settings") })
    #expect(differences.contains { $0.hasPrefix("zh: question p-q") && $0.contains("answer [\"b\"]") && $0.contains("answer [\"a\"]") })
  }
}
