// Matrix+ColumnScaling: the per-feature affine map a fitted scaler applies, (x − offset) / divisor
// column by column — shared by MinMaxScaler and Standardizer, which differ only in what they fit.

extension Matrix {
  /// Every element minus its column's `offsets` entry, divided by its column's `divisors` entry.
  func columnsShifted(by offsets: [Float], dividedBy divisors: [Float]) -> Matrix {
    var out = self
    for r in 0..<rows {
      for c in 0..<cols { out[r, c] = (self[r, c] - offsets[c]) / divisors[c] }
    }
    return out
  }
}
