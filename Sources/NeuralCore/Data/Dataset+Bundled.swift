// Dataset+Bundled: the three real data sets shipped in Lessons/data (UCI digits, Fisher's iris,
// Wisconsin breast cancer), loaded with their known shapes checked and readable names attached.

extension Dataset {
  /// Loads UCI optical digits (8×8 images, pixels 0…16, classes "0"…"9") from `digits.csv`.
  ///
  /// The file has no header; 64 pixel columns, row by row, then the digit. Feature names are
  /// `"r0c0"` … `"r7c7"` (row, column).
  public static func digits(path: String) throws(DataLoadError) -> Dataset {
    try digits(bytes: readFile(path))
  }

  /// Loads Fisher's iris (4 measurements in cm; setosa, versicolor, virginica) from `iris.csv`.
  public static func iris(path: String) throws(DataLoadError) -> Dataset {
    try iris(bytes: readFile(path))
  }

  /// Loads Breast Cancer Wisconsin (Diagnostic) (30 features; malignant = 0, benign = 1) from
  /// `breast_cancer.csv`.
  public static func breastCancer(path: String) throws(DataLoadError) -> Dataset {
    try breastCancer(bytes: readFile(path))
  }

  /// Loads the digits from the text of `digits.csv` (for tests and embedded copies).
  public static func digits(csvText: String) throws(DataLoadError) -> Dataset {
    try digits(bytes: Array(csvText.utf8))
  }

  /// Loads iris from the text of `iris.csv`.
  public static func iris(csvText: String) throws(DataLoadError) -> Dataset {
    try iris(bytes: Array(csvText.utf8))
  }

  /// Loads breast cancer from the text of `breast_cancer.csv`.
  public static func breastCancer(csvText: String) throws(DataLoadError) -> Dataset {
    try breastCancer(bytes: Array(csvText.utf8))
  }

  private static func digits(bytes: [UInt8]) throws(DataLoadError) -> Dataset {
    var set = try Dataset(csvBytes: bytes, name: "digits", format: CSVFormat(header: .none))
    try set.expect(features: 64, classes: 10)
    set.featureNames = (0..<64).map { "r\($0 / 8)c\($0 % 8)" }
    return set
  }

  private static func iris(bytes: [UInt8]) throws(DataLoadError) -> Dataset {
    var set = try Dataset(csvBytes: bytes, name: "iris", format: CSVFormat(header: .sizes))
    try set.expect(features: 4, classes: 3)
    set.featureNames = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"]
    return set
  }

  private static func breastCancer(bytes: [UInt8]) throws(DataLoadError) -> Dataset {
    var set = try Dataset(csvBytes: bytes, name: "breast cancer", format: CSVFormat(header: .sizes))
    try set.expect(features: 30, classes: 2)
    // The file's columns: ten measurements of the cell nuclei, as mean, standard error, worst.
    let measures = [
      "radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity",
      "concave points", "symmetry", "fractal dimension",
    ]
    set.featureNames =
      measures.map { "mean \($0)" } + measures.map { "\($0) error" } + measures.map { "worst \($0)" }
    return set
  }

  /// Checks the shape a bundled file must have, so a truncated or swapped file is named as such.
  private func expect(features: Int, classes: Int) throws(DataLoadError) {
    guard featureCount == features, classCount == classes else {
      throw .shapeMismatch(
        "\(name): expected \(features) features and \(classes) classes, found \(featureCount) and \(classCount)")
    }
  }
}
