// DigitsSplit: the dropout experiment's data — the UCI digits scaled to [0, 1], a fixed stratified
// test set, and a class-balanced training sample of the requested size from the remaining images.

import NeuralCore

/// The training and test digits for one run of the dropout experiment.
///
/// The test set depends only on the seed, never on `trainSize`, so runs with different training
/// sizes (and the same seed) are scored on exactly the same images.
public struct DigitsSplit: Sendable {
  /// How many digits are held out for testing: about 80 per class, every digit the largest
  /// training set (1000) leaves over, so the comparison is as little noisy as the data allows.
  public static let testCount = 797

  /// The training images (pixels ÷ 16) and their labels.
  public let train: Dataset
  /// The held-out images, the same for every training size.
  public let test: Dataset

  /// Holds out `testCount` of `digits` (scaled to [0, 1], as `DataFiles.scaledDigits()` gives
  /// them) stratified by class, and draws `trainSize` of the rest, balanced across classes, all
  /// from `rng`.
  public init(digits: Dataset, trainSize: Int, rng: inout RandomSource) {
    let (pool, test) = digits.stratifiedSplit(testFraction: Double(Self.testCount) / Double(digits.count), rng: &rng)
    self.test = test
    train = pool.subset(Self.balancedSample(labels: pool.labels, classCount: pool.classCount, count: trainSize, rng: &rng))
  }

  /// Indices of `count` examples taken class by class in turn (each class in shuffled order),
  /// so a hundred digits are ten of each rather than whatever a plain shuffle happens to give.
  /// The result is sorted, keeping the examples in file order.
  static func balancedSample(labels: [Int], classCount: Int, count: Int, rng: inout RandomSource) -> [Int] {
    var byClass = Array(repeating: [Int](), count: classCount)
    for (i, label) in labels.enumerated() { byClass[label].append(i) }
    for c in byClass.indices { rng.shuffle(&byClass[c]) }
    var chosen: [Int] = []
    var depth = 0
    let wanted = min(count, labels.count)
    while chosen.count < wanted {
      for c in byClass.indices where depth < byClass[c].count && chosen.count < wanted {
        chosen.append(byClass[c][depth])
      }
      depth += 1
    }
    return chosen.sorted()
  }
}
