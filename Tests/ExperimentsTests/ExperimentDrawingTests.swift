// Every experiment draws at every size, in both charsets, without leaving its area, splitting
// a wide glyph or using non-ASCII in ASCII mode — fresh, mid-run, and after divergence.
import Display
import Testing
@testable import Experiments

@Suite struct ExperimentDrawingTests {
  static let sizes = [(1, 1), (20, 8), (47, 15), (80, 24), (160, 48)]

  static var catalogIDs: [String] { ExperimentCatalog.all.map { $0.id } }

  @Test(arguments: catalogIDs)
  func drawsCleanlyAtEverySizeAndCharset(id: String) throws {
    let type = try ExperimentCatalog.named(id)
    let e = try type.init(settings: type.settings(), seed: 1)
    for steps in [0, 3] {
      e.run(steps: steps)
      for (width, height) in Self.sizes {
        for charset in [Charset.unicode, .ascii] {
          var buffer = Buffer(width: width + 4, height: height + 2)
          let area = Rect(x: 2, y: 1, width: width, height: height)
          e.draw(into: &buffer, area: area, charset: charset)
          let lines = buffer.lines()
          #expect(lines.allSatisfy { displayWidth($0) == width + 4 }, "\(id) \(width)×\(height) \(charset)")
          // Nothing outside the area: the frame of blank cells around it stays blank.
          #expect(lines.first?.allSatisfy { $0 == " " } == true)
          #expect(lines.last?.allSatisfy { $0 == " " } == true)
          #expect(lines.allSatisfy { $0.hasPrefix("  ") && $0.hasSuffix("  ") })
          if charset == .ascii {
            #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } }, "\(id) \(width)×\(height) ascii")
          }
        }
      }
    }
  }

  @Test func textReportsStayASCIIUnderAnASCIICharset() throws {
    for type in ExperimentCatalog.all {
      let e = try type.init(settings: type.settings(), seed: 2)
      e.run(steps: 5)
      let text = ExperimentReport.text(e, width: 80, height: 24, charset: .ascii)
      #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(type.id)")
    }
  }
}
