// Panels: how an experiment divides its drawing area — one large main chart and a column (wide
// terminals) or row (narrow ones) of smaller charts — each with a one-line caption.

import Charts
import Display

/// A chart with the caption drawn above it.
public struct Panel {
  /// The caption, translated when the panel is drawn.
  public let caption: Phrase
  public let chart: any Chart

  public init(_ caption: Phrase, _ chart: any Chart) {
    self.caption = caption
    self.chart = chart
  }
}

public enum Panels {
  /// Draws `main` large and `side` panels beside it (when the area is wide) or below it.
  ///
  /// Terminal cells are about twice as tall as wide, so an area counts as wide when its width
  /// is at least 2.5 times its height; the main panel then takes `mainPercent` of the width,
  /// otherwise of the height. Panels too small to be read (under 3 rows) are left out.
  public static func draw(
    main: Panel, side: [Panel], into buffer: inout Buffer, area: Rect, charset: Charset, mainPercent: Int = 60
  ) {
    guard !area.isEmpty else { return }
    buffer.fill(area)
    guard !side.isEmpty else {
      draw(main, into: &buffer, area: area, charset: charset)
      return
    }
    let wide = area.width * 2 >= area.height * 5
    let halves = wide
      ? area.columns([.percent(mainPercent), .fixed(1), .fill(1)])
      : area.rows([.percent(mainPercent), .fill(1)])
    draw(main, into: &buffer, area: halves[0], charset: charset)
    let rest = wide ? halves[2] : halves[1]
    let slots = wide
      ? rest.rows(side.map { _ in .fill(1) })
      : (rest.width >= 60 ? rest.columns(side.map { _ in .fill(1) }) : rest.rows(side.map { _ in .fill(1) }))
    for (panel, slot) in zip(side, slots) {
      draw(panel, into: &buffer, area: slot, charset: charset)
    }
  }

  /// Draws one panel: its caption in bold on the first row, the chart below.
  public static func draw(_ panel: Panel, into buffer: inout Buffer, area: Rect, charset: Charset) {
    guard area.height >= 3, area.width >= 8 else { return }
    let caption = truncate(charset.transliterate(panel.caption.description), toWidth: area.width, charset: charset)
    buffer.put(caption, x: area.x, y: area.y, style: Style(bold: true), clip: area)
    panel.chart.render(into: &buffer, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1), charset: charset)
  }
}

extension Scale {
  /// The scale's limits as a range, for charts that take fixed limits.
  public var range: ClosedRange<Double> { lower...upper }
}
