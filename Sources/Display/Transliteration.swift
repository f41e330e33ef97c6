// Transliteration: the ASCII spelling of the symbols our English text uses (γ, η, ², ‖, —), for
// terminals whose locale is not UTF-8, so messages stay readable instead of turning into `?`.

extension Charset {
  /// `text` as this charset can show it: unchanged for Unicode; for ASCII, known symbols
  /// spelled out (`γ` → `gamma`, `²` → `^2`, `—` → `-`) and anything else replaced by `?`.
  public func transliterate(_ text: String) -> String {
    guard self == .ascii else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        out.unicodeScalars.append(scalar)
      } else if let spelled = Charset.asciiSpellings[scalar] {
        out += spelled
      } else {
        out += "?"
      }
    }
    return out
  }

  static let asciiSpellings: [Unicode.Scalar: String] = [
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "η": "eta", "θ": "theta",
    "λ": "lambda", "μ": "mu", "σ": "sigma", "τ": "tau", "∂": "d", "∇": "grad", "Σ": "sum",
    "²": "^2", "³": "^3", "⁻": "^-", "¹": "^1", "⁰": "^0", "₀": "0", "₁": "1", "₂": "2",
    "‖": "||", "×": "x", "·": "*", "−": "-", "–": "-", "—": "-", "…": "...", "≤": "<=", "≥": ">=",
    "≈": "~", "≠": "!=", "→": "->", "←": "<-", "√": "sqrt", "∞": "inf", "±": "+/-", "°": " deg",
    "“": "\"", "”": "\"", "‘": "'", "’": "'", "•": "*", "┃": "|", "█": "#", "░": ".", "●": "o", "○": "x",
  ]
}
