// Phrase: English text with holes, kept unformatted until it is shown, so a status line or a
// caption made while a run steps reads in the language current where it is drawn.

/// A sentence an experiment says: its English template with `{}` for each argument, and the
/// arguments. Written as an ordinary interpolated literal (`"\(n) mistakes"`); the template
/// (`"{} mistakes"`) is the key of the translation tables.
public struct Phrase: Hashable, Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
  /// One hole's value: text shown as is (a number, an identifier) or a phrase translated in turn.
  public indirect enum Argument: Hashable, Sendable {
    case text(String)
    case phrase(Phrase)
  }

  /// The English text with `{}` where the arguments go.
  public let template: String
  public let arguments: [Argument]

  public init(template: String, arguments: [Argument] = []) {
    self.template = template
    self.arguments = arguments
  }

  /// A phrase whose whole English text is `key`, for words that arrive in a variable
  /// (a data set's name, a verdict picked from a list).
  public init(key: String) { self.init(template: key) }

  public init(stringLiteral value: String) { self.init(template: value) }

  public init(stringInterpolation: StringInterpolation) {
    self.init(template: stringInterpolation.template, arguments: stringInterpolation.arguments)
  }

  /// The phrase in the current language (`ExperimentStrings.current`).
  public var description: String { ExperimentStrings.current.render(self) }

  /// Two phrases one after the other, each translated on its own (a sentence and its tail).
  public static func + (first: Phrase, second: Phrase) -> Phrase {
    Phrase(template: "{}{}", arguments: [.phrase(first), .phrase(second)])
  }

  /// `parts` with `separator` between them (itself translated: `", "` becomes `"，"`).
  public static func joined(_ parts: [Phrase], separator: Phrase) -> Phrase {
    guard let first = parts.first else { return "" }
    return parts.dropFirst().reduce(first) { $0 + separator + $1 }
  }

  public struct StringInterpolation: StringInterpolationProtocol {
    var template = ""
    var arguments: [Argument] = []

    public init(literalCapacity: Int, interpolationCount: Int) {
      template.reserveCapacity(literalCapacity + 2 * interpolationCount)
    }

    public mutating func appendLiteral(_ literal: String) { template += literal }

    /// A nested phrase, translated when the whole is.
    public mutating func appendInterpolation(_ phrase: Phrase) {
      template += "{}"
      arguments.append(.phrase(phrase))
    }

    /// A word that arrives in a variable but is prose, translated by its English text.
    public mutating func appendInterpolation(key: String) { appendInterpolation(Phrase(key: key)) }

    /// Anything else (numbers, identifiers, file paths) as its usual text, never translated.
    public mutating func appendInterpolation<Value>(_ value: Value) {
      template += "{}"
      arguments.append(.text(String(describing: value)))
    }
  }
}

/// `phrase` in the current language: the one call the experiments make for every word they draw.
func tr(_ phrase: Phrase) -> String { ExperimentStrings.current.render(phrase) }

/// A word that arrives in a variable (a data set's or a model's name), in the current language.
func tr(key: String) -> String { tr(Phrase(key: key)) }
