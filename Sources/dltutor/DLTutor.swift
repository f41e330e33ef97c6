// The dltutor command: argument parsing and wiring. Subcommands live one per file beside this.
import ArgumentParser

@main
struct DLTutor: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "dltutor",
    abstract: "A terminal tutor for deep learning: lessons with live experiments drawn as text plots.",
    version: version,
    subcommands: [Bench.self]
  )

  mutating func run() throws {
    // The tutor's screens come with the terminal app; until then, say what exists.
    print(DLTutor.helpMessage())
  }
}
