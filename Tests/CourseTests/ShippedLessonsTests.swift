// The shipped course, in every language found in Lessons/: it lints clean (links included), the
// lessons the brief names are complete, every predict-then-run and diagnose question's experiment
// really gives the answer its author wrote, and a translation keeps every answer of the English.

import Experiments
import Testing
@testable import Course

@Suite struct ShippedLessonsTests {
  var course: Course { shippedCourse }

  @Test func lintsClean() {
    let problems = Linter.lint(folder: Folders.lessons).map { $0.formatted(folder: nil, strings: .english) }
    #expect(problems == [])
  }

  @Test func everyLanguageIsCovered() {
    #expect(shippedCourses.first?.language == "en")
    #expect(shippedCourses.allSatisfy { !$0.lessons.isEmpty && $0.untranslated.isEmpty })
  }

  @Test(arguments: shippedCourses.map(\.language)) func firstLessonsAreComplete(_ language: String) throws {
    let course = try #require(shippedCourses.first { $0.language == language })
    #expect(course.lessons.map(\.lesson.id).prefix(2) == ["welcome", "perceptron"])
    for id in ["welcome", "perceptron"] {
      let lesson = try #require(course.lesson(id)).lesson
      #expect(lesson.questions.count >= 5, "\(id) has \(lesson.questions.count) questions")
      #expect(!lesson.presets.isEmpty, "\(id) has no Try this")
      #expect(lesson.questions.contains { $0.kind == .predict }, "\(id) has no predict-then-run question")
    }
    let perceptron = try #require(course.lesson("perceptron")).lesson
    #expect(perceptron.questions.contains { $0.kind == .diagnose })
    #expect(perceptron.questions.contains { $0.key?.readoutNames == ["mistakes", "bound"] }, "no question on Novikoff's bound")
    let facts = perceptron.blocks.compactMap { block -> FactCheck? in
      if case .factCheck(let f) = block.content { return f }
      return nil
    }
    #expect(facts.contains { $0.truth.plainText.contains("1958") && $0.claim.plainText.contains("1943") })
  }

  @Test(arguments: shippedCourses.map(\.language)) func glossaryAndProblemsLoad(_ language: String) throws {
    let course = try #require(shippedCourses.first { $0.language == language })
    #expect(course.glossary.term("perceptron") != nil)
    #expect(course.glossary.id == "glossary")
    #expect(course.problems.id == "problems")
    #expect(!course.problems.problems.isEmpty)
    #expect(course.problems.problems.allSatisfy { course.lesson($0.lesson) != nil })
  }

  /// Every predict and diagnose question of the shipped course in every language, with its
  /// lesson's experiment.
  static let runQuestions: [RunQuestion] = shippedCourses.flatMap { course in
    course.lessons.flatMap { entry in
      entry.lesson.questions.filter(\.kind.runsExperiment).map {
        RunQuestion(question: $0, lessonExperiment: entry.lesson.experiment, language: course.language)
      }
    }
  }

  @Test func aWrongExpectationIsCaught() throws {
    let text = """
      ---
      id: x
      ---
      ::: question wrong
      kind: predict
      prompt: P
      set: dataset=xor max_epochs=5
      key: status == converged
      expect: true
      explain: XOR never converges, so this author is wrong.
      :::
      ::: question count
      kind: predict
      prompt: P
      key: readout mistakes
      tolerance: 1
      expect: 20
      explain: The default run makes 13 mistakes, so 20 is too far.
      :::
      """
    let questions = CourseParser.parse(text).questions
    #expect(questions.count == 2)
    for question in questions {
      let outcome = try QuestionRunner.run(question, lessonExperiment: "perceptron")
      #expect(!outcome.agrees(with: question), "\(question.id)")
    }
  }

  @Test func thereAreRunQuestions() {
    #expect(Self.runQuestions.count >= 4)
  }

  /// Runs the question's experiment headless and compares with the author's `expect`.
  @Test(arguments: runQuestions) func runQuestionAgreesWithItsAuthor(_ item: RunQuestion) throws {
    let question = item.question
    let outcome = try QuestionRunner.run(question, lessonExperiment: item.lessonExperiment)
    #expect(question.expect != nil, "\(question.id) states no expected outcome")
    #expect(outcome.agrees(with: question), "key \(String(describing: outcome.key)), check \(String(describing: outcome.check)), expected \(question.expect ?? "-")")
    for name in question.run?.show ?? [] {
      let series = outcome.experiment.series.first { $0.name == name }
      #expect((series?.values.count ?? 0) > 1, "series \(name) is empty")
    }
  }
}

/// A question that runs an experiment, named by its id in test output.
struct RunQuestion: Sendable, CustomTestStringConvertible {
  let question: Question
  let lessonExperiment: String?
  let language: String
  var testDescription: String { language + "/" + question.id }
}
