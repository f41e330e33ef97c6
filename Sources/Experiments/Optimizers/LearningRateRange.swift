// LearningRateRange: reading a learning-rate range test — final loss against a log grid of step
// sizes — as the three regions a learner should see: too low, good, diverges (Smith 2017).

/// Where one learning rate of a range test falls.
public enum LearningRateRegion: String, Sendable {
  /// Finite, but well short of the best loss and below the best rate: steps too small to get far.
  case tooLow = "too-low"
  /// Within 20% of the largest loss reduction any rate achieved.
  case good
  /// Finite and no worse than the start, but short of good, above the best rate: unstable.
  case tooHigh = "too-high"
  /// The loss became NaN or infinite, or ended no lower than where it started.
  case diverges
}

/// Final losses after the same training budget at increasing learning rates.
public struct LearningRateRange: Equatable, Sendable {
  /// The learning rates tried, increasing.
  public private(set) var rates: [Double] = []
  /// The final loss at each rate (NaN when it diverged).
  public private(set) var losses: [Double] = []
  /// The loss of the untrained network, the same for every rate.
  public let initialLoss: Double

  public init(initialLoss: Double) {
    self.initialLoss = initialLoss
  }

  /// Adds the result at the next (larger) learning rate.
  mutating func append(rate: Double, loss: Double) {
    rates.append(rate)
    losses.append(loss.isFinite ? loss : .nan)
  }

  /// Index of the lowest finite loss that improved on the start.
  public var bestIndex: Int? {
    var best: Int?
    for i in losses.indices where losses[i].isFinite && losses[i] < initialLoss {
      if best.map({ losses[i] < losses[$0] }) ?? true { best = i }
    }
    return best
  }

  /// The rate with the lowest final loss.
  public var bestRate: Double? { bestIndex.map { rates[$0] } }

  /// The region of the rate at `index`.
  public func region(at index: Int) -> LearningRateRegion {
    let loss = losses[index]
    guard loss.isFinite, loss < initialLoss, let best = bestIndex else { return .diverges }
    if loss <= losses[best] + 0.2 * (initialLoss - losses[best]) { return .good }
    return index < best ? .tooLow : .tooHigh
  }

  /// Every rate's region, in order.
  public var regions: [LearningRateRegion] { losses.indices.map(region(at:)) }

  /// The smallest good rate.
  public var goodFrom: Double? { regions.firstIndex(of: .good).map { rates[$0] } }
  /// The largest good rate.
  public var goodTo: Double? { regions.lastIndex(of: .good).map { rates[$0] } }
  /// The smallest rate above the best one at which training diverged.
  public var divergesFrom: Double? {
    guard let best = bestIndex else { return rates.first }
    return regions.indices.first { $0 > best && regions[$0] == .diverges }.map { rates[$0] }
  }

  /// One line: "too low below 0.003, good 0.01–1 (best 0.3), diverges from 3".
  public var summary: String { summaryPhrase.description }

  var summaryPhrase: Phrase {
    guard let best = bestRate, let from = goodFrom, let to = goodTo else { return "no rate reduced the loss" }
    let f = { (v: Double) in ExperimentReport.readable(v) }
    var parts: [Phrase] = []
    if let first = rates.first, from > first { parts.append("too low below \(f(from))") }
    parts.append("good \(f(from))–\(f(to)) (best \(f(best)))")
    parts.append(divergesFrom.map { "diverges from \(f($0))" } ?? Phrase("no divergence up to \(f(rates.last ?? to))"))
    return Phrase.joined(parts, separator: ", ")
  }
}
