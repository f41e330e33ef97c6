// RunLanguageTests: `dltutor run` in Chinese — the text report's captions, legends and status in
// Chinese and fitting the page, `--list` with Chinese titles and knob help, CSV and JSON the same in
// every language (they are read by programs), and English with a notice where Chinese cannot be drawn.

import Display
import Foundation
import Testing

@Suite struct RunLanguageTests {
  @Test func aRunReportsInChinese() throws {
    let r = try runDLTutor(
      ["run", "perceptron", "--set", "dataset=xor", "--set", "max_epochs=2", "--lang", "zh", "--width", "80", "--height", "24"])
    #expect(r.status == 0)
    #expect(r.err.isEmpty, "\(r.err)")
    let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first?.hasPrefix("感知机——种子 1，") == true, "\(lines.first ?? "")")
    #expect(lines[1].hasPrefix("异或："))
    #expect(r.out.contains("状态：永不收敛——异或不是线性可分的"))
    #expect(r.out.contains("（参见课程 backprop）"))
    // Readout names are an interface and stay as they are.
    #expect(r.out.contains("\nmistakes = "))
    #expect(!r.out.contains("not linearly separable") && !r.out.contains("status:") && !r.out.contains("mistakes so far"))
    // The title and the charts fit the page (the status line after them is one line of prose, as in English).
    let page = lines.prefix(25)
    #expect(page.allSatisfy { displayWidth($0) <= 80 }, "\(page.filter { displayWidth($0) > 80 })")
  }

  @Test func csvAndJSONAreTheSameInEveryLanguage() throws {
    for format in ["csv", "json"] {
      let base = ["run", "dropout", "--set", "epochs=2", "--set", "train_size=100", "--format", format]
      let english = try runDLTutor(base)
      let chinese = try runDLTutor(base + ["--lang", "zh"])
      #expect(english.status == 0 && chinese.status == 0)
      #expect(chinese.out == english.out, "\(format)")
      #expect(chinese.err.isEmpty)
    }
  }

  @Test func theListInChinese() throws {
    let r = try runDLTutor(["run", "--list", "--lang", "zh"])
    #expect(r.status == 0)
    #expect(r.out.contains("perceptron — 感知机：Rosenblatt的规则"))
    #expect(r.out.contains("dataset = separable   （以下之一：separable, xor, noisy, file）间隔为γ的可分数据"))
    #expect(r.out.contains("dropout — 丢弃法"))
    #expect(!r.out.contains("how many points"))
  }

  @Test func englishUnlessAskedAndWithoutUTF8() throws {
    let english = try runDLTutor(["run", "perceptron", "--steps", "5"])
    #expect(english.out.hasPrefix("Perceptron — seed 1, 5 updates\n"))
    #expect(english.out.contains("status: running — "))
    let fromLocale = try runDLTutor(["run", "perceptron", "--steps", "5"], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(fromLocale.out.hasPrefix("感知机——种子 1，步数 5\n"))
    let ascii = try runDLTutor(["run", "perceptron", "--steps", "5", "--lang", "zh"], environment: ["LC_ALL": "C"])
    #expect(ascii.status == 0)
    #expect(ascii.out.hasPrefix("Perceptron - seed 1, 5 updates\n"))
    #expect(ascii.out.unicodeScalars.allSatisfy { $0.isASCII })
    #expect(ascii.err.hasPrefix("dltutor: Chinese needs a UTF-8 locale"), "\(ascii.err)")
  }
}
