// ConvolutionTaps: what Convolution1D and Convolution2D share. A stride-1 convolution of any
// dimension is, for each output position, a list of (kernel row, input column) pairs that fall
// inside the input; with that list built once, forward and backward are the same loops for both.

/// A convolution's geometry as a table of taps, with the buffers its passes reuse.
///
/// A tap of output position p pairs a weight row r (the weight of output channel o is at
/// `r * outputChannels + o`) with the input column it multiplies, within one example. Output
/// (o, p) of an example is at column `o * positions + p`. Taps are listed in the order the
/// sums are taken, input channel first, so the arithmetic is that of the plain nested loops.
struct ConvolutionTaps {
  /// The layer's name for messages ("Convolution2D").
  let layerName: String
  let inputSize: Int
  let outputChannels: Int
  /// Output positions per channel.
  let positions: Int
  /// The taps of position p are `tapStart[p]..<tapStart[p + 1]` in `weightRows` and `inputColumns`.
  private let tapStart: [Int]
  private let weightRows: [Int]
  private let inputColumns: [Int]

  private var input = Matrix(rows: 0, cols: 0)
  private var output = Matrix(rows: 0, cols: 0)
  private var inputGradient = Matrix(rows: 0, cols: 0)

  /// A table with `taps[p]` the taps of output position p, for inputs of `inputSize` columns.
  init(layerName: String, inputSize: Int, outputChannels: Int, taps: [[(weightRow: Int, inputColumn: Int)]]) {
    self.layerName = layerName
    self.inputSize = inputSize
    self.outputChannels = outputChannels
    positions = taps.count
    var start = [0]
    for position in taps { start.append(start[start.count - 1] + position.count) }
    tapStart = start
    weightRows = taps.flatMap { $0.map(\.weightRow) }
    inputColumns = taps.flatMap { $0.map(\.inputColumn) }
    input = Matrix(rows: 0, cols: inputSize)
    output = Matrix(rows: 0, cols: outputSize)
    inputGradient = Matrix(rows: 0, cols: inputSize)
  }

  var outputSize: Int { outputChannels * positions }

  /// The weight (`fanIn × outputChannels`, filled by `initializer`) and zero bias of a convolution.
  static func parameters(
    name: String, fanIn: Int, fanOut: Int, outputChannels: Int, initializer: Initializer, rng: inout RandomSource
  ) -> (weight: Parameter, bias: Parameter) {
    let weight = Parameter(name: "\(name).weight", rows: fanIn, cols: outputChannels)
    let bias = Parameter(name: "\(name).bias", rows: 1, cols: outputChannels, decays: false)
    initializer.fill(&weight.value, fanIn: fanIn, fanOut: fanOut, rng: &rng)
    return (weight, bias)
  }

  /// y[o, p] = b[o] + Σ over the taps of p of W[row, o] · x[column], for every example.
  mutating func forward(_ x: Matrix, weight: Parameter, bias: Parameter) -> Matrix {
    precondition(x.cols == inputSize, "\(layerName): input has \(x.cols) columns, expected \(inputSize)")
    let batch = x.rows
    input.copyContents(of: x)
    if output.rows != batch { output.resizeRows(batch) }
    let (outC, positions, inSize, outSize) = (outputChannels, positions, inputSize, outputSize)
    tapStart.withUnsafeBufferPointer { start in
      weightRows.withUnsafeBufferPointer { rows in
        inputColumns.withUnsafeBufferPointer { columns in
          input.data.withUnsafeBufferPointer { xs in
            weight.value.withUnsafeBufferPointer { w in
              bias.value.withUnsafeBufferPointer { b in
                output.data.withUnsafeMutableBufferPointer { ys in
                  for r in 0..<batch {
                    let xRow = r * inSize, yRow = r * outSize
                    for o in 0..<outC {
                      for p in 0..<positions {
                        var sum = b[o]
                        for tap in start[p]..<start[p + 1] {
                          sum += w[rows[tap] * outC + o] * xs[xRow + columns[tap]]
                        }
                        ys[yRow + o * positions + p] = sum
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
    return output
  }

  /// Adds ∂L/∂W and ∂L/∂b to the parameters' gradients and returns ∂L/∂x, for the input of the
  /// latest `forward`.
  mutating func backward(_ dOut: Matrix, weight: Parameter, bias: Parameter) -> Matrix {
    precondition(dOut.cols == outputSize && dOut.rows == input.rows,
                 "\(layerName): gradient is \(dOut.rows)×\(dOut.cols), expected \(input.rows)×\(outputSize)")
    let batch = dOut.rows
    if inputGradient.rows != batch { inputGradient.resizeRows(batch) }
    BufferOps.clear(&inputGradient)
    let (outC, positions, inSize, outSize) = (outputChannels, positions, inputSize, outputSize)
    tapStart.withUnsafeBufferPointer { start in
      weightRows.withUnsafeBufferPointer { rows in
        inputColumns.withUnsafeBufferPointer { columns in
          input.data.withUnsafeBufferPointer { xs in
            dOut.data.withUnsafeBufferPointer { dys in
              weight.value.withUnsafeBufferPointer { w in
                weight.grad.withUnsafeMutableBufferPointer { dw in
                  bias.grad.withUnsafeMutableBufferPointer { db in
                    inputGradient.data.withUnsafeMutableBufferPointer { dxs in
                      for r in 0..<batch {
                        let xRow = r * inSize, yRow = r * outSize
                        for o in 0..<outC {
                          for p in 0..<positions {
                            let g = dys[yRow + o * positions + p]
                            db[o] += g
                            for tap in start[p]..<start[p + 1] {
                              let wi = rows[tap] * outC + o, xi = xRow + columns[tap]
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
      }
    }
    return inputGradient
  }
}
