// ProgressSaver: the tutor's link to the progress file while it runs — each change the app makes
// is written under the store's lock as it happens, and the first failure stops the saving.
import Course
import Foundation

/// Writes each change the app reports to the progress file, and stops at the first failure so the
/// learner is told once, not at every key.
struct ProgressSaver {
  let store: ProgressStore
  /// False once a save failed, or from the start when an unreadable file could not be moved aside
  /// (saving would overwrite it).
  private(set) var saving: Bool
  /// Every warning a save gave, for the terminal once the app is closed.
  private(set) var warnings: [ProgressWarning] = []
  /// The stamp of the last position saved. Positions saved within one second still have to say
  /// which lesson came last ("continue" follows the latest), so each is at least a second after
  /// the one before.
  private var lastPositionStamp = Date.distantPast

  init(store: ProgressStore, loadWarnings: [ProgressWarning]) {
    self.store = store
    saving = !loadWarnings.contains { if case .cannotMoveAside = $0 { return true } else { return false } }
  }

  /// Saves `change`; returns the warnings the learner must see (none once saving has stopped).
  mutating func save(_ change: ProgressChange) -> [ProgressWarning] {
    guard saving else { return [] }
    var stamp = Date(timeIntervalSince1970: store.now().timeIntervalSince1970.rounded(.down))
    if case .position = change {
      stamp = max(stamp, lastPositionStamp.addingTimeInterval(1))
      lastPositionStamp = stamp
    }
    do {
      let result = try store.update { change.apply(to: &$0, at: stamp) }
      warnings += result.warnings
      return result.warnings
    } catch {
      saving = false
      warnings.append(error.warning)
      return [error.warning]
    }
  }
}
