// MatrixTable: a labelled table of numbers with a shade per cell (a confusion matrix).

import Display

/// A table of numbers with row and column labels, each cell shaded by its value.
///
/// Every cell shows a shade glyph (` ░▒▓█` or ` .:o#`, darker for larger values) and then its
/// number right-aligned, so the pattern is visible at a glance and the exact count is still
/// readable; colour is not needed.
public struct MatrixTable: Sendable, Equatable {
  /// Labels of the rows (for a confusion matrix: the true classes).
  public var rowLabels: [String]
  /// Labels of the columns (the predicted classes).
  public var columnLabels: [String]
  /// The numbers, one array per row.
  public var values: [[Double]]
  /// The text in the top-left corner (`"true\\pred"`).
  public var cornerLabel: String
  /// The style of cells on the diagonal (correct predictions), for emphasis.
  public var diagonalStyle: Style

  /// A table of `values` with labels.
  public init(
    rowLabels: [String], columnLabels: [String], values: [[Double]], cornerLabel: String = "",
    diagonalStyle: Style = Style(bold: true)
  ) {
    self.rowLabels = rowLabels
    self.columnLabels = columnLabels
    self.values = values
    self.cornerLabel = cornerLabel
    self.diagonalStyle = diagonalStyle
  }

  /// A table of integer counts.
  public init(rowLabels: [String], columnLabels: [String], counts: [[Int]], cornerLabel: String = "") {
    self.init(
      rowLabels: rowLabels, columnLabels: columnLabels, values: counts.map { $0.map(Double.init) },
      cornerLabel: cornerLabel)
  }

  /// The value's text: a whole number as such, anything else in compact form.
  static func format(_ value: Double) -> String {
    if value.isFinite && value == value.rounded() && Swift.abs(value) < 1e9 { return String(Int(value)) }
    return TickLabel.compact(value)
  }

  /// Draws the table at the top-left of `area` of `buffer`, clipped to it.
  public func render(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let area = area.intersection(buffer.area)
    buffer.fill(area)
    guard !area.isEmpty else { return }
    let columnCount = Swift.max(columnLabels.count, values.map(\.count).max() ?? 0)
    let rowCount = Swift.max(rowLabels.count, values.count)
    let texts = (0..<rowCount).map { row in
      (0..<columnCount).map { column in
        row < values.count && column < values[row].count ? MatrixTable.format(values[row][column]) : ""
      }
    }
    let largest = values.flatMap { $0 }.filter(\.isFinite).map(Swift.abs).max() ?? 0
    let headWidth = (rowLabels + [cornerLabel]).map(displayWidth).max() ?? 0
    // A cell is a shade glyph, a space, then the number right-aligned.
    let numberWidth = Swift.max(
      texts.flatMap { $0 }.map(\.count).max() ?? 0,
      (columnLabels.map(displayWidth).max() ?? 0) - 2)
    let cellWidth = numberWidth + 2
    func cellX(_ column: Int) -> Int { area.x + headWidth + 1 + column * (cellWidth + 1) }

    buffer.put(cornerLabel, x: area.x, y: area.y, clip: area)
    for (column, label) in columnLabels.enumerated() {
      buffer.put(label, x: cellX(column) + cellWidth - displayWidth(label), y: area.y, clip: area)
    }
    let ruleY = area.y + 1
    for x in area.x..<Swift.min(cellX(columnCount) - 1, area.right) {
      buffer.set(charset.border.horizontal, x: x, y: ruleY, clip: area)
    }
    for row in 0..<rowCount {
      let y = ruleY + 1 + row
      if row < rowLabels.count { buffer.put(rowLabels[row], x: area.x, y: y, clip: area) }
      for column in 0..<columnCount {
        let text = texts[row][column]
        guard !text.isEmpty else { continue }
        let value = values[row][column]
        let intensity = largest > 0 && value.isFinite ? Swift.abs(value) / largest : 0
        let style = row == column ? diagonalStyle : .plain
        let x = cellX(column)
        // Only the cell itself is clipped: a cell cut at the right edge shows its shade, not a partial number.
        guard x + cellWidth <= area.right else { break }
        buffer.set(charset.shade(intensity), x: x, y: y, style: Style(dim: true), clip: area)
        buffer.put(text, x: x + cellWidth - text.count, y: y, style: style, clip: area)
      }
    }
  }
}
