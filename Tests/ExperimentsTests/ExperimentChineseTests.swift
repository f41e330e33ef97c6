// Every experiment in Chinese: no English prose left in what it draws or says (the seam notes every
// template it cannot translate, and a scan finds Latin words that are not identifiers), and the
// drawing invariants hold with two-column characters — at several step counts and in the states a
// run can end in (converged, finished, diverged, never converges), dropout's A/B verdicts included.
import Display
import Testing
@testable import Experiments

@Suite struct ExperimentChineseTests {
  /// Settings and step counts that reach each experiment's states; `nil` steps means the whole run.
  static let scenarios: [(id: String, settings: [String], steps: Int?)] = [
    ("perceptron", [], 3), ("perceptron", [], nil), ("perceptron", ["dataset=xor", "max_epochs=2"], nil),
    ("perceptron", ["dataset=noisy", "max_epochs=2"], nil),
    ("linear-vs-mlp", ["epochs=5"], nil), ("linear-vs-mlp", ["dataset=circles", "epochs=300"], nil),
    ("linear-vs-mlp", ["dataset=spiral", "hidden=2", "epochs=20"], nil), ("linear-vs-mlp", ["lr=10", "dataset=moons"], 30),
    ("loss-landscape", [], 3), ("loss-landscape", [], nil), ("loss-landscape", ["lr=2"], nil),
    ("loss-landscape", ["surface=saddle", "start=1,0"], nil), ("loss-landscape", ["surface=saddle", "start=1,0.5"], nil),
    ("loss-landscape", ["surface=double-well", "start=2,1", "lr=0.05"], nil), ("loss-landscape", ["surface=rosenbrock", "lr=0.001"], 5),
    ("loss-landscape", ["surface=bumpy", "optimizer=momentum"], nil),
    ("optimizers", ["epochs=3"], nil), ("optimizers", ["mode=lr-range", "epochs=1"], nil), ("optimizers", ["lr=10", "epochs=3"], nil),
    ("optimizers", ["lr=1", "epochs=2"], nil),
    ("vanishing-gradients", [], 3), ("vanishing-gradients", ["activation=relu", "init=he"], 3),
    ("vanishing-gradients", ["init=normal", "depth=30"], 3), ("vanishing-gradients", ["lr=10", "init=normal"], 20),
    ("vanishing-gradients", ["activation=relu", "init=small", "depth=20"], 2),
    ("vanishing-gradients", ["lr=10", "activation=relu", "init=normal"], 200),
    ("gradient-clipping", [], 3), ("gradient-clipping", [], 60), ("gradient-clipping", ["recurrent_scale=0.1"], 3),
    ("gradient-clipping", ["clip=1"], 40),
    ("dropout", ["epochs=2", "train_size=100"], nil), ("dropout", ["epochs=2", "compare=off"], nil),
    ("dropout", ["epochs=3", "hidden=8", "p=0.9"], nil), ("dropout", ["epochs=5", "lr=1"], nil), ("dropout", ["epochs=1"], 0),
    ("convolution", [], 0), ("convolution", ["kernel=blur", "shift=2"], 1), ("convolution", ["kernel=learned"], 1),
    ("digits", ["epochs=2"], nil), ("digits", [], 0),
    ("language-model", ["epochs=2"], nil), ("language-model", ["lr=0.3", "epochs=3"], nil), ("language-model", [], 0),
    ("metrics", ["epochs=20"], nil), ("metrics", ["dataset=imbalanced", "epochs=5"], 3), ("metrics", ["threshold=0.99"], 0),
    ("clustering", [], 1), ("clustering", [], nil), ("clustering", ["dataset=moons", "reveal=on"], nil),
    ("clustering", ["dataset=iris", "reveal=on", "k=4"], 2),
  ]

  static let sizes = [(20, 8), (47, 15), (80, 24), (160, 48)]

  /// Latin words that may stay in a Chinese screen: names (of people, data sets, optimizers),
  /// acronyms, symbols and units that Chinese texts write in Latin letters too.
  static let allowedWords: Set<String> = [
    "NaN", "inf", "XOR", "MLP", "ReLU", "ReLUs", "SGD", "Adam", "AdaGrad", "RMSProp", "GD", "UCI", "PCA", "ROC", "AUC",
    "AP", "NMI", "CSV", "WaveNet", "Sobel", "Novikoff", "Rosenblatt", "Minsky", "Papert", "Polyak", "Nesterov",
    "Bengio", "Srivastava", "Xavier", "He", "Wisconsin", "sigmoid", "tanh", "softmax", "lr", "px", "ln", "log", "nats",
    "max", "min", "λmax", "et", "al", "sgd", "momentum", "adam", "adagrad", "rmsprop", "relu", "leaky", "xavier", "he",
    "data", "file", "example", "Rosenbrock", "means",
    // Toggle values and the prefix of the baseline readouts, as typed on the command line.
    "on", "off", "baseline",
  ]

  /// Every experiment in every scenario, drawn and reported in Chinese, with its knobs and titles.
  @Test func everyWordIsTranslated() throws {
    let misses = MissLog()
    var english: [String: Set<String>] = [:]
    try ExperimentStrings.$current.withValue(ExperimentStrings.chinese.recordingMisses(in: misses)) {
      for type in ExperimentCatalog.all {
        var said = [type.title, type.summary, type.stepUnit]
        for knob in type.knobs { said += [knob.help, knob.validValuesDescription] }
        english[type.id, default: []].formUnion(said.flatMap(Self.latinWords).filter { !Self.isIdentifier($0, of: type) })
      }
      for scenario in Self.scenarios {
        let e = try Self.run(scenario)
        var text = ExperimentReport.text(e, width: 80, height: 24, charset: .unicode)
        text += ExperimentReport.text(e, width: 160, height: 48, charset: .unicode)
        english[scenario.id, default: []].formUnion(Self.latinWords(in: text).filter { !Self.isData($0, of: e) })
      }
    }
    #expect(misses.templates == [], Comment(rawValue: "untranslated templates:\n" + misses.templates.joined(separator: "\n")))
    let leftovers = english.filter { !$0.value.isEmpty }.map { "\($0.key): \($0.value.sorted().joined(separator: " "))" }
    #expect(leftovers == [], Comment(rawValue: "English words in Chinese output:\n" + leftovers.sorted().joined(separator: "\n")))
  }

  /// The scenarios reach the states they are there for.
  @Test func scenariosReachEveryKindOfEnding() throws {
    var states: [String: Set<ExperimentStatus.State>] = [:]
    for scenario in Self.scenarios {
      states[scenario.id, default: []].insert(try Self.run(scenario).status.state)
    }
    #expect(states["perceptron"] == [.running, .converged, .neverConverges])
    #expect(states["loss-landscape"]?.isSuperset(of: [.converged, .diverged]) == true)
    #expect(states["optimizers"]?.isSuperset(of: [.finished, .diverged]) == true)
    #expect(states["dropout"]?.isSuperset(of: [.finished, .diverged]) == true)
    #expect(states["vanishing-gradients"]?.contains(.diverged) == true)
    #expect(states["language-model"]?.isSuperset(of: [.finished, .diverged]) == true)
    #expect(states["gradient-clipping"]?.contains(.diverged) == true)
    #expect(states["linear-vs-mlp"]?.isSuperset(of: [.converged, .neverConverges]) == true)
  }

  /// Chinese captions keep every row exactly the width and nothing outside the area.
  @Test(arguments: ExperimentCatalog.all.map { $0.id })
  func drawsCleanlyInChinese(id: String) throws {
    try ExperimentStrings.$current.withValue(.chinese) {
      for scenario in Self.scenarios where scenario.id == id {
        let e = try Self.run(scenario)
        for (width, height) in Self.sizes {
          var buffer = Buffer(width: width + 4, height: height + 2)
          e.draw(into: &buffer, area: Rect(x: 2, y: 1, width: width, height: height), charset: .unicode)
          let lines = buffer.lines()
          #expect(lines.allSatisfy { displayWidth($0) == width + 4 }, "\(id) \(scenario.settings) \(width)×\(height)")
          #expect(lines.first?.allSatisfy { $0 == " " } == true)
          #expect(lines.last?.allSatisfy { $0 == " " } == true)
          #expect(lines.allSatisfy { $0.hasPrefix("  ") && $0.hasSuffix("  ") }, "\(id) \(width)×\(height)")
        }
      }
    }
  }

  /// English is untouched by the seam: the same words with and without an explicit English scope.
  @Test func englishIsTheDefaultAndUnchanged() throws {
    let e = try PerceptronExperiment(settings: PerceptronExperiment.settings(["dataset=xor", "max_epochs=2"]), seed: 1)
    e.run(steps: 10_000)
    let plain = ExperimentReport.text(e, width: 80, height: 24, charset: .unicode)
    let scoped = ExperimentStrings.$current.withValue(.english) { ExperimentReport.text(e, width: 80, height: 24, charset: .unicode) }
    #expect(plain == scoped)
    #expect(e.status.message.hasPrefix("XOR is not linearly separable"))
    let chinese = ExperimentStrings.$current.withValue(.chinese) { e.status.message }
    #expect(chinese != e.status.message && !chinese.contains("separable"))
  }

  @Test func templatesFillTheirArgumentsInAnyOrder() {
    #expect(ExperimentStrings.fill("{} of {}", with: ["3", "5"]) == "3 of 5")
    #expect(ExperimentStrings.fill("{1} 中的 {0}", with: ["3", "5"]) == "5 中的 3")
    #expect(ExperimentStrings.fill("point{}", with: ["s"]) == "points")
    #expect(ExperimentStrings.fill("{0} 个点", with: ["3", "s"]) == "3 个点")
    let nested: Phrase = "\(key: "xor"): \(3) mistakes"
    #expect(nested.template == "{}: {} mistakes")
    let strings = ExperimentStrings(code: "zh", table: ["{}: {} mistakes": "{0}：{1} 次错误", "xor": "异或"])
    #expect(strings.render(nested) == "异或：3 次错误")
  }

  static func run(_ scenario: (id: String, settings: [String], steps: Int?)) throws -> any Experiment {
    let type = try ExperimentCatalog.named(scenario.id)
    let settings = try type.settings(scenario.settings)
    let e = try type.init(settings: settings, seed: 1)
    e.run(steps: scenario.steps ?? type.plannedSteps(for: settings))
    return e
  }

  /// Words of two or more Latin letters that are not on the allowed list.
  static func latinWords(in text: String) -> [String] {
    var words: [String] = [], word = ""
    for c in text + " " {
      if c.isASCII && c.isLetter { word.append(c); continue }
      if word.count >= 2, !allowedWords.contains(word) { words.append(word) }
      word = ""
    }
    return words
  }

  /// Words that are the experiment's data rather than its prose: the language model's generated
  /// text and the characters of its embedding plot, and identifiers — readout, knob and choice
  /// names (typed on the command line) and lesson ids.
  static func isData(_ word: String, of e: any Experiment) -> Bool {
    if let model = e as? LanguageModelExperiment,
      word.count <= 3 || model.samples.contains(where: { $0.text.contains(word) }) { return true }
    let names = e.readouts.map(\.name) + [e.status.lesson ?? ""]
    return isIdentifier(word, of: type(of: e)) || names.contains { $0.split(whereSeparator: { !$0.isLetter }).contains { $0 == word } }
  }

  /// Knob and choice names, which are typed on the command line and stay as they are.
  static func isIdentifier(_ word: String, of type: any Experiment.Type) -> Bool {
    let choices = type.knobs.flatMap { knob -> [String] in
      if case .choice(let names) = knob.kind { return names }
      return []
    }
    return (type.knobs.map(\.name) + choices).contains { $0.split(whereSeparator: { !$0.isLetter }).contains { $0 == word } }
  }
}
