// Residual: a skip connection around a block of layers, y = x + F(x) (He et al. 2015). The
// identity path carries the error signal back unchanged, which is why very deep residual
// networks still train: the vanishing-gradients lesson switches it on and off.

/// A block whose output is its input plus the output of an inner network.
///
/// The block must map its input size to the same output size. `backward` returns g + F′ᵀg:
/// the gradient arriving at the output flows straight through the identity and is added to
/// what comes back through the block. The block is a `Network`, so its own instrumentation
/// (`recordsActivations`, `recordsGradients`, `statistics`) measures the layers inside.
public final class Residual: Layer {
  public let inputSize: Int
  public let outputSize: Int
  /// The block F.
  public let block: Network

  private var output = Matrix(rows: 0, cols: 0)
  private var inputGradient = Matrix(rows: 0, cols: 0)

  /// y = x + F(x) with F = `block`, which must map n features to n features.
  public init(_ block: Network) {
    precondition(block.inputSize == block.outputSize && block.inputSize > 0,
                 "Residual: the block must map n features to n, not \(block.inputSize) to \(block.outputSize)")
    inputSize = block.inputSize
    outputSize = block.outputSize
    self.block = block
    output = Matrix(rows: 0, cols: outputSize)
    inputGradient = Matrix(rows: 0, cols: inputSize)
  }

  public var parameters: [Parameter] { block.parameters }

  public func forward(_ x: Matrix, training: Bool) -> Matrix {
    output.copyContents(of: block.forward(x, training: training))
    BufferOps.add(x, to: &output)
    return output
  }

  public func backward(_ outputGradient: Matrix) -> Matrix {
    inputGradient.copyContents(of: block.backward(outputGradient))
    BufferOps.add(outputGradient, to: &inputGradient)
    return inputGradient
  }
}
