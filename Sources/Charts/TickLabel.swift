// TickLabel: compact number formats for axis labels and printed values (0.25, 1.2k, 1e-3, 10⁻³).

import Foundation

/// Compact number formatting for axes and readouts.
public enum TickLabel {
  /// Labels for equally spaced `values` `step` apart, in one format chosen for the whole axis.
  ///
  /// Large axes use SI suffixes (`1.2k`, `3M`), tiny steps use exponents (`2.5e-4`), the rest use
  /// just enough decimals to tell neighbouring ticks apart.
  public static func labels(for values: [Double], step: Double) -> [String] {
    let largest = values.map(Swift.abs).max() ?? 0
    if largest >= 1e4 {
      let (unit, suffix) = siUnit(for: largest)
      if let suffix {
        let decimals = decimalsFor(step: step / unit)
        return values.map { $0 == 0 ? "0" : fixed($0 / unit, decimals: decimals) + suffix }
      }
      return values.map { $0 == 0 ? "0" : exponential($0, significant: 2) }
    }
    if step < 1e-3 {
      return values.map { v in
        guard v != 0 else { return "0" }
        // Enough mantissa digits to reach the step's own digit.
        let digits = Int(log10(Swift.abs(v)).rounded(.down) - log10(step).rounded(.down)) + 1
        return exponential(v, significant: Swift.min(Swift.max(digits, 1), 4))
      }
    }
    let decimals = decimalsFor(step: step)
    return values.map { fixed($0, decimals: decimals) }
  }

  /// One value in the shortest readable form with about three significant digits.
  public static func compact(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
    let magnitude = Swift.abs(value)
    if magnitude == 0 { return "0" }
    if magnitude >= 1e4 {
      let (unit, suffix) = siUnit(for: magnitude)
      guard let suffix else { return exponential(value, significant: 3) }
      return fixed(value / unit, decimals: magnitude / unit >= 100 ? 0 : 1) + suffix
    }
    if magnitude < 1e-3 { return exponential(value, significant: 2) }
    let decimals = Swift.max(0, 2 - Int(log10(magnitude).rounded(.down)))
    return fixed(value, decimals: Swift.min(decimals, 4))
  }

  /// The label of `10^exponent`: plain for small exponents, else `10⁻³` or `1e-3`.
  public static func decade(_ exponent: Int, superscripts: Bool) -> String {
    switch exponent {
    case -2...2: return fixed(pow(10, Double(exponent)), decimals: Swift.max(0, -exponent))
    case 3: return "1k"
    default:
      guard superscripts else { return "1e\(exponent)" }
      return "10" + String(String(exponent).map(superscript))
    }
  }

  private static func superscript(_ c: Character) -> Character {
    switch c {
    case "-": return "⁻"
    case "0": return "⁰"
    case "1": return "¹"
    case "2": return "²"
    case "3": return "³"
    case "4": return "⁴"
    case "5": return "⁵"
    case "6": return "⁶"
    case "7": return "⁷"
    case "8": return "⁸"
    default: return "⁹"
    }
  }

  private static func siUnit(for magnitude: Double) -> (Double, String?) {
    if magnitude < 1e6 { return (1e3, "k") }
    if magnitude < 1e9 { return (1e6, "M") }
    if magnitude < 1e12 { return (1e9, "G") }
    if magnitude < 1e15 { return (1e12, "T") }
    return (1, nil)
  }

  private static func decimalsFor(step: Double) -> Int {
    guard step.isFinite, step > 0 else { return 0 }
    return Swift.min(Swift.max(0, -Int((log10(step) + 1e-9).rounded(.down))), 6)
  }

  /// `value` with `decimals` digits after the point, trailing zeros (and a bare point) removed.
  static func fixed(_ value: Double, decimals: Int) -> String {
    var text = String(format: "%.\(decimals)f", value)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }

  /// `value` as `m.mme±x` with up to `significant` digits and no padding (`2.5e-4`, `1e12`).
  static func exponential(_ value: Double, significant: Int) -> String {
    let text = String(format: "%.\(Swift.max(significant - 1, 0))e", value)
    guard let e = text.firstIndex(of: "e") else { return text }
    var mantissa = String(text[..<e])
    if mantissa.contains(".") {
      while mantissa.hasSuffix("0") { mantissa.removeLast() }
      if mantissa.hasSuffix(".") { mantissa.removeLast() }
    }
    let exponent = Int(text[text.index(after: e)...]) ?? 0
    return "\(mantissa)e\(exponent)"
  }
}
