// ProgressNotice: a warning about the progress file put into the learner's words and onto the
// screen — the course map keeps it, the lesson screen shows it once under the text.

import Course
import Foundation

extension StringCatalog {
  /// One line about the progress file. Only the file's name is given for the copy kept aside:
  /// the full paths are printed after the terminal is restored, where there is room for them.
  public func progressWarning(_ warning: ProgressWarning) -> String {
    switch warning {
    case .keptAside(_, let aside, let problem):
      return format(.progressKeptAside, describe(problem), (aside as NSString).lastPathComponent)
    case .cannotMoveAside(_, let problem, let reason):
      return format(.progressCannotMoveAside, describe(problem), reason)
    case .cannotSave(_, let reason):
      return format(.progressCannotSave, reason)
    }
  }

  private func describe(_ problem: ProgressWarning.Problem) -> String {
    switch problem {
    case .corrupt: return self[.progressCorrupt]
    case .newerVersion(let version): return format(.progressNewerVersion, String(version))
    case .unreadable(let reason): return reason
    }
  }
}

/// Keeps `warning` for the course map and, on the lesson screen, says it under the text at once.
func noteProgressWarning(_ model: inout Model, _ warning: ProgressWarning) {
  let text = model.strings.progressWarning(warning)
  model.progressNotice = text
  if model.screen == .lesson { model.lesson?.notice = text }
}
