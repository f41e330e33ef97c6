// CharacterModel: Bengio et al.'s neural probabilistic language model (JMLR 2003) over characters —
// the previous k characters are looked up in a shared embedding table, concatenated, passed through
// one tanh layer and a softmax over the alphabet — with its training, scoring and sampling. (The
// paper's optional direct connections from the embeddings to the output are left out.)

import Foundation
import NeuralCore

/// A next-character model: embedding → tanh hidden layer → softmax.
final class CharacterModel {
  let context: Int
  let embedding: Embedding
  /// The network read as a classifier of the next character.
  private let classifier: Classifier
  private var optimizer: Adam
  // Reused between calls so a training step allocates nothing once sizes are settled.
  private var inputs = Matrix(rows: 0, cols: 0)
  private var targets: [Int] = []

  init(vocabulary: Int, context: Int, dimension: Int, hidden: Int, learningRate: Float, rng: inout RandomSource) {
    self.context = context
    // Small initial vectors, so the picture after training shows what was learned rather than
    // the random start (with N(0, 1) the vowels' grouping depends on the seed).
    embedding = Embedding(vocabulary: vocabulary, dimension: dimension, context: context, deviation: 0.1, rng: &rng)
    classifier = Classifier(Network([
      embedding,
      Dense(context * dimension, hidden, initializer: .xavier, rng: &rng, name: "hidden"),
      ActivationLayer(.tanh, size: hidden),
      Dense(hidden, vocabulary, initializer: .xavier, rng: &rng, name: "output"),
    ]))
    optimizer = Adam(learningRate: learningRate)
    inputs = Matrix(rows: 0, cols: context)
  }

  /// Fills the input rows with the `context` symbols before each position and the targets with
  /// the symbol at it.
  private func load<C: Collection<Int>>(_ positions: C, of text: [Int]) {
    if inputs.rows != positions.count { inputs.resizeRows(positions.count) }
    targets.removeAll(keepingCapacity: true)
    let k = context
    inputs.data.withUnsafeMutableBufferPointer { x in
      for (row, position) in positions.enumerated() {
        for j in 0..<k { x[row * k + j] = Float(text[position - k + j]) }
        targets.append(text[position])
      }
    }
  }

  /// One Adam step on the mean cross-entropy of predicting `text[p]` from the characters before
  /// it, for each p in `positions` (each at least `context`); returns that loss in nats/char.
  func train<C: Collection<Int>>(_ positions: C, of text: [Int]) -> Float {
    load(positions, of: text)
    return classifier.trainStep(inputs, targets, optimizer: &optimizer)
  }

  /// Mean cross-entropy in nats/char of predicting `text[p]` for each p in `positions`.
  func crossEntropy<C: Collection<Int>>(_ positions: C, of text: [Int]) -> Float {
    load(positions, of: text)
    return classifier.meanLoss(inputs, targets)
  }

  /// The next-character distribution after `history` (its last `context` symbols), sharpened
  /// or flattened by `temperature`: p ∝ exp(z / T). Below T = 0.01 it is greedy (all mass on
  /// the most likely symbol, the lowest index on a tie), since exp(z / T) overflows as T → 0.
  func distribution(after history: [Int], temperature: Double) -> [Double] {
    load([history.count], of: history + [0])
    let logits = classifier.network.forward(inputs, training: false).row(0).map(Double.init)
    var p = [Double](repeating: 0, count: logits.count)
    guard temperature >= 0.01 else {
      let best = logits.indices.max { logits[$0] < logits[$1] || (logits[$0] == logits[$1] && $0 > $1) } ?? 0
      p[best] = 1
      return p
    }
    let largest = logits.max() ?? 0
    for i in logits.indices { p[i] = exp((logits[i] - largest) / temperature) }
    let total = p.reduce(0, +)
    return p.map { $0 / total }
  }

  /// `count` symbols generated one at a time after `prompt` (at least `context` symbols long),
  /// each drawn from `distribution(after:temperature:)` with `rng`.
  func generate(after prompt: [Int], count: Int, temperature: Double, rng: inout RandomSource) -> [Int] {
    var history = Array(prompt.suffix(context))
    var generated: [Int] = []
    for _ in 0..<count {
      let p = distribution(after: history, temperature: temperature)
      let u = rng.unitDouble()
      // If rounding leaves the total just under u, fall back to the last possible symbol.
      var cumulative = 0.0, choice = p.lastIndex { $0 > 0 } ?? 0
      for (i, probability) in p.enumerated() {
        cumulative += probability
        if u < cumulative {
          choice = i
          break
        }
      }
      generated.append(choice)
      history.removeFirst()
      history.append(choice)
    }
    return generated
  }
}
