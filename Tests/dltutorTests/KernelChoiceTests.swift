// The matrix kernel as a user meets it: DLTUTOR_KERNEL picks it, `bench --json` says which one
// ran, and an experiment's numbers are the same under either.
import Foundation
import NeuralCore
import Testing

@Suite struct KernelChoiceTests {
  /// The `"kernel"` field of `dltutor bench --json` (one short workload) under `environment`.
  static func benchKernel(_ environment: [String: String]) throws -> String? {
    let result = try runDLTutor(["bench", "--json", "--seconds", "0.01", "--only", "tiny-tanh"],
                                environment: environment)
    #expect(result.status == 0, "\(result.err)")
    let object = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
    #expect(object?["workloads"] is [Any])
    return object?["kernel"] as? String
  }

  @Test func benchReportsTheKernelAndTheOverrideForcesAVX2() throws {
    #expect(try Self.benchKernel(["DLTUTOR_KERNEL": "avx2"]) == "avx2")
    // Unset: the best this machine has (the test process asks the CPU the same question).
    #expect(try Self.benchKernel(["DLTUTOR_KERNEL": ""]) == (GEMMKernel.avx512Available ? "avx512" : "avx2"))
    // A request the CPU cannot honour falls back instead of crashing.
    #expect(try Self.benchKernel(["DLTUTOR_KERNEL": "avx512"]) == (GEMMKernel.avx512Available ? "avx512" : "avx2"))
  }

  /// The dropout experiment trains two 64→128→128→10 networks on batches of 32, so every
  /// forward and backward multiply takes the blocked path where the kernels differ (including a
  /// 10-column edge tile); its readouts after a few epochs must not change by one bit.
  @Test(.enabled(if: GEMMKernel.avx512Available, "this CPU (or its OS) has no AVX-512: only the AVX2 kernel can run here"))
  func trainingGivesIdenticalReadoutsUnderBothKernels() throws {
    let arguments = ["run", "dropout", "--steps", "3", "--format", "json"]
    let avx2 = try runDLTutor(arguments, environment: ["DLTUTOR_KERNEL": "avx2"])
    let avx512 = try runDLTutor(arguments, environment: ["DLTUTOR_KERNEL": "avx512"])
    #expect(avx2.status == 0 && avx512.status == 0, "\(avx2.err)\(avx512.err)")
    #expect(avx2.out.contains("\"readouts\""))
    #expect(avx2.out == avx512.out)
  }

  /// The functions of the built binary whose code names an AVX-512 register (zmm, the upper 16
  /// xmm/ymm, a mask register, an embedded broadcast) or an instruction only AVX-512 has: only
  /// the kernel may, since only it is guarded by the CPU check.
  /// A single AVX-512 instruction inlined or specialised into shared code would crash on a CPU
  /// without AVX-512, and the tests on an AVX-512 machine would not notice.
  @Test(.enabled(if: Self.objdumpPath != nil, "objdump is not installed: cannot inspect the binary"))
  func onlyTheAVX512KernelUsesAVX512Registers() throws {
    let binary = productsDirectory.appendingPathComponent("dltutor").path
    let script = #"""
      "$1" -d --no-show-raw-insn "$2" | awk '/^[0-9a-f]+ <.*>:$/ { name = $2 }
        /%zmm|%[xy]mm(1[6-9]|2[0-9]|3[01])|%k[0-7]|\{1to/ { print name }
        $2 ~ /^(\#(Self.avx512OnlyMnemonics.joined(separator: "|")))/ { print name }' | sort -u
      """#
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script, "sh", Self.objdumpPath ?? "objdump", binary]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let listing = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let functions = listing.split(separator: "\n").map(String.init)
    #if arch(x86_64) && os(Linux)
    #expect(functions == [Self.kernelSymbol])
    #else
    #expect(functions.allSatisfy { $0 == Self.kernelSymbol })
    #endif
  }

  /// The one entry point of NeuralCoreAVX512,
  /// `avx512Panel(m:depth:a:aRowStride:aColStride:panel:panelStride:c:ldc:width:add:)`, as objdump
  /// labels it (its mangled name).
  static let kernelSymbol =
    "<$s16NeuralCoreAVX51211avx512Panel1m5depth1a10aRowStride04aColH05panel0jH01c3ldc5width3addySi_SiSPySfGS2iANSiSpySfGS2iSbtF>:"

  /// Instructions (as patterns, from the start of the mnemonic) that only AVX-512 has, even on
  /// xmm and ymm registers.
  static let avx512OnlyMnemonics = [
    "vpternlog", "vperm[it]2", "vpro[lr]", "vpsraq", "vcvtu", "vcvtt?p[sd]2u", "vcvtt?p[sd]2qq", "vcvtqq",
    "vrndscale", "vscalef", "vgetexp", "vgetmant", "vfixupimm", "vrange", "vreduce", "vp?compress", "vp?expand",
    "vpconflict", "vplzcnt", "vpmullq", "valign[dq]", "vshuf[fi](32|64)x", "vinsert[fi](32|64)x",
    "vextract[fi](32|64)x", "vbroadcast[fi](32|64)x", "vmovdq[au](8|16|32|64)", "vp(and|andn|or|xor)[dq]$",
    "vpmov[dqw][bwd]$", "vpmovu?s", "vp?blendm", "vpabsq", "vp(max|min)[su]q",
  ]

  /// objdump on the PATH, if any.
  static let objdumpPath: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/objdump" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()
}
