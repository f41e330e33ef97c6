// BufferTests: the wide-glyph rules, clipping, fill and restyling of Buffer.
import Testing
@testable import Display

@Suite struct BufferTests {
  @Test func freshBufferIsBlank() {
    let buffer = Buffer(width: 3, height: 2)
    #expect(buffer.lines() == ["   ", "   "])
    #expect(buffer[x: 2, y: 1] == .blank)
  }

  @Test func wideGlyphTakesTwoCells() {
    var buffer = Buffer(width: 4, height: 1)
    #expect(buffer.set("深", x: 1, y: 0) == 2)
    #expect(buffer[x: 1, y: 0].symbol == "深")
    #expect(buffer[x: 2, y: 0].isContinuation)
    #expect(buffer.lines() == [" 深 "])
  }
}
