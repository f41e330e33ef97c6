// Corpus: the small English text the language model learns from (`Lessons/data/corpus.txt`),
// normalised to lower case with single spaces, and its alphabet of distinct characters.

import Foundation
import Synchronization

/// A text as a sequence of symbol indices into its sorted alphabet.
public struct Corpus: Equatable, Sendable {
  /// The distinct characters, sorted, so symbol i is `alphabet[i]` on every machine.
  public let alphabet: [Character]
  /// The text, one symbol index per character.
  public let symbols: [Int]

  /// `text` lower-cased, every run of whitespace (line breaks too) made one space, trimmed.
  public init(_ text: String) {
    var normalised: [Character] = []
    for character in text.lowercased() {
      if character.isWhitespace {
        if let last = normalised.last, last != " " { normalised.append(" ") }
      } else {
        normalised.append(character)
      }
    }
    if normalised.last == " " { normalised.removeLast() }
    alphabet = Set(normalised).sorted()
    let index = Dictionary(uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })
    symbols = normalised.compactMap { index[$0] }
  }

  /// Characters in the text.
  public var count: Int { symbols.count }

  /// The characters of `symbols` as a string.
  public func text<S: Sequence<Int>>(_ symbols: S) -> String {
    String(symbols.map { alphabet[$0] })
  }
}

extension DataFiles {
  private static let corpusCache = Mutex<Corpus?>(nil)

  /// The shipped English corpus (`corpus.txt`, our own sentences), loaded once per process.
  public static func corpus() throws(ExperimentError) -> Corpus {
    if let hit = corpusCache.withLock({ $0 }) { return hit }
    let file = try path("corpus.txt")
    guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
      throw ExperimentError(tr("\(file): cannot be read as UTF-8 text"))
    }
    let corpus = Corpus(text)
    guard corpus.alphabet.count >= 2, corpus.count >= 100 else {
      throw ExperimentError(tr("\(file): too short to learn from (\(corpus.count) characters)"))
    }
    corpusCache.withLock { $0 = corpus }
    return corpus
  }
}
