// FeatureMap: one 3×3 kernel slid over one 8×8 digit — the hand-made kernels a learner can pick,
// the shift of the input, and the measured equivariance of the response to that shift.

import NeuralCore

/// The kernels of the `kernel` knob.
enum KernelChoice: String, CaseIterable, Sendable {
  case edgeX = "edge-x", edgeY = "edge-y", blur, sharpen, learned

  /// The 3×3 weights row by row, or nil for `learned` (taken from the trained model).
  var weights: [Float]? {
    switch self {
    // Sobel: responds to a change from left to right (a vertical stroke's sides).
    case .edgeX: return [-1, 0, 1, -2, 0, 2, -1, 0, 1]
    // Sobel transposed: responds to a change from top to bottom.
    case .edgeY: return [-1, -2, -1, 0, 0, 0, 1, 2, 1]
    case .blur: return [Float](repeating: 1.0 / 9, count: 9)
    case .sharpen: return [0, -1, 0, -1, 5, -1, 0, -1, 0]
    case .learned: return nil
    }
  }
}

/// An 8×8 image and the response of one 3×3 kernel to it (zero padding, so 8×8 again).
struct FeatureMap {
  static let side = 8

  /// The image the kernel sees (after the shift), row-major.
  let image: [Float]
  /// The kernel, row by row.
  let kernel: [Float]
  /// The kernel's response at every pixel, row-major.
  let response: [Float]

  /// Slides `kernel` (plus `bias`) over `image` with a `Convolution2D` of one filter.
  init(image: [Float], kernel: [Float], bias: Float = 0) {
    var rng = RandomSource(seed: 0)
    let conv = Convolution2D(inputChannels: 1, outputChannels: 1, height: Self.side, width: Self.side, rng: &rng, name: "view")
    conv.setKernel(kernel)
    conv.bias.value[0] = bias
    self.image = image
    self.kernel = kernel
    response = conv.forward(Matrix(rows: 1, cols: image.count, data: image), training: false).data
  }

  /// `image` moved `pixels` to the right; the columns it leaves are zero, the ones pushed out are lost.
  static func shiftedRight(_ image: [Float], by pixels: Int) -> [Float] {
    var out = [Float](repeating: 0, count: image.count)
    for y in 0..<side {
      for x in pixels..<side { out[y * side + x] = image[y * side + x - pixels] }
    }
    return out
  }

  /// The columns where shifting then convolving must equal convolving then shifting: every
  /// tap of the kernel lands on a pixel that is in both images (not on one lost at the border).
  static func interiorColumns(shift: Int) -> Range<Int> {
    shift == 0 ? 0..<side : shift..<(side - 1)
  }

  /// The largest difference between the response to the shifted image and the response to the
  /// unshifted one moved by the same amount, over the interior columns: 0 means equivariant.
  static func equivarianceError(image: [Float], kernel: [Float], shift: Int) -> Float {
    let plain = FeatureMap(image: image, kernel: kernel).response
    let moved = FeatureMap(image: shiftedRight(image, by: shift), kernel: kernel).response
    var worst: Float = 0
    for y in 0..<side {
      for x in interiorColumns(shift: shift) {
        worst = max(worst, abs(moved[y * side + x] - plain[y * side + x - shift]))
      }
    }
    return worst
  }
}
