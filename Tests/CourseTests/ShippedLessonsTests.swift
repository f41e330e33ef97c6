// The shipped course: it lints clean, the lessons the brief names are complete, and every
// predict-then-run and diagnose question's experiment really gives the answer its author wrote.

import Experiments
import Testing
@testable import Course

@Suite struct ShippedLessonsTests {
  let course = Course.load(folder: Folders.lessons)

  @Test func lintsClean() {
    let problems = Linter.lint(folder: Folders.lessons).map { $0.formatted(folder: nil, strings: .english) }
    #expect(problems == [])
  }

  @Test func firstLessonsAreComplete() throws {
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

  @Test func glossaryAndProblemsLoad() {
    #expect(course.glossary.term("perceptron") != nil)
    #expect(course.glossary.id == "glossary")
    #expect(course.problems.id == "problems")
    #expect(!course.problems.problems.isEmpty)
    #expect(course.problems.problems.allSatisfy { course.lesson($0.lesson) != nil })
  }

  /// Runs every question's experiment headless and compares with the author's `expect`.
  @Test func runQuestionsAgreeWithTheirAuthors() throws {
    var ran = 0
    for entry in course.lessons {
      for question in entry.lesson.questions where question.kind.runsExperiment {
        let outcome = try QuestionRunner.run(question, lessonExperiment: entry.lesson.experiment)
        #expect(question.expect != nil, "\(question.id) states no expected outcome")
        #expect(outcome.agrees(with: question), "\(question.id): key \(String(describing: outcome.key)), check \(String(describing: outcome.check)), expected \(question.expect ?? "-")")
        if question.kind == .diagnose {
          for name in question.run?.show ?? [] {
            let series = outcome.experiment.series.first { $0.name == name }
            #expect((series?.values.count ?? 0) > 1, "\(question.id): series \(name) is empty")
          }
        }
        ran += 1
      }
    }
    #expect(ran >= 4)
  }
}
