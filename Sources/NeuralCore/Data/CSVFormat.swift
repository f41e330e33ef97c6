// CSVFormat: what the loader should assume about a CSV file — its header, which column holds
// the label, and the delimiter — with "work it out" defaults that suit the shipped files.

/// How to read a numeric CSV file into a `Dataset`.
public struct CSVFormat: Equatable, Sendable {
  /// What the first non-blank, non-comment line is.
  public enum Header: Equatable, Sendable {
    /// Decide from the line itself: all numbers → data; two whole numbers followed by words →
    /// `.sizes`; anything else → `.columnNames`.
    case automatic
    /// No header: the first line is data.
    case none
    /// Column names, one per field.
    case columnNames
    /// scikit-learn's bundled-file header: `rows,features,class name,class name,…`; labels are
    /// then class indices 0..<(number of names) and the counts are checked.
    case sizes
  }

  /// Which column holds the class label.
  public enum LabelColumn: Equatable, Sendable {
    /// The last column.
    case last
    /// The column with this name in a `.columnNames` header (surrounding quotes and spaces ignored).
    case named(String)
  }

  /// What the first line is.
  public var header: Header
  /// Where the label is.
  public var labelColumn: LabelColumn
  /// The field separator, an ASCII byte such as `,`, `;` or a tab.
  public var delimiter: UInt8

  /// A format; the defaults read a comma-separated file with the label last and detect the header.
  public init(header: Header = .automatic, labelColumn: LabelColumn = .last, delimiter: UInt8 = UInt8(ascii: ",")) {
    precondition(delimiter < 0x80 && delimiter != UInt8(ascii: "\n"), "CSVFormat: delimiter must be ASCII, not a newline")
    self.header = header
    self.labelColumn = labelColumn
    self.delimiter = delimiter
  }
}
