// A run that fails names the lesson that explains the failure, and `o` opens it.

import Course
import Display
import Experiments
import Foundation
import Testing
@testable import TutorApp

@Suite struct FailureLessonTests {
  /// The shipped course, which has the lessons the experiments point to.
  static let course: Course = {
    let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Lessons").path
    return Course.load(folder: lessons)
  }()

  /// The lab's loss landscape on the saddle, run until it gives up.
  func saddleRun(course: Course?) throws -> Model {
    var model = Model(width: 120, height: 40, course: course)
    model.screen = .labMenu
    model.menuSelection = try #require(model.experiments.firstIndex { $0.id == "loss-landscape" })
    press(&model, .enter)
    try model.session?.setKnob("surface", .choice("saddle"))
    press(&model, .char(" "))
    for _ in 0..<200 where model.isAnimating { _ = update(&model, .frame(maxSteps: 5)) }
    #expect(model.session?.run.experiment?.status.state == .neverConverges)
    return model
  }

  @Test func theStatusOffersTheLessonAndOOpensIt() throws {
    var model = try saddleRun(course: Self.course)
    let screen = view(model, width: 120, height: 40, charset: .unicode).lines()
    #expect(screen.contains { $0.contains("(o opens lesson landscapes)") }, "\(screen)")
    #expect(keyBindings(for: model).contains { $0.action == .actionOpenFailureLesson })
    press(&model, .char("o"))
    #expect(model.screen == .lesson)
    #expect(model.lesson?.entry.lesson.id == "landscapes")
    #expect(model.session?.running == false)
  }

  @Test func withoutTheLessonTheStatusOnlyNamesIt() throws {
    var model = try saddleRun(course: nil)
    let screen = view(model, width: 120, height: 40, charset: .unicode).lines()
    #expect(screen.contains { $0.contains("(see lesson landscapes)") })
    #expect(!keyBindings(for: model).contains { $0.action == .actionOpenFailureLesson })
    press(&model, .char("o"))
    #expect(model.screen == .experiment)
  }
}
