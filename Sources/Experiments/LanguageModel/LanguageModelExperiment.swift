// The language-model experiment: a Bengio-2003-style neural language model learns to predict the
// next character of a small English corpus from the previous k. Its loss falls from ln V (uniform
// guessing) past the letter-frequency baseline, its samples turn from noise into word-like text,
// and its learned character embeddings, drawn in 2-D, group similar characters.

import Charts
import Display
import Foundation
import NeuralCore

/// A neural character model trained on the shipped corpus; one step is one epoch over the
/// training text (the first 90%) in shuffled mini-batches of 32; the last 10% is held out.
public final class LanguageModelExperiment: Experiment {
  public static let id = "language-model"
  public static var title: String { tr("Language model") }
  public static var summary: String {
    tr("a neural language model (Bengio et al. 2003) learns to write word-like text from the previous few characters")
  }
  public static var stepUnit: String { tr("epoch") }
  public static let defaultSteps = 16

  public static let knobs: [Knob] = [
    Knob("context", .integer(range: 1...8, step: 1), default: .integer(4),
         help: "k: how many previous characters the model sees"),
    Knob("embedding", .integer(range: 1...16, step: 1), default: .integer(8),
         help: "entries in each character's learned vector"),
    Knob("hidden", .integer(range: 4...256, step: 16), default: .integer(96), help: "tanh units in the hidden layer"),
    Knob("temperature", .number(range: 0...2, step: 0.1, logarithmic: false), default: .number(0.7),
         help: "sampling: 0 always picks the likeliest character, 1 samples the model, above 1 flattens it"),
    Knob("lr", .number(range: 0.0001...0.3, step: 2, logarithmic: true), default: .number(0.005),
         help: "Adam's step size"),
    Knob("epochs", .integer(range: 1...200, step: 5), default: .integer(defaultSteps),
         help: "passes over the training text before the run stops"),
  ]

  /// Characters in each mini-batch.
  static let batchSize = 32
  /// Characters generated for each sample.
  static let sampleLength = 64
  /// How far (nats/char) the held-out loss must rise above its best to count as overfitting.
  static let overfittingMargin = 0.05
  /// Characters rarer than this in the training text (j, q, x here) are left out of the picture
  /// and the vowel readout: a handful of examples leaves their vectors mostly noise.
  static let minimumCount = 50
  /// Samples drawn after each epoch to count how many of the generated words are real.
  static let wordSamples = 4
  /// The five vowels, for the embedding readout.
  static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

  public let settings: KnobSettings
  public let seed: UInt64
  public private(set) var stepCount = 0
  public private(set) var status: ExperimentStatus

  public let corpus: Corpus
  let model: CharacterModel
  /// Positions whose character is predicted in training, and in the held-out check.
  private var trainingPositions: [Int]
  private let heldOutPositions: Range<Int>
  /// The first `context` characters of the corpus: every sample continues them.
  private let prompt: [Int]
  private var rng: RandomSource

  /// ln V: the loss of guessing every character of the alphabet as likely as any other.
  public let uniformLoss: Double
  /// The entropy of the training text's character frequencies: the best loss without context.
  public let unigramLoss: Double
  /// Every word of the corpus, to tell generated words that exist from invented ones.
  private let words: Set<Substring>
  private var lossHistory: [Double] = []
  private var heldOutHistory: [Double] = []
  private var realWordHistory: [Double] = []
  /// The prompt and what the model wrote after it, after each epoch (the first before training).
  public private(set) var samples: [(epoch: Int, text: String)] = []
  /// The characters seen at least `minimumCount` times in the training text.
  public let frequent: [Int]
  /// The principal components of the frequent characters' embeddings, and every character's
  /// coordinates along them.
  private(set) var projection: Projection
  private(set) var coordinates: [(x: Double, y: Double)] = []

  public init(settings: KnobSettings, seed: UInt64) throws(ExperimentError) {
    self.settings = settings
    self.seed = seed
    corpus = try DataFiles.corpus()
    let k = settings.integer("context")
    let split = corpus.count * 9 / 10
    trainingPositions = Array(k..<split)
    heldOutPositions = split..<corpus.count
    prompt = Array(corpus.symbols.prefix(k))
    rng = RandomSource(seed: seed)
    let v = corpus.alphabet.count
    model = CharacterModel(
      vocabulary: v, context: k, dimension: settings.integer("embedding"), hidden: settings.integer("hidden"),
      learningRate: Float(settings.number("lr")), rng: &rng)
    uniformLoss = log(Double(v))
    var counts = [Double](repeating: 0, count: v)
    for s in corpus.symbols[..<split] { counts[s] += 1 }
    unigramLoss = counts.reduce(0) { $0 - ($1 > 0 ? $1 / Double(split) * log($1 / Double(split)) : 0) }
    frequent = counts.indices.filter { counts[$0] >= Double(Self.minimumCount) }
    words = Set(corpus.text(corpus.symbols).split { !$0.isLetter })
    projection = Projection(fitting: [])
    status = ExperimentStatus(
      .running,
      "untrained: every character is about equally likely, ln \(v) = \(Self.nats(log(Double(v)))) nats per character")
    project()
    samples = [(0, sample(temperature: settings.number("temperature")))]
    realWordShare = currentRealWordShare()
  }

  // MARK: - Stepping

  public func step() {
    guard !status.isFinal else { return }
    rng.shuffle(&trainingPositions)
    var total = 0.0, batches = 0
    var start = 0
    while start < trainingPositions.count {
      let end = min(start + Self.batchSize, trainingPositions.count)
      total += Double(model.train(trainingPositions[start..<end], of: corpus.symbols))
      batches += 1
      start = end
    }
    stepCount += 1
    let loss = total / Double(max(batches, 1))
    let heldOut = Double(model.crossEntropy(heldOutPositions, of: corpus.symbols))
    lossHistory.append(loss)
    heldOutHistory.append(heldOut)
    guard loss.isFinite, heldOut.isFinite else {
      status = ExperimentStatus(
        .diverged, "diverged in epoch \(stepCount): the loss became \(key: loss.isNaN ? "NaN" : "infinite"); lower lr",
        lesson: "optimizers")
      return
    }
    project()
    if loss > uniformLoss {
      status = ExperimentStatus(
        .diverged,
        "epoch \(stepCount): loss \(Self.nats(loss)) nats/char is worse than uniform guessing (\(Self.nats(uniformLoss))):"
          + " the steps are too large; lower lr",
        lesson: "optimizers")
      return
    }
    samples.append((stepCount, sample(temperature: settings.number("temperature"))))
    realWordShare = currentRealWordShare()
    realWordHistory.append(realWordShare)
    status = currentStatus(loss: loss, heldOut: heldOut)
  }

  private func currentStatus(loss: Double, heldOut: Double) -> ExperimentStatus {
    let summary: Phrase = "held-out loss \(Self.nats(heldOut)) nats/char (perplexity \(Self.nats(exp(heldOut))));"
      + " uniform guessing \(Self.nats(uniformLoss)), letter frequencies \(Self.nats(unigramLoss))"
    let best = heldOutHistory.indices.min { heldOutHistory[$0] < heldOutHistory[$1] } ?? 0
    let epochs = settings.integer("epochs")
    // Held-out loss clearly above its best of three or more epochs ago (by more than its
    // epoch-to-epoch jitter of a few hundredths) while the training loss still falls: memorising.
    if stepCount - 1 - best >= 3, heldOut > heldOutHistory[best] + Self.overfittingMargin, loss < lossHistory[best] {
      let state: ExperimentStatus.State = stepCount >= epochs ? .finished : .running
      return ExperimentStatus(
        state,
        "held-out loss up to \(Self.nats(heldOut)) from \(Self.nats(heldOutHistory[best])) at epoch \(best + 1) while"
          + " training loss falls to \(Self.nats(loss)): the model is memorising the text",
        lesson: "overfitting")
    }
    if stepCount >= epochs { return ExperimentStatus(.finished, "after \(stepCount) epochs: " + summary) }
    return ExperimentStatus(.running, "epoch \(stepCount): " + summary)
  }

  /// Two decimals, for losses in messages.
  static func nats(_ value: Double) -> String { String(format: "%.2f", value) }

  // MARK: - Samples and embeddings

  /// The prompt and `sampleLength` characters generated after it at `temperature`, drawn from a
  /// stream seeded by the run's seed alone, so successive samples differ only because the model
  /// changed.
  public func sample(temperature: Double, seed sampleSeed: UInt64? = nil) -> String {
    var sampler = RandomSource(seed: sampleSeed ?? samplerSeed)
    let generated = model.generate(after: prompt, count: Self.sampleLength, temperature: temperature, rng: &sampler)
    return corpus.text(prompt + generated)
  }

  /// The latest sample.
  public var sample: String { samples.last?.text ?? "" }

  /// The seed of the stream behind the drawn samples.
  private var samplerSeed: UInt64 { seed ^ 0x5A4D_504C_4553 }

  /// The share of the generated words, in 0…1, that occur in the corpus (at the knob's
  /// temperature, over `wordSamples` samples, the first being the one drawn).
  public private(set) var realWordShare = 0.0

  private func currentRealWordShare() -> Double {
    var real = 0, total = 0
    for i in 0..<Self.wordSamples {
      let text = sample(temperature: settings.number("temperature"), seed: samplerSeed &+ UInt64(i))
      // Leave out the prompt's words and the last one, which the sample's length may cut short.
      let generated = text.split { !$0.isLetter }.dropFirst(prompt.isEmpty ? 0 : 1).dropLast()
      real += generated.filter(words.contains).count
      total += generated.count
    }
    return total > 0 ? Double(real) / Double(total) : 0
  }

  /// Each character's learned vector, in alphabet order.
  public var embeddings: [[Double]] {
    (0..<corpus.alphabet.count).map { model.embedding.vector($0).map(Double.init) }
  }

  /// Fits the principal components to the frequent characters and places every character.
  private func project() {
    let vectors = embeddings
    projection = Projection(fitting: frequent.map { vectors[$0] })
    coordinates = vectors.map(projection.coordinates)
  }

  /// Mean distance between two vowels' embeddings over mean distance between a vowel's and a
  /// consonant's (frequent letters only): below 1 when the model has put the vowels together.
  public var vowelDistanceRatio: Double {
    let vectors = embeddings
    let letters = frequent.filter { corpus.alphabet[$0].isLetter }
    let vowels = letters.filter { Self.vowels.contains(corpus.alphabet[$0]) }
    let consonants = letters.filter { !Self.vowels.contains(corpus.alphabet[$0]) }
    func distance(_ a: Int, _ b: Int) -> Double {
      zip(vectors[a], vectors[b]).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
    }
    var within: [Double] = [], across: [Double] = []
    for (i, a) in vowels.enumerated() {
      for b in vowels[(i + 1)...] { within.append(distance(a, b)) }
      for c in consonants { across.append(distance(a, c)) }
    }
    guard !within.isEmpty, !across.isEmpty else { return .nan }
    return (within.reduce(0, +) / Double(within.count)) / (across.reduce(0, +) / Double(across.count))
  }

  // MARK: - Reporting

  /// `loss` is the mean training cross-entropy over the epoch's mini-batches (nats per character),
  /// `held_out_loss` the cross-entropy on the held-out tenth after the epoch; each perplexity is
  /// e^loss, the number of equally likely characters that would leave the model as unsure.
  /// `real_words` is the share of generated words that occur in the corpus.
  /// `embedding_x` and `embedding_y` place every character of the alphabet, in alphabet order.
  public var readouts: [Readout] {
    let loss = lossHistory.last ?? .nan, heldOut = heldOutHistory.last ?? .nan
    return [
      Readout("loss", loss),
      Readout("perplexity", exp(loss)),
      Readout("held_out_loss", heldOut),
      Readout("held_out_perplexity", exp(heldOut)),
      Readout("real_words", realWordShare),
      Readout("uniform_loss", uniformLoss),
      Readout("unigram_loss", unigramLoss),
      Readout("vowel_distance_ratio", vowelDistanceRatio),
      Readout("explained_variance", projection.explainedVariance),
      Readout("embedding_x", vector: coordinates.map(\.x)),
      Readout("embedding_y", vector: coordinates.map(\.y)),
    ]
  }

  public var series: [Series] {
    [Series("loss", lossHistory), Series("held_out_loss", heldOutHistory), Series("real_words", realWordHistory)]
  }

  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    // Vowels last, so where two characters share a cell the vowel is the one that shows.
    let all = frequent.map { i in
      let c = corpus.alphabet[i]
      let kind = Self.vowels.contains(c) ? 0 : (c.isLetter ? 1 : 2)
      return ScatterPoint(x: coordinates[i].x, y: coordinates[i].y, label: kind, symbol: c == " " ? "_" : c)
    }
    let points = all.filter { $0.label != 0 } + all.filter { $0.label == 0 }
    let embeddingChart = ScatterChart(
      points: points, classStyles: [Style(foreground: .red, bold: true), .plain, Style(dim: true)])
    let lossChart = LineChart(
      series: [LineSeries(name: tr("train"), values: lossHistory), LineSeries(name: tr("held-out"), values: heldOutHistory)],
      xLabel: tr("epoch"),
      references: [ReferenceLine(value: uniformLoss, label: tr("uniform")), ReferenceLine(value: unigramLoss, label: tr("letter freq"))])
    let percent = Int((projection.explainedVariance * 100).rounded())
    Panels.draw(
      main: Panel("character embeddings (_ = space), 2-D PCA: \(percent)% of variance", embeddingChart),
      side: [
        Panel("loss, nats per character", lossChart),
        Panel(
          "samples, T = \(KnobValue.format(settings.number("temperature"))): \(Int((realWordShare * 100).rounded()))% real words",
          SampleList(samples: samples)),
      ],
      into: &buffer, area: area, charset: charset, mainPercent: 50)
  }
}
