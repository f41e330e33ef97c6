// Layer: the protocol every building block of a network conforms to (dense, activation,
// dropout here; recurrent and convolution layers elsewhere build on it).

/// One stage of a network: maps a batch (one example per row) forward, and maps the loss
/// gradient with respect to its output back to the gradient with respect to its input.
///
/// Buffers are owned by the layer. `forward` writes into the layer's own output matrix and
/// returns it; `backward` writes into the layer's own input-gradient matrix and returns it.
/// A returned matrix is valid until the next call of the same method; a caller that wants
/// to keep it longer copies it. Callers should not hold a returned matrix across the next
/// call: the layer writes in place, and a live outside reference would force a copy-on-write
/// (an allocation) instead. A layer copies whatever it needs of its input for `backward`,
/// so the caller may reuse the input's storage at once.
///
/// Buffers are sized on first use and reshaped (keeping capacity) when the batch size
/// changes, so after the largest batch has been seen a training step allocates nothing.
///
/// `backward` must follow a `forward(_:training: true)` on the same batch. It adds the
/// parameter gradients of this batch to each `Parameter.grad` (it never clears them; call
/// `zeroGrad()` on the parameters between steps).
public protocol Layer: AnyObject {
  /// Features per example this layer accepts (columns of its input).
  var inputSize: Int { get }
  /// Features per example this layer produces (columns of its output).
  var outputSize: Int { get }
  /// The trainable tensors, weights before biases; empty for parameter-free layers.
  var parameters: [Parameter] { get }
  /// Computes the output for `input` (`batch × inputSize`); `training` switches on
  /// behaviour that only applies while learning (dropout's masks).
  func forward(_ input: Matrix, training: Bool) -> Matrix
  /// Takes ∂L/∂output (`batch × outputSize`), accumulates parameter gradients and returns
  /// ∂L/∂input (`batch × inputSize`).
  func backward(_ outputGradient: Matrix) -> Matrix
}
