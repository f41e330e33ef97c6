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
  case openFailureLesson = "status.open-lesson"
  case actionOpenFailureLesson = "action.open-failure-lesson"
  case footerExplain = "footer.explain"
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
  // MARK: Progress in the app — lesson status on the course map, continue, saved position, file warnings
  case mapStatusDone = "map.status-done"
  case mapStatusInProgress = "map.status-in-progress"
  case mapStatusNew = "map.status-new"
  case mapContinue = "map.continue"
  case mapLessonDue = "map.lesson-due"
  case mapDueNone = "map.due-none"
  case mapDueOne = "map.due-one"
  case mapDueMany = "map.due-many"
  case progressKeptAside = "progress.kept-aside"
  case progressCannotMoveAside = "progress.cannot-move-aside"
  case progressCannotSave = "progress.cannot-save"
  case progressCorrupt = "progress.corrupt"
  case progressNewerVersion = "progress.newer-version"
  // MARK: Glossary, common problems and links
  case linkNone = "link.none"
  case linkNoneSelected = "link.none-selected"
  case linkMissing = "link.missing"
  case linkWebAddress = "link.web"
  case linkToLesson = "link.to-lesson"
  case linkToTerm = "link.to-term"
  case linkToProblem = "link.to-problem"
  case linkToWeb = "link.to-web"
  case lessonNoHistory = "lesson.no-history"
  case referenceFilter = "reference.filter"
  case referenceFilterHint = "reference.filter-hint"
  case referenceCount = "reference.count"
  case referenceNoMatch = "reference.no-match"
  case actionGlossary = "action.glossary"
  case actionProblems = "action.problems"
  case actionLinks = "action.links"
  case actionFollowLink = "action.follow-link"
  case actionFollowOrLesson = "action.follow-or-lesson"
  case actionLessonBack = "action.lesson-back"
  case actionFilter = "action.filter"
  case actionFilterKeep = "action.filter-keep"
  case actionFilterClear = "action.filter-clear"
  case actionScrollDetail = "action.scroll-detail"
  case actionBackOrClear = "action.back-or-clear"
  case footerGlossary = "footer.glossary"
  case footerProblems = "footer.problems"
  case footerLink = "footer.link"
  case footerFollow = "footer.follow"
  case footerFilter = "footer.filter"
  case footerLesson = "footer.lesson"
  case footerFilterKeep = "footer.filter-keep"
  case footerFilterClear = "footer.filter-clear"
  // MARK: Search (lesson text and the whole course)
  case searchMatchCount = "search.match-count"
  case searchNoMatch = "search.no-match"
  case searchNoMatchInCourse = "search.no-match-in-course"
  case searchWrappedToTop = "search.wrapped-to-top"
  case searchWrappedToBottom = "search.wrapped-to-bottom"
  case searchResultsTitle = "search.results-title"
  case searchResultsTitleOne = "search.results-title-one"
  case searchResultsTitleOneLesson = "search.results-title-one-lesson"
  case actionSearchLesson = "action.search-lesson"
  case actionSearchCourse = "action.search-course"
  case actionSearch = "action.search"
  case actionNextMatch = "action.next-match"
  case actionClearSearch = "action.clear-search"
  case actionOpenMatch = "action.open-match"
  case actionCancelSearch = "action.cancel-search"
  case footerSearch = "footer.search"
  case footerNextMatch = "footer.next-match"
  case footerClear = "footer.clear"
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

  // MARK: The quiz screen, its entry points (a in a lesson, r on the map) and its summary
  case quizTitle = "quiz.title"
  case quizSummaryTitle = "quiz.summary-title"
  case quizProgress = "quiz.progress"
  case quizAgainProgress = "quiz.again-progress"
  case quizAgainIntro = "quiz.again-intro"
  case quizLesson = "quiz.lesson"
  case quizPickOne = "quiz.pick-one"
  case quizPickMany = "quiz.pick-many"
  case quizPickTruth = "quiz.pick-truth"
  case quizTypeNumber = "quiz.type-number"
  case quizPredictTruth = "quiz.predict-truth"
  case quizPredictNumber = "quiz.predict-number"
  case quizNotANumber = "quiz.not-a-number"
  case quizMarkFirst = "quiz.mark-first"
  case quizTrue = "quiz.true"
  case quizFalse = "quiz.false"
  case quizRight = "quiz.right"
  case quizWrong = "quiz.wrong"
  case quizRightMark = "quiz.right-mark"
  case quizWrongMark = "quiz.wrong-mark"
  case quizAnswerIs = "quiz.answer-is"
  case quizYourAnswer = "quiz.your-answer"
  case quizRunning = "quiz.running"
  case quizRunningWith = "quiz.running-with"
  case quizRunStep = "quiz.run-step"
  case quizRunAfterPrediction = "quiz.run-after-prediction"
  case quizRunGives = "quiz.run-gives"
  case quizRunFailed = "quiz.run-failed"
  case quizReadMore = "quiz.read-more"
  case quizScore = "quiz.score"
  case quizNoneAnswered = "quiz.none-answered"
  case quizEndedEarly = "quiz.ended-early"
  case quizWeakLessons = "quiz.weak-lessons"
  case quizWeakLesson = "quiz.weak-lesson"
  case quizNextReview = "quiz.next-review"
  case quizToday = "quiz.today"
  case quizTomorrow = "quiz.tomorrow"
  case quizInDays = "quiz.in-days"
  case quizYourAnswers = "quiz.your-answers"
  case quizNothingDue = "quiz.nothing-due"
  case quizNothingRead = "quiz.nothing-read"
  case quizNothingInLesson = "quiz.nothing-in-lesson"
  case quizNothingAtAll = "quiz.nothing-at-all"
  case quizNoQuestions = "quiz.no-questions"
  case lessonQuizOne = "lesson.quiz-one"
  case lessonQuizMany = "lesson.quiz-many"
  case actionAnswerChoice = "action.answer-choice"
  case actionMarkChoice = "action.mark-choice"
  case actionSubmit = "action.submit"
  case actionAnswerTruth = "action.answer-truth"
  case actionTypeNumber = "action.type-number"
  case actionNextQuestion = "action.next-question"
  case actionOpenLesson = "action.open-lesson"
  case actionSkipRun = "action.skip-run"
  case actionEndQuiz = "action.end-quiz"
  case actionLeaveQuiz = "action.leave-quiz"
  case actionReview = "action.review"
  case actionLessonQuiz = "action.lesson-quiz"
  case actionBackToQuiz = "action.back-to-quiz"
  case footerAnswer = "footer.answer"
  case footerMark = "footer.mark"
  case footerSubmit = "footer.submit"
  case footerNext = "footer.next"
  case footerSkip = "footer.skip"
  case footerEnd = "footer.end"
  case footerReview = "footer.review"
  case footerQuiz = "footer.quiz"
  case actionConfirmNumber = "action.confirm-number"
  case footerType = "footer.type"
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
    .openFailureLesson: "o opens lesson {1}",
    .actionOpenFailureLesson: "open the lesson that explains why the run failed",
    .footerExplain: "why",
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
    .mapIntro: "Read a lesson, try its experiment beside it; x opens the experiment lab.",
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
    // MARK: Progress in the app — lesson status on the course map, continue, saved position, file warnings
    .mapStatusDone: "done",
    .mapStatusInProgress: "in progress",
    .mapStatusNew: "new",
    .mapContinue: "continue",
    .mapLessonDue: "{1} due",
    .mapDueNone: "No questions due for review.",
    .mapDueOne: "1 question due for review.",
    .mapDueMany: "{1} questions due for review.",
    .progressKeptAside: "Your progress file could not be read ({1}): it was kept as {2} and you start afresh.",
    .progressCannotMoveAside: "Your progress file could not be read ({1}) nor moved aside ({2}): nothing is saved this time.",
    .progressCannotSave: "Progress cannot be saved ({1}): nothing more is saved this time.",
    .progressCorrupt: "not valid progress data",
    .progressNewerVersion: "written by a newer dltutor, format {1}",
    // Glossary, common problems and links
    .linkNone: "No links here.",
    .linkNoneSelected: "No link selected: press ] or [ to choose one.",
    .linkMissing: "This link points to {1}, which the course does not have.",
    .linkWebAddress: "Web link (copy it into a browser): {1}",
    .linkToLesson: "Enter opens the lesson “{1}”",
    .linkToTerm: "Enter opens the glossary at “{1}”",
    .linkToProblem: "Enter opens the common problem “{1}”",
    .linkToWeb: "Enter shows the web address {1}",
    .lessonNoHistory: "No earlier lesson: Backspace returns to a lesson after following a lesson link.",
    .referenceFilter: "Filter: {1}",
    .referenceFilterHint: "/ to filter",
    .referenceCount: "{1} of {2}",
    .referenceNoMatch: "Nothing matches “{1}”. Esc clears the filter.",
    .actionGlossary: "glossary of terms",
    .actionProblems: "common problems and their fixes",
    .actionLinks: "select the next / previous link",
    .actionFollowLink: "follow the selected link",
    .actionFollowOrLesson: "follow the selected link, or open the problem's lesson",
    .actionLessonBack: "back to the lesson a link came from",
    .actionFilter: "filter the list (names and text)",
    .actionFilterKeep: "keep the filter and leave it",
    .actionFilterClear: "clear the filter",
    .actionScrollDetail: "scroll the text on the right",
    .actionBackOrClear: "clear the filter, else go back",
    .footerGlossary: "glossary",
    .footerProblems: "problems",
    .footerLink: "link",
    .footerFollow: "follow",
    .footerFilter: "filter",
    .footerLesson: "lesson",
    .footerFilterKeep: "done",
    .footerFilterClear: "clear",
    .searchMatchCount: "“{1}”: match {2} of {3}",
    .searchNoMatch: "no match for “{1}”",
    .searchNoMatchInCourse: "no lesson mentions “{1}”",
    .searchWrappedToTop: "search wrapped to the top",
    .searchWrappedToBottom: "search wrapped to the bottom",
    .searchResultsTitle: "Search “{1}”: {2} matches in {3} lessons",
    .searchResultsTitleOne: "Search “{1}”: 1 match",
    .searchResultsTitleOneLesson: "Search “{1}”: {2} matches in 1 lesson",
    .actionSearchLesson: "search this lesson",
    .actionSearchCourse: "search every lesson",
    .actionSearch: "search",
    .actionNextMatch: "next / previous match",
    .actionClearSearch: "clear the search",
    .actionOpenMatch: "open the lesson at this match",
    .actionCancelSearch: "cancel the search",
    .footerSearch: "search",
    .footerNextMatch: "next",
    .footerClear: "clear",
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

    // MARK: The quiz screen, its entry points and its summary
    .quizTitle: "Quiz",
    .quizSummaryTitle: "Summary",
    .quizProgress: "question {1} of {2}",
    .quizAgainProgress: "once more: {1} of {2}",
    .quizAgainIntro: "Once more, a question you missed.",
    .quizLesson: "Lesson: {1}",
    .quizPickOne: "Press {1} (or 1 to {2}) to answer.",
    .quizPickMany: "Choose all that apply: press {1} (or 1 to {2}) to mark a choice, then Enter to answer.",
    .quizPickTruth: "Press t for true or f for false.",
    .quizTypeNumber: "Type a number, then Enter:",
    .quizPredictTruth: "Predict first (t for true, f for false); then the experiment runs.",
    .quizPredictNumber: "Predict first: type a number, then Enter; then the experiment runs.",
    .quizNotANumber: "“{1}” is not a number: type digits, a point or a minus sign.",
    .quizMarkFirst: "Mark at least one choice first.",
    .quizTrue: "true",
    .quizFalse: "false",
    .quizRight: "Right.",
    .quizWrong: "Wrong.",
    .quizRightMark: "right",
    .quizWrongMark: "wrong",
    .quizAnswerIs: "The answer is {1}.",
    .quizYourAnswer: "Your answer: {1}",
    .quizRunning: "The experiment: {1}, seed {2}",
    .quizRunningWith: "The experiment: {1} with {2}, seed {3}",
    .quizRunStep: "step {1} of {2}",
    .quizRunAfterPrediction: "The run starts once you have made your prediction.",
    .quizRunGives: "The run gives: {1}",
    .quizRunFailed: "The experiment could not run: {1}. Press Enter to skip this question.",
    .quizReadMore: "Read more in the lesson “{1}”: press l to open it.",
    .quizScore: "Score: {1} of {2} right.",
    .quizNoneAnswered: "No question answered.",
    .quizEndedEarly: "Ended early: {1} of {2} questions answered; every answer is saved.",
    .quizWeakLessons: "To review: {1}",
    .quizWeakLesson: "{1} ({2} of {3} wrong)",
    .quizNextReview: "Next review: {1} ({2}).",
    .quizToday: "today",
    .quizTomorrow: "tomorrow",
    .quizInDays: "in {1} days",
    .quizYourAnswers: "Your answers",
    .quizNothingDue: "Nothing to review now: no question is due, and every question of the lessons you have read is answered.",
    .quizNothingRead: "No lesson read yet, so nothing to review: open a lesson and press a for its questions.",
    .quizNothingInLesson: "Nothing to ask in lesson {1} now: every question is answered and none is due.",
    .quizNothingAtAll: "Nothing to ask now: every question is answered and none is due.",
    .quizNoQuestions: "This lesson has no questions.",
    .lessonQuizOne: "Press a to answer this lesson's question.",
    .lessonQuizMany: "Press a to answer this lesson's {1} questions.",
    .actionAnswerChoice: "answer with a choice's letter or number",
    .actionMarkChoice: "mark or unmark a choice by its letter or number",
    .actionSubmit: "answer with the marked choices",
    .actionAnswerTruth: "answer true (t or y) or false (f or n)",
    .actionTypeNumber: "type a number",
    .actionNextQuestion: "next question",
    .actionOpenLesson: "open the question's lesson (Esc comes back)",
    .actionSkipRun: "show the end of the run at once",
    .actionEndQuiz: "end the quiz and see the summary",
    .actionLeaveQuiz: "leave the quiz",
    .actionReview: "review the questions that are due",
    .actionLessonQuiz: "answer this lesson's questions",
    .actionBackToQuiz: "back to the quiz",
    .footerAnswer: "answer",
    .footerMark: "mark",
    .footerSubmit: "submit",
    .footerNext: "next",
    .footerSkip: "skip",
    .footerEnd: "end",
    .footerReview: "review",
    .footerQuiz: "quiz",
    .actionConfirmNumber: "answer with the number typed",
    .footerType: "type",
  ]

  /// English from the compiled-in table alone.
  public static let english = StringCatalog(language: "en", entries: [:])

  /// A catalog whose `entries` (file keys to text) override the compiled-in English.
  public init(language: String, entries: [String: String]) {
    self.language = language
    self.table = entries
  }

  /// What joins a label to its text in this language (`Status: paused`, `状态：已暂停`). Not a
  /// `ui.strings` entry, whose values lose their trailing spaces.
  public var colon: String { Language.named(language).courseStrings.colon }

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
    let (entries, problems) = read(text)
    return (entries, problems.map { "line \($0.line): " + englishCourseMessage($0.message) })
  }

  /// Every problem in a `ui.strings` file at `file`: its bad lines and unknown keys, and each key it
  /// lacks (shown in English) — so `dltutor lint` and the tests catch a translation falling behind.
  static func issues(in text: String, file: String) -> [CourseIssue] {
    let (entries, problems) = read(text)
    let missing = UIText.allCases.filter { entries[$0.rawValue] == nil }
    return problems.map { CourseIssue(file: file, line: $0.line, $0.message) }
      + missing.map { CourseIssue(file: file, line: 1, .missingStringsKey($0.rawValue)) }
  }

  /// The entries of a `ui.strings` text, and its problems with their line numbers.
  private static func read(_ text: String) -> (entries: [String: String], problems: [(line: Int, message: CourseMessage)]) {
    let known = Set(UIText.allCases.map(\.rawValue))
    var entries: [String: String] = [:]
    var problems: [(line: Int, message: CourseMessage)] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      guard let eq = line.firstIndex(of: "=") else {
        problems.append((index + 1, .badStringsLine))
        continue
      }
      let key = line[..<eq].trimmingCharacters(in: .whitespaces)
      let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
      guard known.contains(key) else {
        problems.append((index + 1, .unknownStringsKey(key)))
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
