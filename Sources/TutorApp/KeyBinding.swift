// KeyBinding: the keys of each screen, described once, so help lists every key and the footer shows
// the main ones from the same table.

import Course
import Display

/// How a key is named on screen.
public enum KeyName: Equatable, Sendable {
  /// A literal key (`s`, `?`, `Q`).
  case literal(String)
  /// A named key whose name is translated (`Space`, `Enter`, `Esc`).
  case named(UIText)
  /// ↑↓ (or `^v` in ASCII).
  case upDown
  /// ←→ (or `<>` in ASCII).
  case leftRight
  case homeEnd
  case pageUpDown
  case control(String)

  /// The name as shown with `charset` and `strings`.
  public func label(_ charset: Charset, _ strings: StringCatalog) -> String {
    switch self {
    case .literal(let text): return text
    case .named(let key): return strings[key]
    case .upDown: return "\(charset.arrowUp)\(charset.arrowDown)"
    case .leftRight: return "\(charset.arrowLeft)\(charset.arrowRight)"
    case .homeEnd: return "Home/End"
    case .pageUpDown: return "PgUp/PgDn"
    case .control(let letter): return "Ctrl-" + letter
    }
  }
}

/// Some keys that do one thing, and the short label the footer shows for the main ones.
public struct KeyBinding: Equatable, Sendable {
  public let keys: [KeyName]
  /// What the keys do, as help says it.
  public let action: UIText
  /// The footer's shorter label; nil for keys only help lists.
  public let footer: UIText?

  init(_ keys: [KeyName], _ action: UIText, footer: UIText? = nil) {
    self.keys = keys
    self.action = action
    self.footer = footer
  }

  /// The keys joined for display: `↑↓ j k`.
  public func keysLabel(_ charset: Charset, _ strings: StringCatalog) -> String {
    keys.map { $0.label(charset, strings) }.joined(separator: " ")
  }
}

/// Every key of the screen `model` shows (help included, when it is open).
public func keyBindings(for model: Model) -> [KeyBinding] {
  let quit = KeyBinding([.literal("Q"), .control("C")], .actionQuit, footer: .actionQuit)
  if model.showingHelp {
    return [KeyBinding([.literal("?"), .named(.keyEsc), .literal("q")], .actionCloseHelp, footer: .footerClose), quit]
  }
  switch model.screen {
  case .courseMap:
    if model.courseSearch?.isTyping == true { return searchPromptBindings(quit: quit) }
    // Moving in a list needs no footer; the room goes to the map's own keys.
    return [
      KeyBinding([.literal("?")], .actionHelp, footer: .actionHelp),
      KeyBinding([.upDown, .literal("j"), .literal("k")], .actionMove),
      KeyBinding([.homeEnd, .literal("g"), .literal("G")], .actionFirstLast),
      KeyBinding([.named(.keyEnter), .literal("l")], .actionOpen, footer: .actionOpen),
      KeyBinding([.literal("/")], .actionSearchCourse, footer: .footerSearch),
      KeyBinding([.literal("r")], .actionReview, footer: .footerReview),
      KeyBinding([.literal("x")], .actionLab, footer: .footerLab),
    ] + referenceBindings(model) + [
      KeyBinding([.literal("q"), .literal("Q"), .control("C")], .actionQuit, footer: .actionQuit),
    ]
  case .lesson:
    return lessonBindings(model, quit: quit)
  case .labMenu:
    let menu = [
      KeyBinding([.literal("?")], .actionHelp, footer: .actionHelp),
      KeyBinding([.upDown, .literal("j"), .literal("k")], .actionMove, footer: .actionMove),
      KeyBinding([.homeEnd, .literal("g"), .literal("G")], .actionFirstLast),
      KeyBinding([.named(.keyEnter), .literal("l")], .actionOpen, footer: .actionOpen),
    ]
    // With a course, Esc and q lead back to the map; without one the lab is the app and q quits.
    guard model.course != nil else {
      return menu + [KeyBinding([.literal("q"), .literal("Q"), .control("C")], .actionQuit, footer: .actionQuit)]
    }
    return menu + [KeyBinding([.named(.keyEsc), .literal("q")], .actionMap, footer: .actionBack)]
      + referenceBindings(model) + [quit]
  case .experiment:
    if model.session?.editor != nil { return editorBindings(quit: quit) }
    return [KeyBinding([.literal("?")], .actionHelp, footer: .actionHelp)] + experimentBindings
      + failureLessonBindings(model)
      + [KeyBinding([.named(.keyEsc), .literal("q")], .actionBack, footer: .actionBack)] + referenceBindings(model) + [quit]
  case .glossary: return referenceScreenBindings(model, .glossary, quit: quit)
  case .problems: return referenceScreenBindings(model, .problems, quit: quit)
  case .searchResults:
    return [
      KeyBinding([.literal("?")], .actionHelp, footer: .actionHelp),
      KeyBinding([.upDown, .literal("j"), .literal("k")], .actionMove, footer: .actionMove),
      KeyBinding([.homeEnd, .pageUpDown, .literal("g"), .literal("G")], .actionFirstLast),
      KeyBinding([.named(.keyEnter), .literal("l")], .actionOpenMatch, footer: .actionOpen),
      KeyBinding([.named(.keyEsc), .literal("q")], .actionMap, footer: .actionBack),
    ] + referenceBindings(model) + [quit]
  case .presenter:
    return presenterBindings(model)
  case .quiz:
    return quizBindings(model, quit: quit)
  }
}

/// `d` and `p`, which open the glossary and the common problems from every screen (with a course),
/// leaving out the screen already open. They come after a screen's own keys and its way back, so
/// a narrow footer drops them first (help always lists them).
private func referenceBindings(_ model: Model) -> [KeyBinding] {
  guard model.course != nil else { return [] }
  var bindings: [KeyBinding] = []
  if model.screen != .glossary { bindings.append(KeyBinding([.literal("d")], .actionGlossary, footer: .footerGlossary)) }
  if model.screen != .problems { bindings.append(KeyBinding([.literal("p")], .actionProblems, footer: .footerProblems)) }
  return bindings
}

/// `]`/`[` and Enter: choosing and following the links of the text on screen.
private let linkBindings: [KeyBinding] = [
  KeyBinding([.literal("]"), .literal("[")], .actionLinks, footer: .footerLink),
  KeyBinding([.named(.keyEnter)], .actionFollowLink, footer: .footerFollow),
]

/// The same, Enter only in help: the lesson's footer has too many keys already.
private let lessonLinkBindings = [linkBindings[0], KeyBinding([.named(.keyEnter)], .actionFollowLink)]

/// The glossary's or the problems screen's keys: the filter's while it is typed.
private func referenceScreenBindings(_ model: Model, _ kind: ReferenceKind, quit: KeyBinding) -> [KeyBinding] {
  if model.reference[kind].isFiltering {
    return [
      KeyBinding([.named(.keyEnter)], .actionFilterKeep, footer: .footerFilterKeep),
      KeyBinding([.named(.keyEsc)], .actionFilterClear, footer: .footerFilterClear),
      KeyBinding([.named(.keyBackspace)], .actionErase, footer: .actionErase),
      KeyBinding([.upDown], .actionMove, footer: .actionMove),
      quit,
    ]
  }
  let follow = kind == .problems
    ? KeyBinding([.named(.keyEnter)], .actionFollowOrLesson, footer: .footerLesson)
    : linkBindings[1]
  // The way back comes early: a narrow footer drops the later keys first.
  return [
    KeyBinding([.literal("?")], .actionHelp, footer: .actionHelp),
    KeyBinding([.upDown, .literal("j"), .literal("k")], .actionMove, footer: .actionMove),
    KeyBinding([.named(.keyEsc), .literal("q")], .actionBackOrClear, footer: .actionBack),
    KeyBinding([.homeEnd, .literal("g"), .literal("G")], .actionFirstLast),
    KeyBinding([.literal("/")], .actionFilter, footer: .footerFilter),
    linkBindings[0], follow,
    KeyBinding([.pageUpDown, .literal("b"), .named(.keySpace)], .actionScrollDetail),
  ] + referenceBindings(model) + [quit]
}

/// The keys of a search prompt (`/` in a lesson or on the course map): `Q` types, Ctrl-C quits.
private func searchPromptBindings(quit: KeyBinding) -> [KeyBinding] {
  [
    KeyBinding([.named(.keyEnter)], .actionSearch, footer: .footerSearch),
    KeyBinding([.named(.keyEsc)], .actionCancelSearch, footer: .actionCancel),
    KeyBinding([.named(.keyBackspace)], .actionErase, footer: .actionErase),
    KeyBinding([.control("C")], .actionQuit, footer: .actionQuit),
  ]
}

/// The keys of the value editor.
private func editorBindings(quit: KeyBinding) -> [KeyBinding] {
  [
    KeyBinding([.named(.keyEnter)], .actionConfirm, footer: .actionConfirm),
    KeyBinding([.named(.keyEsc)], .actionCancel, footer: .actionCancel),
    KeyBinding([.named(.keyBackspace)], .actionErase, footer: .actionErase),
    quit,
  ]
}

/// The keys that act on an open experiment, in the lab and beside a lesson.
private let experimentBindings: [KeyBinding] = [
  KeyBinding([.named(.keySpace)], .actionRun, footer: .footerRun),
  KeyBinding([.literal("s")], .actionStep, footer: .footerStep),
  KeyBinding([.literal("r")], .actionReset),
  KeyBinding([.literal("n")], .actionNewSeed),
  KeyBinding([.literal("c")], .actionCompare, footer: .footerCompare),
  KeyBinding([.upDown, .literal("j"), .literal("k")], .actionSelectKnob, footer: .footerSelect),
  KeyBinding([.leftRight, .literal("h"), .literal("l")], .actionChangeKnob, footer: .footerChange),
  KeyBinding([.named(.keyEnter)], .actionTypeValue),
  KeyBinding([.literal("-"), .literal("+")], .actionSpeed),
]

/// `o`, while the open experiment's run has failed and its status names a lesson the course has.
private func failureLessonBindings(_ model: Model) -> [KeyBinding] {
  failureLessonEntry(model) == nil ? [] : [KeyBinding([.literal("o")], .actionOpenFailureLesson, footer: .footerExplain)]
}

/// The lesson screen's keys: the text's or the experiment's, after Tab and Try this.
private func lessonBindings(_ model: Model, quit: KeyBinding) -> [KeyBinding] {
  guard let lesson = model.lesson else { return [quit] }
  if lesson.focus == .experiment, model.session?.editor != nil { return editorBindings(quit: quit) }
  if lesson.search?.isTyping == true { return searchPromptBindings(quit: quit) }
  // The way back comes right after help: a narrow footer drops the later keys first, and every
  // screen must say how to leave.
  var bindings = [KeyBinding([.literal("?")], .actionHelp, footer: .actionHelp)]
  let back: UIText = model.quiz?.visitingLesson == true ? .actionBackToQuiz : .actionMap
  if lesson.search != nil {
    bindings.append(KeyBinding([.named(.keyEsc)], .actionClearSearch, footer: .footerClear))
    bindings.append(KeyBinding([.literal("q")], back, footer: .actionBack))
  } else {
    bindings.append(KeyBinding([.named(.keyEsc), .literal("q")], back, footer: .actionBack))
  }
  if !lesson.entry.lesson.questions.isEmpty {
    bindings.append(KeyBinding([.literal("a")], .actionLessonQuiz, footer: .footerQuiz))
  }
  if lesson.hasExperiment {
    bindings.append(KeyBinding([.named(.keyTab)], .actionSwitchPane, footer: .footerSwitch))
    bindings.append(KeyBinding([.literal("t")], .actionTryThis, footer: .footerTry))
  }
  if lesson.focus == .experiment && lesson.hasExperiment {
    bindings += experimentBindings + failureLessonBindings(model)
  } else {
    bindings += [
      KeyBinding([.upDown, .literal("j"), .literal("k")], .actionScroll, footer: .actionScroll),
      KeyBinding([.pageUpDown, .literal("b"), .named(.keySpace)], .actionPage),
      KeyBinding([.homeEnd, .literal("g"), .literal("G")], .actionTopBottom),
      // With a search going, the footer's room goes to n and Esc instead.
      KeyBinding([.literal("/")], .actionSearchLesson, footer: lesson.search == nil ? .footerSearch : nil),
    ] + lessonLinkBindings
    if lesson.search != nil {
      bindings.append(KeyBinding([.literal("n"), .literal("N")], .actionNextMatch, footer: .footerNextMatch))
    }
  }
  bindings.append(KeyBinding([.named(.keyBackspace), .literal("u")], .actionLessonBack))
  return bindings + referenceBindings(model) + [quit]
}
