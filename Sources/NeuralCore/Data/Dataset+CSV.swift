// Dataset+CSV: loading a numeric CSV file (the shipped data or a learner's own) into a Dataset,
// with a size limit checked before reading and every failure reported as a DataLoadError.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Dataset {
  /// The largest file the loaders accept: 32 MiB, far above the shipped data (the digits file
  /// is under 300 KiB) and small enough that a wrong path to a huge file fails at once.
  public static let maximumFileBytes = 32 << 20

  /// Loads a numeric CSV file; the data set is named after the file unless `name` is given.
  ///
  /// Labels are read as classes: with a `.sizes` header they must be the indices
  /// 0..<(number of class names); otherwise they must be whole numbers, and their distinct
  /// values, in increasing order, become classes 0, 1, … named after the values (so a file
  /// labelled −1/+1 gets classes "-1" and "1").
  public init(csvFile path: String, name: String? = nil, format: CSVFormat = CSVFormat()) throws(DataLoadError) {
    let bytes = try Dataset.readFile(path)
    try self.init(csvBytes: bytes, name: name ?? Dataset.baseName(path), format: format)
  }

  /// Loads numeric CSV text, as `init(csvFile:)` does for a file's contents.
  public init(csvText: String, name: String, format: CSVFormat = CSVFormat()) throws(DataLoadError) {
    try self.init(csvBytes: Array(csvText.utf8), name: name, format: format)
  }

  /// Loads numeric CSV from raw bytes (any bytes: malformed input is an error, never a crash).
  init(csvBytes bytes: [UInt8], name: String, format: CSVFormat) throws(DataLoadError) {
    guard bytes.count <= Dataset.maximumFileBytes else {
      throw .tooLarge(bytes: bytes.count, limit: Dataset.maximumFileBytes)
    }
    // Spreadsheets often start UTF-8 files with a byte-order mark; left in, it would turn the
    // first field into a word and the first data row into a header.
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    let table = try CSVParser.parse(body, format: format)
    var featureNames = [String]()
    if table.headerKind == .columnNames {
      featureNames = table.header.enumerated().filter { $0.offset != table.labelIndex }.map(\.element)
    }
    let (labels, classNames) =
      table.headerKind == .sizes ? try Dataset.indexLabels(table) : try Dataset.valueLabels(table)
    guard Set(labels).count >= 2 else { throw .singleClass(label: table.labelText(0)) }
    self.init(
      name: name,
      features: Matrix(rows: table.lines.count, cols: table.fieldCount - 1, data: table.features),
      labels: labels, classNames: classNames, featureNames: featureNames)
  }

  /// Labels under a scikit-learn `rows,features,names…` header: indices into the names, with the
  /// header's row and feature counts checked.
  private static func indexLabels(_ table: CSVTable) throws(DataLoadError) -> ([Int], [String]) {
    let header = table.header
    guard header.count >= 3, let rows = Int(header[0]), let features = Int(header[1]) else {
      throw .badHeader(
        line: table.headerLine, reason: "expected \"rows,features,class names…\", found \"\(header.joined(separator: ","))\"")
    }
    let classNames = Array(header.dropFirst(2))
    guard features == table.fieldCount - 1 else {
      throw .shapeMismatch("line \(table.headerLine): the header promises \(features) features, the rows have \(table.fieldCount - 1)")
    }
    guard rows == table.lines.count else {
      throw .shapeMismatch("line \(table.headerLine): the header promises \(rows) rows, the file has \(table.lines.count)")
    }
    var labels = [Int]()
    labels.reserveCapacity(table.labels.count)
    for (row, value) in table.labels.enumerated() {
      guard value == value.rounded(), value >= 0, value < Float(classNames.count) else {
        throw .badLabel(
          line: table.lines[row], field: table.labelText(row),
          reason: "is not a class index 0…\(classNames.count - 1)")
      }
      labels.append(Int(value))
    }
    return (labels, classNames)
  }

  /// Labels without a sizes header: distinct whole-number values, in increasing order, become
  /// classes 0, 1, ….
  private static func valueLabels(_ table: CSVTable) throws(DataLoadError) -> ([Int], [String]) {
    // 2^24: beyond it Float no longer holds every whole number, and Int conversion stays safe.
    let limit: Float = 16_777_216
    for (row, value) in table.labels.enumerated() where value != value.rounded() || abs(value) > limit {
      throw .badLabel(line: table.lines[row], field: table.labelText(row), reason: "is not a whole number")
    }
    let values = Set(table.labels.map { Int($0) }).sorted()
    var classOf = [Int: Int]()
    for (index, value) in values.enumerated() { classOf[value] = index }
    let labels = table.labels.map { classOf[Int($0)] ?? 0 }
    return (labels, values.map { String($0) })
  }

  /// The file's bytes, refusing it before reading when it exceeds `maximumFileBytes`.
  static func readFile(_ path: String) throws(DataLoadError) -> [UInt8] {
    guard let file = fopen(path, "rb") else { throw .unreadable(path: path) }
    defer { fclose(file) }
    guard fseek(file, 0, SEEK_END) == 0 else { throw .unreadable(path: path) }
    let size = ftell(file)
    guard size >= 0, fseek(file, 0, SEEK_SET) == 0 else { throw .unreadable(path: path) }
    guard size <= maximumFileBytes else { throw .tooLarge(bytes: size, limit: maximumFileBytes) }
    var bytes = [UInt8](repeating: 0, count: size)
    let read = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, size, file) }
    guard read == size else { throw .unreadable(path: path) }
    return bytes
  }

  /// The file name without directories and extension: `Lessons/data/iris.csv` → `iris`.
  static func baseName(_ path: String) -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
    return String(file[..<dot])
  }
}
