// LessonViewTests: what the course map and lesson screens show — lessons with their minutes, the
// text beside the experiment when wide and behind Tab when narrow, the position line, help.

import Display
import Testing
@testable import TutorApp

@Suite struct LessonViewTests {
  @Test func theMapListsEveryLessonWithItsMinutesAndTheLabKey() {
    let lines = view(modelWithCourse(), width: 80, height: 24, charset: .unicode).lines()
    let neurons = lines.first { $0.contains("neurons") } ?? ""
    #expect(neurons.contains("1.") && neurons.contains("Neurons that learn") && neurons.contains("15 min"))
    #expect(lines.contains { $0.contains("2.") && $0.contains("A short history") && $0.contains("5 min") })
    #expect(lines[23].contains("x lab"))
    #expect(lines[23].contains("q quit"))
  }

  @Test func wideTerminalsShowTheTextBesideTheExperiment() {
    let lines = view(modelWithLesson("neurons", width: 160, height: 48), width: 160, height: 48, charset: .unicode).lines()
    #expect(lines.contains { $0.hasPrefix(" Neurons that learn ") && $0.contains("┌─ Knobs") })
    #expect(lines[46].contains("lines 1–"))
    #expect(lines[46].contains("Tab: text"))
  }

  @Test func narrowTerminalsShowOnePaneAndTabSwitches() {
    var model = modelWithLesson("neurons")
    var text = view(model, width: 80, height: 24, charset: .unicode).text
    #expect(text.contains("A line that moves"))
    #expect(!text.contains("Knobs ─"))
    press(&model, .tab)
    text = view(model, width: 80, height: 24, charset: .unicode).text
    #expect(!text.contains("A line that moves"))
    #expect(text.contains("┌─ Knobs"))
  }

  @Test func scrollingMovesTheTextAndThePositionLine() {
    var model = modelWithLesson("neurons")
    press(&model, .pageDown)
    let lines = view(model, width: 80, height: 24, charset: .unicode).lines()
    #expect(!lines.contains { $0.contains("A line that moves") })
    #expect(lines[22].contains("lines 21–41 of"))
  }

  @Test func tShowsWhatItAppliedUnderTheText() {
    var model = modelWithLesson("neurons")
    press(&model, .char("t"))
    let lines = view(model, width: 80, height: 24, charset: .unicode).lines()
    #expect(lines[22].contains("Try this: Narrow gap — set margin=0.02 points=40"))
    // With the experiment filling a narrow screen, its status line says it instead.
    var tabbed = modelWithLesson("neurons")
    press(&tabbed, .tab, .char("t"))
    let status = view(tabbed, width: 80, height: 24, charset: .unicode).lines()[22]
    #expect(status.contains("Try this: Narrow gap"))
  }

  @Test func helpListsEveryKeyOfBothPanes() {
    for focusExperiment in [false, true] {
      var model = modelWithLesson("neurons", width: 100, height: 40)
      if focusExperiment { press(&model, .tab) }
      expectHelpListsEveryKey(model, width: 100, height: 40)
    }
  }
}
