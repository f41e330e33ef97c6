// SearchPrompt: the one-line `/query` editor shared by the lesson's search and the course map's —
// printable keys type, Backspace erases, Enter confirms and Esc cancels.

/// What a key did to a query being typed.
enum PromptEdit {
  /// The query changed (or a key was ignored while typing): search again.
  case edited
  case confirmed
  case cancelled
}

/// Applies `key` to `query`.
func editQuery(_ query: inout String, _ key: Key) -> PromptEdit {
  switch key {
  case .enter: return .confirmed
  case .escape: return .cancelled
  case .backspace, .delete:
    if !query.isEmpty { query.removeLast() }
  case .char(let c):
    query.append(c)
  default: break
  }
  return .edited
}
