// Charset: whether the terminal can show Unicode, and the glyphs that depend on it.

/// The characters a screen may use: full Unicode, or 7-bit ASCII for non-UTF-8 locales.
///
/// The caller decides once (from the locale's codeset, or a command-line flag) and passes
/// the charset to everything that draws, so both variants can be rendered and tested
/// side by side.
public enum Charset: Equatable, Hashable, Sendable, CaseIterable {
  /// UTF-8 terminal: box drawing, block elements, braille, CJK.
  case unicode
  /// Anything else: printable ASCII only.
  case ascii

  /// The charset for a locale codeset name such as `nl_langinfo(CODESET)` returns.
  ///
  /// `"UTF-8"`, `"utf8"` and other spellings of UTF-8 give `.unicode`; every other codeset
  /// (`"ANSI_X3.4-1968"`, `"ISO-8859-1"`, an empty string) gives `.ascii`.
  public static func fromCodeset(_ name: String) -> Charset {
    let letters = name.lowercased().filter { $0.isLetter || $0.isNumber }
    return letters == "utf8" ? .unicode : .ascii
  }
}
