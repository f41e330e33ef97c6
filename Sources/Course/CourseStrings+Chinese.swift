// CourseStrings+Chinese: the Simplified Chinese catalog of the course module's words. Parser and
// linter messages stay English: they are for lesson authors and quote the format's English keys.

extension CourseStrings {
  /// Simplified Chinese.
  public static let chinese = CourseStrings(
    note: "注",
    factCheck: "事实核查",
    claim: "综述的说法",
    truth: "实际上",
    source: "出处",
    cause: "可能原因",
    fixes: "先试这些",
    lesson: "课程",
    titleWithID: { title, id in "\(title)（\(id)）" },
    tryThis: "试一试",
    colon: "：",
    knobs: "参数",
    runIt: { "运行：\($0)" },
    questionsFooter: { count, id in "本课有 \(count) 道题：dltutor quiz --lesson \(id)" },
    mapColumns: ("#", "id", "标题", "分钟"),
    lessonsFrom: { "课程目录：\($0)" },
    dueForReview: { $0 == 0 ? "没有要复习的题目。" : "有 \($0) 道题要复习：dltutor quiz" },
    broken: { "有问题：\($0)" },
    unknownLesson: { id, known in "没有课程“\(id)”；现有课程：" + known.joined(separator: ", ") },
    noLessonsFolder: "找不到 Lessons 文件夹：请在 dltutor 的克隆目录中运行，或用 --lessons（或 DLTUTOR_LESSONS）指向它",
    noSuchFolder: { "没有这个文件夹：\($0)" },
    lessonIsBroken: { "课程“\($0)”的文件有问题（dltutor lint 会全部列出）：" },
    describe: englishCourseMessage,
    lintClean: { lessons, questions in "没有问题：\(lessons) 课，\(questions) 道题" },
    lintProblems: { "\($0) 个问题" },
    needsUnicode: "中文需要 UTF-8 区域设置（如 zh_CN.UTF-8）和 Unicode 绘制，现以英文显示。",
    noTranslation: "还没有中文课程，课程以英文显示。",
    untranslated: { "以下课程尚未译成中文，以英文显示：" + $0.joined(separator: "、") }
  )
}
