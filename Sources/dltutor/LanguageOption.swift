// LanguageOption: `--lang en|zh`, the one line every command that shows text adds; without it the
// locale decides (LC_ALL, then LC_MESSAGES, then LANG). Chinese that cannot be drawn (a locale that
// is not UTF-8, or --ascii) falls back to English with a one-line notice.
import ArgumentParser
import Course
import Display
import Foundation

struct LanguageOption: ParsableArguments {
  @Option(name: .customLong("lang"), help: ArgumentHelp(
    "The language: \(Language.allCases.map(\.rawValue).joined(separator: " or ")) (default: from LC_ALL, LC_MESSAGES or LANG).",
    valueName: "LANG"))
  var code: String?

  func validate() throws {
    if let code, Language(rawValue: code) == nil {
      throw ValidationError(
        "--lang: \(code) is not valid; expected " + Language.allCases.map(\.rawValue).joined(separator: " or "))
    }
  }

  /// The language asked for: `--lang`, else the locale's.
  var requested: Language {
    code.flatMap(Language.init(rawValue:)) ?? Language.fromLocale(ProcessInfo.processInfo.environment)
  }

  /// The language shown when drawing with `charset`, and why it is not the one asked for, if not.
  func resolve(charset: Charset) -> (language: Language, notice: String?) { requested.shown(with: charset) }
}

/// Prints each notice as `dltutor: notice` on stderr, where it does not mix with what a command
/// prints for scripts.
func printNotices(_ notices: [String?]) {
  var stderr = StandardError()
  for notice in notices.compactMap({ $0 }) { print("dltutor: \(notice)", to: &stderr) }
}
