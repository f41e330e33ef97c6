// CSVParser: turns the bytes of a numeric CSV file into feature values and raw labels. It works on
// raw bytes with a hand-written decimal reader because building a String per field made the
// digits file (117 000 fields) too slow in debug builds; anything unusual falls back to the
// standard library's locale-independent Float(String).

/// The numbers of a CSV file, split into features and label, before labels become classes.
struct CSVTable {
  /// The file's bytes, kept so a bad label can be quoted in an error.
  var bytes: [UInt8]
  /// How the first line was read (never `.automatic`).
  var headerKind: CSVFormat.Header
  /// The header's fields, trimmed and unquoted; empty when there is no header.
  var header: [String]
  /// Line number of the header (0 when there is none).
  var headerLine: Int
  /// Fields per row, label included.
  var fieldCount: Int
  /// Index of the label among a row's fields.
  var labelIndex: Int
  /// Feature values, one row after another (`fieldCount − 1` per row).
  var features: [Float]
  /// The label field of each row, as a number.
  var labels: [Float]
  /// Where each row's label field lies in `bytes`.
  var labelRanges: [Range<Int>]
  /// Line number of each row.
  var lines: [Int]

  /// The text of row `row`'s label field.
  func labelText(_ row: Int) -> String {
    String(decoding: bytes[labelRanges[row]], as: UTF8.self)
  }
}

enum CSVParser {
  /// Parses `bytes` as a numeric CSV file in `format`.
  static func parse(_ bytes: [UInt8], format: CSVFormat) throws(DataLoadError) -> CSVTable {
    let lines = contentLines(bytes)
    guard let first = lines.first else { throw .empty }
    var fields = [Range<Int>]()
    split(bytes, first.range, delimiter: format.delimiter, into: &fields)

    let kind = resolveHeader(format.header, bytes, fields)
    var header = [String]()
    var dataLines = lines[...]
    if kind != .none {
      header = fields.map { String(decoding: bytes[$0], as: UTF8.self).trimmingSpacesAndQuotes() }
      dataLines = lines.dropFirst()
    }
    guard let firstData = dataLines.first else { throw .empty }
    split(bytes, firstData.range, delimiter: format.delimiter, into: &fields)
    let fieldCount = kind == .columnNames ? header.count : fields.count
    guard fieldCount >= 2 else {
      let line = kind == .columnNames ? first.number : firstData.number
      throw .shapeMismatch("line \(line): need a feature column and a label column, found 1 field")
    }

    var labelIndex = fieldCount - 1
    if case .named(let wanted) = format.labelColumn {
      let target = wanted.trimmingSpacesAndQuotes()
      guard kind == .columnNames, let index = header.firstIndex(where: { $0 == target }) else {
        throw .missingLabelColumn(name: wanted)
      }
      labelIndex = index
    }

    var table = CSVTable(
      bytes: bytes, headerKind: kind, header: header, headerLine: kind == .none ? 0 : first.number,
      fieldCount: fieldCount, labelIndex: labelIndex, features: [], labels: [], labelRanges: [],
      lines: [])
    table.features.reserveCapacity(dataLines.count * (fieldCount - 1))
    table.labels.reserveCapacity(dataLines.count)
    table.lines.reserveCapacity(dataLines.count)
    for line in dataLines {
      split(bytes, line.range, delimiter: format.delimiter, into: &fields)
      guard fields.count == fieldCount else {
        throw .fieldCount(line: line.number, expected: fieldCount, found: fields.count)
      }
      for (column, range) in fields.enumerated() {
        guard let value = number(bytes, range) else {
          throw .notANumber(line: line.number, field: String(decoding: bytes[range], as: UTF8.self))
        }
        guard value.isFinite else {
          throw .nonFinite(line: line.number, field: String(decoding: bytes[range], as: UTF8.self))
        }
        if column == labelIndex {
          table.labels.append(value)
          table.labelRanges.append(range)
        } else {
          table.features.append(value)
        }
      }
      table.lines.append(line.number)
    }
    return table
  }

  /// A line of the file that carries content: its 1-based number and its byte range without
  /// the line break (and without a carriage return before it).
  struct Line {
    var number: Int
    var range: Range<Int>
  }

  /// The lines that are neither blank (spaces and tabs only) nor comments (first visible byte `#`).
  static func contentLines(_ bytes: [UInt8]) -> [Line] {
    var result = [Line]()
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0, number = 1
      while start <= buffer.count {
        var end = start
        while end < buffer.count && buffer[end] != 0x0A { end += 1 }
        var stop = end
        if stop > start && buffer[stop - 1] == 0x0D { stop -= 1 }
        var visible = start
        while visible < stop && (buffer[visible] == 0x20 || buffer[visible] == 0x09) { visible += 1 }
        if visible < stop && buffer[visible] != UInt8(ascii: "#") {
          result.append(Line(number: number, range: start..<stop))
        }
        start = end + 1
        number += 1
      }
    }
    return result
  }

  /// Splits `range` of `bytes` at each `delimiter` into `fields` (cleared first).
  static func split(_ bytes: [UInt8], _ range: Range<Int>, delimiter: UInt8, into fields: inout [Range<Int>]) {
    fields.removeAll(keepingCapacity: true)
    bytes.withUnsafeBufferPointer { buffer in
      var start = range.lowerBound
      for i in range where buffer[i] == delimiter {
        fields.append(start..<i)
        start = i + 1
      }
      fields.append(start..<range.upperBound)
    }
  }

  /// Decides what the first content line is when the format says `.automatic`.
  static func resolveHeader(_ requested: CSVFormat.Header, _ bytes: [UInt8], _ fields: [Range<Int>]) -> CSVFormat.Header {
    guard requested == .automatic else { return requested }
    let numbers = fields.map { number(bytes, $0) }
    if numbers.allSatisfy({ $0 != nil }) { return .none }
    if fields.count >= 3, let rows = numbers[0], let cols = numbers[1],
      rows >= 0, cols >= 0, rows == rows.rounded(), cols == cols.rounded(),
      numbers.dropFirst(2).allSatisfy({ $0 == nil })
    {
      return .sizes
    }
    return .columnNames
  }

  /// Powers of ten exactly representable as `Double`, for the fast path.
  private static let powersOfTen: [Double] = (0...22).map { exponent in
    var p = 1.0
    for _ in 0..<exponent { p *= 10 }
    return p
  }

  /// The number in `range` of `bytes` (spaces, tabs and one pair of double quotes around it
  /// ignored), or nil when it is not one.
  ///
  /// Plain decimals with at most 19 significant digits and a small exponent are read here: the
  /// integer mantissa and the power of ten are both exact in `Double`, so one division gives the
  /// correctly rounded `Double`, which is then rounded to `Float` (the double rounding can be off
  /// by one unit in the last place in rare halfway cases, far below any data's precision). Other
  /// spellings go to `Float(String)`, which also accepts `inf`, `nan` and hexadecimal floats.
  static func number(_ bytes: [UInt8], _ range: Range<Int>) -> Float? {
    bytes.withUnsafeBufferPointer { buffer -> Float? in
      var low = range.lowerBound, high = range.upperBound
      while low < high && (buffer[low] == 0x20 || buffer[low] == 0x09) { low += 1 }
      while high > low && (buffer[high - 1] == 0x20 || buffer[high - 1] == 0x09) { high -= 1 }
      if high - low >= 2 && buffer[low] == 0x22 && buffer[high - 1] == 0x22 {
        low += 1
        high -= 1
      }
      guard low < high else { return nil }
      if let fast = fastDecimal(buffer, low, high) { return fast }
      return Float(String(decoding: UnsafeBufferPointer(rebasing: buffer[low..<high]), as: UTF8.self))
    }
  }

  /// The fast path of `number`: `[+-]digits[.digits][(e|E)[+-]digits]`, or nil to fall back.
  private static func fastDecimal(_ buffer: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int) -> Float? {
    var i = low
    var negative = false
    if buffer[i] == UInt8(ascii: "-") || buffer[i] == UInt8(ascii: "+") {
      negative = buffer[i] == UInt8(ascii: "-")
      i += 1
    }
    var mantissa: UInt64 = 0
    var digits = 0, scale = 0
    var sawDigit = false
    while i < high, buffer[i] &- 0x30 < 10 {
      sawDigit = true
      if mantissa != 0 || buffer[i] != 0x30 { digits += 1 }
      guard digits <= 19 else { return nil }
      mantissa = mantissa * 10 + UInt64(buffer[i] &- 0x30)
      i += 1
    }
    if i < high && buffer[i] == UInt8(ascii: ".") {
      i += 1
      while i < high, buffer[i] &- 0x30 < 10 {
        sawDigit = true
        if mantissa != 0 || buffer[i] != 0x30 { digits += 1 }
        guard digits <= 19 else { return nil }
        mantissa = mantissa * 10 + UInt64(buffer[i] &- 0x30)
        scale -= 1
        i += 1
      }
    }
    guard sawDigit else { return nil }
    if i < high && (buffer[i] == UInt8(ascii: "e") || buffer[i] == UInt8(ascii: "E")) {
      i += 1
      var exponentNegative = false
      if i < high && (buffer[i] == UInt8(ascii: "-") || buffer[i] == UInt8(ascii: "+")) {
        exponentNegative = buffer[i] == UInt8(ascii: "-")
        i += 1
      }
      var exponent = 0
      var sawExponentDigit = false
      while i < high, buffer[i] &- 0x30 < 10 {
        sawExponentDigit = true
        guard exponent < 1000 else { return nil }
        exponent = exponent * 10 + Int(buffer[i] &- 0x30)
        i += 1
      }
      guard sawExponentDigit else { return nil }
      scale += exponentNegative ? -exponent : exponent
    }
    guard i == high, mantissa < (1 << 53), abs(scale) <= 22 else { return nil }
    var value = Double(mantissa)
    value = scale < 0 ? value / powersOfTen[-scale] : value * powersOfTen[scale]
    let result = Float(value)
    return negative ? -result : result
  }
}

extension String {
  /// The string without surrounding spaces, tabs and one pair of double quotes.
  func trimmingSpacesAndQuotes() -> String {
    var text = Substring(self)
    while let c = text.first, c == " " || c == "\t" { text.removeFirst() }
    while let c = text.last, c == " " || c == "\t" { text.removeLast() }
    if text.count >= 2 && text.first == "\"" && text.last == "\"" { text = text.dropFirst().dropLast() }
    return String(text)
  }
}
