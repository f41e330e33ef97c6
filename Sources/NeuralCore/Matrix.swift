// Matrix: the one dense container of the numeric core — float32, row-major, value semantics.
// A batch is a matrix with one example per row. Operations live in extensions beside it.

/// A dense row-major matrix of `Float`.
///
/// Value semantics come from the backing `Array`; hot loops reach the storage through
/// `withUnsafeBufferPointer` so that nothing is copied or allocated inside a training step.
public struct Matrix: Equatable, Sendable {
  /// Number of rows (examples, in a batch).
  public private(set) var rows: Int
  /// Number of columns (features).
  public private(set) var cols: Int
  /// The elements, row after row: element (r, c) is `data[r * cols + c]`.
  public var data: [Float]

  /// A `rows × cols` matrix with every element equal to `value`.
  public init(rows: Int, cols: Int, repeating value: Float = 0) {
    precondition(rows >= 0 && cols >= 0, "Matrix: negative shape \(rows)×\(cols)")
    self.rows = rows
    self.cols = cols
    self.data = Array(repeating: value, count: rows * cols)
  }

  /// A `rows × cols` matrix over `data`, given row after row.
  public init(rows: Int, cols: Int, data: [Float]) {
    precondition(data.count == rows * cols, "Matrix: \(data.count) elements for \(rows)×\(cols)")
    self.rows = rows
    self.cols = cols
    self.data = data
  }

  /// A matrix from nested rows, for tests and small literals: `Matrix([[1, 2], [3, 4]])`.
  public init(_ nestedRows: [[Float]]) {
    let cols = nestedRows.first?.count ?? 0
    precondition(nestedRows.allSatisfy { $0.count == cols }, "Matrix: ragged rows")
    self.init(rows: nestedRows.count, cols: cols, data: nestedRows.flatMap { $0 })
  }

  /// Number of elements.
  @inlinable public var count: Int { data.count }

  /// Element at row `r`, column `c`.
  @inlinable public subscript(r: Int, c: Int) -> Float {
    get { data[r * cols + c] }
    set { data[r * cols + c] = newValue }
  }

  /// A copy of row `r`.
  public func row(_ r: Int) -> [Float] {
    Array(data[(r * cols)..<((r + 1) * cols)])
  }

  /// Changes the number of rows, keeping capacity, so a buffer sized for the largest batch
  /// can serve a smaller last batch without allocating. New elements are zero.
  public mutating func resizeRows(_ newRows: Int) {
    precondition(newRows >= 0, "Matrix: negative row count")
    let newCount = newRows * cols
    if newCount < data.count {
      data.removeLast(data.count - newCount)
    } else if newCount > data.count {
      data.append(contentsOf: repeatElement(0, count: newCount - data.count))
    }
    rows = newRows
  }
}
