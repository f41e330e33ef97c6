// QuizViewTests: the quiz screens as snapshots at 80×24 and 160×48 in both charsets, the size
// invariants, and the details a learner relies on: the verdict as a word and a glyph, the right
// answer and the reasons, the number being typed, the run's heading and chart.

import Display
import Testing
import _TestSupport
@testable import TutorApp

@Suite struct QuizSnapshotTests {
  @Test(arguments: ["quiz-question", "quiz-feedback", "quiz-predict-run", "quiz-diagnose", "quiz-summary"])
  func quizScreenMatchesItsSnapshot(_ name: String) throws {
    for (width, height, charset) in ScreenSnapshotTests.cases {
      let model = try #require(quizScreens(width: width, height: height).first { $0.name == name }?.model)
      let text = view(model, width: width, height: height, charset: charset).text
      assertSnapshot(text, named: "\(name)-\(width)x\(height)-\(charset)")
    }
  }

  @Test func everyRowIsExactlyTheWidthAndAsciiModeIsAscii() {
    for (width, height) in ScreenInvariantTests.sizes {
      for (name, model) in quizScreens(width: width, height: height) {
        for charset in Charset.allCases {
          let lines = view(model, width: width, height: height, charset: charset).lines()
          #expect(lines.count == height, "\(name) \(width)×\(height)")
          for (y, line) in lines.enumerated() {
            #expect(displayWidth(line) == width, "\(name) \(width)×\(height) \(charset) row \(y)")
            if charset == .ascii {
              #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(name) \(width)×\(height) row \(y): \(line)")
            }
          }
        }
      }
    }
  }
}

@Suite struct QuizContentTests {
  @Test func aQuestionShowsWhereItIsTheLessonThePromptAndTheChoices() {
    let lines = view(modelOnLessonQuiz(), width: 80, height: 24, charset: .unicode).lines()
    #expect(lines[0].contains("Quiz › Questions about perceptrons"))
    #expect(lines[0].contains("question 1 of 7"))
    #expect(lines[1].contains("Who made a neuron model that learns its weights?"))
    #expect(lines.contains { $0.contains("b) Rosenblatt, 1958") })
    #expect(lines.contains { $0.contains("Press a, b, c (or 1 to 3) to answer.") })
  }

  @Test func aMissIsSaidInWordsAndGlyphsWithTheRightAnswerAndTheReasons() {
    var model = modelOnQuiz(["q-single"])
    press(&model, .char("a"))
    for charset in Charset.allCases {
      let text = view(model, width: 80, height: 24, charset: charset).text
      let (right, wrong) = charset == .unicode ? ("✓", "✗") : ("+", "x")
      #expect(text.contains("\(wrong) Wrong. The answer is b) Rosenblatt, 1958."))
      #expect(text.contains("\(wrong) a) McCulloch and Pitts"))
      #expect(text.contains("\(right) b) Rosenblatt"))
      #expect(text.contains("Your answer: a"))
      #expect(text.contains("a) Their neuron had fixed weights"))
      #expect(text.contains("b) Right: his rule changes the weights"))
      #expect(!text.contains("c) They studied"), "only the chosen and the right choices are explained")
    }
  }

  @Test func marksShowInAMultipleAnswerQuestion() {
    var model = modelOnQuiz(["q-multiple"])
    press(&model, .char("b"))
    let text = view(model, width: 80, height: 24, charset: .ascii).text
    #expect(text.contains("[ ] a) AND"))
    #expect(text.contains("[x] b) OR"))
  }

  @Test func theNumberBeingTypedShowsWithACursor() {
    var model = modelOnQuiz(["q-numeric"])
    press(&model, .char("1"), .char("."), .char("5"))
    let lines = view(model, width: 80, height: 24, charset: .unicode).lines()
    #expect(lines[3].hasPrefix(" Type a number, then Enter: 1.5█"))
    #expect(lines.filter { $0.contains("Type a number") }.count == 1)
  }

  @Test func aPredictRunShowsItsSettingsSeedAndStepAboveTheQuestion() {
    var model = modelOnQuiz(["q-predict"])
    press(&model, .char("t"))
    _ = update(&model, .frame(maxSteps: 1000))
    let lines = view(model, width: 80, height: 24, charset: .unicode).lines()
    #expect(lines[1].contains("The experiment: perceptron with dataset=separable margin=0.1 points=60, seed 1"))
    runToTheEnd(&model)
    let text = view(model, width: 80, height: 24, charset: .unicode).text
    #expect(text.contains("The run gives: true (mistakes = "))
    #expect(text.contains("✓ Right."))
  }

  @Test func aPredictQuestionHidesItsChartUntilThePrediction() {
    // Even at step 0 a chart can give the answer away, so it waits for the prediction.
    var model = modelOnQuiz(["q-predict"])
    let before = view(model, width: 80, height: 24, charset: .unicode).text
    #expect(before.contains("The run starts once you have made your prediction."))
    #expect(!before.contains("class 0"), "the perceptron's data and line are not drawn yet")
    press(&model, .char("t"))
    let after = view(model, width: 80, height: 24, charset: .unicode).text
    #expect(!after.contains("The run starts once you have made your prediction."))
    #expect(after.contains("class 0"))
  }
}
