// Style+Description: a short readable form of a style, for style snapshots and test failures.

extension Style: CustomStringConvertible {
  /// `"plain"`, or the non-default parts: `"red on blue, bold, underline"`.
  public var description: String {
    var parts: [String] = []
    switch (foreground, background) {
    case (.default, .default): break
    case (_, .default): parts.append("\(foreground)")
    case (.default, _): parts.append("on \(background)")
    default: parts.append("\(foreground) on \(background)")
    }
    if bold { parts.append("bold") }
    if dim { parts.append("dim") }
    if reverse { parts.append("reverse") }
    if underline { parts.append("underline") }
    return parts.isEmpty ? "plain" : parts.joined(separator: ", ")
  }
}
