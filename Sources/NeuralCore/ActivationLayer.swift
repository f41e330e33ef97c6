// ActivationLayer: an `Activation` as a parameter-free `Layer`, keeping what backward needs.

/// Applies an activation function to each example of a batch.
public final class ActivationLayer: Layer {
  /// The function applied.
  public let activation: Activation
  public let inputSize: Int
  public var outputSize: Int { inputSize }
  public var parameters: [Parameter] { [] }

  /// The most recent input (pre-activation z) and output (activation a), kept for backward
  /// and for instrumentation. (No runtime exclusivity check on the buffers; see Dense.)
  @exclusivity(unchecked) public private(set) var input: Matrix
  @exclusivity(unchecked) public private(set) var output: Matrix
  @exclusivity(unchecked) private var inputGradient: Matrix

  /// An activation layer over `size` features.
  public init(_ activation: Activation, size: Int) {
    self.activation = activation
    inputSize = size
    input = Matrix(rows: 0, cols: size)
    output = Matrix(rows: 0, cols: size)
    inputGradient = Matrix(rows: 0, cols: size)
  }

  public func forward(_ x: Matrix, training: Bool) -> Matrix {
    precondition(x.cols == inputSize, "ActivationLayer: input has \(x.cols) features, expected \(inputSize)")
    input.copyContents(of: x)
    if output.rows != x.rows { output.resizeRows(x.rows) }
    let rows = x.rows, cols = inputSize, activation = activation
    // In-place (mutable) access to the layer's own buffers throughout: reading an array held
    // by a class would retain and release it.
    input.data.withUnsafeMutableBufferPointer { source in
      output.data.withUnsafeMutableBufferPointer { target in
        guard let s = source.baseAddress, let t = target.baseAddress else { return }
        activation.apply(s, t, rows: rows, cols: cols)
      }
    }
    return output
  }

  public func backward(_ dOut: Matrix) -> Matrix {
    precondition(dOut.rows == input.rows && dOut.cols == inputSize, "ActivationLayer: gradient shape mismatch")
    if inputGradient.rows != dOut.rows { inputGradient.resizeRows(dOut.rows) }
    let rows = dOut.rows, cols = inputSize, activation = activation
    input.data.withUnsafeMutableBufferPointer { x in
      output.data.withUnsafeMutableBufferPointer { y in
        dOut.data.withUnsafeBufferPointer { d in
          inputGradient.data.withUnsafeMutableBufferPointer { g in
            guard let x = x.baseAddress, let y = y.baseAddress, let d = d.baseAddress,
                  let g = g.baseAddress else { return }
            activation.backward(input: x, output: y, outputGradient: d, inputGradient: g, rows: rows, cols: cols)
          }
        }
      }
    }
    return inputGradient
  }
}
