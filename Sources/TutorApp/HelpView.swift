// HelpView: the `?` overlay listing every key of the screen underneath.

import Display

/// Draws the help box centred in `area`, over whatever is there.
func drawHelp(_ buffer: inout Buffer, _ model: Model, area: Rect, _ charset: Charset) {
  var underneath = model
  underneath.showingHelp = false
  let bindings = keyBindings(for: underneath)
  let labels = bindings.map { $0.keysLabel(charset, model.strings) }
  let keyWidth = labels.map(displayWidth).max() ?? 0
  let actionWidth = bindings.map { displayWidth(model.strings[$0.action]) }.max() ?? 0
  let width = min(area.width, max(keyWidth + actionWidth + 7, displayWidth(model.strings[.helpClose]) + 4))
  let height = min(area.height, bindings.count + 4)
  let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
  buffer.fill(box)
  let inner = buffer.drawBox(box, title: model.strings[.helpTitle], charset: charset, titleStyle: Theme.heading)
  guard !inner.isEmpty else { return }
  for (index, binding) in bindings.enumerated() where index < inner.height - 2 {
    let y = inner.y + index
    drawText(&buffer, " " + pad(labels[index], toWidth: keyWidth), x: inner.x, y: y, width: keyWidth + 1, style: Theme.key,
      charset)
    drawText(&buffer, "  " + model.strings[binding.action], x: inner.x + keyWidth + 1, y: y,
      width: inner.width - keyWidth - 1, charset)
  }
  drawText(&buffer, model.strings[.helpClose], x: inner.x, y: inner.bottom - 1, width: inner.width, style: Theme.secondary,
    alignment: .center, charset)
}
