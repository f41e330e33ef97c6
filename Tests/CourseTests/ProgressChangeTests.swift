import Foundation
import Testing

@testable import Course

@Suite struct ProgressChangeTests {
  let time = Date(timeIntervalSince1970: 1_800_000_000.7)

  @Test func eachChangeLandsWhereTheFileKeepsIt() {
    var progress = LearnerProgress()
    ProgressChange.position(lesson: "perceptron", line: 42).apply(to: &progress, at: time)
    ProgressChange.knobs(lesson: "perceptron", ["rate=0.5", "dataset=xor"]).apply(to: &progress, at: time)
    ProgressChange.completed(lesson: "welcome").apply(to: &progress, at: time)
    ProgressChange.answer(question: "perceptron-inventor", lesson: "perceptron", answer: "b", correct: true)
      .apply(to: &progress, at: time)

    let whole = Date(timeIntervalSince1970: 1_800_000_000)
    #expect(progress.lessons["perceptron"]?.position == Stamped(42, at: whole))
    #expect(progress.lessons["perceptron"]?.knobs?.value == ["rate=0.5", "dataset=xor"])
    #expect(progress.lessons["welcome"]?.completedAt == whole)
    #expect(progress.answers["perceptron-inventor"] == [AnswerRecord(time: whole, lesson: "perceptron", answer: "b", correct: true)])
    #expect(progress.hasRead("perceptron") && progress.hasRead("welcome"))
  }
}
