// QuestionReader: turns a `::: question ID` block's fields into a Question, reporting every field
// that is missing, malformed or meaningless for the question's kind.

enum QuestionReader {
  /// Fields that only some kinds take.
  static let kindFields: [String: Set<QuestionKind>] = [
    "tolerance": [.numeric, .predict],
    "experiment": [.predict, .diagnose], "set": [.predict, .diagnose], "steps": [.predict, .diagnose],
    "seed": [.predict, .diagnose], "expect": [.predict, .diagnose],
    "key": [.predict], "show": [.diagnose], "check": [.diagnose],
  ]

  static func read(_ block: FencedBlock, issues: inout [CourseIssue]) -> Question {
    func report(_ line: Int, _ message: CourseMessage) { issues.append(CourseParser.issue(line, message)) }
    if block.argument.isEmpty { report(block.line, .missingBlockArgument("question")) }
    func expression(_ name: String, required: Bool) -> ReadoutExpression? {
      guard let f = block.field(name) else {
        if required { report(block.line, .missingField(name)) }
        return nil
      }
      switch ReadoutExpression.parse(f.value) {
      case .success(let e):
        if name == "check", !e.isCondition { report(f.line, .notACondition(f.value)) }
        return e
      case .failure(let error):
        report(f.line, .badExpression(f.value, error))
        return nil
      }
    }

    let id = block.argument

    var kind = QuestionKind.single
    if let k = block.field("kind") {
      if let parsed = QuestionKind(rawValue: k.value) { kind = parsed } else { report(k.line, .unknownQuestionKind(k.value)) }
    } else {
      report(block.line, .missingField("kind"))
    }
    let prompt = block.field("prompt").map { parseInline($0.value, line: $0.line) } ?? []
    if block.field("prompt") == nil { report(block.line, .missingField("prompt")) }

    for field in block.fields {
      if let kinds = kindFields[field.key], !kinds.contains(kind) {
        report(field.line, .fieldNotForKind(field: field.key, kind: kind.rawValue))
      }
    }

    // Choices and their explanations.
    var choices: [Choice] = []
    for field in block.fields where field.key.hasPrefix("choice ") {
      let label = String(field.key.dropFirst(7))
      if choices.contains(where: { $0.label == label }) { report(field.line, .duplicateChoice(label)) }
      choices.append(Choice(label: label, text: parseInline(field.value, line: field.line), why: nil, line: field.line))
    }
    for field in block.fields where field.key.hasPrefix("why ") {
      let label = String(field.key.dropFirst(4))
      guard let i = choices.firstIndex(where: { $0.label == label }) else {
        report(field.line, .whyWithoutChoice(label))
        continue
      }
      choices[i].why = parseInline(field.value, line: field.line)
    }
    if kind.hasChoices, choices.count < 2 { report(block.line, .noChoices(kind.rawValue)) }
    if !kind.hasChoices, let first = choices.first { report(first.line, .fieldNotForKind(field: "choice", kind: kind.rawValue)) }

    // The key.
    var correct: [String] = []
    var truth: Bool?
    var number: Double?
    let answer = block.field("answer")
    switch kind {
    case .single, .multiple, .diagnose:
      if let answer {
        correct = answer.value.split(separator: ",").map { String($0).trimmed }
        if kind != .multiple, correct.count != 1 { report(answer.line, .badAnswer(kind: kind.rawValue, value: answer.value)) }
        for label in correct where !choices.contains(where: { $0.label == label }) {
          report(answer.line, .answerNotAChoice(label))
        }
      } else {
        report(block.line, .missingField("answer"))
      }
    case .trueFalse:
      if let answer {
        if answer.value == "true" { truth = true } else if answer.value == "false" { truth = false }
        else { report(answer.line, .badAnswer(kind: kind.rawValue, value: answer.value)) }
      } else {
        report(block.line, .missingField("answer"))
      }
    case .numeric:
      if let answer {
        number = Double(answer.value)
        if number == nil || number?.isFinite == false { report(answer.line, .badAnswer(kind: kind.rawValue, value: answer.value)) }
      } else {
        report(block.line, .missingField("answer"))
      }
    case .predict:
      if let answer { report(answer.line, .fieldNotForKind(field: "answer", kind: kind.rawValue)) }
    }

    var tolerance: Tolerance?
    if let t = block.field("tolerance") {
      tolerance = Tolerance(t.value)
      if tolerance == nil { report(t.line, .badTolerance(t.value)) }
    }
    if kind == .numeric, tolerance == nil, block.field("tolerance") == nil { tolerance = .absolute(0) }

    // The run.
    var run: QuestionRun?
    var key: ReadoutExpression?
    var check: ReadoutExpression?
    if kind.runsExperiment {
      var steps: Int?
      if let s = block.field("steps") {
        steps = Int(s.value)
        if (steps ?? 0) < 1 { report(s.line, .badWholeNumber(field: "steps", value: s.value)); steps = nil }
      }
      var seed: UInt64 = 1
      if let s = block.field("seed") {
        if let v = UInt64(s.value) { seed = v } else { report(s.line, .badWholeNumber(field: "seed", value: s.value)) }
      }
      let settings = block.field("set").map { CourseParser.assignments($0, issues: &issues) } ?? []
      let show = block.field("show").map { $0.value.split(separator: ",").map { String($0).trimmed } } ?? []
      if kind == .diagnose, show.isEmpty { report(block.line, .missingField("show")) }
      run = QuestionRun(experiment: block.field("experiment")?.value ?? "", settings: settings, steps: steps, seed: seed, show: show)
      key = expression("key", required: kind == .predict)
      check = expression("check", required: false)
      if let e = block.field("expect") {
        let condition = (kind == .predict ? key : check)?.isCondition ?? true
        let valid = condition ? (e.value == "true" || e.value == "false") : Double(e.value) != nil
        if !valid { report(e.line, .badExpect(e.value)) }
      }
      if kind == .predict, let key, !key.isCondition, tolerance == nil {
        report(block.line, .missingField("tolerance"))
      }
    }

    let explanation = block.field("explain").map { parseInline($0.value, line: $0.line) }
    let question = Question(
      id: id, line: block.line, kind: kind, prompt: prompt, choices: choices, correctLabels: correct, truth: truth,
      number: number, tolerance: tolerance, explanation: explanation, run: run, key: key, check: check,
      expect: block.field("expect")?.value)
    if !question.isExplained { report(block.line, .noExplanation(id)) }
    return question
  }
}
