// `dltutor run`: an experiment without the TUI — its plots and numbers as text, CSV or JSON.
import ArgumentParser
import Course
import Display
import Experiments

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run an experiment headless and print its plots and numbers.",
    discussion: "Example: dltutor run perceptron --set dataset=xor --steps 200 --format json"
  )

  @Argument(help: "The experiment's id (see --list).")
  var experiment: String?

  @Flag(help: "List the experiments with their knobs, ranges and defaults.")
  var list = false

  @Option(name: .customLong("set"), help: ArgumentHelp("Set a knob.", valueName: "KNOB=VALUE"))
  var assignments: [String] = []

  @Option(help: "Steps to run (default: the experiment's own).")
  var steps: Int?

  @Option(help: "The seed: the same seed gives the same numbers on every machine.")
  var seed: UInt64 = 1

  @Option(help: "Output format: text, csv or json.")
  var format: String = "text"

  @Option(help: "Page width for --format text (default: the terminal's, else 80).")
  var width: Int?

  @Option(help: "Page height for --format text (default: the terminal's, else 24).")
  var height: Int?

  @Option(help: ArgumentHelp("A CSV data file, for experiments that take one.", valueName: "FILE"))
  var data: String?

  @OptionGroup var asciiOption: AsciiOption

  @OptionGroup var languageOption: LanguageOption

  func run() throws {
    let charset: Charset = asciiOption.charset()
    let (language, languageNotice) = languageOption.resolve(charset: charset)
    // CSV and JSON are for programs: their words stay English whatever the language.
    let strings = list || format == ReportFormat.text.rawValue ? language.experimentStrings : .english
    printNotices([strings.code == language.rawValue ? languageNotice : nil])
    ExperimentStrings.$current.withValue(strings) {
      if list {
        print(charset.transliterate(ExperimentListing.text()), terminator: "")
        return
      }
      do throws(ExperimentError) {
        try runExperiment()
      } catch {
        CommandLineError.fail(error.message)
      }
    }
  }

  private func runExperiment() throws(ExperimentError) {
    guard let id = experiment else {
      throw ExperimentError("missing experiment id; experiments: " + ExperimentCatalog.all.map { $0.id }.joined(separator: ", "))
    }
    guard let reportFormat = ReportFormat(rawValue: format) else {
      throw ExperimentError("--format: \"\(format)\" is not valid; expected one of: text, csv, json")
    }
    let terminal = TerminalSize.current()
    let pageWidth = width ?? terminal?.width ?? 80
    let pageHeight = height ?? terminal?.height ?? 24
    guard (20...1000).contains(pageWidth), (8...500).contains(pageHeight) else {
      throw ExperimentError("--width must be 20…1000 and --height 8…500, got \(pageWidth)×\(pageHeight)")
    }
    if let steps, !(0...10_000_000).contains(steps) {
      throw ExperimentError("--steps must be 0…10000000, got \(steps)")
    }
    let type = try ExperimentCatalog.named(id)
    var settingAssignments = assignments
    if let data {
      // --data FILE implies dataset=file where the experiment offers it, unless --set says otherwise.
      let offersFile = type.knobs.contains { $0.name == "dataset" && Run.choices($0).contains("file") }
      if offersFile { settingAssignments.insert("dataset=file", at: 0) }
      settingAssignments.append("data=\(data)")
    }
    let settings = try type.settings(settingAssignments)
    let e = try type.init(settings: settings, seed: seed)
    e.run(steps: steps ?? type.plannedSteps(for: settings))
    let charset: Charset = asciiOption.charset()
    print(ExperimentReport.render(e, format: reportFormat, width: pageWidth, height: pageHeight, charset: charset), terminator: "")
  }
}

extension Run {
  static func choices(_ knob: Knob) -> [String] {
    if case .choice(let names) = knob.kind { return names }
    return []
  }
}

/// The `run --list` text: ids, titles and knobs, in the current language's punctuation too.
enum ExperimentListing {
  static func text() -> String {
    var out = ""
    for type in ExperimentCatalog.all {
      let heading: Phrase = "\(type.id) — \(type.title): \(type.summary)"
      out += "\(heading)\n"
      for knob in type.knobs {
        let line: Phrase = "  \(knob.name) = \(knob.defaultValue)   (\(knob.validValuesDescription)) \(knob.help)"
        out += "\(line)\n"
      }
    }
    return out
  }
}
