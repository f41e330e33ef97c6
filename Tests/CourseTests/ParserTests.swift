// The parser: front matter, every block kind with its line, inline markup, questions of every
// kind, and the readout expressions of predict and diagnose questions.

import Experiments
import Testing
@testable import Course

@Suite struct ParserTests {
  static let lesson = """
    ---
    id: demo
    title: Demo: a lesson
    order: 3
    covers: 2.1.1, 2.1.2
    experiment: perceptron
    minutes: 4
    ---

    # Heading one
    A paragraph with *emphasis*, **strong text
    across lines**, `code` and a [link](lesson:demo).

    - first item
      continued
    - second item

    1. one
    2. two

    | a | bb |
    |---|---|
    | 1 | 2 |

    ```
    let x = 1
    ```

    ::: fact-check
    claim: Wrong.
    truth: Right,
      on two lines.
    source: A paper.
    :::

    ::: try Title here
    set: dataset=xor lr=0.5
    Look: at the errors.
    :::

    ::: question q-numeric
    kind: numeric
    prompt: How many?
    answer: 12.5
    tolerance: 10%
    explain: Because.
    :::
    """

  @Test func readsFrontMatterAndBlocksWithLines() throws {
    let file = CourseParser.parse(Self.lesson)
    #expect(file.issues == [])
    #expect(file.value("title") == "Demo: a lesson")
    #expect(file.value("covers") == "2.1.1, 2.1.2")
    #expect(file.blocks.map(\.line) == [10, 11, 14, 18, 21, 25, 29, 36])
    guard case .paragraph(let inlines) = file.blocks[1].content else { Issue.record("not a paragraph"); return }
    #expect(inlines == [
      .text("A paragraph with "), .emphasis("emphasis"), .text(", "), .strong("strong text across lines"), .text(", "),
      .code("code"), .text(" and a "), .link(text: "link", target: .lesson("demo"), line: 12), .text("."),
    ])
    #expect(file.blocks[2].content == .list(ordered: false, items: [[.text("first item continued")], [.text("second item")]]))
    #expect(file.blocks[3].content == .list(ordered: true, items: [[.text("one")], [.text("two")]]))
    #expect(file.blocks[4].content == .table(header: [[.text("a")], [.text("bb")]], rows: [[[.text("1")], [.text("2")]]]))
    #expect(file.blocks[5].content == .code(["let x = 1"]))
    #expect(file.blocks[6].content == .factCheck(FactCheck(claim: [.text("Wrong.")], truth: [.text("Right, on two lines.")], source: [.text("A paper.")])))
    guard case .tryThis(let preset) = file.blocks[7].content else { Issue.record("not a try"); return }
    #expect(preset.title == "Title here")
    #expect(preset.settings == [KnobAssignment(knob: "dataset", value: "xor", line: 37), KnobAssignment(knob: "lr", value: "0.5", line: 37)])
    #expect(preset.body == [Block(line: 38, .paragraph([.text("Look: at the errors.")]))])
  }

  @Test func readsANumericQuestion() throws {
    let question = try #require(CourseParser.parse(Self.lesson).questions.first)
    #expect(question.id == "q-numeric")
    #expect(question.line == 41)
    #expect(question.number == 12.5)
    #expect(question.tolerance == .relative(0.1))
    #expect(question.tolerance?.accepts(13.5, key: 12.5) == true)
    #expect(question.tolerance?.accepts(14, key: 12.5) == false)
  }

  @Test func strayMarkupStaysText() {
    #expect(parseInline("2 * 3 = 6, snake_case_name, [not a link]", line: 1) == [.text("2 * 3 = 6, snake_case_name, [not a link]")])
    #expect(parseInline("a `b", line: 1) == [.text("a `b")])
    #expect(parseInline("[web](https://example.org)", line: 7) == [.link(text: "web", target: .web("https://example.org"), line: 7)])
  }

  @Test func aLineBreakTouchingChineseIsNoSpace() throws {
    let text = """
      ---
      id: zh
      title: 中文
      kind: glossary
      ---

      ::: term saddle
      term: 鞍点
      梯度为零，
      却不是极小值。It is
      a point.
      :::
      """
    let term = try #require(CourseParser.parse(text).terms.first)
    guard case .paragraph(let inlines)? = term.body.first?.content else { Issue.record("no paragraph"); return }
    #expect(inlines == [.text("梯度为零，却不是极小值。It is a point.")])
    #expect(joinLines("long", "line") == "long line")
    #expect(joinLines("中文", "English") == "中文English")
  }

  @Test func emphasisWorksBetweenChineseCharacters() {
    #expect(parseInline("这是*应该*发生的", line: 1) == [.text("这是"), .emphasis("应该"), .text("发生的")])
    #expect(parseInline("snake_case_name", line: 1) == [.text("snake_case_name")])
  }

  @Test func reportsStructuralMistakesWithTheirLines() {
    let text = """
      ---
      id: x
      nonsense line
      ---
      :::
      ::: warning
      text
      :::
      | a | b |
      | 1 | 2 |
      ::: question q
      kind: single
      prompt: P
      choice a: A
      why b: B
      answer: a
      stray words
      :::
      """
    let messages = CourseParser.parse(text).issues.map { "\($0.line): \(CourseStrings.english.describe($0.message))" }
    #expect(messages == [
      "3: front matter line \"nonsense line\" is not \"key: value\"",
      "5: \":::\" closes no block",
      "6: unknown block \"warning\"; blocks: note, fact-check, try, question, term, problem",
      "10: table needs a separator line (|---|---|) under its header",
      "17: text in a \"question\" block must be a field (\"key: value\")",
      "15: \"why b\" explains a choice that does not exist",
      "11: a single question needs at least two choices",
      "11: question \"q\" has no explanation: add \"explain:\" or a \"why\" for every choice",
    ])
  }

  @Test func expressionsParseAndEvaluate() throws {
    let readouts = [Readout("mistakes", 13), Readout("bound", 378), Readout("norms", vector: [0.5, 1e-4])]
    func value(_ text: String, state: String = "converged") throws -> ReadoutExpression.Value? {
      try ReadoutExpression.parse(text).get().evaluate(readouts: readouts, state: state)
    }
    #expect(try value("readout mistakes <= readout bound") == .condition(true))
    #expect(try value("readout mistakes > readout bound or status == converged") == .condition(true))
    #expect(try value("readout mistakes > 1 and status == diverged") == .condition(false))
    #expect(try value("status != never-converges", state: "never-converges") == .condition(false))
    #expect(try value("readout norms[1] < 1e-3") == .condition(true))
    #expect(try value("readout mistakes") == .number(13))
    #expect(try value("readout missing > 1") == nil)
    #expect(try value("readout norms[5]") == nil)
    #expect(ReadoutExpression.parse("readout mistakes <=") == .failure(.expectedValue("")))
    #expect(ReadoutExpression.parse("readout a ~ 2") == .failure(.unexpected("~")))
    #expect(ReadoutExpression.parse("readout a and readout b") == .failure(.notACondition))
    #expect(ReadoutExpression.parse("  ") == .failure(.empty))
  }
}
