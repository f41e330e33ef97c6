// Dataset+Split: a seeded train/test split that keeps each class's share the same on both sides,
// so a 212/357 data set does not lose its minority class to an unlucky shuffle.

extension Dataset {
  /// Splits into training and test sets, stratified by class and seeded.
  ///
  /// Each class is shuffled on its own and `round(testFraction × classCount)` of its examples go
  /// to the test set (at least one and at most all but one when the class has two or more, so
  /// both sides see every class). Examples keep their original relative order within each side,
  /// which makes the split independent of how classes interleave in the file.
  /// - Parameter testFraction: share of each class held out, in (0, 1).
  public func stratifiedSplit(testFraction: Double, rng: inout RandomSource) -> (train: Dataset, test: Dataset) {
    precondition(testFraction > 0 && testFraction < 1, "stratifiedSplit: testFraction must lie in (0, 1)")
    var byClass = Array(repeating: [Int](), count: classCount)
    for (i, label) in labels.enumerated() { byClass[label].append(i) }
    var isTest = Array(repeating: false, count: count)
    for var members in byClass where !members.isEmpty {
      rng.shuffle(&members)
      var take = Int((testFraction * Double(members.count)).rounded())
      if members.count >= 2 { take = min(max(take, 1), members.count - 1) }
      for i in members.prefix(take) { isTest[i] = true }
    }
    let testIndices = isTest.indices.filter { isTest[$0] }
    let trainIndices = isTest.indices.filter { !isTest[$0] }
    return (subset(trainIndices), subset(testIndices))
  }
}
