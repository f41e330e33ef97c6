// Convolution1D: a dilated 1-D convolution over sequences with optional causal padding — the
// building block of WaveNet (van den Oord et al. 2016), whose receptive field doubles per layer.

/// A 1-D convolution with stride 1, any kernel size and dilation, as a `Layer`.
///
/// Each example (row of the input matrix) holds `inputChannels` sequences of `length`
/// values, channel after channel: element (c, t) is at column `c * length + t`. The output
/// has the same layout with `outputChannels` channels of `outputLength` values:
///
///     y[o, t] = b[o] + Σ_c Σ_j W[c, j, o] · x[c, t + j·d − left]
///
/// where d is the dilation and `left` the zero padding before the sequence (0 for `.valid`,
/// d·(k − 1) for `.causal`, half of that for `.same`); x outside the sequence counts as zero.
/// The weight is a `Parameter` of `(inputChannels · kernelSize) × outputChannels`, element
/// W[c, j, o] at `(c * kernelSize + j) * outputChannels + o` (fan-in rows, fan-out columns,
/// like `Dense`).
public final class Convolution1D: Layer {
  /// Where the zero padding goes.
  public enum Padding: Equatable, Sendable {
    /// No padding: the output is d·(k − 1) shorter than the input.
    case valid
    /// All d·(k − 1) zeros before the sequence, so y[t] sees only x[t] and earlier steps.
    case causal
    /// Zeros split evenly (the extra one after), so the output is centred on the input.
    case same
  }

  /// Channels per input step (1 for a plain signal).
  public let inputChannels: Int
  /// Channels (filters) per output step.
  public let outputChannels: Int
  /// Steps per input channel.
  public let length: Int
  /// Taps per kernel, k.
  public let kernelSize: Int
  /// Gap between kernel taps: tap j reads x[t + j·dilation − left].
  public let dilation: Int
  /// Where zeros are added around the sequence.
  public let padding: Padding
  /// Steps per output channel.
  public let outputLength: Int

  /// `(inputChannels · kernelSize) × outputChannels` kernel weights.
  public let weight: Parameter
  /// `1 × outputChannels` biases, initialised to zero.
  public let bias: Parameter

  /// The taps of every output step and the buffers of both passes. Only this layer's own
  /// methods touch it, one access at a time: `unchecked` spares the dynamic exclusivity check.
  @exclusivity(unchecked) private var taps: ConvolutionTaps

  /// A convolution of `inputChannels` sequences of `length` steps into `outputChannels`.
  public init(
    inputChannels: Int, outputChannels: Int, length: Int, kernelSize: Int, dilation: Int = 1,
    padding: Padding = .causal, initializer: Initializer = .he, rng: inout RandomSource,
    name: String = "conv1d"
  ) {
    precondition(inputChannels > 0 && outputChannels > 0 && length > 0,
                 "Convolution1D: channels and length must be positive")
    precondition(kernelSize > 0 && dilation > 0, "Convolution1D: kernel size and dilation must be positive")
    let span = dilation * (kernelSize - 1)
    let outputLength = padding == .valid ? length - span : length
    precondition(outputLength > 0, "Convolution1D: a kernel spanning \(span + 1) steps does not fit in \(length)")
    self.inputChannels = inputChannels
    self.outputChannels = outputChannels
    self.length = length
    self.kernelSize = kernelSize
    self.dilation = dilation
    self.padding = padding
    self.outputLength = outputLength
    let left: Int
    switch padding {
    case .valid: left = 0
    case .causal: left = span
    case .same: left = span / 2
    }
    let fanIn = inputChannels * kernelSize
    (weight, bias) = ConvolutionTaps.parameters(
      name: name, fanIn: fanIn, fanOut: outputChannels * kernelSize, outputChannels: outputChannels,
      initializer: initializer, rng: &rng)
    // Tap j of output step t reads x[c, t + j·d − left] of every channel c, if inside the sequence.
    taps = ConvolutionTaps(
      layerName: "Convolution1D", inputSize: inputChannels * length, outputChannels: outputChannels,
      taps: (0..<outputLength).map { t in
        (0..<inputChannels).flatMap { c in
          (0..<kernelSize).compactMap { j in
            let s = t + j * dilation - left
            return s >= 0 && s < length ? (weightRow: c * kernelSize + j, inputColumn: c * length + s) : nil
          }
        }
      })
  }

  public var inputSize: Int { inputChannels * length }
  public var outputSize: Int { outputChannels * outputLength }
  public var parameters: [Parameter] { [weight, bias] }

  /// Input steps one output step sees: d·(k − 1) + 1.
  public var receptiveField: Int { dilation * (kernelSize - 1) + 1 }

  /// The receptive field of a stack of stride-1 convolutions: 1 + Σ dᵢ·(kᵢ − 1).
  ///
  /// With kernel 2 and dilations 1, 2, 4, 8 it is 2, 4, 8, 16 after each layer: doubling the
  /// dilation per layer grows the field exponentially with depth for a linear number of weights.
  public static func receptiveField(kernelSize: Int, dilations: [Int]) -> Int {
    dilations.reduce(1) { $0 + $1 * (kernelSize - 1) }
  }

  /// The receptive field of `layers` applied one after another.
  public static func receptiveField(of layers: [Convolution1D]) -> Int {
    layers.reduce(1) { $0 + $1.receptiveField - 1 }
  }

  /// Position of W[c, j, o] in `weight.value`.
  public func weightIndex(inputChannel c: Int, tap j: Int, outputChannel o: Int) -> Int {
    (c * kernelSize + j) * outputChannels + o
  }

  public func forward(_ x: Matrix, training: Bool) -> Matrix {
    taps.forward(x, weight: weight, bias: bias)
  }

  public func backward(_ dOut: Matrix) -> Matrix {
    taps.backward(dOut, weight: weight, bias: bias)
  }
}
