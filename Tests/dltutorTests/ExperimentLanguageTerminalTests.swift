// ExperimentLanguageTerminalTests: the lab in Chinese in a real terminal — the menu's titles and
// summaries, a running perceptron's captions, legend, knob help and status line all in Chinese —
// and the same lab in English and ASCII when `--lang zh` meets a non-UTF-8 locale. Part of the
// serialized tmux suite.

import Foundation
import Testing

extension TerminalTests {
  @Test func theLabAndItsExperimentsSpeakChinese() throws {
    let tmux = try TmuxSession(width: 100, height: 30, environment: ["LANG": "zh_CN.UTF-8"])
    try tmux.waitFor("dltutor › 课程")
    try tmux.send("x")
    try tmux.waitFor("dltutor › 实验室")
    let menu = try tmux.waitFor("Rosenblatt的规则在Novikoff界之内找到一条分隔直线")
    #expect(menu.contains { $0.contains("perceptron") && $0.contains("感知机") })
    #expect(!menu.contains { $0.contains("never converges") })
    try tmux.send("Enter")
    try tmux.waitFor("实验室 › 感知机")
    try tmux.waitFor("间隔为γ的可分数据")
    try tmux.send("Space")
    try tmux.waitFor("个点在直线错误的一侧")
    let running = try tmux.waitFor("可分数据：")
    #expect(running.contains { $0.contains("类别0") })
    #expect(!running.contains { $0.contains("wrong side") || $0.contains("mistakes so far") })
    try tmux.send("Q")
    try tmux.waitFor("EXIT=0")
    try tmux.waitFor("icanon echo STTY-END")
  }

  @Test func theLabWithoutUTF8IsEnglishInASCII() throws {
    let tmux = try TmuxSession(width: 100, height: 30, arguments: ["--lang", "zh"], environment: ["LC_ALL": "C"])
    try tmux.waitFor("dltutor > Course")
    try tmux.send("x")
    try tmux.waitFor("dltutor > Experiment lab")
    try tmux.send("Enter", "Space")
    let screen = try tmux.waitFor("on the wrong side of the line")
    for line in screen { #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(line)") }
    try tmux.send("Q")
    try tmux.waitFor("EXIT=0")
  }
}
