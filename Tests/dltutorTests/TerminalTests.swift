// TerminalTests: the tutor end to end in a real terminal — tmux runs the built binary at a fixed
// size, keys go in with send-keys, and the screen is polled with capture-pane until it shows what a
// person would expect, with a deadline. Each test has its own tmux server, killed afterwards.

import Experiments
import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The tmux binary, if installed (`.ci/run` installs it).
let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
  FileManager.default.isExecutableFile(atPath: $0)
}

/// The repository's Lessons folder, which every session uses so the first screen is the course map
/// wherever the tests run from.
let shippedLessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Lessons").path

/// One program running in a private tmux server.
final class TmuxSession {
  private let socket: String
  /// The session's own state folder (`XDG_STATE_HOME`), so no test reads or writes a real
  /// progress file, and each starts as a first run unless it passes its own.
  private let stateFolder: String
  private static let counter = Counter()

  /// Starts `arguments` of the built dltutor in a `width` × `height` window. When the program
  /// ends the shell prints its exit status and whether the terminal is back in canonical mode
  /// with echo, then waits, so the test can read both.
  init(
    width: Int, height: Int, arguments: [String] = [], environment: [String: String] = [:], unsetting: [String] = []
  ) throws {
    socket = "dltutor-test-\(getpid())-\(TmuxSession.counter.next())"
    stateFolder = try makeStateFolder()
    let binary = productsDirectory.appendingPathComponent("dltutor").path
    var exports = "export TERM=xterm-256color SWIFT_BACKTRACE=interactive=no LANG=C.UTF-8 DLTUTOR_LESSONS='\(shippedLessons)' "
      + "XDG_STATE_HOME='\(stateFolder)'; unset LC_ALL NO_COLOR \(unsetting.joined(separator: " ")); "
    for (key, value) in environment { exports += "export \(key)='\(value)'; " }
    let command = ([binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
    let script = exports + command
      + "; echo \"EXIT=$?\"; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo STTY-END; sleep 600"
    try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", String(width), "-y", String(height), script], output: false)
  }

  deinit {
    _ = try? tmux(["kill-server"], output: false)
    try? FileManager.default.removeItem(atPath: stateFolder)
  }

  /// Types tmux key names (`j`, `Enter`, `Space`, `Escape`, `C-c`).
  func send(_ keys: String...) throws {
    for key in keys { try tmux(["send-keys", "-t", "t", key], output: false) }
  }

  /// Types `text` literally, every character a key.
  func typeText(_ text: String) throws {
    try tmux(["send-keys", "-t", "t", "-l", text], output: false)
  }

  /// Waits for the course map, then goes to the lab with `x`.
  func openLab(sourceLocation: SourceLocation = #_sourceLocation) throws {
    try waitFor("the course map", sourceLocation: sourceLocation) { $0.first?.contains("Course") == true }
    try send("x")
    try waitFor("Experiment lab", sourceLocation: sourceLocation)
  }

  /// Moves the lab menu's selection down to the experiment `id` and opens it.
  func openInMenu(_ id: String) throws {
    let index = ExperimentCatalog.all.firstIndex { $0.id == id } ?? 0
    for _ in 0..<index { try send("j") }
    try send("Enter")
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", "t", "-x", String(width), "-y", String(height)], output: false)
  }

  /// The visible screen, one string per row, trailing blanks kept.
  func screen() throws -> [String] {
    try tmux(["capture-pane", "-p", "-N", "-t", "t"]).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init).dropLast()
  }

  /// The visible screen with its colours and attributes as escape sequences.
  func screenWithEscapes() throws -> String {
    try tmux(["capture-pane", "-p", "-e", "-t", "t"])
  }

  /// The process id of the program the pane's shell started.
  func programPID() throws -> pid_t? {
    let shell = try tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    return children?.split(separator: " ").first.flatMap { pid_t($0) }
  }

  /// Polls the screen until `condition` holds, or fails with the last screen after `seconds`.
  @discardableResult
  func waitFor(
    _ what: String, seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: ([String]) -> Bool
  ) throws -> [String] {
    let deadline = Date().addingTimeInterval(seconds)
    var last: [String] = []
    while Date() < deadline {
      last = try screen()
      if condition(last) { return last }
      usleep(50_000)
    }
    Issue.record("timed out waiting for \(what); the screen was:\n\(last.joined(separator: "\n"))", sourceLocation: sourceLocation)
    throw TmuxTimeout()
  }

  /// Waits until the screen shows `text` somewhere.
  @discardableResult
  func waitFor(_ text: String, seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
    try waitFor("\"\(text)\"", seconds: seconds, sourceLocation: sourceLocation) { $0.contains { $0.contains(text) } }
  }

  /// Runs a tmux command against this session's server and returns what it printed.
  ///
  /// Spawned directly rather than through Foundation's `Process`: the test runner's threads block
  /// signals, and a blocked SIGCHLD left `Process.waitUntilExit` waiting forever for tmux's
  /// client. Here the child gets an empty signal mask (so the shell, the server and dltutor see
  /// SIGCHLD, SIGWINCH and SIGTERM), its output goes to a file, and `waitpid` reaps it.
  @discardableResult
  private func tmux(_ arguments: [String], output: Bool = true) throws -> String {
    guard let tmuxPath else { throw TmuxTimeout() }
    let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
    defer { unlink(outPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var emptyMask = sigset_t()
    sigemptyset(&emptyMask)
    posix_spawnattr_setsigmask(&attributes, &emptyMask)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    let argv = ([tmuxPath, "-L", socket] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    guard posix_spawn(&pid, tmuxPath, &actions, &attributes, argv, environ) == 0 else { throw TmuxTimeout() }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    return output ? ((try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "") : ""
  }
}

struct TmuxTimeout: Error {}

/// A new empty folder to use as `XDG_STATE_HOME`.
func makeStateFolder() throws -> String {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-state-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  return folder
}

/// A thread-safe counter for unique socket names.
final class Counter: Sendable {
  private let value = Mutex(0)
  func next() -> Int { value.withLock { $0 += 1; return $0 } }
}

/// The rows of the per-layer bar chart (`layer 1 ███┃ 1e-9`).
private func barRows(_ screen: [String]) -> [String] {
  screen.filter { $0.range(of: #"^\s*layer \d+ "#, options: .regularExpression) != nil }
    .map { String($0.prefix(40)) }
}

@Suite(.serialized, .enabled(if: tmuxPath != nil, "tmux is not installed (apt-get install tmux, or run .ci/run)"))
struct TerminalTests {
  @Test func aWholeSessionInTheLab() throws {
    let tmux = try TmuxSession(width: 100, height: 30)
    try tmux.openLab()
    try tmux.waitFor("vanishing-gradients")
    try tmux.openInMenu("vanishing-gradients")
    try tmux.waitFor("Knobs")
    let before = try tmux.waitFor("bars at step 0") { !barRows($0).isEmpty }
    try tmux.send("Space")
    try tmux.waitFor("▶ running")
    try tmux.waitFor("a step count above zero") { $0.first?.contains("step 0 ") == false }

    // Depth 10 → 11: an eleventh bar appears.
    try tmux.send("Right")
    try tmux.waitFor("layer 11 ")
    // Activation sigmoid → tanh: the bars of the first layers change length.
    try tmux.send("j", "j", "l")
    try tmux.waitFor("activation tanh")
    let sigmoidBars = barRows(before)
    try tmux.waitFor("different bars with tanh") { screen in
      let bars = barRows(screen)
      return bars.count == 11 && bars.prefix(3) != sigmoidBars.prefix(3)
    }

    try tmux.resize(width: 60, height: 20)
    try tmux.waitFor("the 60×20 layout") { $0.count == 20 && $0.allSatisfy { $0.count <= 60 } && $0.contains { $0.contains("Knobs") } }
    try tmux.resize(width: 100, height: 30)
    try tmux.waitFor("the 100×30 layout again") { $0.count == 30 && $0[0].contains("Vanishing gradients") && $0.contains { $0.contains("┌─ Knobs") } }

    try tmux.send("?")
    try tmux.waitFor("close this help")
    try tmux.waitFor("help lists the compare key") { $0.contains { $0.contains("compare A/B") } }
    try tmux.send("Escape")
    try tmux.waitFor("help closed") { !$0.contains { $0.contains("close this help") } }
    try tmux.send("Q")
    try tmux.waitFor("EXIT=0")
    try tmux.waitFor("icanon echo STTY-END")
  }

  @Test func aLessonBesideItsExperiment() throws {
    let tmux = try TmuxSession(width: 160, height: 48)
    try tmux.waitFor("Welcome")
    try tmux.send("Enter")
    try tmux.waitFor("lines 1–")
    try tmux.waitFor("the experiment beside the text") { $0.contains { $0.contains("┌─ Knobs") } }
    try tmux.send("j")
    try tmux.waitFor("lines 2–")
    try tmux.send("t")
    try tmux.waitFor("Try this: A first look")
    // The tour run is short: on a loaded machine the screen may first show it already done.
    try tmux.waitFor("the preset running or run") { screen in
      screen[0].contains("▶ running")
        || screen.contains { $0.contains("Status: converged") || $0.contains("Status: finished") }
    }
    try tmux.send("Tab")
    try tmux.waitFor("Space run")
    // s stops the run, r restarts it at step 0 with the same seed: paused, whatever state it was in.
    try tmux.send("s", "r")
    try tmux.waitFor("‖ paused")
    try tmux.send("Escape")
    try tmux.waitFor("dltutor › Course")
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
    try tmux.waitFor("icanon echo STTY-END")
  }

  @Test func linksToTheGlossaryAndProblemsAndBackToTheLesson() throws {
    let tmux = try TmuxSession(width: 100, height: 30)
    try tmux.waitFor("dltutor › Course")
    try tmux.send("j", "Enter")
    try tmux.waitFor("Artificial neurons and the perceptron")
    // ] picks the first link on screen; the status line says where Enter goes.
    try tmux.send("]")
    try tmux.waitFor("the glossary at “threshold unit”")
    // The selected link is in reverse video and underlined, which reads without colour.
    let marked = #"\x1b\[4;7m(\x1b\[[0-9;]*m)*threshold unit"#
    #expect(try tmux.screenWithEscapes().range(of: marked, options: .regularExpression) != nil)
    try tmux.send("Enter")
    try tmux.waitFor("dltutor › Glossary")
    try tmux.waitFor("▸ threshold unit")
    try tmux.send("Escape")
    try tmux.waitFor("the lesson with the same link selected") { screen in
      screen[0].contains("Artificial neurons") && screen.contains { $0.contains("the glossary at “threshold unit”") }
    }
    try tmux.send("p")
    try tmux.waitFor("dltutor › Common problems")
    try tmux.send("/")
    try tmux.typeText("oscillates")
    try tmux.waitFor("Filter: oscillates")
    try tmux.send("Enter", "Enter")
    try tmux.waitFor("the problem's lesson") { $0[0].contains("Loss landscapes") }
    try tmux.send("BSpace")
    try tmux.waitFor("back in the lesson the link came from") { screen in
      screen[0].contains("Artificial neurons") && screen.contains { $0.contains("the glossary at “threshold unit”") }
    }
    try tmux.send("Q")
    try tmux.waitFor("EXIT=0")
    try tmux.waitFor("icanon echo STTY-END")
  }

  @Test func searchingALessonAndTheCourse() throws {
    // NO_COLOR: the marks are attributes alone, and reverse video is what makes a match stand out.
    let tmux = try TmuxSession(width: 80, height: 24, environment: ["NO_COLOR": "1"])
    try tmux.waitFor("dltutor › Course")
    try tmux.send("j", "Enter")
    try tmux.waitFor("lines 1–21 of")
    try tmux.send("/", "mcculloch")
    try tmux.waitFor("/mcculloch█  “mcculloch”: match 1 of 3")
    let reversed = #"\x1b\[([0-9;]*;)?7mMcCulloch"#
    #expect(try tmux.screenWithEscapes().range(of: reversed, options: .regularExpression) != nil,
      "the match is in reverse video")
    try tmux.send("Enter")
    try tmux.waitFor("“mcculloch”: match 1 of 3 · lines 1–21 of")
    try tmux.send("n")
    // The second one is below the first screen: the text scrolls to it.
    try tmux.waitFor("“mcculloch”: match 2 of 3 · lines 25–45 of")
    try tmux.send("n", "n")
    try tmux.waitFor("match 1 of 3 · search wrapped to the top · lines 1–21")
    try tmux.send("Escape")
    try tmux.waitFor("the search cleared, the position line back") { $0.contains { $0.hasPrefix(" lines 1–21 of") } }
    try tmux.send("Escape")
    try tmux.waitFor("dltutor › Course")
    // From lesson 8 on the map, the results open on lesson 8's first match.
    for _ in 0..<6 { try tmux.send("j") }
    try tmux.waitFor("lesson 8 selected") { $0.contains { $0.contains("▸") && $0.contains(" 8. ") } }
    try tmux.send("/", "dropout", "Enter")
    try tmux.waitFor("Search “dropout”: ")
    try tmux.waitFor("the first match in lesson 8 selected") { $0.contains { $0.hasPrefix("  ▸ 8.  Overfitting") } }
    try tmux.send("Enter")
    try tmux.waitFor("Overfitting, underfitting and dropout")
    try tmux.waitFor("“dropout”: match 1 of")
    try tmux.send("n")
    try tmux.waitFor("“dropout”: match 2 of")
    try tmux.send("q", "q")
    try tmux.waitFor("EXIT=0")
  }

  @Test func aQuizOfTwoQuestionsIsAnsweredAndSaved() throws {
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-quiz-\(getpid())-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: state) }
    let tmux = try TmuxSession(width: 80, height: 24, arguments: ["quiz", "--lesson", "perceptron", "--count", "2"],
      environment: ["XDG_STATE_HOME": state])
    try tmux.waitFor("question 1 of 2")
    try tmux.waitFor("Press a, b, c (or 1 to 3) to answer.")
    try tmux.send("b")
    try tmux.waitFor("✓ Right.")
    try tmux.send("Enter")
    try tmux.waitFor("question 2 of 2")
    try tmux.send("f")
    try tmux.waitFor("Its weights and threshold were fixed")
    try tmux.send("Enter")
    try tmux.waitFor("Score: 2 of 2 right.")
    try tmux.waitFor("Next review:")
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
    try tmux.waitFor("icanon echo STTY-END")

    let data = try Data(contentsOf: URL(fileURLWithPath: state + "/dltutor/progress.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let answers = try #require(json["answers"] as? [String: [[String: Any]]])
    #expect(answers["perceptron-inventor"]?.first?["answer"] as? String == "b")
    #expect(answers["perceptron-inventor"]?.first?["correct"] as? Bool == true)
    #expect(answers["perceptron-mcculloch-pitts-learns"]?.first?["answer"] as? String == "false")
    #expect(answers.count == 2)
  }

  @Test func aLessonsQuizOpensWithAAndEscLeadsBack() throws {
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-quiz-\(getpid())-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: state) }
    let tmux = try TmuxSession(width: 80, height: 24, environment: ["XDG_STATE_HOME": state])
    try tmux.waitFor("dltutor › Course")
    try tmux.send("j", "Enter")
    try tmux.waitFor("lines 1–")
    // G, not End: with TERM=xterm-256color inside tmux, End arrives as Esc and letters.
    try tmux.send("G")
    try tmux.waitFor("Press a to answer this lesson's 7 questions.")
    try tmux.send("a")
    try tmux.waitFor("question 1 of 7")
    try tmux.send("2")
    try tmux.waitFor("✓ Right.")
    try tmux.send("l")
    try tmux.waitFor("Esc back")
    try tmux.send("Escape")
    try tmux.waitFor("question 1 of 7")
    try tmux.send("Escape")
    try tmux.waitFor("Ended early: 1 of 7 questions answered")
    try tmux.send("Escape")
    try tmux.waitFor("Press a to answer this lesson's 7 questions.")
    try tmux.send("Q")
    try tmux.waitFor("EXIT=0")
  }

  @Test func ctrlCQuitsAndRestoresTheTerminal() throws {
    let tmux = try TmuxSession(width: 80, height: 24)
    try tmux.openLab()
    try tmux.send("Enter")
    try tmux.waitFor("Knobs")
    try tmux.send("C-c")
    try tmux.waitFor("EXIT=0")
    try tmux.waitFor("icanon echo STTY-END")
  }

  @Test func sigtermRestoresTheTerminal() throws {
    let tmux = try TmuxSession(width: 80, height: 24)
    try tmux.waitFor("dltutor › Course")
    let found = try tmux.programPID()
    let pid = try #require(found)
    #expect(kill(pid, SIGTERM) == 0)
    try tmux.waitFor("EXIT=143")
    try tmux.waitFor("icanon echo STTY-END")
  }

  @Test func aCrashRestoresTheTerminalAndShowsTheMessage() throws {
    let tmux = try TmuxSession(width: 100, height: 30, arguments: ["--debug-crash"])
    try tmux.waitFor("debug crash requested by --debug-crash", seconds: 60)
    try tmux.waitFor("icanon echo STTY-END", seconds: 60)
    let screen = try tmux.screen()
    #expect(!screen.contains { $0.contains("EXIT=0") })
  }

  @Test func aCrashDoesNotStopToAskForAKey() throws {
    // Without SWIFT_BACKTRACE, Swift's backtracer would ask "Press space to interact…" on a terminal;
    // dltutor turns that off for itself, so the shell gets its exit status at once.
    let tmux = try TmuxSession(width: 100, height: 30, arguments: ["--debug-crash"], unsetting: ["SWIFT_BACKTRACE"])
    try tmux.waitFor("debug crash requested by --debug-crash", seconds: 60)
    // An interactive backtracer would wait about 30 seconds for a key before giving up.
    try tmux.waitFor("icanon echo STTY-END", seconds: 10)
    #expect(!(try tmux.screen()).contains { $0.contains("Press space") })
  }

  @Test func aNonUTF8LocaleDrawsASCII() throws {
    let tmux = try TmuxSession(width: 100, height: 30, environment: ["LC_ALL": "C"])
    try tmux.waitFor("dltutor > Course")
    try tmux.openLab()
    try tmux.openInMenu("vanishing-gradients")
    let screen = try tmux.waitFor("+- Knobs")
    for line in screen { #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(line)") }
    try tmux.send("Q")
    try tmux.waitFor("EXIT=0")
  }

  @Test func noColorLeavesOnlyAttributes() throws {
    // A foreground colour as tmux writes it: ESC[36m, or combined as ESC[1;36m.
    let foreground = #"\x1b\[([0-9;]*;)?3[0-7](;[0-9;]*)?m"#
    let colored = try TmuxSession(width: 80, height: 24)
    try colored.waitFor("dltutor › Course")
    #expect(try colored.screenWithEscapes().range(of: foreground, options: .regularExpression) != nil)
    for (arguments, environment) in [([], ["NO_COLOR": "1"]), (["--no-color"], [:])] {
      let plain = try TmuxSession(width: 80, height: 24, arguments: arguments, environment: environment)
      try plain.waitFor("dltutor › Course")
      let screen = try plain.screenWithEscapes()
      #expect(screen.range(of: foreground, options: .regularExpression) == nil, "\(arguments) \(environment)")
      #expect(screen.contains("\u{1b}[7m") || screen.contains(";7m") || screen.contains("[1;7m"), "reverse video stays")
    }
  }

  @Test func aTinyTerminalShowsTheMinimumSize() throws {
    let tmux = try TmuxSession(width: 30, height: 8)
    try tmux.waitFor("Terminal too small")
    try tmux.waitFor("40×12")
    try tmux.resize(width: 80, height: 24)
    try tmux.waitFor("dltutor › Course")
    try tmux.send("Q")
    try tmux.waitFor("EXIT=0")
  }
}

/// The learner's progress end to end: where the tutor opens, what it remembers, and a damaged file.
@Suite(.serialized, .enabled(if: tmuxPath != nil, "tmux is not installed (apt-get install tmux, or run .ci/run)"))
struct ProgressTerminalTests {
  /// Whether a row of the knob list shows `knob` set to `value`.
  func showsKnob(_ knob: String, _ value: String) -> ([String]) -> Bool {
    { screen in screen.contains { $0.range(of: #"\b\#(knob)\s+\#(value)\b"#, options: .regularExpression) != nil } }
  }

  @Test func theTutorOpensAgainWhereTheLearnerLeftOff() throws {
    let state = try makeStateFolder()
    defer { try? FileManager.default.removeItem(atPath: state) }
    do {
      let first = try TmuxSession(width: 80, height: 24, environment: ["XDG_STATE_HOME": state])
      try first.waitFor("the first lesson selected to continue") {
        $0.contains { $0.contains("▸ · 1.") && $0.contains("continue") }
      }
      try first.send("Enter")
      try first.waitFor("lines 1–")
      try first.send("j", "j", "j")
      try first.waitFor("lines 4–")
      try first.send("Tab")
      try first.waitFor("the dataset knob", showsKnob("dataset", "separable"))
      try first.send("Right")
      try first.waitFor("the dataset changed", showsKnob("dataset", "xor"))
      try first.send("Q")
      try first.waitFor("EXIT=0")
    }
    let progress = try String(contentsOfFile: state + "/dltutor/progress.json", encoding: .utf8)
    #expect(progress.contains("dataset=xor"))

    let second = try TmuxSession(width: 80, height: 24, environment: ["XDG_STATE_HOME": state])
    try second.waitFor("the lesson at the same line") {
      $0.first?.contains("Welcome") == true && $0.contains { $0.contains("lines 4–") }
    }
    try second.send("Tab")
    try second.waitFor("the knob as it was left", showsKnob("dataset", "xor"))
    try second.send("Escape")
    try second.waitFor("the lesson in progress on the map") {
      $0.contains { $0.contains("▸ ◐ 1.") && $0.contains("continue") }
    }
    try second.send("q")
    try second.waitFor("EXIT=0")
  }

  @Test func aCorruptProgressFileIsKeptAsideAndTheLearnerIsTold() throws {
    // Given with --progress, so the root command's option is covered too.
    let folder = try makeStateFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/mine.json"
    try "{\"version\": 1, \"lessons\": [oops".write(toFile: file, atomically: true, encoding: .utf8)
    let tmux = try TmuxSession(width: 80, height: 24, arguments: ["--progress", file])
    try tmux.waitFor("! Your progress file could not be read")
    try tmux.waitFor("the name it was kept under") { $0.contains { $0.contains("kept as mine.json.corrupt-") } }
    try tmux.waitFor("a fresh start on the map") { $0.contains { $0.contains("▸ · 1.") } }
    let aside = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("mine.json.corrupt-") }
    #expect(aside.count == 1)
    let kept = try String(contentsOfFile: folder + "/" + (aside.first ?? ""), encoding: .utf8)
    #expect(kept.hasSuffix("[oops"), "the damaged file is kept as it was")
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
    // Once the terminal is back, the warning is printed in full (wrapped rows joined again).
    try tmux.waitFor("the warning after the tutor closed") { $0.joined().contains("was kept aside as \(file).corrupt-") }
  }

  @Test func aProgressFileThatCannotBeWrittenIsSaidInTheAppAndAfter() throws {
    let tmux = try TmuxSession(width: 80, height: 24, arguments: ["--progress", "/proc/no-such-folder/progress.json"])
    try tmux.waitFor("▸ · 1.")
    try tmux.send("Enter")
    try tmux.waitFor("the notice under the lesson") { $0.contains { $0.hasPrefix(" Progress cannot be saved") } }
    try tmux.send("Escape")
    try tmux.waitFor("! Progress cannot be saved")
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
    try tmux.waitFor("the warning after the tutor closed") {
      $0.joined().contains("cannot save progress to /proc/no-such-folder")
    }
  }
}

@Suite struct NotATerminalTests {
  @Test func withoutATerminalTheTutorPointsToThePlainCommands() throws {
    let r = try runDLTutor([])
    #expect(r.status == 2)
    #expect(r.err.hasPrefix("dltutor: "))
    #expect(r.err.contains("dltutor read"))
    #expect(r.err.contains("dltutor run"))
    #expect(r.err.contains("dltutor quiz --plain"))
    #expect(r.err.split(separator: "\n").count == 1)
    #expect(r.out.isEmpty)
  }
}
