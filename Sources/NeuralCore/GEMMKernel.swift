// GEMMKernel: which micro-kernel the matrix multiply runs, chosen once per process from what
// the CPU can execute and the DLTUTOR_KERNEL environment variable.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CCPUFeatures
import NeuralCoreAVX512

/// A micro-kernel of the matrix multiply. Every kernel gives bit-identical results (GEMM.swift),
/// so the choice is about speed only; the bench reports it, and tests compare the two.
public enum GEMMKernel: String, CaseIterable, Sendable {
  /// 4 × 16 tiles in ymm registers, compiled into NeuralCore for the Haswell target: the
  /// baseline, available on every CPU the package runs on.
  case avx2
  /// 8 × 32 tiles in zmm registers, from the NeuralCoreAVX512 target, the only code compiled with
  /// AVX-512 enabled: used only when `cpu_supports_avx512_kernel()` says the CPU and OS allow it.
  case avx512

  /// The kernel this process uses: AVX-512 where available, unless `DLTUTOR_KERNEL=avx2` asks
  /// for the baseline (to compare, or to test the fallback on an AVX-512 machine).
  public static let active: GEMMKernel = choose(request: environmentRequest, avx512Available: avx512Available)

  /// Whether the AVX-512 kernel was built (x86-64 Linux) and this CPU and OS can run it; asked once.
  public static let avx512Available: Bool = avx512PanelIsCompiled && cpu_supports_avx512_kernel() != 0

  /// Whether this kernel can run here.
  public var isAvailable: Bool { self == .avx2 || Self.avx512Available }

  /// The value of `DLTUTOR_KERNEL`, if set.
  static var environmentRequest: String? {
    guard let value = getenv("DLTUTOR_KERNEL") else { return nil }
    return String(cString: value)
  }

  /// The kernel for a request (`avx2`, `avx512` or `auto`; unset, empty or anything else means
  /// `auto`): the best available one, except that `avx2` forces the baseline. A request for
  /// AVX-512 on a CPU without it gets AVX2: an AVX-512 instruction there would crash.
  static func choose(request: String?, avx512Available: Bool) -> GEMMKernel {
    if request?.lowercased() == "avx2" { return .avx2 }
    return avx512Available ? .avx512 : .avx2
  }
}
