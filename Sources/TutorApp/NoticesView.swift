// NoticesView: the start-up notices (a language shown in English, a progress file kept aside) as
// wrapped lines under the first screen's intro, each marked with "!" so colour is not the only sign.

import Display

/// Draws the warning about the progress file, if any, then `model.startupNotices`, from row `y`,
/// wrapped to `width`, in at most `maxRows` rows; returns the rows used.
func drawStartupNotices(_ buffer: inout Buffer, _ model: Model, x: Int, y: Int, width: Int, maxRows: Int,
  _ charset: Charset
) -> Int {
  guard width > 2, maxRows > 0 else { return 0 }
  var rows: [String] = []
  for notice in [model.progressNotice].compactMap({ $0 }) + model.startupNotices {
    let text = charset == .ascii ? charset.transliterate(notice) : notice
    rows += wrap(text, width: width - 2).enumerated().map { ($0.offset == 0 ? "! " : "  ") + $0.element }
  }
  for (index, row) in rows.prefix(maxRows).enumerated() {
    drawText(&buffer, row, x: x, y: y + index, width: width, style: Theme.notice, charset)
  }
  return min(rows.count, maxRows)
}
