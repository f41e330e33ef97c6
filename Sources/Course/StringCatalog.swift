// StringCatalog: every user-visible string of the terminal app, per language. The English table is
// compiled in as the fallback, so a missing or damaged `Lessons/<lang>/ui.strings` never blanks the UI.

import Foundation

/// The keys of the UI strings. The raw value is the key used in `ui.strings` files.
public enum UIText: String, CaseIterable, Sendable {
  case appName = "app.name"
  case notATerminal = "cli.not-a-terminal"
  case labTitle = "lab.title"
  case labIntro = "lab.intro"
  case helpTitle = "help.title"
  case helpClose = "help.close"
  case tooSmallTitle = "size.title"
  case tooSmallBody = "size.body"
  case knobsTitle = "knobs.title"
  case chartsTitle = "charts.title"
  case seedLabel = "label.seed"
  case stepLabel = "label.step"
  case speedLabel = "label.speed"
  case statusLabel = "label.status"
  case stateRunning = "state.running"
  case statePaused = "state.paused"
  case stateConverged = "state.converged"
  case stateFinished = "state.finished"
  case stateDiverged = "state.diverged"
  case stateNeverConverges = "state.never-converges"
  case seeLesson = "status.see-lesson"
  case editPrompt = "edit.prompt"
  case editHint = "edit.hint"
  case setupFailed = "error.setup"
  case comparisonA = "compare.a"
  case comparisonB = "compare.b"
  case comparisonNothing = "compare.nothing"
  case keySpace = "key.space"
  case keyEnter = "key.enter"
  case keyEsc = "key.esc"
  case keyTab = "key.tab"
  case keyBackspace = "key.backspace"
  case actionHelp = "action.help"
  case actionQuit = "action.quit"
  case actionBack = "action.back"
  case actionOpen = "action.open"
  case actionMove = "action.move"
  case actionFirstLast = "action.first-last"
  case actionRun = "action.run"
  case actionStep = "action.step"
  case actionReset = "action.reset"
  case actionNewSeed = "action.new-seed"
  case actionCompare = "action.compare"
  case actionSelectKnob = "action.select-knob"
  case actionChangeKnob = "action.change-knob"
  case actionTypeValue = "action.type-value"
  case actionSpeed = "action.speed"
  case actionConfirm = "action.confirm"
  case actionCancel = "action.cancel"
  case actionErase = "action.erase"
  case actionCloseHelp = "action.close-help"
  case footerRun = "footer.run"
  case footerStep = "footer.step"
  case footerCompare = "footer.compare"
  case footerSelect = "footer.select"
  case footerChange = "footer.change"
  case footerClose = "footer.close"
  case mapTitle = "map.title"
  case mapIntro = "map.intro"
  case mapMinutes = "map.minutes"
  case mapBroken = "map.broken"
  case lessonPosition = "lesson.position"
  case lessonNoPresets = "lesson.no-presets"
  case lessonPresetApplied = "lesson.preset-applied"
  case lessonPresetRefused = "lesson.preset-refused"
  case tryThisUntitled = "lesson.try-this"
  case focusText = "lesson.focus-text"
  case focusExperiment = "lesson.focus-experiment"
  case actionScroll = "action.scroll"
  case actionPage = "action.page"
  case actionTopBottom = "action.top-bottom"
  case actionSwitchPane = "action.switch-pane"
  case actionTryThis = "action.try-this"
  case actionLab = "action.lab"
  case actionMap = "action.map"
  case footerTry = "footer.try"
  case footerSwitch = "footer.switch"
  case footerLab = "footer.lab"
  // MARK: Presenter mode
  case presentNotATerminal = "present.not-a-terminal"
  case presentSlide = "present.slide"
  case presentDefaults = "present.defaults"
  case presentDefaultSettings = "present.default-settings"
  case presentTextOnly = "present.text-only"
  case presentMore = "present.more"
  case actionSlides = "action.slides"
  case actionFirstLastSlide = "action.first-last-slide"
  case actionCompareNextKnob = "action.compare-next-knob"
  case actionQuitPresenter = "action.quit-presenter"
  case footerSlides = "footer.slides"
  case footerSeed = "footer.seed"
}

/// UI strings for one language, with `{1}`, `{2}` … placeholders filled by `format`.
public struct StringCatalog: Equatable, Sendable {
  /// The language code (`en`, `zh`).
  public let language: String
  private let table: [String: String]

  /// The compiled-in English strings: the fallback for every key a file does not provide.
  public static let englishTable: [UIText: String] = [
    .appName: "dltutor",
    .notATerminal:
      "the tutor needs a terminal; without one, use dltutor read LESSON, dltutor run EXPERIMENT or dltutor quiz --plain",
    .labTitle: "Experiment lab",
    .labIntro: "Pick an experiment, turn its knobs and watch what training does.",
    .helpTitle: "Keys",
    .helpClose: "Press ? or Esc to close this help.",
    .tooSmallTitle: "Terminal too small",
    .tooSmallBody: "This is {1}×{2}; dltutor needs at least {3}×{4}. Enlarge the window, or press Q to quit.",
    .knobsTitle: "Knobs",
    .chartsTitle: "Charts",
    .seedLabel: "seed",
    .stepLabel: "step",
    .speedLabel: "speed",
    .statusLabel: "Status",
    .stateRunning: "running",
    .statePaused: "paused",
    .stateConverged: "converged",
    .stateFinished: "finished",
    .stateDiverged: "diverged",
    .stateNeverConverges: "never converges",
    .seeLesson: "see lesson {1}",
    .editPrompt: "{1} =",
    .editHint: "Enter sets, Esc cancels; expected {1}",
    .setupFailed: "Cannot start this experiment: {1}",
    .comparisonA: "A",
    .comparisonB: "B",
    .comparisonNothing: "This knob has no step to compare: select a number or choice knob.",
    .keySpace: "Space",
    .keyEnter: "Enter",
    .keyEsc: "Esc",
    .keyTab: "Tab",
    .keyBackspace: "Backspace",
    .actionHelp: "help",
    .actionQuit: "quit",
    .actionBack: "back",
    .actionOpen: "open",
    .actionMove: "move",
    .actionFirstLast: "first / last",
    .actionRun: "run / pause",
    .actionStep: "one step",
    .actionReset: "reset",
    .actionNewSeed: "new seed",
    .actionCompare: "compare A/B",
    .actionSelectKnob: "select knob",
    .actionChangeKnob: "change knob",
    .actionTypeValue: "type a value",
    .actionSpeed: "slower / faster",
    .actionConfirm: "set the value",
    .actionCancel: "cancel",
    .actionErase: "erase",
    .actionCloseHelp: "close help",
    .footerRun: "run",
    .footerStep: "step",
    .footerCompare: "A/B",
    .footerSelect: "select",
    .footerChange: "change",
    .footerClose: "close",
    .mapTitle: "Course",
    .mapIntro: "Read a lesson, then try its experiment beside it. Press x for the experiment lab.",
    .mapMinutes: "{1} min",
    .mapBroken: "has problems",
    .lessonPosition: "lines {1}–{2} of {3}",
    .lessonNoPresets: "This lesson has no Try this to apply.",
    .lessonPresetApplied: "Try this: {1} — set {2} and restarted.",
    .lessonPresetRefused: "Try this: {1} — not applied: {2}",
    .tryThisUntitled: "Try this",
    .focusText: "text",
    .focusExperiment: "experiment",
    .actionScroll: "scroll",
    .actionPage: "page up / down",
    .actionTopBottom: "top / bottom",
    .actionSwitchPane: "switch between text and experiment",
    .actionTryThis: "apply the next Try this to the experiment",
    .actionLab: "experiment lab",
    .actionMap: "back to the course map",
    .footerTry: "try this",
    .footerSwitch: "switch",
    .footerLab: "lab",
    // MARK: Presenter mode
    .presentNotATerminal:
      "presenter mode needs a terminal; without one, use dltutor read {1} or dltutor run EXPERIMENT --seed {2}",
    .presentSlide: "slide {1} of {2}",
    .presentDefaults: "Starting point",
    .presentDefaultSettings: "the experiment's default settings",
    .presentTextOnly: "This lesson has no experiment: its sections are the slides.",
    .presentMore: "more in dltutor read {1}",
    .actionSlides: "previous / next slide (applies its settings, restarts)",
    .actionFirstLastSlide: "first / last slide",
    .actionCompareNextKnob: "compare on the next knob (while A/B is on)",
    .actionQuitPresenter: "quit presenter mode",
    .footerSlides: "slide",
    .footerSeed: "seed",
  ]

  /// English from the compiled-in table alone.
  public static let english = StringCatalog(language: "en", entries: [:])

  /// A catalog whose `entries` (file keys to text) override the compiled-in English.
  public init(language: String, entries: [String: String]) {
    self.language = language
    self.table = entries
  }

  /// The text for `key`: this language's entry, else the English fallback.
  public subscript(_ key: UIText) -> String {
    table[key.rawValue] ?? StringCatalog.englishTable[key] ?? key.rawValue
  }

  /// The text for `key` with `{1}`, `{2}` … replaced by `arguments` in order.
  public func format(_ key: UIText, _ arguments: String...) -> String {
    var text = self[key]
    for (index, argument) in arguments.enumerated() {
      text = text.replacingOccurrences(of: "{\(index + 1)}", with: argument)
    }
    return text
  }

  /// Parses a `ui.strings` file: `key = text` lines, `#` comments and blank lines ignored.
  ///
  /// Unknown keys and malformed lines are reported as `line N: reason` and skipped, so one bad
  /// line costs one string, not the whole catalog.
  public static func parse(_ text: String) -> (entries: [String: String], problems: [String]) {
    let known = Set(UIText.allCases.map(\.rawValue))
    var entries: [String: String] = [:]
    var problems: [String] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      guard let eq = line.firstIndex(of: "=") else {
        problems.append("line \(index + 1): expected key = text")
        continue
      }
      let key = line[..<eq].trimmingCharacters(in: .whitespaces)
      let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
      guard known.contains(key) else {
        problems.append("line \(index + 1): unknown key \"\(key)\"")
        continue
      }
      entries[key] = value
    }
    return (entries, problems)
  }

  /// Loads `<folder>/<language>/ui.strings` from the first folder that has it.
  ///
  /// Without a readable file the compiled-in English is used; problems in the file are returned
  /// for the caller to show, never thrown.
  public static func load(language: String, lessonFolders: [String]) -> (catalog: StringCatalog, problems: [String]) {
    for folder in lessonFolders {
      let path = folder + "/" + language + "/ui.strings"
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
      let parsed = parse(text)
      return (StringCatalog(language: language, entries: parsed.entries), parsed.problems.map { "\(path): \($0)" })
    }
    return (StringCatalog(language: language, entries: [:]), [])
  }
}
