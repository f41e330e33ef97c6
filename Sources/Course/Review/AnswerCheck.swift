// AnswerCheck: reads what a learner typed for a question (letters or numbers for choices,
// true/false, a number) and decides whether it is right, with the question's tolerance.

import Foundation

/// What kind of answer a question takes.
public enum AnswerForm: Equatable, Sendable {
  /// Choice labels: one, or several for a multiple-answer question.
  case choices(labels: [String], multiple: Bool)
  /// `true` or `false`.
  case truth
  /// A number.
  case number
}

/// An answer the learner gave, read.
public enum Answer: Equatable, Sendable {
  case labels([String])
  case truth(Bool)
  case number(Double)

  /// The answer as the progress file and the export keep it (`b`, `a,c`, `true`, `0.5`).
  public var normalized: String {
    switch self {
    case .labels(let labels): return labels.joined(separator: ",")
    case .truth(let b): return String(b)
    case .number(let v): return v.rounded() == v && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
  }
}

public enum AnswerCheck {
  /// The form `question` takes its answer in; a predict question's depends on its key (a condition
  /// asks true/false, a value asks a number).
  public static func form(of question: Question) -> AnswerForm {
    switch question.kind {
    case .single, .diagnose: return .choices(labels: question.choices.map(\.label), multiple: false)
    case .multiple: return .choices(labels: question.choices.map(\.label), multiple: true)
    case .trueFalse: return .truth
    case .numeric: return .number
    case .predict: return question.key?.isCondition == false ? .number : .truth
    }
  }

  /// Reads `text` in `form`, or nil when it is not an answer of that form.
  ///
  /// Choices may be given by label (any case) or by position from 1; several are separated by
  /// commas or spaces, and the order and repeats do not matter. What a Chinese input method types
  /// reads the same: full-width letters, digits, commas and spaces (NFKC), the enumeration comma
  /// `、`, and 对/是, 错/否 for true and false.
  public static func read(_ text: String, form: AnswerForm) -> Answer? {
    let trimmed = text.precomposedStringWithCompatibilityMapping.trimmed.lowercased()
    guard !trimmed.isEmpty else { return nil }
    switch form {
    case .choices(let labels, let multiple):
      let words = trimmed.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == " " || $0 == "\t" }).map(String.init)
      var chosen: [String] = []
      for word in words {
        let label: String
        if let match = labels.first(where: { $0.lowercased() == word }) {
          label = match
        } else if let n = Int(word), (1...labels.count).contains(n) {
          label = labels[n - 1]
        } else {
          return nil
        }
        if !chosen.contains(label) { chosen.append(label) }
      }
      guard !chosen.isEmpty, multiple || chosen.count == 1 else { return nil }
      return .labels(labels.filter(chosen.contains))
    case .truth:
      switch trimmed {
      case "true", "t", "yes", "y", "对", "是": return .truth(true)
      case "false", "f", "no", "n", "错", "否": return .truth(false)
      default: return nil
      }
    case .number:
      guard let v = Double(trimmed), v.isFinite else { return nil }
      return .number(v)
    }
  }

  /// Whether `answer` is right; `computed` is what the run gave for a predict question.
  public static func isCorrect(_ answer: Answer, for question: Question, computed: ReadoutExpression.Value? = nil) -> Bool {
    let tolerance = question.tolerance ?? .absolute(0)
    switch (question.kind, answer) {
    case (.single, .labels(let l)), (.multiple, .labels(let l)), (.diagnose, .labels(let l)):
      return Set(l) == Set(question.correctLabels)
    case (.trueFalse, .truth(let b)): return b == question.truth
    case (.numeric, .number(let v)):
      guard let key = question.number else { return false }
      return tolerance.accepts(v, key: key)
    case (.predict, .truth(let b)):
      if case .condition(let c)? = computed { return b == c }
      return false
    case (.predict, .number(let v)):
      if case .number(let key)? = computed { return tolerance.accepts(v, key: key) }
      return false
    default: return false
    }
  }
}
