// KnobSettings: the values chosen for an experiment's knobs — defaults, overridden by `--set`,
// a lesson's Try-this preset or the keyboard — with typed accessors for the experiment's code.

/// A complete assignment of values to an experiment's knobs, in the knobs' order.
public struct KnobSettings: Equatable, Sendable {
  /// The knobs these settings are for.
  public let knobs: [Knob]
  private var values: [String: KnobValue]

  /// Every knob at its default.
  public init(knobs: [Knob]) {
    self.knobs = knobs
    self.values = Dictionary(uniqueKeysWithValues: knobs.map { ($0.name, $0.defaultValue) })
  }

  /// Defaults overridden by `assignments` of the form `name=value` (as given to `--set`).
  public init(knobs: [Knob], assignments: [String]) throws(KnobError) {
    self.init(knobs: knobs)
    for assignment in assignments {
      guard let eq = assignment.firstIndex(of: "=") else {
        throw KnobError(tr("\"\(assignment)\": expected KNOB=VALUE"))
      }
      try set(String(assignment[..<eq]).trimmingSpaces(), text: String(assignment[assignment.index(after: eq)...]))
    }
  }

  /// The knob named `name`, or an error listing the knobs there are.
  public func knob(named name: String) throws(KnobError) -> Knob {
    guard let knob = knobs.first(where: { $0.name == name }) else {
      throw KnobError(tr("unknown knob \"\(name)\"; knobs: ") + knobs.map(\.name).joined(separator: ", "))
    }
    return knob
  }

  /// Sets a knob from typed text.
  public mutating func set(_ name: String, text: String) throws(KnobError) {
    let knob = try knob(named: name)
    values[name] = try knob.parse(text)
  }

  /// Sets a knob to a value, validating it.
  public mutating func set(_ name: String, _ value: KnobValue) throws(KnobError) {
    try knob(named: name).validate(value)
    values[name] = value
  }

  /// The current value of a knob (its default if it was never set).
  public subscript(name: String) -> KnobValue? { values[name] }

  /// The (name, value) pairs in the knobs' order.
  public var assignments: [(name: String, value: KnobValue)] {
    knobs.compactMap { knob in values[knob.name].map { (knob.name, $0) } }
  }

  // Typed accessors. The experiment declares its knobs, so a wrong kind is a programming error
  // caught by each experiment's tests; the fallbacks keep the product from trapping.

  public func number(_ name: String) -> Double {
    switch values[name] {
    case .number(let v): return v
    case .integer(let v): return Double(v)
    default: return 0
    }
  }

  public func integer(_ name: String) -> Int {
    if case .integer(let v) = values[name] { return v }
    return 0
  }

  public func choice(_ name: String) -> String {
    if case .choice(let v) = values[name] { return v }
    return ""
  }

  public func toggle(_ name: String) -> Bool {
    if case .toggle(let v) = values[name] { return v }
    return false
  }

  public func path(_ name: String) -> String {
    if case .path(let v) = values[name] { return v }
    return ""
  }

  public func point(_ name: String) -> (x: Double, y: Double) {
    if case .point(let x, let y) = values[name] { return (x, y) }
    return (0, 0)
  }
}
