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
  /// Zeros in front of the sequence.
  private let leftPadding: Int

  /// `(inputChannels · kernelSize) × outputChannels` kernel weights.
  public let weight: Parameter
  /// `1 × outputChannels` biases, initialised to zero.
  public let bias: Parameter

  // Buffers are written only by this layer's own methods, which never overlap two accesses to
  // one buffer; `unchecked` spares the dynamic exclusivity check on every access in the loops.
  @exclusivity(unchecked) private var input = Matrix(rows: 0, cols: 0)
  @exclusivity(unchecked) private var output = Matrix(rows: 0, cols: 0)
  @exclusivity(unchecked) private var inputGradient = Matrix(rows: 0, cols: 0)

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
    switch padding {
    case .valid: leftPadding = 0
    case .causal: leftPadding = span
    case .same: leftPadding = span / 2
    }
    let fanIn = inputChannels * kernelSize
    weight = Parameter(name: "\(name).weight", rows: fanIn, cols: outputChannels)
    bias = Parameter(name: "\(name).bias", rows: 1, cols: outputChannels, decays: false)
    initializer.fill(&weight.value, fanIn: fanIn, fanOut: outputChannels * kernelSize, rng: &rng)
    input = Matrix(rows: 0, cols: inputSize)
    output = Matrix(rows: 0, cols: outputSize)
    inputGradient = Matrix(rows: 0, cols: inputSize)
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
    precondition(x.cols == inputSize, "Convolution1D: input has \(x.cols) columns, expected \(inputSize)")
    let batch = x.rows
    input.copyContents(of: x)
    if output.rows != batch { output.resizeRows(batch) }
    let (k, d, left, n, m) = (kernelSize, dilation, leftPadding, length, outputLength)
    let (inC, outC) = (inputChannels, outputChannels)
    input.data.withUnsafeBufferPointer { xs in
      weight.value.withUnsafeBufferPointer { w in
        bias.value.withUnsafeBufferPointer { b in
          output.data.withUnsafeMutableBufferPointer { ys in
            for r in 0..<batch {
              let xRow = r * inC * n, yRow = r * outC * m
              for o in 0..<outC {
                for t in 0..<m {
                  var sum = b[o]
                  for c in 0..<inC {
                    for j in 0..<k {
                      let s = t + j * d - left
                      if s >= 0 && s < n { sum += w[(c * k + j) * outC + o] * xs[xRow + c * n + s] }
                    }
                  }
                  ys[yRow + o * m + t] = sum
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
                 "Convolution1D: gradient is \(dOut.rows)×\(dOut.cols), expected \(input.rows)×\(outputSize)")
    let batch = dOut.rows
    if inputGradient.rows != batch { inputGradient.resizeRows(batch) }
    BufferOps.clear(&inputGradient)
    let (k, d, left, n, m) = (kernelSize, dilation, leftPadding, length, outputLength)
    let (inC, outC) = (inputChannels, outputChannels)
    input.data.withUnsafeBufferPointer { xs in
      dOut.data.withUnsafeBufferPointer { dys in
        weight.value.withUnsafeBufferPointer { w in
          weight.grad.withUnsafeMutableBufferPointer { dw in
            bias.grad.withUnsafeMutableBufferPointer { db in
              inputGradient.data.withUnsafeMutableBufferPointer { dxs in
                for r in 0..<batch {
                  let xRow = r * inC * n, yRow = r * outC * m
                  for o in 0..<outC {
                    for t in 0..<m {
                      let g = dys[yRow + o * m + t]
                      db[o] += g
                      for c in 0..<inC {
                        for j in 0..<k {
                          let s = t + j * d - left
                          guard s >= 0 && s < n else { continue }
                          let wi = (c * k + j) * outC + o, xi = xRow + c * n + s
                          dw[wi] += g * xs[xi]
                          dxs[xi] += g * w[wi]
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
