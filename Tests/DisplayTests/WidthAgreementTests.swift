// WidthAgreementTests: our display-width table against glibc's wcwidth under a UTF-8 locale.
import Glibc
import Testing
@testable import Display

/// glibc's `wcwidth`, which `<wchar.h>` hides from Swift behind `__USE_XOPEN`.
@_silgen_name("wcwidth") func c_wcwidth(_ c: Int32) -> Int32

/// Scalars where we knowingly differ from glibc 2.36, each with its reason.
///
/// Zero width comes from the general category in Swift's own Unicode tables, which can be
/// newer than glibc's: Unicode 16 made U+1171E (Ahom consonant sign medial ra) a spacing
/// mark, so we give it a column where glibc 2.36 still gives none. We never draw Ahom.
private let knownDivergent: [ClosedRange<UInt32>] = [0x1171E...0x1171E]

@Suite(.serialized) struct WidthAgreementTests {
  /// Every scalar in the BMP and in the supplementary blocks we might draw (musical and
  /// mathematical symbols, emoji, sextants, CJK extensions), except surrogates.
  /// The BMP, the supplementary multilingual plane (symbols, emoji, sextants), the CJK
  /// ideographic planes and the tags/variation-selector block: every scalar we could draw.
  /// Surrogates are skipped (they are not scalars); private-use planes 15–16 hold nothing
  /// we draw.
  static let checkedRanges: [ClosedRange<UInt32>] = [
    0x0000...0x3FFFF,
    0xE0000...0xE0FFF,
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
    #expect(compared > 150_000)
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(40).joined(separator: "; "))")
  }
}

extension WidthAgreementTests {
  /// Text like what the tutor draws: lesson prose in both languages, chart glyphs, borders.
  static let drawnText: [String] = [
    "梯度下降：沿负梯度方向更新参数，学习率η决定步长。（见「第二章」）",
    "Gradient descent — w ← w − η∇L(w); loss ≈ 0.25 ± 0.01, 98.5% accuracy.",
    "┌─┐│└┘├┤┬┴┼ ░▒▓█ ▁▂▃▄▅▆▇ ▏▎▍▌▋▊▉ ▖▗▘▙▚▛▜▝▞▟ ⠁⠂⣿ 🬀🬁🬂 •…←→↑↓ ●○◆◇■□▲△",
    "ReLU（修正线性单元）、Sigmoid与tanh；Adam优化器！你好？",
    "naïve café résumé ñ ü ß Ω μ σ² x̄ é",
  ]

  @Test(arguments: drawnText)
  func stringWidthMatchesGlibcSum(text: String) throws {
    try #require(setlocale(LC_ALL, "C.UTF-8") != nil)
    var theirs = 0
    for scalar in text.unicodeScalars {
      let width = Int(c_wcwidth(Int32(bitPattern: scalar.value)))
      try #require(width >= 0, "glibc cannot draw \(hex(scalar.value))")
      theirs += width
    }
    #expect(displayWidth(text) == theirs)
  }
}

/// `U+` and at least four uppercase hex digits, as code charts write scalars.
private func hex(_ value: UInt32) -> String {
  let digits = String(value, radix: 16, uppercase: true)
  return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
