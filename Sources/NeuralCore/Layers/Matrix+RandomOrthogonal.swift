// Matrix+RandomOrthogonal: random orthogonal matrices, used to give a recurrent weight an exact,
// chosen spectral radius (Saxe, McClelland & Ganguli 2014 recommend orthogonal recurrent init).

extension Matrix {
  /// A random `size × size` orthogonal matrix (QᵀQ = I) multiplied by `scale`.
  ///
  /// The rows of a Gaussian matrix are orthonormalised by modified Gram–Schmidt in `Double`.
  /// Every singular value of the result equals |scale| and so does the modulus of every
  /// eigenvalue: `scale` is at once the spectral norm and the spectral radius.
  public static func randomOrthogonal(size: Int, scale: Float = 1, rng: inout RandomSource) -> Matrix {
    precondition(size > 0, "Matrix.randomOrthogonal: size must be positive")
    var q = [Double](repeating: 0, count: size * size)
    var row = 0
    while row < size {
      let base = row * size
      for c in 0..<size { q[base + c] = rng.gaussian() }
      for earlier in 0..<row {
        var dot = 0.0
        for c in 0..<size { dot += q[base + c] * q[earlier * size + c] }
        for c in 0..<size { q[base + c] -= dot * q[earlier * size + c] }
      }
      var norm = 0.0
      for c in 0..<size { norm += q[base + c] * q[base + c] }
      norm = norm.squareRoot()
      // A draw (almost) inside the span of the earlier rows has probability zero, but would
      // divide by ~0; draw that row again instead.
      guard norm > 1e-6 else { continue }
      for c in 0..<size { q[base + c] /= norm }
      row += 1
    }
    return Matrix(rows: size, cols: size, data: q.map { Float($0) * scale })
  }
}
