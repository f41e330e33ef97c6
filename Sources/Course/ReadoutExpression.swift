// ReadoutExpression: the key of a predict-then-run question and the check of a diagnose one —
// comparisons of an experiment's final readouts and status, joined by `and` / `or`.

import Experiments

/// An expression over an experiment's final readouts: `readout mistakes <= readout bound`.
public struct ReadoutExpression: Equatable, Sendable, CustomStringConvertible {
  /// A value: a readout (element `index` of a vector one), a number, the status or a state name.
  public enum Operand: Equatable, Sendable {
    case readout(String, index: Int)
    case number(Double)
    case status
    case state(String)
  }

  public enum Comparison: String, Equatable, Sendable, CaseIterable {
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="
  }

  /// One term: a bare operand (a number key) or a comparison.
  public struct Term: Equatable, Sendable {
    public let left: Operand
    public let comparison: Comparison?
    public let right: Operand?
  }

  /// Terms joined by `and`, and those groups joined by `or` (`and` binds tighter).
  public let alternatives: [[Term]]
  /// The source text.
  public let description: String

  /// Whether the expression is a condition (true/false) rather than a number.
  public var isCondition: Bool { alternatives.count > 1 || alternatives.first?.count != 1 || alternatives.first?.first?.comparison != nil }

  /// The readout names the expression uses.
  public var readoutNames: [String] {
    alternatives.flatMap { $0 }.flatMap { [$0.left, $0.right] }.compactMap { operand in
      if case .readout(let name, _)? = operand { return name }
      return nil
    }
  }

  /// The state names the expression uses.
  public var stateNames: [String] {
    alternatives.flatMap { $0 }.flatMap { [$0.left, $0.right] }.compactMap { operand in
      if case .state(let name)? = operand { return name }
      return nil
    }
  }

  /// Parses `text`, or returns the reason it cannot be read.
  public static func parse(_ text: String) -> Result<ReadoutExpression, ExpressionError> {
    var tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)[...]
    if tokens.isEmpty { return .failure(.empty) }
    var alternatives: [[Term]] = [[]]
    while true {
      guard let left = readOperand(&tokens) else { return .failure(.expectedValue(tokens.first ?? "")) }
      var comparison: Comparison?
      var right: Operand?
      if let op = tokens.first, let c = Comparison(rawValue: op) {
        tokens.removeFirst()
        comparison = c
        guard let r = readOperand(&tokens) else { return .failure(.expectedValue(tokens.first ?? "")) }
        right = r
      }
      alternatives[alternatives.count - 1].append(Term(left: left, comparison: comparison, right: right))
      guard let joiner = tokens.popFirst() else { break }
      switch joiner {
      case "and": continue
      case "or": alternatives.append([])
      default: return .failure(.unexpected(joiner))
      }
    }
    let expression = ReadoutExpression(alternatives: alternatives, description: text.trimmed)
    let terms = alternatives.flatMap { $0 }
    if terms.count > 1, terms.contains(where: { $0.comparison == nil }) { return .failure(.notACondition) }
    return .success(expression)
  }

  private static func readOperand(_ tokens: inout ArraySlice<String>) -> Operand? {
    guard let token = tokens.popFirst() else { return nil }
    if token == "readout" {
      guard let name = tokens.popFirst() else { return nil }
      if let open = name.firstIndex(of: "["), name.hasSuffix("]"),
        let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]), index >= 0
      {
        return .readout(String(name[..<open]), index: index)
      }
      return name.contains("[") ? nil : .readout(name, index: 0)
    }
    if token == "status" { return .status }
    if let v = Double(token), v.isFinite { return .number(v) }
    if ExperimentStatus.State(rawValue: token) != nil { return .state(token) }
    return nil
  }

  /// The value of an evaluated expression.
  public enum Value: Equatable, Sendable {
    case number(Double)
    case condition(Bool)
  }

  /// Evaluates over `experiment`'s final readouts and status; nil when a readout is missing.
  public func evaluate(_ experiment: any Experiment) -> Value? {
    evaluate(readouts: experiment.readouts, state: experiment.status.state.rawValue)
  }

  /// Evaluates over `readouts` and the status `state`; nil when a readout is missing.
  public func evaluate(readouts: [Readout], state: String) -> Value? {
    func value(_ operand: Operand) -> Double?? {
      switch operand {
      case .readout(let name, let index):
        guard let r = readouts.first(where: { $0.name == name }), index < r.values.count else { return .none }
        return .some(r.values[index])
      case .number(let v): return .some(v)
      case .status, .state: return .some(nil)
      }
    }
    func text(_ operand: Operand) -> String? {
      switch operand {
      case .status: return state
      case .state(let s): return s
      default: return nil
      }
    }
    if !isCondition, let only = alternatives.first?.first {
      guard let v = value(only.left), let number = v else { return nil }
      return .number(number)
    }
    var any = false
    for group in alternatives {
      var all = true
      for term in group {
        guard let c = term.comparison, let right = term.right else { return nil }
        if let l = text(term.left), let r = text(right) {
          let same = l == r
          all = all && (c == .equal ? same : c == .notEqual ? !same : false)
          continue
        }
        guard let lv = value(term.left), let rv = value(right), let l = lv, let r = rv else { return nil }
        switch c {
        case .less: all = all && l < r
        case .lessOrEqual: all = all && l <= r
        case .greater: all = all && l > r
        case .greaterOrEqual: all = all && l >= r
        case .equal: all = all && l == r
        case .notEqual: all = all && l != r
        }
      }
      any = any || all
    }
    return .condition(any)
  }
}

/// Why an expression could not be read.
public enum ExpressionError: Error, Equatable, Sendable {
  case empty
  /// A value was expected where this token stands (empty at the end).
  case expectedValue(String)
  /// A token that is neither a comparison nor `and`/`or`.
  case unexpected(String)
  /// A bare value joined with comparisons by `and`/`or`.
  case notACondition
}
