// ChineseFixtures: a small course with two Chinese lessons (and one English lesson not translated
// yet), and models of it with the shipped Chinese UI strings — for the CJK screens and invariants.

import Course
import Foundation
@testable import TutorApp

/// The repository's `Lessons/` folder (for the shipped `zh/ui.strings`).
let shippedLessonsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Lessons").path

/// The shipped Chinese UI strings.
let chineseStrings: StringCatalog = StringCatalog.load(language: "zh", lessonFolders: [shippedLessonsFolder]).catalog

/// Two lessons in Chinese — one long, with a fact check, a table and two Try this presets, its
/// paragraphs dense with full-width punctuation so wrapping meets it at every width — and a third
/// lesson only in English.
let chineseFixtureCourse: Course = {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tutorapp-zh-course-\(getpid())").path
  let filler = (1...8).map { n in
    "第 \(n) 段：权重、阈值和偏置一起决定这条直线的位置；每犯一次错，规则就把直线朝那个点推一点，直到所有点都分对，或者轮数用完。"
  }.joined(separator: "\n\n")
  let neurons = """
    ---
    id: neurons
    title: 会学习的神经元
    order: 1
    covers: 2.1.1
    experiment: perceptron
    minutes: 15
    ---

    ## 一条会移动的直线

    感知机每犯一次错，就把直线朝分错的那个点推一点。只要两类点之间留有间隔，错误的次数就有上限：Novikoff 证明它不超过 (R/γ)²。间隔越窄，上限越高，学得也越慢。

    ::: fact-check
    claim: 感知机是 1943 年提出的。
    truth: 1943 年的是 McCulloch 和 Pitts 的阈值神经元，它不会学习；会从错误中学习权重的感知机，是 Rosenblatt 在 1958 年提出的。
    source: F. Rosenblatt，《The perceptron》，Psychological Review 65(6)，1958。
    :::

    ::: try 间隔变窄
    set: margin=0.02 points=40
    间隔窄了五倍，规则要多犯几次错，才能找到分开两类点的直线。
    :::

    | 数据集 | 能否分开 | 错误次数 |
    |---|---|---|
    | 有间隔 | 能 | 有上限 |
    | XOR | 不能 | 永不停止 |

    \(filler)

    ::: try XOR 永不收敛
    set: dataset=xor max_epochs=5
    没有一条直线能分开 XOR，错误永远不会归零。
    :::

    完。
    """
  let history = """
    ---
    id: history
    title: 简短的历史
    order: 2
    covers: 1.1
    experiment: none
    minutes: 5
    ---

    ## 寒冬与春天

    2012 年以前，人们对神经网络的兴趣两起两落。每一次，期望都跑在结果前面；每一次，冷下来的原因都不是理论，而是算力、数据和训练方法。
    """
  let extra = """
    ---
    id: extra
    title: Not translated yet
    order: 3
    covers: 1.2
    experiment: none
    minutes: 5
    ---

    Only in English.
    """
  let manager = FileManager.default
  try? manager.createDirectory(atPath: folder + "/zh", withIntermediateDirectories: true)
  try? manager.createDirectory(atPath: folder + "/en", withIntermediateDirectories: true)
  try? neurons.write(toFile: folder + "/zh/neurons.md", atomically: true, encoding: .utf8)
  try? history.write(toFile: folder + "/zh/history.md", atomically: true, encoding: .utf8)
  try? extra.write(toFile: folder + "/en/extra.md", atomically: true, encoding: .utf8)
  return Course.load(folder: folder, language: "zh")
}()

/// A model on the map of the Chinese course, in Chinese, with the notice about the English lesson.
func modelWithChineseCourse(width: Int = 80, height: Int = 24) -> Model {
  var model = Model(width: width, height: height, strings: chineseStrings, course: chineseFixtureCourse)
  model.startupNotices = [chineseFixtureCourse.untranslatedNotice(model.courseStrings)].compactMap { $0 }
  return model
}

/// A model with the Chinese lesson `id` open at its top.
func modelWithChineseLesson(_ id: String, width: Int = 80, height: Int = 24) -> Model {
  var model = modelWithChineseCourse(width: width, height: height)
  if let index = chineseFixtureCourse.lessons.firstIndex(where: { $0.lesson.id == id }) { model.mapSelection = index }
  press(&model, .enter)
  return model
}
