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
}
