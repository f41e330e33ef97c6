// RateText: how the experiments write a rate in captions and status lines, so "95.3%" and
// "0.938" look the same on every screen.

enum RateText {
  /// "96.4%": a share as a percentage with one decimal, or "NaN".
  static func percent(_ share: Double) -> String {
    guard share.isFinite else { return "NaN" }
    let tenths = Int((abs(share) * 1000).rounded())
    return "\(share < 0 && tenths > 0 ? "-" : "")\(tenths / 10).\(tenths % 10)%"
  }

  /// "0.912": a score with three decimals, or "undefined" for NaN (precision with nothing called positive).
  static func decimal(_ v: Double) -> String {
    guard v.isFinite else { return tr("undefined") }
    let thousandths = Int((abs(v) * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(v < 0 ? "-" : "")\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
  }
}
