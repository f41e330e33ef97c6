// `dltutor lint [DIR]`: every problem in a Lessons folder as `file:line: message`, all at once;
// exits 1 when there are any, so scripts and CI can gate on it.
import ArgumentParser
import Course

#if canImport(Glibc)
import Glibc
#endif

struct Lint: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check lessons, questions, the glossary and the common problems for authoring mistakes.",
    discussion: "Prints each problem as file:line: message and exits 1 when there are any.")

  @Argument(help: "The Lessons folder to check (default: the one dltutor reads).")
  var folder: String?

  @OptionGroup var lessonsOption: LessonsOption

  func run() throws {
    let strings = CourseStrings.english
    let root: String
    if let folder {
      root = LessonsOption(folder: folder).resolvedFolder(strings: strings)
      lessonsOption.apply()
    } else {
      root = lessonsOption.resolvedFolder(strings: strings)
    }
    let course = Course.load(folder: root)
    var stderr = StandardError()
    for issue in course.issues {
      print(issue.formatted(folder: root, strings: strings))
    }
    if course.issues.isEmpty {
      let questions = course.lessons.reduce(0) { $0 + $1.lesson.questions.count }
      print(strings.lintClean(course.lessons.count, questions), to: &stderr)
    } else {
      print(strings.lintProblems(course.issues.count), to: &stderr)
      Glibc.exit(1)
    }
  }
}

extension LessonsOption {
  /// An option group holding `folder`, for a folder given as an argument.
  init(folder: String) {
    self.init()
    self.folder = folder
  }
}
