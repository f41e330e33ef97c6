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
  @exclusivity(unchecked) public var propagatesGradient = true

  // The buffers skip the runtime exclusivity check: a layer is driven by one thread and never
  // re-entered, and for small layers the check costs more than the arithmetic.
  @exclusivity(unchecked) private var output: Matrix
  @exclusivity(unchecked) private var inputGradient: Matrix
  /// A copy of the last input (`inputRows × inputSize`), kept for backward in storage the layer
  /// manages itself, so the multiplies read it without reference counting.
  @exclusivity(unchecked) private var input: UnsafeMutablePointer<Float>
  @exclusivity(unchecked) private var inputCapacity = 0
  @exclusivity(unchecked) private var inputRows = 0
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
    bias.withStorage { b, _ in
      weight.withStorage { w, _ in
        output.data.withUnsafeMutableBufferPointer { out in
          guard let out = out.baseAddress else { return }
          // Start every row at the bias, then let the multiply add x·W on top.
          for r in 0..<batch { Dense.copy(b, to: out + r &* n, count: n) }
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
      // ∂L/∂b += column sums of ∂L/∂z, row after row (eight columns at a time; each column is
      // still summed in row order).
      bias.withStorage { _, db in
        for r in 0..<batch {
          let row = g + r &* n
          var j = 0
          while j &+ 8 <= n {
            let sum = UnsafeRawPointer(db + j).loadUnaligned(as: SIMD8<Float>.self)
              + UnsafeRawPointer(row + j).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(db + j).storeBytes(of: sum, as: SIMD8<Float>.self)
            j &+= 8
          }
          while j < n {
            db[j] += row[j]
            j &+= 1
          }
        }
      }
      weight.withStorage { w, dw in
        // ∂L/∂W += xᵀ · ∂L/∂z
        GEMM.multiply(
          m: k, n: n, k: batch, a: StridedOperand(input, rowStride: 1, colStride: k),
          b: StridedOperand(g, rowStride: n, colStride: 1), c: dw, ldc: n, accumulate: true, panel: scratch)
        inputGradient.data.withUnsafeMutableBufferPointer { dx in
          guard let dx = dx.baseAddress else { return }
          guard propagates else {
            dx.update(repeating: 0, count: batch * k)
            return
          }
          // ∂L/∂x = ∂L/∂z · Wᵀ
          GEMM.multiply(
            m: batch, n: k, k: n, a: StridedOperand(g, rowStride: n, colStride: 1),
            b: StridedOperand(w, rowStride: 1, colStride: n), c: dx, ldc: k, accumulate: false, panel: scratch)
        }
      }
    }
    return inputGradient
  }

  /// Copies `count` floats eight at a time: the rows copied here are short (often a few
  /// dozen floats), where a call to `memcpy` costs more than the copy.
  @inline(__always)
  private static func copy(_ source: UnsafePointer<Float>, to target: UnsafeMutablePointer<Float>, count: Int) {
    var j = 0
    while j &+ 8 <= count {
      UnsafeMutableRawPointer(target + j).storeBytes(
        of: UnsafeRawPointer(source + j).loadUnaligned(as: SIMD8<Float>.self), as: SIMD8<Float>.self)
      j &+= 8
    }
    while j < count {
      target[j] = source[j]
      j &+= 1
    }
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
