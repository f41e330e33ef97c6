// Embedding: a lookup table of learned vectors, one per symbol, as in Bengio et al.'s neural
// probabilistic language model (2003) — the first layer of the language-model experiment.

/// Maps each of `context` symbol indices to its learned vector and concatenates the vectors.
///
/// The input is `batch × context`, each entry a symbol index in `0..<vocabulary` stored as a
/// `Float` (rounded to the nearest whole number); the output is `batch × (context·dimension)`,
/// the vectors of the context's symbols side by side, so position j of the context has its own
/// columns in the next layer while the table is shared by every position. Indices are not
/// differentiable, so `backward` returns a zero input gradient; it adds each output row's
/// gradient slice to the table row of the symbol that produced it.
public final class Embedding: Layer {
  /// Symbols in the table.
  public let vocabulary: Int
  /// Entries per symbol vector.
  public let dimension: Int
  /// Symbols per example.
  public let context: Int
  public var inputSize: Int { context }
  public var outputSize: Int { context * dimension }
  /// `vocabulary × dimension`: row s is the vector of symbol s.
  public let table: Parameter

  // One thread drives a layer and never re-enters it (see Dense), so no exclusivity checks.
  @exclusivity(unchecked) private var indices: [Int] = []
  @exclusivity(unchecked) private var output = Matrix(rows: 0, cols: 0)
  @exclusivity(unchecked) private var inputGradient = Matrix(rows: 0, cols: 0)

  /// A table of `vocabulary` vectors of `dimension` entries read `context` at a time, drawn
  /// N(0, `deviation`²) from `rng`.
  public init(vocabulary: Int, dimension: Int, context: Int, deviation: Float = 1, rng: inout RandomSource) {
    precondition(vocabulary > 0 && dimension > 0 && context > 0, "Embedding: sizes must be positive")
    self.vocabulary = vocabulary
    self.dimension = dimension
    self.context = context
    table = Parameter(name: "embedding.table", rows: vocabulary, cols: dimension)
    Initializer.normal(deviation: deviation).fill(&table.value, fanIn: vocabulary, fanOut: dimension, rng: &rng)
    output = Matrix(rows: 0, cols: context * dimension)
    inputGradient = Matrix(rows: 0, cols: context)
  }

  public var parameters: [Parameter] { [table] }

  /// The vector of symbol `index`.
  public func vector(_ index: Int) -> ArraySlice<Float> {
    table.value[index * dimension..<(index + 1) * dimension]
  }

  public func forward(_ x: Matrix, training: Bool) -> Matrix {
    precondition(x.cols == context, "Embedding: input has \(x.cols) symbols per row, expected \(context)")
    let batch = x.rows, d = dimension, v = vocabulary
    if output.rows != batch { output.resizeRows(batch) }
    indices.removeAll(keepingCapacity: true)
    for value in x.data {
      let index = Int(value.rounded())
      precondition(index >= 0 && index < v, "Embedding: symbol \(value) outside 0..<\(v)")
      indices.append(index)
    }
    table.value.withUnsafeBufferPointer { t in
      output.data.withUnsafeMutableBufferPointer { out in
        guard let t = t.baseAddress, let out = out.baseAddress else { return }
        for (slot, index) in indices.enumerated() {
          (out + slot * d).update(from: t + index * d, count: d)
        }
      }
    }
    return output
  }

  public func backward(_ dOut: Matrix) -> Matrix {
    precondition(dOut.cols == outputSize && dOut.rows * context == indices.count,
                 "Embedding: gradient is \(dOut.rows)×\(dOut.cols), expected \(indices.count / max(context, 1))×\(outputSize)")
    let d = dimension
    dOut.data.withUnsafeBufferPointer { g in
      table.grad.withUnsafeMutableBufferPointer { tg in
        guard let g = g.baseAddress, let tg = tg.baseAddress else { return }
        for (slot, index) in indices.enumerated() {
          let source = g + slot * d, target = tg + index * d
          for j in 0..<d { target[j] += source[j] }
        }
      }
    }
    if inputGradient.rows != dOut.rows { inputGradient.resizeRows(dOut.rows) }
    inputGradient.data.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    return inputGradient
  }
}
