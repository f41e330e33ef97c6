// `dltutor lessons`: the course map (order, id, title, minutes) and the folder it was read from;
// also `LessonsOption`, the `--lessons DIR` option every command that reads lessons shares.
import ArgumentParser
import Course
import Display
import Experiments
import Foundation

/// `--lessons DIR`: where the Lessons folder is, overriding the search beside the clone or install.
struct LessonsOption: ParsableArguments {
  @Option(name: .customLong("lessons"), help: ArgumentHelp("The Lessons folder to read (default: found beside the clone or the install).", valueName: "DIR"))
  var folder: String?

  /// Makes the data files and lessons come from `--lessons` when given.
  func apply() {
    if let folder { DataFiles.lessonsOverride = folder }
  }

  /// The Lessons folder to read, or exit 2 saying why there is none.
  func resolvedFolder(strings: CourseStrings) -> String {
    apply()
    if let folder {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
        CommandLineError.fail(strings.noSuchFolder(folder))
      }
      return folder
    }
    guard let found = Course.findFolder() else { CommandLineError.fail(strings.noLessonsFolder) }
    return relativeToCurrentDirectory(found)
  }
}

/// `path` relative to the current directory when it lies below it (shorter messages).
func relativeToCurrentDirectory(_ path: String) -> String {
  let current = FileManager.default.currentDirectoryPath
  let prefix = current.hasSuffix("/") ? current : current + "/"
  return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
}

struct Lessons: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the course map: order, id, title and minutes of every lesson.")

  @OptionGroup var lessonsOption: LessonsOption
  @OptionGroup var progressOption: ProgressOption
  @OptionGroup var languageOption: LanguageOption

  func run() throws {
    let charset = Locale.charset()
    let (language, languageNotice) = languageOption.resolve(charset: charset)
    let strings = language.courseStrings
    let course = Course.load(folder: lessonsOption.resolvedFolder(strings: strings), language: language.rawValue)
    printNotices([languageNotice, course.untranslatedNotice(strings)])
    print(strings.lessonsFrom(course.folder))
    print()
    let columns = strings.mapColumns
    let orderWidth = max(displayWidth(columns.order), course.lessons.map { displayWidth(String($0.lesson.order)) }.max() ?? 0)
    let idWidth = max(displayWidth(columns.id), course.lessons.map { displayWidth($0.lesson.id) }.max() ?? 0)
    let titles = course.lessons.map { entry in
      entry.isBroken ? strings.broken(entry.issues.first.map { strings.describe($0.message) } ?? "") : entry.lesson.title
    }
    let titleWidth = max(displayWidth(columns.title), titles.map(displayWidth).max() ?? 0)
    func row(_ order: String, _ id: String, _ title: String, _ minutes: String) {
      let line = [pad(order, toWidth: orderWidth, alignment: .right), pad(id, toWidth: idWidth), pad(title, toWidth: titleWidth),
        minutes].joined(separator: "  ")
      print(charset.transliterate(String(line.reversed().drop { $0 == " " }.reversed())))
    }
    row(columns.order, columns.id, columns.title, columns.minutes)
    for (entry, title) in zip(course.lessons, titles) {
      // A broken front matter leaves order or minutes unknown (0): show a dash, not a number.
      row(entry.lesson.order > 0 ? String(entry.lesson.order) : "-", entry.lesson.id, title,
        entry.lesson.minutes > 0 ? String(entry.lesson.minutes) : "-")
    }
    print()
    print(strings.dueForReview(dueCount(store: progressOption.store(), course: course, now: Date())))
  }
}
