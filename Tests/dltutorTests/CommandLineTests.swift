// The dltutor binary as a user runs it: exit codes, one-line errors, the documented output shapes.
import Foundation
import Testing

/// Runs the built `dltutor` with `arguments`, `input` on its standard input (none when nil);
/// returns its exit status, stdout and stderr.
func runDLTutor(
  _ arguments: [String], input: String? = nil, environment: [String: String] = [:]
) throws -> (status: Int32, out: String, err: String) {
  let binary = productsDirectory.appendingPathComponent("dltutor")
  let process = Process()
  process.executableURL = binary
  process.arguments = arguments
  var env = ProcessInfo.processInfo.environment
  env["SWIFT_BACKTRACE"] = "interactive=no"
  // Never touch the real progress file of whoever runs the tests.
  env["XDG_STATE_HOME"] = testStateHome
  // English in UTF-8 whatever the tester's locale, unless a test asks for another.
  env["LC_ALL"] = nil
  env["LC_MESSAGES"] = nil
  env["LANG"] = "C.UTF-8"
  // Dates in the transcripts are local: fix the zone so they do not depend on the machine.
  env["TZ"] = "UTC"
  for (k, v) in environment { env[k] = v }
  process.environment = env
  let inPipe = Pipe(), out = Pipe(), err = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
  try process.run()
  if let input {
    inPipe.fileHandleForWriting.write(Data(input.utf8))
    try inPipe.fileHandleForWriting.close()
  }
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// A private state folder for the binaries the tests run.
let testStateHome: String = {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-tests-\(getpid())").path
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  return folder
}()

/// The folder holding the test bundle and the built products (`.build/debug`).
let productsDirectory: URL = {
  let candidates = [Bundle.main.bundleURL] + Bundle.allBundles.map(\.bundleURL)
  for url in candidates {
    let folder = url.pathExtension == "xctest" ? url.deletingLastPathComponent() : url
    if FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("dltutor").path) { return folder }
  }
  return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
}()

@Suite struct CommandLineTests {
  @Test func versionAndHelp() throws {
    let version = try runDLTutor(["--version"])
    #expect(version.status == 0)
    #expect(version.out.hasPrefix("0."))
    let help = try runDLTutor(["--help"])
    #expect(help.status == 0)
    #expect(help.out.contains("run"))
    #expect(help.out.contains("bench"))
  }

  /// `--ascii` after a subcommand is the subcommand's, not swallowed by the root's flag of the same name.
  @Test func asciiAfterASubcommandDrawsASCII() throws {
    for arguments in [["run", "perceptron", "--steps", "5", "--ascii"], ["read", "perceptron", "--ascii"]] {
      let r = try runDLTutor(arguments)
      #expect(r.status == 0)
      #expect(r.out.unicodeScalars.allSatisfy { $0.isASCII }, "\(arguments)")
    }
  }

  @Test func unknownExperimentIsAOneLineErrorWithExitTwo() throws {
    let r = try runDLTutor(["run", "nope"])
    #expect(r.status == 2)
    #expect(r.err.hasPrefix("dltutor: unknown experiment \"nope\"; experiments: perceptron, "))
    #expect(r.err.split(separator: "\n").count == 1)
    #expect(r.out.isEmpty)
  }

  @Test func badKnobValueNamesTheRange() throws {
    let r = try runDLTutor(["run", "perceptron", "--set", "margin=5"])
    #expect(r.status == 2)
    #expect(r.err.contains("expected a number from 0.02 to 1"))
    let unknown = try runDLTutor(["run", "perceptron", "--set", "depth=3"])
    #expect(unknown.status == 2)
    #expect(unknown.err.contains("unknown knob \"depth\"; knobs: dataset, margin"))
    let unparsable = try runDLTutor(["run", "perceptron", "--steps", "many"])
    #expect(unparsable.status == 2)
  }

  @Test func jsonOutputHasTheDocumentedKeys() throws {
    let r = try runDLTutor(["run", "perceptron", "--set", "dataset=xor", "--format", "json"])
    #expect(r.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["experiment", "seed", "knobs", "steps", "status", "readouts", "series"])
    let status = try #require(object["status"] as? [String: Any])
    #expect(status["state"] as? String == "never-converges")
  }

  @Test func badCSVNamesTheLine() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-bad-\(getpid()).csv")
    try "0,0,0\n1,1\n".write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let r = try runDLTutor(["run", "perceptron", "--data", file.path])
    #expect(r.status == 2)
    #expect(r.err.contains("line 2: expected 3 fields, found 2"))
  }
}
