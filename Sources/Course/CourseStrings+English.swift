// CourseStrings+English: the English catalog of the course module's words.

extension CourseStrings {
  /// English.
  public static let english = CourseStrings(
    note: "Note",
    factCheck: "Fact check",
    claim: "The survey says",
    truth: "In fact",
    source: "Source",
    cause: "Likely cause",
    fixes: "First fixes",
    lesson: "Lesson",
    titleWithID: { title, id in "\(title) (\(id))" },
    tryThis: "Try this",
    colon: ": ",
    knobs: "Knobs",
    runIt: { "Run it: \($0)" },
    questionsFooter: { count, id in
      count == 1
        ? "This lesson has 1 question: dltutor quiz --lesson \(id)"
        : "This lesson has \(count) questions: dltutor quiz --lesson \(id)"
    },
    mapColumns: ("#", "id", "title", "min"),
    lessonsFrom: { "Lessons from \($0)" },
    dueForReview: { $0 == 0 ? "No questions are due for review." : "\($0) question\($0 == 1 ? " is" : "s are") due for review: dltutor quiz" },
    broken: { "broken: \($0)" },
    unknownLesson: { id, known in "unknown lesson \"\(id)\"; lessons: " + known.joined(separator: ", ") },
    noLessonsFolder: "cannot find the Lessons folder: run dltutor from its clone, or point --lessons (or DLTUTOR_LESSONS) at it",
    noSuchFolder: { "no such folder: \($0)" },
    lessonIsBroken: { "lesson \"\($0)\" has problems (dltutor lint shows them all):" },
    describe: englishCourseMessage,
    lintClean: { lessons, questions in "no problems: \(lessons) lessons, \(questions) questions" },
    lintProblems: { $0 == 1 ? "1 problem" : "\($0) problems" },
    needsUnicode: "Chinese needs a UTF-8 locale (such as zh_CN.UTF-8) and Unicode drawing: showing English instead.",
    noTranslation: "No lessons in this language yet: the course is shown in English.",
    untranslated: { "Not translated yet, shown in English: " + $0.joined(separator: ", ") }
  )
}

private func quoted(_ s: String) -> String { "\"\(s)\"" }

/// The English words of a parser or linter message (also what the Chinese catalog shows: the
/// messages are for authors and quote the file format's English keywords).
func englishCourseMessage(_ message: CourseMessage) -> String {
  switch message {
  case .missingFrontMatter: return "missing front matter: the file must start with a line \"---\""
  case .unclosedFrontMatter: return "front matter is not closed by a line \"---\""
  case .badFrontMatterLine(let l): return "front matter line \(quoted(l)) is not \"key: value\""
  case .duplicateField(let k): return "field \(quoted(k)) given twice"
  case .unknownField(let k): return "unknown field \(quoted(k))"
  case .missingField(let k): return "missing field \(quoted(k))"
  case .badWholeNumber(let f, let v): return "\(f): expected a whole number of at least 1, got \(quoted(v))"
  case .badFileKind(let v): return "kind: expected lesson, glossary or problems, got \(quoted(v))"
  case .badId(let v): return "id \(quoted(v)) may hold only lowercase letters, digits and \"-\""
  case .unclosedCode: return "code block is not closed by a line \"```\""
  case .unclosedBlock(let k): return "\"::: \(k)\" block is not closed by a line \":::\""
  case .nestedBlock(let k): return "blocks do not nest: close \"::: \(k)\" with \":::\" first"
  case .unknownBlock(let k): return "unknown block \(quoted(k)); blocks: note, fact-check, try, question, term, problem"
  case .strayBlockClose: return "\":::\" closes no block"
  case .missingBlockArgument(let k):
    return k == "try" ? "\"::: try\" needs a title" : "\"::: \(k)\" needs an id"
  case .strayText(let k): return "text in a \"\(k)\" block must be a field (\"key: value\")"
  case .badTableSeparator: return "table needs a separator line (|---|---|) under its header"
  case .blockNotAllowed(let k, let kind): return "a \"\(k)\" block cannot appear in a \(kind.rawValue) file"
  case .badKnobAssignment(let w): return "\(quoted(w)) is not KNOB=VALUE"
  case .unknownQuestionKind(let k):
    return "unknown question kind \(quoted(k)); kinds: " + QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")
  case .noChoices(let k): return "a \(k) question needs at least two choices"
  case .duplicateChoice(let l): return "choice \(quoted(l)) given twice"
  case .whyWithoutChoice(let l): return "\"why \(l)\" explains a choice that does not exist"
  case .answerNotAChoice(let l): return "answer \(quoted(l)) is not one of the choices"
  case .badAnswer(let k, let v):
    switch k {
    case "true-false": return "answer must be true or false, got \(quoted(v))"
    case "numeric": return "answer must be a number, got \(quoted(v))"
    default: return "answer of a \(k) question must be one choice label, got \(quoted(v))"
    }
  case .badTolerance(let v): return "tolerance must be a number or a percentage (10%), got \(quoted(v))"
  case .noExplanation(let id): return "question \(quoted(id)) has no explanation: add \"explain:\" or a \"why\" for every choice"
  case .badExpression(let text, let error):
    let reason: String
    switch error {
    case .empty: reason = "it is empty"
    case .expectedValue(let t): reason = t.isEmpty ? "a value is missing at the end" : "expected a value (readout NAME, a number, status) at \(quoted(t))"
    case .unexpected(let t): reason = "expected a comparison, \"and\" or \"or\" at \(quoted(t))"
    case .notACondition: reason = "\"and\"/\"or\" join comparisons, not bare values"
    }
    return "cannot read expression \(quoted(text)): \(reason)"
  case .notACondition(let text): return "check \(quoted(text)) must be a comparison"
  case .badExpect(let v): return "expect \(quoted(v)) does not match the key: use true/false for a comparison, a number for a value"
  case .fieldNotForKind(let f, let k): return "field \(quoted(f)) does not apply to a \(k) question"
  case .idNotFileName(let id, let file): return "id \(quoted(id)) differs from the file name \(quoted(file))"
  case .duplicateId(let what, let id, let first): return "\(what) id \(quoted(id)) is already used at \(first)"
  case .duplicateOrder(let order, let first): return "order \(order) is already used by \(first)"
  case .unknownExperiment(let id, let known): return "unknown experiment \(quoted(id)); experiments: " + known.joined(separator: ", ")
  case .presetWithoutExperiment: return "a Try this preset needs an experiment, but the lesson's experiment is none"
  case .knob(let m): return m
  case .unknownReadout(let name, let experiment, let known):
    return "experiment \(experiment) has no readout \(quoted(name)); readouts: " + known.joined(separator: ", ")
  case .unknownSeries(let name, let experiment, let known):
    return "experiment \(experiment) has no series \(quoted(name)); series: " + known.joined(separator: ", ")
  case .brokenLink(let what, let id): return "link to unknown \(what) \(quoted(id))"
  case .missingTwin(let id, let language): return "lesson \(quoted(id)) is missing in \(language)/"
  case .noLessons: return "no lessons found (expected Markdown files under a language folder such as en/)"
  case .badStringsLine: return "expected key = text"
  case .unknownStringsKey(let k): return "unknown key \(quoted(k))"
  case .missingStringsKey(let k): return "key \(quoted(k)) is missing, so the app shows it in English"
  }
}
