// Dense: the fully connected layer z = x·W + b, with weights fanIn × fanOut.

/// A fully connected layer: `output = input · weight + bias`.
///
/// The weight is `fanIn × fanOut` (one column per output unit) and the bias `1 × fanOut`.
/// Multiplies go through the blocked SIMD kernel with scratch owned by the layer, so forward
/// and backward allocate nothing once the buffers have their size.
public final class Dense: Layer {
  public let inputSize: Int
  public let outputSize: Int
  /// `fanIn × fanOut` weights, initialised by the scheme given at construction.
  public let weight: Parameter
  /// `1 × fanOut` biases, initialised to zero.
  public let bias: Parameter
  /// Whether `backward` computes ∂L/∂input. A network's first layer can skip it (its input
  /// is data), which saves one multiply per step; `backward` then returns zeros.
  public var propagatesGradient = true

  // The buffers skip the runtime exclusivity check: a layer is driven by one thread and never
  // re-entered, and for small layers the check costs more than the arithmetic.
  @exclusivity(unchecked) private var input = Matrix(rows: 0, cols: 0)
  @exclusivity(unchecked) private var output = Matrix(rows: 0, cols: 0)
  @exclusivity(unchecked) private var inputGradient = Matrix(rows: 0, cols: 0)
  /// Packing space for the multiply, allocated once with the layer.
  private let scratch = UnsafeMutablePointer<Float>.allocate(capacity: Matrix.multiplyScratchCount)

  /// A dense layer from `fanIn` to `fanOut` units, weights drawn by `initializer` from `rng`.
  public init(
    _ fanIn: Int, _ fanOut: Int, initializer: Initializer = .xavier, rng: inout RandomSource,
    name: String = "dense"
  ) {
    inputSize = fanIn
    outputSize = fanOut
    weight = Parameter(name: "\(name).weight", rows: fanIn, cols: fanOut)
    bias = Parameter(name: "\(name).bias", rows: 1, cols: fanOut, decays: false)
    initializer.fill(&weight.value, fanIn: fanIn, fanOut: fanOut, rng: &rng)
    input = Matrix(rows: 0, cols: fanIn)
    output = Matrix(rows: 0, cols: fanOut)
    inputGradient = Matrix(rows: 0, cols: fanIn)
  }

  deinit { scratch.deallocate() }

  public var parameters: [Parameter] { [weight, bias] }

  public func forward(_ x: Matrix, training: Bool) -> Matrix {
    precondition(x.cols == inputSize, "Dense: input has \(x.cols) features, expected \(inputSize)")
    let batch = x.rows
    input.copyContents(of: x)
    if output.rows != batch { output.resizeRows(batch) }
    let n = outputSize
    // Start every row at the bias, then let the multiply add x·W on top.
    bias.value.withUnsafeBufferPointer { b in
      output.data.withUnsafeMutableBufferPointer { out in
        guard let b = b.baseAddress, var row = out.baseAddress else { return }
        for _ in 0..<batch {
          row.update(from: b, count: n)
          row += n
        }
      }
    }
    let w = Matrix(rows: inputSize, cols: outputSize, data: weight.value)
    Matrix.multiply(input, w, into: &output, accumulate: true, panel: scratch)
    return output
  }

  public func backward(_ dOut: Matrix) -> Matrix {
    precondition(dOut.cols == outputSize && dOut.rows == input.rows,
                 "Dense: gradient is \(dOut.rows)×\(dOut.cols), expected \(input.rows)×\(outputSize)")
    let batch = dOut.rows, n = outputSize
    if inputGradient.rows != batch { inputGradient.resizeRows(batch) }
    // ∂L/∂b: column sums of ∂L/∂z.
    dOut.data.withUnsafeBufferPointer { g in
      bias.grad.withUnsafeMutableBufferPointer { db in
        guard var row = g.baseAddress, let db = db.baseAddress else { return }
        for _ in 0..<batch {
          for j in 0..<n { db[j] += row[j] }
          row += n
        }
      }
    }
    // ∂L/∂W += xᵀ · ∂L/∂z, multiplied into the gradient's own storage (moved out and back,
    // so it stays uniquely referenced and is not copied).
    var dW = Matrix(rows: inputSize, cols: outputSize, data: weight.grad)
    weight.grad = []
    Matrix.multiply(input, dOut, into: &dW, transposeA: true, accumulate: true, panel: scratch)
    weight.grad = dW.data
    // ∂L/∂x = ∂L/∂z · Wᵀ
    if propagatesGradient {
      let w = Matrix(rows: inputSize, cols: outputSize, data: weight.value)
      Matrix.multiply(dOut, w, into: &inputGradient, transposeB: true, panel: scratch)
    } else {
      inputGradient.data.withUnsafeMutableBufferPointer { g in g.update(repeating: 0) }
    }
    return inputGradient
  }
}
