// Language: the languages the tutor speaks, the one the learner's locale asks for, and the one that
// can actually be shown (Chinese needs Unicode drawing; without it the tutor speaks English and
// says why).

import Display
import Experiments

/// A language the tutor has words for. The raw value is the `--lang` value and the name of the
/// language's folder under `Lessons/`.
public enum Language: String, CaseIterable, Sendable {
  case english = "en"
  case chinese = "zh"

  /// The locale's language: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not
  /// empty (the order in which POSIX lets them override each other). `zh`, `zh_CN.UTF-8`, `zh_TW`
  /// and `zh-Hans` are Chinese; anything else, or no locale at all, is English.
  public static func fromLocale(_ environment: [String: String]) -> Language {
    let name = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    return name.prefix { $0.isLetter }.lowercased() == "zh" ? .chinese : .english
  }

  /// The language that can be shown with `charset`, and a notice (in the language shown) when
  /// it is not the one asked for: Chinese in ASCII would be nothing but question marks.
  public func shown(with charset: Charset) -> (language: Language, notice: String?) {
    guard self == .chinese, charset != .unicode else { return (self, nil) }
    return (.english, Language.english.courseStrings.needsUnicode)
  }

  /// The words of the course module (callout labels, course map, messages) in this language.
  public var courseStrings: CourseStrings {
    switch self {
    case .english: return .english
    case .chinese: return .chinese
    }
  }

  /// The words of the quiz and the progress commands in this language.
  public var quizStrings: QuizStrings {
    switch self {
    case .english: return .english
    case .chinese: return .chinese
    }
  }

  /// The words the experiments draw (captions, legends, knob help, status lines) in this language.
  public var experimentStrings: ExperimentStrings {
    switch self {
    case .english: return .english
    case .chinese: return .chinese
    }
  }

  /// The language whose folder is named `code`, English for any other.
  public static func named(_ code: String) -> Language { Language(rawValue: code) ?? .english }
}
