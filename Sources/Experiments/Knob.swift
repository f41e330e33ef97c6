// Knob: one setting of an experiment that a learner can turn — its kind, range, default and help —
// and the parsing of a typed-in value, with an error that names what would have been valid.

/// What kind of value a knob holds, with its valid range or choices.
public enum KnobKind: Equatable, Sendable {
  /// A real number in `range`, changed from the keyboard by `step` (multiplicative when `logarithmic`).
  case number(range: ClosedRange<Double>, step: Double, logarithmic: Bool)
  /// A whole number in `range`.
  case integer(range: ClosedRange<Int>, step: Int)
  /// One of a fixed list of names.
  case choice([String])
  /// On or off.
  case toggle
  /// A 2-D point, each coordinate in its range (typed as `x,y`).
  case point(x: ClosedRange<Double>, y: ClosedRange<Double>)
  /// A file path (empty for none), such as a CSV the learner brings.
  case path
}

/// A knob's value.
public enum KnobValue: Equatable, Hashable, Sendable, CustomStringConvertible {
  case number(Double)
  case integer(Int)
  case choice(String)
  case toggle(Bool)
  case point(x: Double, y: Double)
  case path(String)

  /// The value as typed on a command line (`0.1`, `12`, `xor`, `on`, `-5,-2`).
  public var description: String {
    switch self {
    case .number(let v): return KnobValue.format(v)
    case .integer(let v): return String(v)
    case .choice(let v): return v
    case .toggle(let v): return v ? "on" : "off"
    case .point(let x, let y): return "\(KnobValue.format(x)),\(KnobValue.format(y))"
    case .path(let p): return p
    }
  }

  /// Shortest text that reads back as the same Double ("0.1", not "0.1000000000000000055").
  static func format(_ v: Double) -> String {
    if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
    return String(v)
  }
}

/// Why a typed knob value was refused; the message says what is valid.
public struct KnobError: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// One adjustable setting of an experiment.
public struct Knob: Equatable, Sendable {
  /// The name used on the command line and in lesson files (`lr`, `depth`, `dataset`).
  public let name: String
  public let kind: KnobKind
  public let defaultValue: KnobValue
  /// One line of help for the learner, translated where it is shown.
  public let helpPhrase: Phrase
  /// The help in the current language.
  public var help: String { helpPhrase.description }

  public init(_ name: String, _ kind: KnobKind, default defaultValue: KnobValue, help: Phrase) {
    self.name = name
    self.kind = kind
    self.defaultValue = defaultValue
    self.helpPhrase = help
    precondition((try? validate(defaultValue)) != nil, "knob \(name): default \(defaultValue) is out of its own range")
  }

  /// The valid values, as a learner would read them: `0.001…10`, `2…50`, `one of: xor, circles`.
  public var validValuesDescription: String { validValuesPhrase.description }

  /// The help followed by the valid values in brackets, as the knobs panel shows them.
  public var helpWithValidValues: String {
    let phrase: Phrase = "\(helpPhrase) (\(validValuesPhrase))"
    return phrase.description
  }

  var validValuesPhrase: Phrase {
    switch kind {
    case .number(let range, _, _):
      return "a number from \(KnobValue.format(range.lowerBound)) to \(KnobValue.format(range.upperBound))"
    case .integer(let range, _):
      return "a whole number from \(range.lowerBound) to \(range.upperBound)"
    case .choice(let names):
      return "one of: \(names.joined(separator: ", "))"
    case .toggle:
      return "on or off"
    case .point(let xs, let ys):
      return "a point x,y with x from \(KnobValue.format(xs.lowerBound)) to \(KnobValue.format(xs.upperBound)) and y from \(KnobValue.format(ys.lowerBound)) to \(KnobValue.format(ys.upperBound))"
    case .path:
      return "a file path"
    }
  }

  /// Parses a value typed by a person (command line, lesson file), or says what is valid.
  public func parse(_ text: String) throws(KnobError) -> KnobValue {
    let trimmed = text.trimmingSpaces()
    let value: KnobValue
    switch kind {
    case .number:
      guard let v = Double(trimmed), v.isFinite else { throw invalid(text) }
      value = .number(v)
    case .integer:
      guard let v = Int(trimmed) else { throw invalid(text) }
      value = .integer(v)
    case .choice(let names):
      guard let match = names.first(where: { $0.lowercased() == trimmed.lowercased() }) else { throw invalid(text) }
      value = .choice(match)
    case .toggle:
      switch trimmed.lowercased() {
      case "on", "true", "yes", "1": value = .toggle(true)
      case "off", "false", "no", "0": value = .toggle(false)
      default: throw invalid(text)
      }
    case .point:
      let parts = trimmed.split(separator: ",", omittingEmptySubsequences: false)
      guard parts.count == 2, let x = Double(String(parts[0]).trimmingSpaces()),
        let y = Double(String(parts[1]).trimmingSpaces()), x.isFinite, y.isFinite
      else { throw invalid(text) }
      value = .point(x: x, y: y)
    case .path:
      value = .path(trimmed)
    }
    try validate(value)
    return value
  }

  /// Checks that `value` has this knob's kind and lies in its range.
  public func validate(_ value: KnobValue) throws(KnobError) {
    let ok: Bool
    switch (kind, value) {
    case (.number(let range, _, _), .number(let v)): ok = range.contains(v)
    case (.integer(let range, _), .integer(let v)): ok = range.contains(v)
    case (.choice(let names), .choice(let v)): ok = names.contains(v)
    case (.toggle, .toggle): ok = true
    case (.point(let xs, let ys), .point(let x, let y)): ok = xs.contains(x) && ys.contains(y)
    case (.path, .path): ok = true
    default: ok = false
    }
    if !ok { throw invalid(value.description) }
  }

  /// The value one keyboard step up (`direction` +1) or down (−1), clamped to the range;
  /// a choice cycles, a toggle flips, a point is left alone (it is typed).
  public func stepped(_ value: KnobValue, direction: Int) -> KnobValue {
    switch (kind, value) {
    case (.number(let range, let step, let logarithmic), .number(let v)):
      let next = logarithmic ? (direction > 0 ? v * step : v / step) : v + Double(direction) * step
      return .number(min(max(next, range.lowerBound), range.upperBound))
    case (.integer(let range, let step), .integer(let v)):
      return .integer(min(max(v + direction * step, range.lowerBound), range.upperBound))
    case (.choice(let names), .choice(let v)):
      guard let i = names.firstIndex(of: v) else { return value }
      return .choice(names[(i + direction % names.count + names.count) % names.count])
    case (.toggle, .toggle(let v)):
      return .toggle(!v)
    default:
      return value
    }
  }

  private func invalid(_ text: String) -> KnobError {
    KnobError(tr("\(name): \"\(text)\" is not valid; expected \(validValuesPhrase)"))
  }
}

extension String {
  func trimmingSpaces() -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}
