// Convolution2D: a small, plain 2-D convolution (stride 1, square kernel) for 8×8 digit images,
// where weight sharing (Fukushima 1980; LeCun et al. 1989) is the lesson: clarity over speed.

/// A 2-D convolution with stride 1 and a square kernel, as a `Layer`.
///
/// Each example (row of the input matrix) holds `inputChannels` images of `height × width`,
/// channel after channel, each row-major: pixel (c, y, x) is at column
/// `(c * height + y) * width + x`. The output uses the same layout with `outputChannels`
/// feature maps of `outputHeight × outputWidth`:
///
///     out[o, y, x] = b[o] + Σ_c Σ_u Σ_v W[c, u, v, o] · in[c, y + u − pad, x + v − pad]
///
/// (a cross-correlation, as in every framework), with pixels outside the image counted as zero.
/// The weight is a `Parameter` of `(inputChannels · k²) × outputChannels`, element W[c, u, v, o]
/// at `weightIndex(inputChannel:row:column:outputChannel:)`.
public final class Convolution2D: Layer {
  /// Whether the image is padded with zeros.
  public enum Padding: Equatable, Sendable {
    /// No padding: each side shrinks by k − 1.
    case valid
    /// (k − 1)/2 zeros on every side (for odd k), so feature maps keep the image's size.
    case same
  }

  /// Channels per input image (1 for grey digits).
  public let inputChannels: Int
  /// Feature maps produced, one per kernel.
  public let outputChannels: Int
  /// Rows of each input image.
  public let height: Int
  /// Columns of each input image.
  public let width: Int
  /// Side of the square kernel.
  public let kernelSize: Int
  /// Whether the image is padded so that maps keep its size.
  public let padding: Padding
  /// Rows of each feature map.
  public let outputHeight: Int
  /// Columns of each feature map.
  public let outputWidth: Int
  /// Zero rows above (and columns to the left of) the image.
  private let offset: Int

  /// `(inputChannels · kernelSize²) × outputChannels` kernel weights.
  public let weight: Parameter
  /// `1 × outputChannels` biases, initialised to zero.
  public let bias: Parameter

  // Buffers are written only by this layer's own methods, which never overlap two accesses to
  // one buffer; `unchecked` spares the dynamic exclusivity check on every access in the loops.
  @exclusivity(unchecked) private var input = Matrix(rows: 0, cols: 0)
  @exclusivity(unchecked) private var output = Matrix(rows: 0, cols: 0)
  @exclusivity(unchecked) private var inputGradient = Matrix(rows: 0, cols: 0)

  /// A convolution of `inputChannels` images of `height × width` into `outputChannels` maps.
  public init(
    inputChannels: Int, outputChannels: Int, height: Int, width: Int, kernelSize: Int = 3,
    padding: Padding = .same, initializer: Initializer = .he, rng: inout RandomSource,
    name: String = "conv2d"
  ) {
    precondition(inputChannels > 0 && outputChannels > 0 && height > 0 && width > 0,
                 "Convolution2D: channels and image size must be positive")
    precondition(kernelSize > 0, "Convolution2D: kernel size must be positive")
    precondition(padding == .valid || kernelSize % 2 == 1, "Convolution2D: 'same' padding needs an odd kernel")
    let shrink = padding == .valid ? kernelSize - 1 : 0
    precondition(height > shrink && width > shrink,
                 "Convolution2D: a \(kernelSize)×\(kernelSize) kernel does not fit in \(height)×\(width)")
    self.inputChannels = inputChannels
    self.outputChannels = outputChannels
    self.height = height
    self.width = width
    self.kernelSize = kernelSize
    self.padding = padding
    outputHeight = height - shrink
    outputWidth = width - shrink
    offset = padding == .valid ? 0 : (kernelSize - 1) / 2
    let area = kernelSize * kernelSize
    weight = Parameter(name: "\(name).weight", rows: inputChannels * area, cols: outputChannels)
    bias = Parameter(name: "\(name).bias", rows: 1, cols: outputChannels, decays: false)
    initializer.fill(&weight.value, fanIn: inputChannels * area, fanOut: outputChannels * area, rng: &rng)
    input = Matrix(rows: 0, cols: inputSize)
    output = Matrix(rows: 0, cols: outputSize)
    inputGradient = Matrix(rows: 0, cols: inputSize)
  }

  public var inputSize: Int { inputChannels * height * width }
  public var outputSize: Int { outputChannels * outputHeight * outputWidth }
  public var parameters: [Parameter] { [weight, bias] }

  /// Position of W[c, u, v, o] (kernel row u, column v) in `weight.value`.
  public func weightIndex(inputChannel c: Int, row u: Int, column v: Int, outputChannel o: Int) -> Int {
    ((c * kernelSize + u) * kernelSize + v) * outputChannels + o
  }

  /// Sets the k×k kernel from `inputChannel` to `outputChannel`, given row by row, so a lesson
  /// can show a hand-made edge or blur filter before a learned one.
  public func setKernel(_ kernel: [Float], inputChannel c: Int = 0, outputChannel o: Int = 0) {
    precondition(kernel.count == kernelSize * kernelSize,
                 "Convolution2D: \(kernel.count) kernel values for a \(kernelSize)×\(kernelSize) kernel")
    precondition(c >= 0 && c < inputChannels && o >= 0 && o < outputChannels, "Convolution2D: no channel pair \(c)→\(o)")
    for u in 0..<kernelSize {
      for v in 0..<kernelSize {
        weight.value[weightIndex(inputChannel: c, row: u, column: v, outputChannel: o)] = kernel[u * kernelSize + v]
      }
    }
  }

  public func forward(_ x: Matrix, training: Bool) -> Matrix {
    precondition(x.cols == inputSize, "Convolution2D: input has \(x.cols) columns, expected \(inputSize)")
    let batch = x.rows
    input.copyContents(of: x)
    if output.rows != batch { output.resizeRows(batch) }
    let (k, p, h, w, oh, ow) = (kernelSize, offset, height, width, outputHeight, outputWidth)
    let (inC, outC) = (inputChannels, outputChannels)
    input.data.withUnsafeBufferPointer { xs in
      weight.value.withUnsafeBufferPointer { wt in
        bias.value.withUnsafeBufferPointer { b in
          output.data.withUnsafeMutableBufferPointer { ys in
            for r in 0..<batch {
              let xRow = r * inputSize, yRow = r * outputSize
              for o in 0..<outC {
                for y in 0..<oh {
                  for x in 0..<ow {
                    var sum = b[o]
                    for c in 0..<inC {
                      for u in 0..<k {
                        let sy = y + u - p
                        guard sy >= 0 && sy < h else { continue }
                        for v in 0..<k {
                          let sx = x + v - p
                          guard sx >= 0 && sx < w else { continue }
                          sum += wt[((c * k + u) * k + v) * outC + o] * xs[xRow + (c * h + sy) * w + sx]
                        }
                      }
                    }
                    ys[yRow + (o * oh + y) * ow + x] = sum
                  }
                }
              }
            }
          }
        }
      }
    }
    return output
  }

  public func backward(_ dOut: Matrix) -> Matrix {
    precondition(dOut.cols == outputSize && dOut.rows == input.rows,
                 "Convolution2D: gradient is \(dOut.rows)×\(dOut.cols), expected \(input.rows)×\(outputSize)")
    let batch = dOut.rows
    if inputGradient.rows != batch { inputGradient.resizeRows(batch) }
    BufferOps.clear(&inputGradient)
    let (k, p, h, w, oh, ow) = (kernelSize, offset, height, width, outputHeight, outputWidth)
    let (inC, outC) = (inputChannels, outputChannels)
    input.data.withUnsafeBufferPointer { xs in
      dOut.data.withUnsafeBufferPointer { dys in
        weight.value.withUnsafeBufferPointer { wt in
          weight.grad.withUnsafeMutableBufferPointer { dw in
            bias.grad.withUnsafeMutableBufferPointer { db in
              inputGradient.data.withUnsafeMutableBufferPointer { dxs in
                for r in 0..<batch {
                  let xRow = r * inputSize, yRow = r * outputSize
                  for o in 0..<outC {
                    for y in 0..<oh {
                      for x in 0..<ow {
                        let g = dys[yRow + (o * oh + y) * ow + x]
                        db[o] += g
                        for c in 0..<inC {
                          for u in 0..<k {
                            let sy = y + u - p
                            guard sy >= 0 && sy < h else { continue }
                            for v in 0..<k {
                              let sx = x + v - p
                              guard sx >= 0 && sx < w else { continue }
                              let wi = ((c * k + u) * k + v) * outC + o, xi = xRow + (c * h + sy) * w + sx
                              dw[wi] += g * xs[xi]
                              dxs[xi] += g * wt[wi]
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return inputGradient
  }
}
