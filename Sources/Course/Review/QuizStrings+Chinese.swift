// QuizStrings+Chinese: the Simplified Chinese catalog of the quiz and progress words. Answers are
// typed as the format defines them (choice letters, numbers) or as a Chinese input method types
// them (full-width letters and commas, 对/错), and the prompts say so.

import Foundation

extension QuizStrings {
  /// Simplified Chinese.
  public static let chinese = QuizStrings(
    sessionHeader: { total, due, new in "测验：共 \(total) 道题（\(due) 道到期复习，\(new) 道新题）。" },
    howToAnswer: "输入答案后按 Enter；按 Ctrl-D 结束测验（已答的题目会保存）。",
    questionHeading: { n, total, lesson, id in "第 \(n) 题，共 \(total) 题 · 课程 \(lesson) · \(id)" },
    againHeading: { lesson, id in "再答一次 · 课程 \(lesson) · \(id)" },
    againIntro: "再来一遍答错的题目：",
    prompt: { form in "答案（\(expectedInChinese(form))）：" },
    predictPrompt: { form in "你的预测（\(expectedInChinese(form))）：" },
    unreadable: { form in "请回答\(expectedInChinese(form))。" },
    running: { experiment, settings, seed in
      "正在运行 \(experiment)" + (settings.isEmpty ? "" : "，参数 " + settings.joined(separator: " ")) + "，种子 \(seed)……"
    },
    computed: { value, readouts in
      "运行结果：\(value)"
        + (readouts.isEmpty
          ? "" : "（" + readouts.map { "\($0.name) = \(QuizStrings.english.number($0.value))" }.joined(separator: "，") + "）")
    },
    runFailed: { "实验无法运行：\($0)" },
    number: QuizStrings.english.number,
    right: "答对了。",
    wrong: "答错了。",
    theAnswerIs: { "正确答案是 \($0)。" },
    revisit: { id, title in "复习课程“\(title)”：dltutor read \(id)" },
    score: { right, answered in "得分：\(answered) 题中答对 \(right) 题。" },
    weakLessons: { lessons in
      "需要复习：" + lessons.map { "\($0.lesson)（\($0.answered) 题中错 \($0.wrong) 题）" }.joined(separator: "，")
    },
    nextReview: { date, days in
      "下次复习：\(date)" + (days <= 0 ? "（今天）。" : days == 1 ? "（明天）。" : "（\(days) 天后）。")
    },
    nothingToAsk: { scope, anyRead in
      switch scope {
      case .lesson(let id): return "课程 \(id) 现在没有要问的题：每道题都答过了，也没有到期的。"
      case .everything: return "现在没有要问的题：每道题都答过了，也没有到期的。"
      case .lessonsRead:
        return anyRead
          ? "现在没有到期的题，读过的课程的题目也都答过了。试试 --lesson ID 或 --all。"
          : "还没有读过课程，所以没有要复习的。用 --lesson ID 做某一课的题，或用 --all 做全部的题。"
      }
    },
    endedEarly: { "输入结束：已保存 \($0) 个答案。" },
    warning: chineseWarning,
    exportHeader: QuizStrings.english.exportHeader,
    exported: { count, path in "已把 \(count) 个答案写入 \(path)。" },
    cannotWrite: { path, reason in "无法写入 \(path)：\(reason)" },
    progressFile: { "进度文件：\($0)" },
    noProgress: "还没有进度。",
    lessonLine: { id, finished, line, knobs in
      var parts = [finished ? "已读完" : "已开始"]
      if let line { parts.append("读到第 \(line) 行") }
      if !knobs.isEmpty { parts.append("参数 " + knobs.joined(separator: " ")) }
      return "  \(id)：" + parts.joined(separator: "，")
    },
    quizLine: { id, answered, right, due in
      "  \(id)：测验已答 \(answered) 题，上次答对 \(right) 题，现在到期 \(due) 题"
    },
    questionTotals: { answered, right, due in
      "题目：已答 \(answered) 题，上次答对 \(right) 题，现在到期 \(due) 题。"
    },
    confirmReset: { lesson, path in
      (lesson.map { "清除课程 \($0) 的进度" } ?? "清除全部进度") + "（\(path)）？[y/N] "
    },
    resetDone: { lesson in lesson.map { "课程 \($0) 的进度已重置。" } ?? "全部进度已重置。" },
    resetCancelled: "什么也没有重置。",
    resetNeedsConfirmation: "重置需要确认：请在终端里运行，或加上 --yes"
  )
}

/// What an answer must look like, in Chinese, with the words to type as they must be typed.
private func expectedInChinese(_ form: AnswerForm) -> String {
  switch form {
  case .choices(let labels, let multiple):
    let list = labels.count <= 1 ? labels.joined() : labels.dropLast().joined(separator: "、") + " 或 " + (labels.last ?? "")
    return multiple ? "\(list) 中的一个或多个，用逗号分隔" : list
  case .truth: return "对 或 错（true / false）"
  case .number: return "一个数"
  }
}

private func chineseWarning(_ warning: ProgressWarning) -> String {
  func problem(_ p: ProgressWarning.Problem) -> String {
    switch p {
    case .corrupt: return "它不是有效的进度文件"
    case .newerVersion(let v): return "它由更新版本的 dltutor 写成（格式 \(v)）"
    case .unreadable(let reason): return "无法读取它（\(reason)）"
    }
  }
  switch warning {
  case .keptAside(let path, let aside, let p):
    return "警告：进度文件 \(path) 已另存为 \(aside)，因为\(problem(p))；从头开始"
  case .cannotMoveAside(let path, let p, let reason):
    return "警告：进度文件 \(path) 无法使用，因为\(problem(p))，也无法移到一旁（\(reason)）；本次不会保存"
  case .cannotSave(let path, let reason):
    return "警告：无法把进度保存到 \(path)（\(reason)）；本次不会保存"
  }
}
