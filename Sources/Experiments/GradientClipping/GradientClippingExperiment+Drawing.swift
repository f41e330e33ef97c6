// GradientClippingExperiment+Drawing: the gradient norm over updates on a log axis with τ as a
// line, the loss with its blow-up marked, and ‖∂L/∂hₜ‖ back through time.

import Charts
import Display

extension GradientClippingExperiment {
  public func draw(into buffer: inout Buffer, area: Rect, charset: Charset) {
    let tau = threshold.map { [ReferenceLine(value: $0, label: charset.transliterate("τ = \(KnobValue.format($0))"))] } ?? []
    let norms = LineChart(
      series: [LineSeries(name: tr("||g|| before clipping"), values: gradientNormHistory)], yScale: .log10,
      xLabel: tr("update"), references: tau, showsLegend: false)
    let lossCurve = LineChart(
      series: [LineSeries(name: tr("loss"), values: lossHistory)], xLabel: tr("update"),
      references: [ReferenceLine(value: RememberFirstTask.forgettingLoss, label: tr("forgetting"))], showsLegend: false)
    // Entry 0 is the initial state; steps 1 … T are the ones the learner reads about.
    let perStep = stateGradientNorms.dropFirst().enumerated().map { (x: Double($0.offset + 1), y: $0.element > 0 ? $0.element : .nan) }
    let backInTime = LineChart(
      series: [LineSeries(name: "dL/dh_t", points: perStep)], yScale: .log10, xLabel: "t", showsLegend: false)
    let clipNote: Phrase = threshold == nil ? "no clipping" : "clipped \(clippedSteps)×"
    let lossCaption: Phrase = status.state == .diverged ? "loss (blew up at update \(stepCount))" : "loss"
    Panels.draw(
      main: Panel("gradient norm ‖g‖ before clipping, per update (log; \(clipNote))", norms),
      side: [Panel(lossCaption, lossCurve), Panel("‖∂L/∂h_t‖ at each time step t (log)", backInTime)],
      into: &buffer, area: area, charset: charset, mainPercent: 55)
  }
}
