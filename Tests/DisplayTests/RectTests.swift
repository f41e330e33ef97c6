// RectTests: geometry, intersection, insets and splits that always tile the whole.
import Testing
@testable import Display

@Suite struct RectTests {
  @Test func edgesAndEmptiness() {
    let r = Rect(x: 2, y: 3, width: 4, height: 5)
    #expect(r.right == 6 && r.bottom == 8 && r.area == 20)
    #expect(!r.isEmpty)
    #expect(Rect(x: 0, y: 0, width: -3, height: 2).isEmpty)
    #expect(r.contains(x: 2, y: 3) && r.contains(x: 5, y: 7))
    #expect(!r.contains(x: 6, y: 3) && !r.contains(x: 2, y: 8))
  }

  @Test func intersection() {
    let a = Rect(x: 0, y: 0, width: 10, height: 4)
    let b = Rect(x: 6, y: 2, width: 10, height: 10)
    #expect(a.intersection(b) == Rect(x: 6, y: 2, width: 4, height: 2))
    #expect(a.intersection(Rect(x: 20, y: 0, width: 3, height: 3)).isEmpty)
  }

  @Test func inset() {
    let r = Rect(x: 1, y: 1, width: 10, height: 4)
    #expect(r.inset(by: 1) == Rect(x: 2, y: 2, width: 8, height: 2))
    #expect(r.inset(horizontal: 2, vertical: 0) == Rect(x: 3, y: 1, width: 6, height: 4))
    let swallowed = r.inset(by: 3)
    #expect(swallowed.isEmpty)
    #expect(r.intersection(swallowed) == swallowed)
  }

  @Test func fixedPercentAndFill() {
    let area = Rect(x: 0, y: 0, width: 80, height: 24)
    let rows = area.rows([.fixed(3), .fill(1), .percent(25), .fixed(1)])
    #expect(rows.map(\.height) == [3, 14, 6, 1])
    #expect(rows.map(\.y) == [0, 3, 17, 23])
    #expect(rows.allSatisfy { $0.width == 80 && $0.x == 0 })
  }

  @Test func fillWeightsShareTheRestWithRemainderFromTheLeft() {
    let columns = Rect(x: 5, y: 0, width: 10, height: 1).columns([.fill(1), .fill(2)])
    #expect(columns.map(\.width) == [4, 6])
    #expect(columns.map(\.x) == [5, 9])
    let thirds = Rect(x: 0, y: 0, width: 11, height: 1).columns([.fill(1), .fill(1), .fill(1)])
    #expect(thirds.map(\.width) == [4, 4, 3])
  }

  @Test func overflowShrinksTheLaterParts() {
    let parts = Rect(x: 0, y: 0, width: 5, height: 1).columns([.fixed(3), .fixed(4), .fill(1)])
    #expect(parts.map(\.width) == [3, 2, 0])
  }

  @Test func minGrowsAndWithoutGrowablePartsTheLastTakesTheRest() {
    #expect(Rect(x: 0, y: 0, width: 10, height: 1).columns([.min(2), .fixed(3)]).map(\.width) == [7, 3])
    #expect(Rect(x: 0, y: 0, width: 10, height: 1).columns([.fixed(2), .percent(10)]).map(\.width) == [2, 8])
  }

  @Test(arguments: 0...30)
  func partsAlwaysTileTheWhole(total: Int) {
    let layouts: [[SizeConstraint]] = [
      [.fixed(3), .fill(1), .percent(30), .min(5)],
      [.percent(50), .percent(50), .percent(50)],
      [.fill(3), .fill(0), .fixed(-2)],
      [.min(40)],
      [.fixed(1), .fixed(1)],
    ]
    let area = Rect(x: 2, y: 1, width: total, height: 7)
    for constraints in layouts {
      let parts = area.columns(constraints)
      #expect(parts.count == constraints.count)
      #expect(parts.map(\.width).reduce(0, +) == total)
      #expect(parts.allSatisfy { $0.width >= 0 && $0.height == 7 && $0.y == 1 })
      for (a, b) in zip(parts, parts.dropFirst()) { #expect(a.right == b.x) }
      #expect(parts.first?.x == 2)
    }
    #expect(area.rows([]).isEmpty)
  }
}
