// Reading typed answers (letters, positions, several choices, true/false, numbers) and judging
// them, with tolerances and the computed key of a predict question.

import Testing
@testable import Course

@Suite struct ReviewAnswerCheckTests {
  static let course: Course? = Course.load(folder: Folders.lessons)

  func question(_ id: String) throws -> Question {
    let all = try #require(Self.course).lessons.flatMap(\.lesson.questions)
    return try #require(all.first { $0.id == id })
  }

  @Test func choicesByLetterOrPosition() {
    let form = AnswerForm.choices(labels: ["a", "b", "c"], multiple: false)
    #expect(AnswerCheck.read("b", form: form) == .labels(["b"]))
    #expect(AnswerCheck.read(" B ", form: form) == .labels(["b"]))
    #expect(AnswerCheck.read("2", form: form) == .labels(["b"]))
    #expect(AnswerCheck.read("4", form: form) == nil)
    #expect(AnswerCheck.read("a,b", form: form) == nil)
    #expect(AnswerCheck.read("", form: form) == nil)
  }

  @Test func severalChoicesInAnyOrder() {
    let form = AnswerForm.choices(labels: ["a", "b", "c", "d"], multiple: true)
    #expect(AnswerCheck.read("d, a,b", form: form) == .labels(["a", "b", "d"]))
    #expect(AnswerCheck.read("1 2 4 1", form: form) == .labels(["a", "b", "d"]))
    #expect(AnswerCheck.read("a,x", form: form) == nil)
  }

  @Test func truthAndNumbers() {
    #expect(AnswerCheck.read("True", form: .truth) == .truth(true))
    #expect(AnswerCheck.read("f", form: .truth) == .truth(false))
    #expect(AnswerCheck.read("maybe", form: .truth) == nil)
    #expect(AnswerCheck.read("1e-3", form: .number) == .number(0.001))
    #expect(AnswerCheck.read("nan", form: .number) == nil)
    #expect(Answer.number(1969).normalized == "1969")
    #expect(Answer.labels(["a", "c"]).normalized == "a,c")
  }

  @Test func judgingShippedQuestions() throws {
    let multiple = try question("perceptron-separable-tasks")
    #expect(AnswerCheck.isCorrect(.labels(["a", "b", "d"]), for: multiple))
    #expect(!AnswerCheck.isCorrect(.labels(["a", "b"]), for: multiple))
    let numeric = try question("perceptron-minsky-papert-year")
    #expect(AnswerCheck.form(of: numeric) == .number)
    #expect(AnswerCheck.isCorrect(.number(1969), for: numeric))
    #expect(!AnswerCheck.isCorrect(.number(1970), for: numeric))
    let truth = try question("perceptron-mcculloch-pitts-learns")
    #expect(AnswerCheck.isCorrect(.truth(false), for: truth))
    #expect(!AnswerCheck.isCorrect(.truth(true), for: truth))
  }

  @Test func predictAnswersAreJudgedByWhatTheRunComputed() throws {
    let condition = try question("perceptron-under-bound")
    #expect(AnswerCheck.form(of: condition) == .truth)
    #expect(AnswerCheck.isCorrect(.truth(false), for: condition, computed: .condition(false)))
    #expect(!AnswerCheck.isCorrect(.truth(true), for: condition, computed: .condition(false)))
    #expect(!AnswerCheck.isCorrect(.truth(true), for: condition, computed: nil))
    let number = try question("perceptron-learning-rate")
    #expect(AnswerCheck.form(of: number) == .number)
    #expect(AnswerCheck.isCorrect(.number(13), for: number, computed: .number(13)))
    #expect(!AnswerCheck.isCorrect(.number(14), for: number, computed: .number(13)))
  }

  @Test func reseedingChangesOnlyTheRunSeed() throws {
    let q = try question("perceptron-diagnose-xor")
    let r = q.reseeded(42)
    #expect(r.run?.seed == 42)
    #expect(r.run?.settings == q.run?.settings)
    #expect(q.reseeded(nil) == q)
  }
}
