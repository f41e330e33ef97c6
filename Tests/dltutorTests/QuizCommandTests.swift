// `dltutor quiz --plain` and `dltutor progress` as a learner runs them: sessions driven through
// stdin with a temporary progress file, checked by their transcript and the file they save.

import Foundation
import Testing


/// A small course and an empty progress folder in a temporary directory.
private struct QuizFixture {
  let folder: URL
  var lessons: String { folder.appendingPathComponent("Lessons").path }
  var progress: String { folder.appendingPathComponent("state/progress.json").path }

  static let demo = """
    ---
    id: demo
    title: A demo lesson
    order: 1
    covers: 1
    experiment: perceptron
    minutes: 5
    ---
    # Demo

    Text.

    ::: question demo-single
    kind: single
    prompt: Who proposed the perceptron?
    choice a: McCulloch and Pitts
    why a: Their neuron did not learn.
    choice b: Rosenblatt
    why b: Right: in 1958.
    answer: b
    :::

    ::: question demo-truth
    kind: true-false
    prompt: Dropout was proposed as a cure for underfitting.
    answer: false
    explain: It fights overfitting.
    :::

    ::: question demo-year
    kind: numeric
    prompt: In which year was Perceptrons published?
    answer: 1969
    tolerance: 1
    explain: 1969.
    :::
    """

  static let runs = """
    ---
    id: runs
    title: Runs
    order: 2
    covers: 1
    experiment: perceptron
    minutes: 5
    ---
    # Runs

    Text.

    ::: question runs-bound
    kind: predict
    prompt: Will the mistakes stay within the bound?
    set: dataset=separable margin=0.1 points=60
    key: readout mistakes <= readout bound
    expect: true
    explain: Novikoff's theorem.
    :::

    ::: question runs-xor
    kind: diagnose
    prompt: What is wrong?
    set: dataset=xor max_epochs=20
    show: errors
    check: status == never-converges
    expect: true
    choice a: The learning rate
    why a: It only scales the weights.
    choice b: No line separates XOR
    why b: Right.
    answer: b
    :::
    """

  static let more = """
    ---
    id: more
    title: More
    order: 3
    covers: 1
    experiment: none
    minutes: 5
    ---
    # More

    Text.

    ::: question more-several
    kind: multiple
    prompt: Which fight overfitting?
    choice a: Dropout
    choice b: A bigger learning rate
    choice c: Weight decay
    answer: a, c
    explain: Dropout and weight decay regularise.
    :::
    """

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-\(UUID().uuidString)")
    let en = folder.appendingPathComponent("Lessons/en")
    try FileManager.default.createDirectory(at: en, withIntermediateDirectories: true)
    try Self.demo.write(to: en.appendingPathComponent("demo.md"), atomically: true, encoding: .utf8)
    try Self.runs.write(to: en.appendingPathComponent("runs.md"), atomically: true, encoding: .utf8)
    try Self.more.write(to: en.appendingPathComponent("more.md"), atomically: true, encoding: .utf8)
  }

  func quiz(_ extra: [String], input: String, now: String = "2027-01-15T08:00:00Z") throws -> (status: Int32, out: String, err: String) {
    try runDLTutor(["quiz", "--plain", "--lessons", lessons, "--progress", progress, "--now", now] + extra, input: input)
  }

  func saved() throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: progress))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  func answers(_ id: String) throws -> [[String: Any]] {
    let all = try #require(try saved()["answers"] as? [String: [[String: Any]]])
    return all[id] ?? []
  }
}

@Suite struct QuizCommandTests {
  @Test func aPlainSessionTranscript() throws {
    let f = try QuizFixture()
    let r = try f.quiz(["--lesson", "demo"], input: "c\nb\nfalse\n1968\nyes\ntrue\n")
    #expect(r.status == 0)
    #expect(r.err.isEmpty)
    #expect(r.out == """
      Quiz: 3 questions (0 due for review, 3 new).
      Type your answer and press Enter; Ctrl-D ends the session (answers so far are saved).

      Question 1 of 3 · lesson demo · demo-single
      Who proposed the perceptron?
        a) McCulloch and Pitts
        b) Rosenblatt
      Answer (a or b): c
      Please answer with a or b.
      Answer (a or b): b
      Right.
        b) Right: in 1958.
      Revisit the lesson "A demo lesson": dltutor read demo

      Question 2 of 3 · lesson demo · demo-truth
      Dropout was proposed as a cure for underfitting.
      Answer (true or false): false
      Right.
      It fights overfitting.
      Revisit the lesson "A demo lesson": dltutor read demo

      Question 3 of 3 · lesson demo · demo-year
      In which year was Perceptrons published?
      Answer (a number): 1968
      Right.
      1969.
      Revisit the lesson "A demo lesson": dltutor read demo

      Score: 3 of 3 right.
      Next review: 2027-01-18 (in 3 days).

      """)
    #expect(try f.answers("demo-single").map { $0["answer"] as? String } == ["b"])
    #expect(try f.answers("demo-year").map { $0["correct"] as? Bool } == [true])
    #expect(try f.saved()["version"] as? Int == 1)
  }

  @Test func aMissedQuestionComesBackInTheSessionAndTheNextDay() throws {
    let f = try QuizFixture()
    let first = try f.quiz(["--lesson", "demo"], input: "a\ntrue\n1969\nb\nfalse\n")
    #expect(first.status == 0)
    #expect(first.out.contains("""
      Answer (a or b): a
      Wrong. The answer is b) Rosenblatt.
        a) Their neuron did not learn.
        b) Right: in 1958.
      """))
    #expect(first.out.contains("Wrong. The answer is false.\nIt fights overfitting."))
    #expect(first.out.contains("Once more, the questions you missed:\n\nAgain · lesson demo · demo-single\n"))
    #expect(first.out.contains("Score: 1 of 3 right.\nTo review: demo (2 of 3 wrong)\nNext review: 2027-01-16 (tomorrow).\n"))
    #expect(try f.answers("demo-single").map { $0["correct"] as? Bool } == [false, true])
    // The same day nothing is due; the next day the two missed ones are, before anything new.
    let sameDay = try f.quiz([], input: "")
    #expect(sameDay.out.hasPrefix("No lesson read yet"))
    let nextDay = try f.quiz(["--all", "--count", "3"], input: "", now: "2027-01-16T09:00:00Z")
    #expect(nextDay.out.hasPrefix("Quiz: 3 questions (2 due for review, 1 new)."))
    #expect(nextDay.out.contains("Question 1 of 3 · lesson demo · demo-single"))
    #expect(nextDay.out.contains("Question 2 of 3 · lesson demo · demo-truth") == false)
  }

  @Test func theCourseMapCountsWhatIsDue() throws {
    let f = try QuizFixture()
    let before = try runDLTutor(["lessons", "--lessons", f.lessons, "--progress", f.progress], input: "")
    #expect(before.out.hasSuffix("\nNo questions are due for review.\n"))
    // Answered in a session long past, all three questions are due by now (missed or not).
    _ = try f.quiz(["--lesson", "demo"], input: "a\ntrue\n1969\nb\nfalse\n", now: "2020-01-15T08:00:00Z")
    let after = try runDLTutor(["lessons", "--lessons", f.lessons, "--progress", f.progress], input: "")
    #expect(after.out.hasSuffix("\n3 questions are due for review: dltutor quiz\n"))
  }

  @Test func readingALessonMakesItsQuestionsAvailable() throws {
    let f = try QuizFixture()
    let before = try f.quiz([], input: "")
    #expect(before.out.hasPrefix("No lesson read yet"))
    let read = try runDLTutor(["read", "demo", "--lessons", f.lessons, "--progress", f.progress], input: "")
    #expect(read.status == 0)
    let after = try f.quiz([], input: "")
    #expect(after.out.hasPrefix("Quiz: 3 questions (0 due for review, 3 new)."))
  }

  @Test func endOfInputEndsCleanlyAndKeepsTheAnswers() throws {
    let f = try QuizFixture()
    let r = try f.quiz(["--lesson", "demo"], input: "b\n")
    #expect(r.status == 0)
    #expect(r.out.hasSuffix("Answer (true or false): \n\nInput ended: 1 answer saved.\nScore: 1 of 1 right.\nNext review: 2027-01-18 (in 3 days).\n"))
    #expect(try f.answers("demo-single").count == 1)
    #expect(try f.answers("demo-truth").isEmpty)
  }

  @Test func predictAndDiagnoseRunTheExperiment() throws {
    let f = try QuizFixture()
    let r = try f.quiz(["--lesson", "runs", "--seed", "3"], input: "true\nb\n")
    #expect(r.status == 0)
    let lines = r.out.components(separatedBy: "\n")
    #expect(lines.contains("Your prediction (true or false): true"))
    #expect(lines.contains("Running perceptron with dataset=separable margin=0.1 points=60, seed 3…"))
    #expect(lines.contains { $0.hasPrefix("The run gives: true (mistakes = ") && $0.contains(", bound = ") })
    #expect(lines.contains("Running perceptron with dataset=xor max_epochs=20, seed 3…"))
    // The chart comes before the choices, as wide as the line width, in plain text.
    let chartStart = try #require(lines.firstIndex { $0.hasPrefix("Running perceptron with dataset=xor") })
    let prompt = try #require(lines.firstIndex(of: "What is wrong?"))
    #expect(prompt - chartStart > 5)
    #expect(lines[chartStart..<prompt].contains { $0.contains("errors") })
    #expect(!r.out.contains("\u{1B}"))
    #expect(r.out.contains("Score: 2 of 2 right."))
    // The same seed draws the same chart for every student.
    let again = try QuizFixture().quiz(["--lesson", "runs", "--seed", "3"], input: "true\nb\n")
    #expect(again.out == r.out)
  }

  @Test func exportWritesTheResultsAsCSV() throws {
    let f = try QuizFixture()
    _ = try f.quiz(["--lesson", "demo"], input: "a\nfalse\n1969\nb\n")
    let csv = f.folder.appendingPathComponent("results.csv").path
    let r = try runDLTutor(["quiz", "--progress", f.progress, "--export", csv], input: "")
    #expect(r.status == 0)
    #expect(r.out == "Wrote 4 answers to \(csv).\n")
    #expect(try String(contentsOfFile: csv, encoding: .utf8) == """
      question,lesson,answer,correct,time
      demo-single,demo,a,false,2027-01-15T08:00:00Z
      demo-single,demo,b,true,2027-01-15T08:00:00Z
      demo-truth,demo,false,true,2027-01-15T08:00:00Z
      demo-year,demo,1969,true,2027-01-15T08:00:00Z

      """)
  }

  @Test func severalChoicesAreSavedAndExportedQuoted() throws {
    let f = try QuizFixture()
    let r = try f.quiz(["--lesson", "more"], input: "c, 1\n")
    #expect(r.out.contains("Answer (one or more of a, b or c, separated by commas): c, 1\nRight.\n"))
    let csv = f.folder.appendingPathComponent("more.csv").path
    _ = try runDLTutor(["quiz", "--progress", f.progress, "--export", csv, "--lesson", "more"], input: "")
    #expect(try String(contentsOfFile: csv, encoding: .utf8).hasSuffix("\nmore-several,more,\"a,c\",true,2027-01-15T08:00:00Z\n"))
    let bad = try runDLTutor(["quiz", "--progress", f.progress, "--export", "/nonexistent/dir/x.csv"], input: "")
    #expect(bad.status == 2)
    #expect(bad.err.hasPrefix("dltutor: cannot write /nonexistent/dir/x.csv: "))
  }

  @Test func aCorruptFileIsKeptAsideAndTheSessionGoesOn() throws {
    let f = try QuizFixture()
    try FileManager.default.createDirectory(atPath: (f.progress as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try "{ broken".write(toFile: f.progress, atomically: true, encoding: .utf8)
    let r = try f.quiz(["--lesson", "demo", "--count", "1"], input: "b\n")
    #expect(r.status == 0)
    let aside = f.progress + ".corrupt-20270115-080000"
    #expect(r.err == "warning: progress file \(f.progress) was kept aside as \(aside) because it is not a valid progress file; starting fresh\n")
    #expect(try String(contentsOfFile: aside, encoding: .utf8) == "{ broken")
    #expect(try f.answers("demo-single").count == 1)
  }

  @Test func aReadOnlyLocationWarnsOnceAndTheSessionGoesOn() throws {
    let f = try QuizFixture()
    let path: String
    if getuid() == 0 {
      path = "/sys/progress.json"
    } else {
      let folder = f.folder.appendingPathComponent("readonly").path
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o500])
      path = folder + "/progress.json"
    }
    let r = try runDLTutor(
      ["quiz", "--plain", "--lessons", f.lessons, "--progress", path, "--lesson", "demo"], input: "b\nfalse\n1969\n")
    #expect(r.status == 0)
    #expect(r.out.contains("Score: 3 of 3 right."))
    let warnings = r.err.split(separator: "\n")
    #expect(warnings.count == 1)
    #expect(warnings.first?.hasPrefix("warning: cannot save progress to \(path) (") == true)
    #expect(warnings.first?.hasSuffix("); this session will not be saved") == true)
  }

  @Test func twoSessionsAtOnceKeepBothSetsOfAnswers() async throws {
    let f = try QuizFixture()
    async let one = f.quiz(["--lesson", "demo"], input: "b\nfalse\n1969\n")
    async let two = f.quiz(["--lesson", "runs"], input: "true\nb\n")
    let (a, b) = try await (one, two)
    #expect(a.status == 0 && b.status == 0)
    let answers = try #require(try f.saved()["answers"] as? [String: Any])
    #expect(Set(answers.keys) == ["demo-single", "demo-truth", "demo-year", "runs-bound", "runs-xor"])
  }

  @Test func badOptionsExitTwo() throws {
    let f = try QuizFixture()
    #expect(try f.quiz(["--count", "0"], input: "").status == 2)
    #expect(try f.quiz(["--lesson", "demo", "--all"], input: "").status == 2)
    let unknown = try f.quiz(["--lesson", "nope"], input: "")
    #expect(unknown.status == 2)
    #expect(unknown.err.hasPrefix("dltutor: unknown lesson \"nope\"; lessons: demo, runs"))
  }

  @Test func progressPathShowAndReset() throws {
    let f = try QuizFixture()
    _ = try f.quiz(["--lesson", "demo"], input: "b\nfalse\n1969\n")
    _ = try f.quiz(["--lesson", "runs"], input: "true\nb\n")
    let path = try runDLTutor(["progress", "path", "--progress", f.progress], input: "")
    #expect(path.out == f.progress + "\n")
    let show = try runDLTutor(["progress", "show", "--progress", f.progress, "--lessons", f.lessons], input: "")
    #expect(show.out == """
      Progress file: \(f.progress)
        demo: quiz 3 answered, 3 right the last time, 0 due now
        runs: quiz 2 answered, 2 right the last time, 0 due now
      Questions: 5 answered, 5 right the last time, 0 due now.

      """)
    let refused = try runDLTutor(["progress", "reset", "--progress", f.progress], input: "y\n")
    #expect(refused.status == 2)
    #expect(refused.err == "dltutor: reset needs confirmation: run it in a terminal, or add --yes\n")
    #expect(try f.answers("demo-single").count == 1)
    let typo = try runDLTutor(["progress", "reset", "dmeo", "--yes", "--progress", f.progress, "--lessons", f.lessons], input: "")
    #expect(typo.status == 2)
    #expect(typo.err == "dltutor: unknown lesson \"dmeo\"; lessons: demo, more, runs\n")
    #expect(try f.answers("demo-single").count == 1)
    let lesson = try runDLTutor(["progress", "reset", "demo", "--yes", "--progress", f.progress], input: "")
    #expect(lesson.out == "Progress in lesson demo reset.\n")
    #expect(try f.answers("demo-single").isEmpty)
    #expect(try f.answers("runs-bound").count == 1)
    let all = try runDLTutor(["progress", "reset", "--yes", "--progress", f.progress], input: "")
    #expect(all.out == "All progress reset.\n")
    #expect(try f.answers("runs-bound").isEmpty)
  }

  @Test func showReadsAHandWrittenFile() throws {
    let f = try QuizFixture()
    try FileManager.default.createDirectory(atPath: (f.progress as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try """
      {"version": 1, "lessons": {"runs": {"position": {"value": 12, "at": "2026-01-01T00:00:00Z"},
        "knobs": {"value": ["lr=0.5"], "at": "2026-01-01T00:00:00Z"}},
        "demo": {"completedAt": "2026-01-01T00:00:00Z"}},
       "answers": {"demo-single": [{"time": "2026-01-01T00:00:00Z", "lesson": "demo", "answer": "a", "correct": false}]}}
      """.write(toFile: f.progress, atomically: true, encoding: .utf8)
    let show = try runDLTutor(["progress", "show", "--progress", f.progress, "--lessons", f.lessons], input: "")
    #expect(show.err.isEmpty)
    #expect(show.out == """
      Progress file: \(f.progress)
        demo: finished
        demo: quiz 1 answered, 0 right the last time, 1 due now
        runs: started, at line 12, knobs lr=0.5
      Questions: 1 answered, 0 right the last time, 1 due now.

      """)
    // Both lessons were opened, so their new questions come, after the missed one.
    let quiz = try f.quiz([], input: "")
    #expect(quiz.out.hasPrefix("Quiz: 5 questions (1 due for review, 4 new)."))
    #expect(quiz.out.contains("Question 1 of 5 · lesson demo · demo-single"))
  }
}
