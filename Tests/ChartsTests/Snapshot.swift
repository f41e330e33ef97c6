// Snapshot: renders a chart into a fresh buffer for comparison (assertSnapshot is in _TestSupport).

import Display
import Foundation
import Testing

/// Renders `draw` into a fresh `width × height` buffer and returns its text.
func rendered(width: Int, height: Int, _ draw: (inout Buffer, Rect) -> Void) -> [String] {
  var buffer = Buffer(width: width, height: height)
  draw(&buffer, buffer.area)
  return buffer.lines()
}
