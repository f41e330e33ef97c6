// Linter: the checks across files — duplicate ids and orders, unknown experiments, knobs, values,
// readouts and series, links that lead nowhere, lessons missing in a language, UI strings a
// translation lacks — on top of the problems each file's parser found.

import Experiments

/// Finds every mistake an author can make in a Lessons folder.
public enum Linter {
  /// Every problem in `folder`, ordered by file and line.
  public static func lint(folder: String) -> [CourseIssue] {
    check(CourseFiles.read(folder: folder))
  }

  static func check(_ files: CourseFiles) -> [CourseIssue] {
    var issues = files.issues
    for (_, language) in files.languages {
      issues += check(language)
      if let strings = language.uiStrings { issues += StringCatalog.issues(in: strings.text, file: strings.path) }
    }
    issues += missingTwins(files)
    return issues.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
  }

  /// Checks one language's files against each other and against the experiments.
  static func check(_ language: CourseFiles.Language) -> [CourseIssue] {
    var issues: [CourseIssue] = []
    let lessonIDs = Set(language.lessons.map(\.id))
    let termIDs = Set(language.terms.map(\.id))
    let problemIDs = Set(language.problems.map(\.id))

    func links(_ inlines: [Inline], file: String) {
      for (target, line) in inlines.links {
        switch target {
        case .lesson(let id) where !lessonIDs.contains(id): issues.append(CourseIssue(file: file, line: line, .brokenLink(what: "lesson", id: id)))
        case .term(let id) where !termIDs.contains(id): issues.append(CourseIssue(file: file, line: line, .brokenLink(what: "term", id: id)))
        case .problem(let id) where !problemIDs.contains(id): issues.append(CourseIssue(file: file, line: line, .brokenLink(what: "problem", id: id)))
        default: break
        }
      }
    }

    var firstOrder: [Int: String] = [:]
    var firstQuestion: [String: String] = [:]
    for lesson in language.lessons {
      let file = lesson.path
      if lesson.order > 0, let orderField = lesson.frontMatter.first(where: { $0.key == "order" }) {
        if let other = firstOrder[lesson.order] {
          issues.append(CourseIssue(file: file, line: orderField.line, .duplicateOrder(lesson.order, first: other)))
        } else {
          firstOrder[lesson.order] = lesson.id
        }
      }
      var experiment: (any Experiment.Type)?
      if let id = lesson.experiment, let field = lesson.frontMatter.first(where: { $0.key == "experiment" }) {
        experiment = known(id, file: file, line: field.line, issues: &issues)
      }
      for block in lesson.blocks {
        links(block.inlines, file: file)
        guard case .tryThis(let preset) = block.content else { continue }
        if let experiment {
          _ = settings(preset.settings, for: experiment, file: file, issues: &issues)
        } else if lesson.experiment == nil {
          issues.append(CourseIssue(file: file, line: block.line, .presetWithoutExperiment))
        }
      }
      for question in lesson.questions {
        if let first = firstQuestion[question.id] {
          issues.append(CourseIssue(file: file, line: question.line, .duplicateId(what: "question", id: question.id, first: first)))
        } else if !question.id.isEmpty {
          firstQuestion[question.id] = "\(file):\(question.line)"
        }
        links(question.prompt + (question.explanation ?? []) + question.choices.flatMap { $0.text + ($0.why ?? []) }, file: file)
        if let run = question.run {
          checkRun(question, run, lessonExperiment: lesson.experiment, file: file, issues: &issues)
        }
      }
    }

    let glossaryPath = language.glossaryPath ?? ""
    issues += repeatedIDs(language.terms.map { ($0.id, $0.line) }, what: "term", file: glossaryPath)
    for term in language.terms {
      links(term.body.flatMap(\.inlines), file: glossaryPath)
    }
    let problemsPath = language.problemsPath ?? ""
    issues += repeatedIDs(language.problems.map { ($0.id, $0.line) }, what: "problem", file: problemsPath)
    for problem in language.problems {
      links(problem.symptom + problem.cause + problem.fixes, file: problemsPath)
      if !problem.lesson.isEmpty, !lessonIDs.contains(problem.lesson) {
        issues.append(CourseIssue(file: problemsPath, line: problem.lessonLine, .brokenLink(what: "lesson", id: problem.lesson)))
      }
    }
    return issues
  }

  /// An issue for each id in `entries` (id, line) of one file that an earlier entry already used.
  static func repeatedIDs(_ entries: [(id: String, line: Int)], what: String, file: String) -> [CourseIssue] {
    var first: [String: Int] = [:]
    var issues: [CourseIssue] = []
    for entry in entries {
      if let line = first[entry.id] {
        issues.append(CourseIssue(file: file, line: entry.line, .duplicateId(what: what, id: entry.id, first: "\(file):\(line)")))
      } else {
        first[entry.id] = entry.line
      }
    }
    return issues
  }

  /// The experiment named `id`, or nil after reporting it unknown.
  static func known(_ id: String, file: String, line: Int, issues: inout [CourseIssue]) -> (any Experiment.Type)? {
    if let type = try? ExperimentCatalog.named(id) { return type }
    issues.append(CourseIssue(file: file, line: line, .unknownExperiment(id, known: ExperimentCatalog.all.map { $0.id })))
    return nil
  }

  /// Applies `assignments` to the experiment's defaults with its own parsing, reporting each refusal.
  static func settings(_ assignments: [KnobAssignment], for type: any Experiment.Type, file: String, issues: inout [CourseIssue]) -> KnobSettings? {
    var settings = KnobSettings(knobs: type.knobs)
    var ok = true
    for assignment in assignments {
      do {
        try settings.set(assignment.knob, text: assignment.value)
      } catch {
        issues.append(CourseIssue(file: file, line: assignment.line, .knob(error.message)))
        ok = false
      }
    }
    return ok ? settings : nil
  }

  /// Checks a predict or diagnose question's experiment, knobs, readouts and series.
  static func checkRun(_ question: Question, _ run: QuestionRun, lessonExperiment: String?, file: String, issues: inout [CourseIssue]) {
    let experimentID = run.experiment.isEmpty ? lessonExperiment : run.experiment
    guard let experimentID else {
      issues.append(CourseIssue(file: file, line: question.line, .missingField("experiment")))
      return
    }
    guard let type = known(experimentID, file: file, line: question.line, issues: &issues),
      let settings = settings(run.settings, for: type, file: file, issues: &issues)
    else { return }
    let instance: any Experiment
    do {
      instance = try type.init(settings: settings, seed: run.seed)
    } catch {
      issues.append(CourseIssue(file: file, line: question.line, .knob(error.message)))
      return
    }
    let readouts = instance.readouts.map(\.name)
    for expression in [question.key, question.check].compactMap({ $0 }) {
      for name in expression.readoutNames where !readouts.contains(name) {
        issues.append(CourseIssue(file: file, line: question.line, .unknownReadout(name, experiment: experimentID, known: readouts)))
      }
    }
    let series = instance.series.map(\.name)
    for name in run.show where !series.contains(name) {
      issues.append(CourseIssue(file: file, line: question.line, .unknownSeries(name, experiment: experimentID, known: series)))
    }
  }

  /// Lessons present in one language folder and missing in another (once there are two).
  static func missingTwins(_ files: CourseFiles) -> [CourseIssue] {
    let languages = files.languages.filter { !$0.value.lessons.isEmpty }
    guard languages.count > 1 else { return [] }
    var issues: [CourseIssue] = []
    for (language, contents) in languages.sorted(by: { $0.key < $1.key }) {
      for (other, otherContents) in languages where other != language {
        let ids = Set(otherContents.lessons.map(\.id))
        for lesson in contents.lessons where !ids.contains(lesson.id) {
          let line = lesson.frontMatter.first { $0.key == "id" }?.line ?? 1
          issues.append(CourseIssue(file: lesson.path, line: line, .missingTwin(id: lesson.id, language: other)))
        }
      }
    }
    return issues
  }
}
