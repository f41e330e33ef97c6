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

  /// `(inputChannels · kernelSize²) × outputChannels` kernel weights.
  public let weight: Parameter
  /// `1 × outputChannels` biases, initialised to zero.
  public let bias: Parameter

  /// The taps of every output pixel and the buffers of both passes. Only this layer's own
  /// methods touch it, one access at a time: `unchecked` spares the dynamic exclusivity check.
  @exclusivity(unchecked) private var taps: ConvolutionTaps

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
    let (outputHeight, outputWidth) = (height - shrink, width - shrink)
    self.outputHeight = outputHeight
    self.outputWidth = outputWidth
    // Zero rows above (and columns to the left of) the image.
    let offset = padding == .valid ? 0 : (kernelSize - 1) / 2
    let area = kernelSize * kernelSize
    (weight, bias) = ConvolutionTaps.parameters(
      name: name, fanIn: inputChannels * area, fanOut: outputChannels * area, outputChannels: outputChannels,
      initializer: initializer, rng: &rng)
    // Tap (u, v) of output pixel (y, x) reads in[c, y + u − offset, x + v − offset] of every
    // channel c, if inside the image; pixels are numbered row by row.
    taps = ConvolutionTaps(
      layerName: "Convolution2D", inputSize: inputChannels * height * width, outputChannels: outputChannels,
      taps: (0..<outputHeight * outputWidth).map { pixel in
        let (y, x) = pixel.quotientAndRemainder(dividingBy: outputWidth)
        return (0..<inputChannels).flatMap { c in
          (0..<kernelSize).flatMap { u in
            (0..<kernelSize).compactMap { v in
              let (sy, sx) = (y + u - offset, x + v - offset)
              guard sy >= 0 && sy < height && sx >= 0 && sx < width else { return nil }
              return (weightRow: (c * kernelSize + u) * kernelSize + v, inputColumn: (c * height + sy) * width + sx)
            }
          }
        }
      })
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
    taps.forward(x, weight: weight, bias: bias)
  }

  public func backward(_ dOut: Matrix) -> Matrix {
    taps.backward(dOut, weight: weight, bias: bias)
  }
}
