// ExperimentReport: a finished headless run written as text, CSV or JSON (`dltutor run --format`).

import Display
import Foundation

/// The output formats of `dltutor run`.
public enum ReportFormat: String, CaseIterable, Sendable {
  case text, csv, json
}

/// Renders the state of an experiment for the headless `run` command.
public enum ExperimentReport {
  /// The report in `format`. `width`×`height` is the text report's page size.
  public static func render(
    _ experiment: any Experiment, format: ReportFormat, width: Int = 80, height: Int = 24, charset: Charset = .unicode
  ) -> String {
    switch format {
    case .text: return text(experiment, width: width, height: height, charset: charset)
    case .csv: return csv(experiment)
    case .json: return json(experiment)
    }
  }

  // MARK: - JSON

  /// One object: experiment, seed, knobs, steps, status, readouts, series. Keys in that order;
  /// non-finite numbers are written as `null` (JSON has no NaN).
  public static func json(_ e: any Experiment) -> String {
    var out = "{"
    out += "\"experiment\":" + jsonString(type(of: e).id)
    out += ",\"seed\":\(e.seed)"
    out += ",\"knobs\":{" + e.settings.assignments.map { name, value in
      jsonString(name) + ":" + jsonValue(value)
    }.joined(separator: ",") + "}"
    out += ",\"steps\":\(e.stepCount)"
    out += ",\"status\":{\"state\":" + jsonString(e.status.state.rawValue)
    out += ",\"message\":" + jsonString(e.status.message)
    if let lesson = e.status.lesson { out += ",\"lesson\":" + jsonString(lesson) }
    out += "}"
    out += ",\"readouts\":{" + e.readouts.map { r in
      jsonString(r.name) + ":" + (r.isVector ? "[" + r.values.map(jsonNumber).joined(separator: ",") + "]" : jsonNumber(r.value))
    }.joined(separator: ",") + "}"
    out += ",\"series\":{" + e.series.map { s in
      jsonString(s.name) + ":[" + s.values.map(jsonNumber).joined(separator: ",") + "]"
    }.joined(separator: ",") + "}"
    return out + "}\n"
  }

  static func jsonValue(_ value: KnobValue) -> String {
    switch value {
    case .number(let v): return jsonNumber(v)
    case .integer(let v): return String(v)
    case .choice(let v): return jsonString(v)
    case .toggle(let v): return v ? "true" : "false"
    case .point(let x, let y): return "[\(jsonNumber(x)),\(jsonNumber(y))]"
    case .path(let p): return jsonString(p)
    }
  }

  static func jsonNumber(_ v: Double) -> String {
    v.isFinite ? KnobValue.format(v) : "null"
  }

  static func jsonString(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  // MARK: - CSV

  /// The series, one row per step: `step,<name>,<name>…`. Shorter series leave their cells
  /// empty; non-finite values are written as `nan`, `inf`, `-inf`.
  public static func csv(_ e: any Experiment) -> String {
    let series = e.series
    let rows = series.map(\.values.count).max() ?? 0
    var out = (["step"] + series.map { csvField($0.name) }).joined(separator: ",") + "\n"
    for i in 0..<rows {
      var fields = [String(i + 1)]
      for s in series {
        fields.append(i < s.values.count ? csvNumber(s.values[i]) : "")
      }
      out += fields.joined(separator: ",") + "\n"
    }
    return out
  }

  static func csvNumber(_ v: Double) -> String {
    if v.isNaN { return "nan" }
    if v.isInfinite { return v > 0 ? "inf" : "-inf" }
    return KnobValue.format(v)
  }

  static func csvField(_ s: String) -> String {
    s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingAll("\"", with: "\"\"") + "\"" : s
  }

  // MARK: - Text

  /// The charts drawn at `width`×`height`, then the readouts and the status, as plain lines.
  public static func text(_ e: any Experiment, width: Int, height: Int, charset: Charset) -> String {
    var lines: [String] = []
    let title = tr("\(type(of: e).title) — seed \(e.seed), \(e.stepCount) \(type(of: e).stepUnit)\(e.stepCount == 1 ? "" : "s")")
    lines.append(title)
    var chartBuffer = Buffer(width: max(width, 1), height: max(height, 1))
    e.draw(into: &chartBuffer, area: chartBuffer.area, charset: charset)
    lines += chartBuffer.lines().map { $0.trimmingTrailingSpaces() }
    lines.append("")
    for r in e.readouts {
      let value = r.isVector ? r.values.map(readable).joined(separator: " ") : readable(r.value)
      lines.append("\(r.name) = \(value)")
    }
    var status = tr("status: \(key: e.status.state.rawValue) — \(e.status.phrase)")
    if let lesson = e.status.lesson { status += tr(" (see lesson \(lesson))") }
    lines.append(status)
    return charset.transliterate(lines.joined(separator: "\n") + "\n")
  }

  /// A number for people: integers as integers, otherwise four significant digits.
  public static func readable(_ v: Double) -> String {
    if v.isNaN { return "NaN" }
    if v.isInfinite { return v > 0 ? "inf" : "-inf" }
    if v == v.rounded(), abs(v) < 1e7 { return String(Int(v)) }
    return String(format: "%.4g", v)
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while s.last == " " { s.removeLast() }
    return String(s)
  }

  func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for c in self { if c == target { out += replacement } else { out.append(c) } }
    return out
  }
}
