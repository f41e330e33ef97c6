// Dataset: a labelled table of examples — the one shape every generator and loader returns and
// every experiment consumes (features one example per row, integer class labels 0..<k).

/// A labelled classification data set: one example per row of `features`, one label per row.
///
/// Labels are class indices `0..<classNames.count`, so they can index the names, a one-hot
/// target or a confusion matrix directly.
public struct Dataset: Equatable, Sendable {
  /// A short readable name such as `"iris"` or `"moons"`.
  public var name: String
  /// The inputs, one example per row.
  public var features: Matrix
  /// The class of each example, in `0..<classNames.count`.
  public var labels: [Int]
  /// One readable name per class, indexed by label.
  public var classNames: [String]
  /// One name per feature column where the source gives them, otherwise empty.
  public var featureNames: [String]

  /// A data set over `features` and `labels`; labels must lie in `0..<classNames.count`.
  public init(
    name: String, features: Matrix, labels: [Int], classNames: [String], featureNames: [String] = []
  ) {
    precondition(features.rows == labels.count, "Dataset \(name): \(features.rows) rows, \(labels.count) labels")
    precondition(
      labels.allSatisfy { $0 >= 0 && $0 < classNames.count },
      "Dataset \(name): a label lies outside 0..<\(classNames.count)")
    precondition(
      featureNames.isEmpty || featureNames.count == features.cols,
      "Dataset \(name): \(featureNames.count) feature names for \(features.cols) columns")
    self.name = name
    self.features = features
    self.labels = labels
    self.classNames = classNames
    self.featureNames = featureNames
  }

  /// Number of examples.
  public var count: Int { labels.count }

  /// Number of features per example.
  public var featureCount: Int { features.cols }

  /// Number of classes (including any with no examples here).
  public var classCount: Int { classNames.count }

  /// How many examples each class has, indexed by label.
  public var classCounts: [Int] {
    var counts = Array(repeating: 0, count: classCount)
    for label in labels { counts[label] += 1 }
    return counts
  }

  /// The examples at `indices`, in that order, with the same names.
  public func subset(_ indices: [Int]) -> Dataset {
    let cols = features.cols
    var data = [Float]()
    data.reserveCapacity(indices.count * cols)
    for i in indices { data.append(contentsOf: features.data[(i * cols)..<((i + 1) * cols)]) }
    return Dataset(
      name: name, features: Matrix(rows: indices.count, cols: cols, data: data),
      labels: indices.map { labels[$0] }, classNames: classNames, featureNames: featureNames)
  }

  /// The same examples with `features` replaced (after scaling, say); the shape must match.
  public func withFeatures(_ newFeatures: Matrix) -> Dataset {
    Dataset(
      name: name, features: newFeatures, labels: labels, classNames: classNames,
      featureNames: newFeatures.cols == features.cols ? featureNames : [])
  }
}
