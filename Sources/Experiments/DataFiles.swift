// DataFiles: finding the data sets that ship in `Lessons/data/` — from a clone (`swift run`),
// from a build folder, or from wherever `DLTUTOR_LESSONS` or `--lessons` points.

#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization
import NeuralCore

/// Where the shipped data files are, and loading them with a clear error when they are missing.
public enum DataFiles {
  /// The `Lessons` folder given by `--lessons` (set by the command line before any experiment runs).
  nonisolated(unsafe) public static var lessonsOverride: String?

  /// Folders that may hold `Lessons/`, most specific first: the override, `$DLTUTOR_LESSONS`,
  /// the current directory and its parents, then the executable's folder and its parents
  /// (`.build/debug/dltutor` sits three levels below the clone).
  public static func candidateLessonFolders() -> [String] {
    var folders: [String] = []
    if let override = lessonsOverride { folders.append(override) }
    if let env = ProcessInfo.processInfo.environment["DLTUTOR_LESSONS"], !env.isEmpty { folders.append(env) }
    for start in [FileManager.default.currentDirectoryPath, executableFolder()].compactMap({ $0 }) {
      var url = URL(fileURLWithPath: start)
      for _ in 0..<5 {
        folders.append(url.appendingPathComponent("Lessons").path)
        folders.append(url.appendingPathComponent("share/dltutor/Lessons").path)
        url.deleteLastPathComponent()
      }
    }
    return folders
  }

  /// The path of `Lessons/data/<name>`, or an error naming where it looked.
  public static func path(_ name: String) throws(ExperimentError) -> String {
    for folder in candidateLessonFolders() {
      let candidate = folder + "/data/" + name
      if FileManager.default.isReadableFile(atPath: candidate) { return candidate }
    }
    throw ExperimentError(tr(
      "cannot find the data file \(name): run dltutor from its clone, or point --lessons (or DLTUTOR_LESSONS) at the Lessons folder"))
  }

  /// The UCI digits (1797 images of 8×8 pixels, values 0–16), loaded once per process.
  public static func digits() throws(ExperimentError) -> Dataset {
    try cached("digits.csv") { path throws(DataLoadError) in try Dataset.digits(path: path) }
  }

  /// The UCI digits with every pixel divided by 16, so all 64 features lie in [0, 1]: the inputs
  /// of the experiments that train on raw pixels. Scaled once per process.
  public static func scaledDigits() throws(ExperimentError) -> Dataset {
    let key = "digits.csv, pixels ÷ 16"
    if let hit = cache.withLock({ $0[key] }) { return hit }
    let digits = try digits()
    let scaled = digits.withFeatures(
      Matrix(rows: digits.count, cols: digits.featureCount, data: digits.features.data.map { $0 / 16 }))
    cache.withLock { $0[key] = scaled }
    return scaled
  }

  /// Fisher's iris (150 × 4, three classes).
  public static func iris() throws(ExperimentError) -> Dataset {
    try cached("iris.csv") { path throws(DataLoadError) in try Dataset.iris(path: path) }
  }

  /// Breast Cancer Wisconsin (Diagnostic), 569 × 30: 212 malignant (0) and 357 benign (1).
  public static func breastCancer() throws(ExperimentError) -> Dataset {
    try cached("breast_cancer.csv") { path throws(DataLoadError) in try Dataset.breastCancer(path: path) }
  }

  private static let cache = Mutex<[String: Dataset]>([:])

  private static func cached(_ name: String, load: (String) throws(DataLoadError) -> Dataset) throws(ExperimentError) -> Dataset {
    if let hit = cache.withLock({ $0[name] }) { return hit }
    let file = try path(name)
    do {
      let data = try load(file)
      cache.withLock { $0[name] = data }
      return data
    } catch {
      throw ExperimentError("\(file): \(error)")
    }
  }

  private static func executableFolder() -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard n > 0 else { return nil }
    return URL(fileURLWithPath: String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)).deletingLastPathComponent().path
  }
}
