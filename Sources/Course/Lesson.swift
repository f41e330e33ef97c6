// Lesson: a parsed lesson file — its front matter, body blocks and questions — and the kinds of
// file the course holds (lessons, the glossary, the common-problems reference).

import Foundation

/// What a course file holds, from its `kind` front-matter field.
public enum CourseFileKind: String, Equatable, Sendable {
  case lesson
  case glossary
  case problems
}

/// A front-matter field with its line.
public struct FrontMatterField: Equatable, Sendable {
  public let key: String
  public let value: String
  public let line: Int
}

/// A lesson: front matter, body and questions.
public struct Lesson: Equatable, Sendable {
  /// The path relative to the lessons folder (`en/perceptron.md`).
  public let path: String
  /// The language folder (`en`).
  public let language: String
  public let id: String
  public let title: String
  public let order: Int
  /// The seed sections covered (`2.1.1`).
  public let covers: [String]
  /// The experiment id, or nil for none.
  public let experiment: String?
  public let minutes: Int
  public let blocks: [Block]
  public let questions: [Question]
  /// The raw front matter, for the linter's line numbers.
  public let frontMatter: [FrontMatterField]

  /// Every Try this preset in the lesson, in reading order.
  public var presets: [TryThis] {
    blocks.compactMap { block in
      if case .tryThis(let t) = block.content { return t }
      return nil
    }
  }
}

/// A glossary entry.
public struct GlossaryTerm: Equatable, Sendable {
  public let id: String
  public let term: String
  public let body: [Block]
  public let line: Int

  /// The definition's words, markup removed (what a filter looks in).
  public var plainText: String { body.flatMap(\.inlines).plainText }
}

/// The glossary of one language.
public struct Glossary: Equatable, Sendable {
  public let path: String
  /// The file's id (`glossary`), what `dltutor read` takes.
  public let id: String
  public let title: String
  public let terms: [GlossaryTerm]

  /// The term with this id.
  public func term(_ id: String) -> GlossaryTerm? { terms.first { $0.id == id } }

  /// The terms in alphabetical order, ignoring case: how the glossary is read and listed.
  ///
  /// Chinese collation orders Chinese terms by their pinyin and Latin ones alphabetically, so the
  /// one rule serves every language (raw code points would scatter the Chinese terms).
  public var sortedTerms: [GlossaryTerm] {
    let collation = Foundation.Locale(identifier: "zh")
    return terms.sorted { $0.term.compare($1.term, options: [.caseInsensitive], range: nil, locale: collation) == .orderedAscending }
  }
}

/// The common-problems reference of one language.
public struct ProblemReference: Equatable, Sendable {
  public let path: String
  /// The file's id (`problems`), what `dltutor read` takes.
  public let id: String
  public let title: String
  public let problems: [CommonProblem]
}

/// One row of the common-problems reference: symptom → likely cause → first fixes → lesson.
public struct CommonProblem: Equatable, Sendable {
  public let id: String
  public let symptom: [Inline]
  public let cause: [Inline]
  public let fixes: [Inline]
  /// The lesson that explains it.
  public let lesson: String
  public let line: Int
  /// The line of the `lesson` field.
  public let lessonLine: Int
}
