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
  @exclusivity(unchecked) private var output: Matrix
  @exclusivity(unchecked) private var inputGradient: Matrix
  /// A copy of the last input (`inputRows × inputSize`), kept for backward in storage the layer
  /// manages itself, so the multiplies read it without reference counting.
  private var input: UnsafeMutablePointer<Float>
  private var inputCapacity = 0
  private var inputRows = 0
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
    input = UnsafeMutablePointer<Float>.allocate(capacity: 0)
    output = Matrix(rows: 0, cols: fanOut)
    inputGradient = Matrix(rows: 0, cols: fanIn)
  }

  deinit {
    scratch.deallocate()
    input.deallocate()
  }

  public var parameters: [Parameter] { [weight, bias] }

  public func forward(_ x: Matrix, training: Bool) -> Matrix {
    precondition(x.cols == inputSize, "Dense: input has \(x.cols) features, expected \(inputSize)")
    let batch = x.rows, n = outputSize, k = inputSize
    keepInput(x)
    if output.rows != batch { output.resizeRows(batch) }
    guard batch > 0 else { return output }
    let input = input, scratch = scratch
    bias.value.withUnsafeBufferPointer { b in
      weight.value.withUnsafeBufferPointer { w in
        output.data.withUnsafeMutableBufferPointer { out in
          guard let b = b.baseAddress, let w = w.baseAddress, let out = out.baseAddress else { return }
          // Start every row at the bias, then let the multiply add x·W on top.
          for r in 0..<batch { (out + r * n).update(from: b, count: n) }
          GEMM.multiply(
            m: batch, n: n, k: k, a: StridedOperand(input, rowStride: k, colStride: 1),
            b: StridedOperand(w, rowStride: n, colStride: 1), c: out, ldc: n, accumulate: true, panel: scratch)
        }
      }
    }
    return output
  }

  public func backward(_ dOut: Matrix) -> Matrix {
    precondition(dOut.cols == outputSize && dOut.rows == inputRows,
                 "Dense: gradient is \(dOut.rows)×\(dOut.cols), expected \(inputRows)×\(outputSize)")
    let batch = dOut.rows, n = outputSize, k = inputSize
    if inputGradient.rows != batch { inputGradient.resizeRows(batch) }
    guard batch > 0 else { return inputGradient }
    let input = input, scratch = scratch, propagates = propagatesGradient
    dOut.data.withUnsafeBufferPointer { g in
      guard let g = g.baseAddress else { return }
      // ∂L/∂b += column sums of ∂L/∂z.
      bias.grad.withUnsafeMutableBufferPointer { db in
        guard let db = db.baseAddress else { return }
        for r in 0..<batch {
          let row = g + r * n
          for j in 0..<n { db[j] += row[j] }
        }
      }
      // ∂L/∂W += xᵀ · ∂L/∂z
      weight.grad.withUnsafeMutableBufferPointer { dw in
        guard let dw = dw.baseAddress else { return }
        GEMM.multiply(
          m: k, n: n, k: batch, a: StridedOperand(input, rowStride: 1, colStride: k),
          b: StridedOperand(g, rowStride: n, colStride: 1), c: dw, ldc: n, accumulate: true, panel: scratch)
      }
      inputGradient.data.withUnsafeMutableBufferPointer { dx in
        guard let dx = dx.baseAddress else { return }
        guard propagates else {
          dx.update(repeating: 0, count: batch * k)
          return
        }
        // ∂L/∂x = ∂L/∂z · Wᵀ
        weight.value.withUnsafeBufferPointer { w in
          guard let w = w.baseAddress else { return }
          GEMM.multiply(
            m: batch, n: k, k: n, a: StridedOperand(g, rowStride: n, colStride: 1),
            b: StridedOperand(w, rowStride: 1, colStride: n), c: dx, ldc: k, accumulate: false, panel: scratch)
        }
      }
    }
    return inputGradient
  }

  /// Copies `x` into the layer's input storage, growing it only for a larger batch than any before.
  private func keepInput(_ x: Matrix) {
    let count = x.count
    if count > inputCapacity {
      input.deallocate()
      input = UnsafeMutablePointer<Float>.allocate(capacity: count)
      inputCapacity = count
    }
    inputRows = x.rows
    let target = input
    x.data.withUnsafeBufferPointer { source in
      guard let source = source.baseAddress else { return }
      target.update(from: source, count: count)
    }
  }
}
