// CharsetTests: codeset detection and the glyphs each charset provides.
import Testing
@testable import Display

@Suite struct CharsetTests {
  @Test func codesetNames() {
    #expect(Charset.fromCodeset("UTF-8") == .unicode)
    #expect(Charset.fromCodeset("utf8") == .unicode)
    #expect(Charset.fromCodeset("Utf_8") == .unicode)
    #expect(Charset.fromCodeset("ANSI_X3.4-1968") == .ascii)
    #expect(Charset.fromCodeset("ISO-8859-1") == .ascii)
    #expect(Charset.fromCodeset("UTF-16") == .ascii)
    #expect(Charset.fromCodeset("") == .ascii)
  }

  /// Every glyph a charset hands out, to check widths and ASCII-ness in one place.
  private func glyphs(_ charset: Charset) -> [Character] {
    let b = charset.border
    return [
      b.horizontal, b.vertical, b.topLeft, b.topRight, b.bottomLeft, b.bottomRight,
      b.teeRight, b.teeLeft, b.teeDown, b.teeUp, b.cross, charset.bullet, charset.fullBlock,
      charset.arrowLeft, charset.arrowRight, charset.arrowUp, charset.arrowDown,
    ] + charset.shades + Array(charset.ellipsis)
  }

  @Test(arguments: Charset.allCases)
  func everyGlyphIsOneColumn(charset: Charset) {
    for glyph in glyphs(charset) { #expect(displayWidth(glyph) == 1, "\(glyph)") }
  }

  @Test func asciiGlyphsArePrintableASCII() {
    for glyph in glyphs(.ascii) {
      #expect(glyph.asciiValue.map { $0 >= 0x20 && $0 < 0x7F } ?? false, "\(glyph)")
    }
    #expect(glyphs(.unicode).contains { $0.asciiValue == nil })
  }

  @Test func unicodeBorderSet() {
    let b = Charset.unicode.border
    #expect(String([b.topLeft, b.horizontal, b.topRight, b.vertical, b.bottomLeft, b.bottomRight]) == "┌─┐│└┘")
    #expect(String([b.teeRight, b.teeLeft, b.teeDown, b.teeUp, b.cross]) == "├┤┬┴┼")
  }

  @Test func shadeRampEndsAndClamps() {
    for charset in Charset.allCases {
      #expect(charset.shade(0) == " ")
      #expect(charset.shade(1) == charset.shades[4])
      #expect(charset.shade(-5) == " ")
      #expect(charset.shade(7) == charset.shades[4])
      #expect(charset.shade(.nan) == " ")
      #expect(charset.shade(0.5) == charset.shades[2])
    }
    #expect(Charset.unicode.shade(0.3) == "░")
    #expect(Charset.ascii.shade(0.8) == "o")
  }
}
