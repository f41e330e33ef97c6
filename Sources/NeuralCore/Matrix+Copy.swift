// Matrix+Copy: reshaping and copying into existing storage, so buffers are reused, not reallocated.

extension Matrix {
  /// Makes this matrix an element-for-element copy of `other`, reusing this matrix's storage
  /// (allocation only when `other` is larger than anything held before).
  public mutating func copyContents(of other: Matrix) {
    if cols != other.cols {
      // A fresh buffer rather than `other.data`, which would share (and later force a copy of) its storage.
      self = Matrix(rows: other.rows, cols: other.cols)
    } else if rows != other.rows { resizeRows(other.rows) }
    data.withUnsafeMutableBufferPointer { target in
      other.data.withUnsafeBufferPointer { source in
        guard let t = target.baseAddress, let s = source.baseAddress else { return }
        t.update(from: s, count: source.count)
      }
    }
  }
}
