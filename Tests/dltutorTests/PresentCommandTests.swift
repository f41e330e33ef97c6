// PresentCommandTests: `dltutor present` as a user runs it — its errors before any terminal is
// touched, and end to end in tmux: slides, a run whose big step counter moves, A/B, quit.

import Display
import Foundation
import Testing

@Suite struct PresentCommandTests {
  @Test func anUnknownLessonIsTheSameErrorAsRead() throws {
    let present = try runDLTutor(["present", "nope", "--lessons", shippedLessons])
    #expect(present.status == 2)
    #expect(present.err.hasPrefix("dltutor: unknown lesson \"nope\"; lessons: welcome, perceptron, "))
    #expect(present.err.split(separator: "\n").count == 1)
    #expect(present.out.isEmpty)
    let read = try runDLTutor(["read", "nope", "--lessons", shippedLessons])
    #expect(read.status == 2)
    #expect(read.err.hasPrefix("dltutor: unknown lesson \"nope\"; lessons: welcome, perceptron, "))
  }

  @Test func withoutATerminalItPointsToReadAndRun() throws {
    let r = try runDLTutor(["present", "vanishing", "--seed", "3", "--lessons", shippedLessons])
    #expect(r.status == 2)
    #expect(r.err == "dltutor: presenter mode needs a terminal; without one, use dltutor read vanishing or dltutor run EXPERIMENT --seed 3\n")
    #expect(r.out.isEmpty)
  }

  @Test func badArgumentsExitTwo() throws {
    for arguments in [["present"], ["present", "vanishing", "--seed", "minus"], ["present", "vanishing", "--lessons", "/nonexistent"]] {
      let r = try runDLTutor(arguments)
      #expect(r.status == 2, "\(arguments)")
      #expect(!r.err.isEmpty, "\(arguments)")
    }
  }
}

/// The numbers drawn five rows tall under the row `labelRow` of `screen`, left to right, read back
/// glyph by glyph (`["20", "0.693", "3"]`); a glyph that matches none ends its number.
func bigNumbers(_ screen: [String], below labelRow: Int) -> [String] {
  let rows = screen.dropFirst(labelRow + 1).prefix(BigText.height).map { Array($0) }
  guard rows.count == BigText.height else { return [] }
  let width = rows.map(\.count).max() ?? 0
  func ink(_ x: Int) -> Bool { rows.contains { x < $0.count && $0[x] != " " } }
  let glyphs = "0123456789.-+%e".map { c in (c, BigText.lines(String(c), charset: .unicode)) }
  var numbers: [String] = []
  var x = 0
  while x < width {
    guard ink(x) else { x += 1; continue }
    var number = ""
    while x < width, let (c, shape) = glyphs.first(where: { _, shape in
      (0..<BigText.height).allSatisfy { row in
        let cells = shape[row].map { $0 }
        return cells.indices.allSatisfy { i in (x + i < rows[row].count ? rows[row][x + i] : " ") == cells[i] }
      } && (x + shape[0].count >= width || !ink(x + shape[0].count))
    }) {
      number.append(c)
      x += shape[0].count + 1
    }
    if number.isEmpty { x += 1 } else { numbers.append(number) }
  }
  return numbers
}

extension TerminalTests {
  @Test func presenterModeSlidesRunsComparesAndQuits() throws {
    let tmux = try TmuxSession(width: 160, height: 48, arguments: ["present", "vanishing", "--seed", "3"])
    try tmux.waitFor("slide 1 of")
    let first = try tmux.waitFor("Starting point")
    let band = try #require(first.firstIndex { $0.contains(" step ") && $0.contains(" seed ") })
    #expect(bigNumbers(first, below: band).first == "0")
    #expect(bigNumbers(first, below: band).last == "3")

    try tmux.send("NPage")
    try tmux.waitFor("slide 2 of")
    try tmux.waitFor("activation=sigmoid")
    try tmux.send("Space")
    try tmux.waitFor("▶ running")
    try tmux.waitFor("the big step counter above zero") { screen in
      guard let step = bigNumbers(screen, below: band).first.flatMap({ Int($0) }) else { return false }
      return step > 0
    }

    try tmux.send("c")
    try tmux.waitFor("B: activation = tanh")
    try tmux.waitFor("A and B side by side in big digits") { $0.contains { $0.contains(" A: loss ") && $0.contains(" B: loss ") } }
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
    try tmux.waitFor("icanon echo STTY-END")
  }

  @Test func presenterModeHonoursAsciiAndNoColor() throws {
    let tmux = try TmuxSession(width: 100, height: 30, arguments: ["present", "perceptron", "--ascii", "--no-color"])
    let screen = try tmux.waitFor("slide 1 of")
    try tmux.waitFor("the big digits in #") { $0.contains { $0.contains("###") } }
    for line in screen { #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(line)") }
    let escapes = try tmux.screenWithEscapes()
    #expect(escapes.range(of: #"\x1b\[([0-9;]*;)?3[0-7](;[0-9;]*)?m"#, options: .regularExpression) == nil)
    #expect(escapes.contains("\u{1b}[7m") || escapes.contains(";7m"), "reverse video stays")
    try tmux.send("Escape")
    try tmux.waitFor("EXIT=0")
    try tmux.waitFor("icanon echo STTY-END")
  }
}
