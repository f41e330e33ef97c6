// SearchUpdateTests: `/` in a lesson's text (typing scrolls to the first match, Backspace, Enter,
// n/N with wrap-around, no match, Esc twice, CJK, styled spans, ASCII) and `/` on the course map
// (results in course order, opening a lesson at its match with the search still going).

import Course
import Display
import Testing
@testable import TutorApp

/// The open lesson's lines as update measures them.
private func lines(_ model: Model) -> [[Span]] {
  model.lesson.map { model.lessonText($0).lines } ?? []
}

/// The line of the current match, if any.
private func currentMatchLine(_ model: Model) -> Int? {
  guard let search = model.lesson?.search, let current = search.current else { return nil }
  return findMatches(of: search.query, in: lines(model), charset: model.charset)[current].line
}

/// Whether `line` is among the text rows on screen.
private func isVisible(_ line: Int, _ model: Model) -> Bool {
  guard let lesson = model.lesson else { return false }
  let rows = model.lessonText(lesson).layout.textRows
  return (lesson.scroll..<(lesson.scroll + rows)).contains(line)
}

@Suite struct LessonSearchUpdateTests {
  @Test func slashOpensAPromptThatTakesEveryPrintableKey() throws {
    var model = searchModelWithLesson("gradients")
    #expect(!model.isTypingText)
    press(&model, .char("/"))
    #expect(model.lesson?.search?.isTyping == true)
    #expect(model.isTypingText)
    // Keys that act elsewhere are letters here: t, ?, q, Q, n, Tab does nothing.
    let effects = press(&model, .char("t"), .char("?"), .char("q"), .char("Q"), .char("n"), .tab)
    #expect(effects.isEmpty)
    #expect(model.lesson?.search?.query == "t?qQn")
    #expect(!model.showingHelp && !model.quitting && model.screen == .lesson)
    #expect(model.lesson?.lastPreset == nil)
    press(&model, .backspace, .backspace)
    #expect(model.lesson?.search?.query == "t?q")
    #expect(press(&model, .control("c")).last == .quit)
  }

  @Test func typingScrollsToTheFirstMatchAtOrAfterTheTop() throws {
    var model = searchModelWithLesson("gradients")
    press(&model, .char("/"))
    type(&model, "sigm")
    let search = try #require(model.lesson?.search)
    #expect(search.current == 0)
    let line = try #require(currentMatchLine(model))
    #expect(line > 20, "the first sigmoid is below the first screen")
    #expect(isVisible(line, model))
    #expect(try #require(model.lesson?.scroll) > 0)
    // Typed further, the same match stays current and the view stays put.
    let scroll = model.lesson?.scroll
    type(&model, "oid")
    #expect(model.lesson?.search?.current == 0)
    #expect(model.lesson?.scroll == scroll)
  }

  @Test func aMatchSplitAcrossStyledSpansIsFound() throws {
    let model = searchModelWithLesson("gradients")
    let all = lines(model)
    let matches = findMatches(of: "SIGMOID", in: all, charset: .unicode)
    #expect(matches.count == 3)
    let split = try #require(matches.first)
    #expect(all[split.line].count > 2, "the emphasis makes the line more than one span")
    #expect(all[split.line].plainText.contains("The sigmoid squashes"))
  }

  @Test func typingFromFurtherDownFindsTheFirstMatchBelowAndWrapsWhenThereIsNone() throws {
    var model = searchModelWithLesson("gradients")
    press(&model, .end)
    let bottom = try #require(model.lesson?.scroll)
    press(&model, .char("/"))
    type(&model, "sigmoid")
    #expect(model.lesson?.search?.current == 2, "the last one, already on screen")
    #expect(model.lesson?.scroll == bottom)
    #expect(model.lesson?.search?.wrapped == nil)
    // "squashes" is only above: the search wraps to it.
    press(&model, .escape)
    #expect(model.lesson?.scroll == bottom)
    press(&model, .char("/"))
    type(&model, "squashes")
    #expect(model.lesson?.search?.current == 0)
    #expect(model.lesson?.search?.wrapped == .toTop)
    #expect(try #require(model.lesson?.scroll) < bottom)
  }

  @Test func noMatchKeepsTheOldScrollAndBackspaceFindsAgain() throws {
    var model = searchModelWithLesson("gradients")
    press(&model, .down, .down)
    press(&model, .char("/"))
    type(&model, "sigmoidz")
    #expect(model.lesson?.search?.current == nil)
    #expect(model.lesson?.scroll == 2)
    let status = view(model, width: 80, height: 24, charset: .unicode).lines()[22]
    #expect(status.contains("/sigmoidz█"))
    #expect(status.contains("no match for “sigmoidz”"))
    press(&model, .backspace)
    #expect(model.lesson?.search?.current == 0)
    #expect(try #require(model.lesson?.scroll) > 2)
    // Enter on no match closes the prompt, says so once, and leaves the learner where they were.
    type(&model, "z")
    press(&model, .enter)
    #expect(model.lesson?.search == nil)
    #expect(model.lesson?.scroll == 2)
    #expect(model.lesson?.notice == "no match for “sigmoidz”")
    press(&model, .down)
    #expect(model.lesson?.notice == nil)
  }

  @Test func nAndShiftNMoveBetweenMatchesAndWrapWithANotice() throws {
    var model = searchModelWithLesson("gradients")
    press(&model, .char("/"))
    type(&model, "sigmoid")
    press(&model, .enter)
    #expect(model.lesson?.search?.isTyping == false)
    #expect(!model.isTypingText)
    var seen: [Int] = []
    for _ in 0..<2 {
      press(&model, .char("n"))
      seen.append(try #require(model.lesson?.search?.current))
      #expect(isVisible(try #require(currentMatchLine(model)), model))
      #expect(model.lesson?.search?.wrapped == nil)
    }
    #expect(seen == [1, 2])
    press(&model, .char("n"))
    #expect(model.lesson?.search?.current == 0)
    #expect(model.lesson?.search?.wrapped == .toTop)
    var status = view(model, width: 80, height: 24, charset: .unicode).lines()[22]
    #expect(status.contains("“sigmoid”: match 1 of 3"))
    #expect(status.contains("search wrapped to the top"))
    press(&model, .char("N"))
    #expect(model.lesson?.search?.current == 2)
    #expect(model.lesson?.search?.wrapped == .toBottom)
    status = view(model, width: 80, height: 24, charset: .unicode).lines()[22]
    #expect(status.contains("match 3 of 3"))
    #expect(status.contains("search wrapped to the bottom"))
    // The wrap is said once: scrolling clears it, the search stays.
    press(&model, .up)
    #expect(model.lesson?.search?.wrapped == nil)
    #expect(model.lesson?.search?.current == 2)
  }

  @Test func afterScrollingAwayNGoesOnFromWhatIsOnScreen() throws {
    var model = searchModelWithLesson("gradients")
    press(&model, .char("/"))
    type(&model, "sigmoid")
    press(&model, .enter, .end)
    press(&model, .char("n"))
    #expect(model.lesson?.search?.current == 2, "the match on the last screen, not the one after the first")
    press(&model, .home, .char("N"))
    #expect(model.lesson?.search?.current == 2, "nothing before the top: wraps to the last")
    #expect(model.lesson?.search?.wrapped == .toBottom)
  }

  @Test func escCancelsThePromptAndRestoresTheScroll() {
    var model = searchModelWithLesson("gradients")
    press(&model, .down)
    press(&model, .char("/"))
    type(&model, "sigmoid")
    #expect(model.lesson?.scroll != 1)
    press(&model, .escape)
    #expect(model.lesson?.search == nil)
    #expect(model.lesson?.scroll == 1)
    #expect(model.screen == .lesson)
  }

  @Test func escFirstClearsTheSearchThenLeavesTheLesson() throws {
    var model = searchModelWithLesson("gradients")
    press(&model, .char("/"))
    type(&model, "sigmoid")
    press(&model, .enter)
    let scroll = model.lesson?.scroll
    press(&model, .escape)
    #expect(model.screen == .lesson)
    #expect(model.lesson?.search == nil)
    #expect(model.lesson?.scroll == scroll)
    press(&model, .char("n"))
    #expect(model.lesson?.scroll == scroll, "n without a search does nothing")
    press(&model, .escape)
    #expect(model.screen == .courseMap)
    // q leaves at once, and the search does not come back with the lesson.
    press(&model, .enter, .char("/"))
    type(&model, "sigmoid")
    press(&model, .enter, .char("q"))
    #expect(model.screen == .courseMap)
    press(&model, .enter)
    #expect(model.lesson?.search == nil)
  }

  @Test func cjkMatchesAreFoundAndMeasuredInColumns() throws {
    var model = searchModelWithLesson("gradients")
    press(&model, .char("/"))
    type(&model, "消失")
    press(&model, .enter)
    let search = try #require(model.lesson?.search)
    let matches = findMatches(of: "消失", in: lines(model), charset: .unicode)
    #expect(matches.count == 2)
    #expect(search.current == 0)
    let first = matches[0]
    #expect(first.width == 4)
    #expect(first.column == 4, "after 梯度, two wide glyphs")
    // On screen the two cells of each wide glyph are marked.
    let buffer = view(model, width: 80, height: 24, charset: .unicode)
    let y = try #require(buffer.lines().firstIndex { $0.contains("梯度消失") })
    let x = try #require((0..<80).first { buffer[$0, y].symbol == "消" })
    for column in x..<(x + 4) { #expect(buffer[column, y].style.reverse, "column \(column)") }
    #expect(buffer[x, y].style.underline && buffer[x, y].style.bold, "the current match")
    #expect(!buffer[x - 1, y].style.reverse)
  }

  @Test func inAsciiTheSearchMatchesWhatIsDrawn() {
    var model = searchModelWithLesson("gradients", charset: .ascii)
    #expect(findMatches(of: "gamma", in: lines(model), charset: .ascii).count == 1)
    press(&model, .char("/"))
    type(&model, "γ")
    #expect(model.lesson?.search?.current == 0, "γ is drawn as gamma, and found as it is drawn")
    let unicode = searchModelWithLesson("gradients")
    #expect(findMatches(of: "gamma", in: lines(unicode), charset: .unicode).isEmpty)
  }

  @Test func withTheExperimentFocusedNStillMeansANewSeed() {
    var model = searchModelWithLesson("gradients", width: 160, height: 48)
    press(&model, .char("/"))
    type(&model, "sigmoid")
    press(&model, .enter, .tab)
    let seed = model.session?.seed
    press(&model, .char("n"))
    #expect(model.session?.seed != seed)
    #expect(model.lesson?.search?.current == 0)
  }

  @Test func theSearchKeysAreInHelpAndTheFooter() {
    var model = searchModelWithLesson("gradients", width: 100, height: 40)
    press(&model, .char("/"))
    var footer = view(model, width: 100, height: 40, charset: .unicode).lines()[39]
    #expect(footer.contains("Enter search") && footer.contains("Esc cancel") && footer.contains("Ctrl-C quit"))
    type(&model, "sigmoid")
    press(&model, .enter)
    footer = view(model, width: 100, height: 40, charset: .unicode).lines()[39]
    #expect(footer.contains("n next") && footer.contains("Esc clear"))
    expectHelpListsEveryKey(model, width: 100, height: 40)
  }
}

@Suite struct CourseSearchUpdateTests {
  @Test func slashOnTheMapSearchesEveryLessonAndListsTheMatchesInCourseOrder() throws {
    var model = searchModel()
    press(&model, .char("/"))
    #expect(model.isTypingText)
    type(&model, "Sigmoid")
    #expect(model.screen == .courseMap)
    press(&model, .enter)
    #expect(model.screen == .searchResults)
    let search = try #require(model.courseSearch)
    #expect(search.hits.map(\.lesson) == [0, 0, 0, 1, 1])
    #expect(search.hits.map(\.ordinal) == [0, 1, 2, 0, 1])
    #expect(search.hits[3].line.contains("The sigmoid years"), "titles are searched")
    #expect(search.lessonCount == 2)
    let title = view(model, width: 80, height: 24, charset: .unicode).lines()[0]
    #expect(title.contains("Search “Sigmoid”: 5 matches in 2 lessons"))
  }

  @Test func enterOpensTheLessonAtTheMatchWithTheSearchGoingOn() throws {
    var model = searchModel()
    press(&model, .char("/"))
    type(&model, "sigmoid")
    press(&model, .enter, .down)
    press(&model, .enter)
    #expect(model.screen == .lesson)
    #expect(model.lesson?.entry.lesson.id == "gradients")
    #expect(model.lesson?.search?.current == 1)
    #expect(model.lesson?.search?.isTyping == false)
    #expect(isVisible(try #require(currentMatchLine(model)), model))
    press(&model, .char("n"))
    #expect(model.lesson?.search?.current == 2)
    // Two Esc: the search, then the lesson; the map has that lesson selected.
    press(&model, .escape, .escape)
    #expect(model.screen == .courseMap)
    #expect(model.courseSearch == nil)
    press(&model, .char("/"))
    type(&model, "sigmoid")
    press(&model, .enter, .end, .enter)
    #expect(model.lesson?.entry.lesson.id == "history")
    #expect(model.lesson?.search?.current == 1)
    #expect(model.mapSelection == 1)
  }

  @Test func nothingFoundIsSaidOnTheMap() {
    var model = searchModel()
    press(&model, .char("/"))
    type(&model, "transformer")
    press(&model, .enter)
    #expect(model.screen == .courseMap)
    #expect(model.courseSearch == nil)
    #expect(model.mapNotice == "no lesson mentions “transformer”")
    let status = view(model, width: 80, height: 24, charset: .unicode).lines()[22]
    #expect(status.contains("no lesson mentions “transformer”"))
    press(&model, .down)
    #expect(model.mapNotice == nil)
  }

  @Test func escCancelsThePromptAndLeavesTheResults() {
    var model = searchModel()
    press(&model, .char("/"))
    type(&model, "sig")
    press(&model, .escape)
    #expect(model.courseSearch == nil)
    #expect(model.screen == .courseMap)
    press(&model, .char("/"))
    type(&model, "sig")
    press(&model, .enter)
    #expect(model.screen == .searchResults)
    expectHelpListsEveryKey(model, width: 100, height: 30)
    press(&model, .escape)
    #expect(model.screen == .courseMap)
    #expect(model.courseSearch == nil)
  }
}

@Suite struct RenderedLessonCacheTests {
  @Test func theTextIsLaidOutOncePerWidthAndCharset() {
    var model = searchModelWithLesson("gradients")
    let cache = model.renderCache
    _ = view(model, width: 80, height: 24, charset: .unicode)
    let before = cache.renderCount
    #expect(before == 1)
    for _ in 0..<5 {
      press(&model, .down)
      _ = view(model, width: 80, height: 24, charset: .unicode)
    }
    #expect(cache.renderCount == before)
    _ = view(model, width: 80, height: 24, charset: .ascii)
    #expect(cache.renderCount == before + 1)
    _ = update(&model, .resized(width: 100, height: 30))
    press(&model, .down)
    _ = view(model, width: 100, height: 30, charset: .unicode)
    #expect(cache.renderCount == before + 2)
  }

  @Test func cachedLinesAreWhatTheRendererGives() {
    let model = searchModel()
    for entry in searchCourse.lessons {
      for charset in Charset.allCases {
        let once = model.renderCache.lines(entry, width: 50, charset: charset, strings: .english)
        #expect(once == lessonLines(entry, width: 50, charset: charset, strings: .english))
        #expect(model.renderCache.lines(entry, width: 50, charset: charset, strings: .english) == once)
        let matches = model.renderCache.matches(of: "sigmoid", in: entry, width: 50, charset: charset, strings: .english)
        #expect(!matches.isEmpty)
        #expect(matches == findMatches(of: "sigmoid", in: once, charset: charset))
      }
    }
  }
}
