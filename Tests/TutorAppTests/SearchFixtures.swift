// SearchFixtures: a small course for the search tests — a long lesson where "sigmoid" appears three
// times (once split across an emphasis span), a CJK line and a Greek letter, and a short lesson
// whose title and text both say "sigmoid".

import Course
import Display
import Foundation
@testable import TutorApp

let searchCourse: Course = {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tutorapp-search-course-\(getpid())").path
  func filler(_ range: ClosedRange<Int>) -> String {
    range.map { n in "Filler \(n) talks about layers, slopes and products, long enough to wrap onto a second line." }
      .joined(separator: "\n\n")
  }
  let gradients = """
    ---
    id: gradients
    title: Gradients that vanish
    order: 1
    covers: 2.1.1
    experiment: vanishing-gradients
    minutes: 10
    ---

    ## Why deep nets stall

    \(filler(1...6))

    The *sig*moid squashes its input; its slope is at most one quarter.

    \(filler(7...12))

    梯度消失：每一层的导数都小于一，乘起来就消失了。

    The factor γ shrinks the signal at every layer, and sigmoid units saturate.

    \(filler(13...20))

    A Sigmoid again, near the end.
    """
  let history = """
    ---
    id: history
    title: The sigmoid years
    order: 2
    covers: 1.1
    experiment: none
    minutes: 5
    ---

    Before ReLU, almost every network used a sigmoid.
    """
  try? FileManager.default.createDirectory(atPath: folder + "/en", withIntermediateDirectories: true)
  try? gradients.write(toFile: folder + "/en/gradients.md", atomically: true, encoding: .utf8)
  try? history.write(toFile: folder + "/en/history.md", atomically: true, encoding: .utf8)
  return Course.load(folder: folder)
}()

/// A model on the map of `searchCourse`, drawing with `charset`.
func searchModel(width: Int = 80, height: Int = 24, charset: Charset = .unicode) -> Model {
  var model = Model(width: width, height: height, course: searchCourse)
  model.charset = charset
  return model
}

/// A model with the lesson `id` of `searchCourse` open at its top.
func searchModelWithLesson(_ id: String, width: Int = 80, height: Int = 24, charset: Charset = .unicode) -> Model {
  var model = searchModel(width: width, height: height, charset: charset)
  model.mapSelection = searchCourse.lessons.firstIndex { $0.lesson.id == id } ?? 0
  press(&model, .enter)
  return model
}

/// Types `text` one character at a time.
func type(_ model: inout Model, _ text: String) {
  for c in text { press(&model, .char(c)) }
}

/// The rows of `buffer` that have search marks, one line each: `#` a current match (bold and
/// underlined, reversed or on a reversed row), `=` any other reversed cell. Row 0 (the title bar,
/// always reversed) is left out. Text snapshots cannot show styles; this makes the marks reviewable.
func matchMarks(_ buffer: Buffer) -> String {
  var rows: [String] = []
  for y in 1..<buffer.height {
    var line = ""
    for x in 0..<buffer.width where !buffer[x, y].isContinuation {
      let style = buffer[x, y].style
      let wide = x + 1 < buffer.width && buffer[x + 1, y].isContinuation
      let mark: Character = style.bold && style.underline ? "#" : (style.reverse ? "=" : " ")
      line += String(repeating: mark, count: wide ? 2 : 1)
    }
    if line.contains(where: { $0 != " " }) {
      rows.append("row \(y): " + String(line.reversed().drop { $0 == " " }.reversed()))
    }
  }
  return rows.joined(separator: "\n")
}
