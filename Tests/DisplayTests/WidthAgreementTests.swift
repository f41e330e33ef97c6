// WidthAgreementTests: our display-width table against glibc's wcwidth under a UTF-8 locale.
import Glibc
import Testing
@testable import Display

/// glibc's `wcwidth`, which `<wchar.h>` hides from Swift behind `__USE_XOPEN`.
@_silgen_name("wcwidth") func c_wcwidth(_ c: Int32) -> Int32

/// Scalars where we deliberately do not follow glibc; keep this list short and explained.
private let knownDivergent: [ClosedRange<UInt32>] = []

@Suite(.serialized) struct WidthAgreementTests {
  /// Every scalar in the BMP and in the supplementary blocks we might draw (musical and
  /// mathematical symbols, emoji, sextants, CJK extensions), except surrogates.
  static let checkedRanges: [ClosedRange<UInt32>] = [
    0x0000...0xD7FF, 0xE000...0xFFFF,
    0x1D000...0x1D7FF,  // musical and mathematical alphanumeric symbols
    0x1F000...0x1FBFF,  // mahjong to sextants (symbols for legacy computing)
    0x20000...0x2FFFD, 0x30000...0x3FFFD,  // CJK extensions B onwards
    0xE0000...0xE01EF,  // tags and variation selectors supplement
  ]

  @Test func agreesWithGlibcWcwidth() throws {
    let locale = setlocale(LC_ALL, "C.UTF-8")
    try #require(locale != nil, "C.UTF-8 locale unavailable")
    var mismatches: [String] = []
    var compared = 0
    for range in Self.checkedRanges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        if knownDivergent.contains(where: { $0.contains(value) }) { continue }
        let theirs = Int(c_wcwidth(Int32(bitPattern: value)))
        let ours = scalarWidth(scalar)
        if theirs < 0 {
          // glibc: not printable. Controls must be 0 for us; unassigned scalars (newer
          // Unicode than glibc's) are not drawn by the UI and not compared.
          if scalar.properties.generalCategory == .control, ours != 0 {
            mismatches.append("\(hex(value)) control: ours \(ours)")
          }
          continue
        }
        compared += 1
        if theirs != ours { mismatches.append("\(hex(value)): glibc \(theirs), ours \(ours)") }
      }
    }
    #expect(compared > 100_000)
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(40).joined(separator: "; "))")
  }
}

/// `U+` and at least four uppercase hex digits, as code charts write scalars.
private func hex(_ value: UInt32) -> String {
  let digits = String(value, radix: 16, uppercase: true)
  return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
