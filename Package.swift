// swift-tools-version:6.0
// dltutor: a terminal tutor for deep learning. Module layout and rules: ARCHITECTURE.md in the
// project's steering notes; dependencies point down, and only TerminalBackend (to come) imports CNcursesw.
import PackageDescription

/// The numeric code (NeuralCore, Experiments, the bench) targets Haswell-class x86-64 (AVX2 + FMA)
/// so that SIMD8<Float> maps onto one ymm register — SwiftPM's default x86-64 baseline stops at
/// SSE2 — and NeuralCore and Experiments are optimised even in debug builds, so `swift run dltutor`
/// animates live and the numeric tests stay fast. AVX-512 is used at run time only, where the CPU
/// has it: the matrix multiply's AVX-512 kernel is the one target compiled for it (NeuralCoreAVX512),
/// and CCPUFeatures asks the CPU before it runs. Results do not depend on the kernel: both use
/// explicit fused multiply-adds in the same order. See README, "Performance".
let targetCPU: [SwiftSetting] = [
  .unsafeFlags(["-target-cpu", "haswell"], .when(platforms: [.linux]))
]
let numericSettings: [SwiftSetting] = targetCPU + [
  .unsafeFlags(["-O"], .when(configuration: .debug))
]
/// The AVX-512 kernel's module: the Haswell baseline plus AVX-512F and nothing else (not the BW,
/// DQ, VL or CD extensions that `-target-cpu skylake-avx512` would add), exactly what
/// CCPUFeatures checks before the kernel runs.
let avx512Settings: [SwiftSetting] = [
  .unsafeFlags(["-target-cpu", "haswell", "-Xcc", "-mavx512f"], .when(platforms: [.linux])),
  .unsafeFlags(["-O"], .when(configuration: .debug)),
]

let package = Package(
  name: "dltutor",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "dltutor", targets: ["dltutor"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.7.0")
  ],
  targets: [
    // MARK: - C interop
    .systemLibrary(
      name: "CNcursesw",
      // No pkgConfig: Debian's ncursesw.pc only adds -D flags that SwiftPM refuses; the shim
      // header sets the wide-character defines itself.
      providers: [.apt(["libncursesw5-dev"])]
    ),
    .target(name: "CTermGuard", linkerSettings: [.linkedLibrary("ncursesw")]),
    // Which vector instructions the CPU and OS allow; compiled for the baseline.
    .target(name: "CCPUFeatures"),
    // The matrix multiply's transposing pack, in AVX shuffles: for the baseline, like NeuralCore.
    // (The Swift versions tried were 14 % slower or worse: README, "Performance".)
    .target(
      name: "CGEMMPack",
      cSettings: [
        .unsafeFlags(["-mavx2", "-mfma"], .when(platforms: [.linux])),
        .unsafeFlags(["-O2"], .when(configuration: .debug)),
      ]
    ),

    // MARK: - Pure modules
    // The matrix multiply's AVX-512 micro-kernel, the only code compiled for AVX-512: it exports one
    // non-inlinable function (nothing of it can be inlined or specialised elsewhere), and
    // NeuralCore calls it only after CCPUFeatures said yes. Optimised in debug builds too.
    .target(name: "NeuralCoreAVX512", swiftSettings: avx512Settings),
    .target(name: "NeuralCore", dependencies: ["CCPUFeatures", "CGEMMPack", "NeuralCoreAVX512"], swiftSettings: numericSettings),
    .target(name: "Display"),
    .target(name: "Charts", dependencies: ["Display"]),
    .target(name: "Experiments", dependencies: ["NeuralCore", "Display", "Charts"], swiftSettings: numericSettings),
    .target(name: "Course", dependencies: ["Experiments", "Display"]),
    .target(name: "TutorApp", dependencies: ["Course", "Experiments", "Charts", "Display"]),

    // MARK: - The terminal (the only module that imports CNcursesw)
    .target(name: "TerminalBackend", dependencies: ["CNcursesw", "CTermGuard", "TutorApp", "Display", "Course"]),

    // MARK: - Executable
    .executableTarget(
      name: "dltutor",
      dependencies: [
        "NeuralCore", "Display", "Charts", "Experiments", "Course", "TutorApp", "TerminalBackend",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: targetCPU
    ),

    // MARK: - Tests
    .target(name: "_TestSupport", path: "Sources/_TestSupport"),
    .testTarget(name: "NeuralCoreTests", dependencies: ["NeuralCore"]),
    .testTarget(name: "DisplayTests", dependencies: ["Display"]),
    .testTarget(name: "ChartsTests", dependencies: ["_TestSupport", "Charts", "Display"], exclude: ["Snapshots"]),
    .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "NeuralCore", "Display"]),
    .testTarget(name: "CourseTests", dependencies: ["Course", "Experiments"], exclude: ["Fixtures"]),
    .testTarget(name: "TutorAppTests", dependencies: ["_TestSupport", "TutorApp", "Course", "Display"], exclude: ["Snapshots"]),
    .testTarget(name: "dltutorTests", dependencies: ["_TestSupport", "dltutor", "Experiments", "NeuralCore"], exclude: ["Snapshots"]),
  ]
)
