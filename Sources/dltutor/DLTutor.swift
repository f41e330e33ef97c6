// The dltutor command: argument parsing and wiring. Subcommands live one per file beside this.
import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

@main
struct DLTutor: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "dltutor",
    abstract: "A terminal tutor for deep learning: lessons with live experiments drawn as text plots.",
    version: version,
    subcommands: [Run.self, Bench.self, Lessons.self, Read.self, Lint.self, Quiz.self, ProgressCommand.self, Present.self]
  )

  @OptionGroup var lessonsOption: LessonsOption
  @OptionGroup var languageOption: LanguageOption
  @OptionGroup var progressOption: ProgressOption

  @OptionGroup var asciiOption: AsciiOption

  @Flag(name: .customLong("no-color"), help: "No colours (as does the NO_COLOR environment variable).")
  var noColor = false

  @Flag(name: .customLong("debug-crash"), help: .hidden)
  var debugCrash = false

  mutating func run() throws {
    lessonsOption.apply()
    Tutor.start(
      ascii: asciiOption.ascii, noColor: noColor, debugCrash: debugCrash, languageOption: languageOption,
      store: progressOption.store())
  }

  /// Like ArgumentParser's `main()`, except that bad input (an unknown option, a value that does
  /// not parse) exits with status 2, as every dltutor error about its input does, not 64.
  static func main() {
    InteractiveBacktrace.turnOff()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        var stderr = StandardError()
        print(fullMessage(for: error), to: &stderr)
        Glibc.exit(2)
      }
      exit(withError: error)
    }
  }
}
