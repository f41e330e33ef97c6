// ASCII spellings of the symbols in our English text.
import Testing
@testable import Display

@Suite struct TransliterationTests {
  @Test func spellsOutKnownSymbolsAndMarksTheRest() {
    #expect(Charset.ascii.transliterate("bound (R/γ)² — η·λ ≤ 2") == "bound (R/gamma)^2 - eta*lambda <= 2")
    #expect(Charset.ascii.transliterate("‖∂L/∂z‖ 深") == "||dL/dz|| ?")
    #expect(Charset.unicode.transliterate("γ²") == "γ²")
  }

  @Test func everySpellingIsPrintableASCII() {
    for (_, spelled) in Charset.asciiSpellings {
      #expect(spelled.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 })
    }
  }
}
