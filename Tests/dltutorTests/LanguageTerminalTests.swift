// LanguageTerminalTests: the tutor in Chinese in a real terminal — the locale alone gives the
// Chinese course map, with the notice about a lesson still in English — and `--lang zh` under a
// non-UTF-8 locale gives English with a notice. Part of the serialized tmux suite.

import Foundation
import Testing

extension TerminalTests {
  @Test func aChineseLocaleShowsTheChineseCourseMap() throws {
    let tmux = try TmuxSession(width: 80, height: 24, arguments: ["--lessons", bilingualLessons],
      environment: ["LANG": "zh_CN.UTF-8"])
    try tmux.waitFor("dltutor › 课程")
    try tmux.waitFor("! 以下课程尚未译成中文，以英文显示：extra")
    let map = try tmux.waitFor("会学习的神经元")
    #expect(map.contains { $0.contains("Only in English") })
    #expect(map.last?.contains("? 帮助") == true)
    try tmux.send("Enter")
    try tmux.waitFor("第 1–")
    try tmux.waitFor("综述的说法：感知机是 1943 年提出的。")
    try tmux.send("Q")
    try tmux.waitFor("EXIT=0")
    try tmux.waitFor("icanon echo STTY-END")
  }

  @Test func chineseWithoutUTF8IsEnglishWithANotice() throws {
    let tmux = try TmuxSession(width: 100, height: 30, arguments: ["--lang", "zh"], environment: ["LC_ALL": "C"])
    try tmux.waitFor("dltutor > Course")
    let screen = try tmux.waitFor("! Chinese needs a UTF-8 locale")
    for line in screen { #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(line)") }
    try tmux.send("Q")
    try tmux.waitFor("EXIT=0")
  }
}
