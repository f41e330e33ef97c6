// Fuzzing the parser and the linter's file reading: seeded random documents and mutations of the
// shipped lessons never crash, and every reported problem points at a line of the file.

import Foundation
import NeuralCore
import Testing
@testable import Course

@Suite struct ParserFuzzTests {
  static let fragments = [
    "---", "id: x", "title: T", "order: 1", "order: -3", "kind: glossary", "kind: problems", ":::", "::: note",
    "::: try", "::: try T", "::: question q", "::: term t", "::: problem p", "::: fact-check", "kind: predict",
    "kind: diagnose", "kind: single", "choice a: A", "why a: W", "answer: a", "answer: z", "key: readout x <=",
    "key: readout mistakes <= readout bound", "set: a=1 =2 b", "steps: 0", "tolerance: 5%", "tolerance: %",
    "check: status", "```", "# H", "### H3", "#### too deep", "- item", "  continued", "1. one", "| a | b |",
    "|---|", "|", "[link](lesson:", "**bold", "*", "_", "`", "text with [a](term:b) link", "", "  ", "\t",
    "满足条件的中文句子。", "é\u{301}", "\r",
  ]

  /// Checks one document: no crash, and every problem's line lies within the document.
  func check(_ text: String, seed: UInt64) {
    let file = CourseParser.parse(text)
    let lineCount = max(text.split(separator: "\n", omittingEmptySubsequences: false).count, 1)
    for issue in file.issues {
      #expect((1...lineCount).contains(issue.line), "seed \(seed): line \(issue.line) outside 1...\(lineCount)")
    }
    for question in file.questions {
      #expect((1...lineCount).contains(question.line), "seed \(seed): question line \(question.line)")
    }
    for block in file.blocks {
      #expect((1...lineCount).contains(block.line), "seed \(seed): block line \(block.line)")
    }
  }

  @Test func randomDocumentsNeverCrash() {
    for seed in UInt64(1)...400 {
      var rng = RandomSource(seed: seed)
      let count = Int.random(in: 0...40, using: &rng)
      let lines = (0..<count).map { _ in Self.fragments.randomElement(using: &rng) ?? "" }
      check(lines.joined(separator: "\n"), seed: seed)
    }
  }

  @Test func mutatedLessonsNeverCrash() throws {
    let folder = Folders.lessons + "/en"
    let texts = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted().map {
      try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)
    }
    #expect(!texts.isEmpty)
    for seed in UInt64(1)...300 {
      var rng = RandomSource(seed: seed)
      guard var lines = texts.randomElement(using: &rng)?.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) else { continue }
      for _ in 0..<Int.random(in: 1...6, using: &rng) where !lines.isEmpty {
        let i = Int.random(in: 0..<lines.count, using: &rng)
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: lines.remove(at: i)
        case 1: lines.insert(lines[i], at: i)
        case 2: lines[i] = Self.fragments.randomElement(using: &rng) ?? ""
        case 3: lines[i] = String(lines[i].prefix(Int.random(in: 0...max(lines[i].count, 0), using: &rng)))
        default: lines.swapAt(i, Int.random(in: 0..<lines.count, using: &rng))
        }
      }
      check(lines.joined(separator: "\n"), seed: seed)
    }
  }
}
