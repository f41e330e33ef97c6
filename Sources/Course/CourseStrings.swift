// CourseStrings: the words the course module shows — callout labels, the course map, and every
// parser and linter message — one catalog per language (English and Chinese).

/// The user-visible words of the course module in one language.
public struct CourseStrings: Sendable {
  /// The label of a Note callout.
  public let note: String
  /// The label of a Fact check callout and its three parts.
  public let factCheck: String
  public let claim: String
  public let truth: String
  public let source: String
  /// Labels of a common problem's likely cause, first fixes and lesson.
  public let cause: String
  public let fixes: String
  public let lesson: String
  /// A lesson named by its title with its id in brackets: "Optimizers (optimizers)".
  public let titleWithID: @Sendable (_ title: String, _ id: String) -> String
  /// The label of a Try this callout.
  public let tryThis: String
  /// What joins a label to its text: ": " in English, a full-width "：" in Chinese.
  public let colon: String
  /// "Knobs:" before a preset's assignments.
  public let knobs: String
  /// How to run a preset headless, given the command.
  public let runIt: @Sendable (String) -> String
  /// The line after a lesson saying how many questions it has and how to take them.
  public let questionsFooter: @Sendable (_ count: Int, _ lessonID: String) -> String
  /// Column titles of the course map.
  public let mapColumns: (order: String, id: String, title: String, minutes: String)
  /// "Lessons from DIR".
  public let lessonsFrom: @Sendable (String) -> String
  /// The course map's closing line: how many quiz questions are due for review.
  public let dueForReview: @Sendable (Int) -> String
  /// A broken lesson on the course map, with its first problem.
  public let broken: @Sendable (String) -> String
  /// A lesson id that is not in the course, with the ids there are.
  public let unknownLesson: @Sendable (_ id: String, _ known: [String]) -> String
  /// No Lessons folder was found.
  public let noLessonsFolder: String
  /// A folder given on the command line does not exist.
  public let noSuchFolder: @Sendable (String) -> String
  /// A lesson that cannot be shown because its file has problems.
  public let lessonIsBroken: @Sendable (String) -> String
  /// The words of a parser or linter message.
  public let describe: @Sendable (CourseMessage) -> String
  /// The summary after a lint run with no problems.
  public let lintClean: @Sendable (_ lessons: Int, _ questions: Int) -> String
  /// The summary after a lint run with problems.
  public let lintProblems: @Sendable (Int) -> String
  /// Why a language that needs Unicode (Chinese) is shown in English: the locale is not UTF-8,
  /// or ASCII drawing was asked for.
  public let needsUnicode: String
  /// The course has no lessons in this language at all, so all of it is shown in English.
  public let noTranslation: String
  /// These lessons (ids) are not in this language yet and are shown in English.
  public let untranslated: @Sendable ([String]) -> String
}
