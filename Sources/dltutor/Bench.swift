// `dltutor bench`: the fixed performance workloads of PRODUCT.md §7, in steps per second.
import ArgumentParser
import Foundation
import NeuralCore

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run the numeric core's performance workloads and print steps per second.",
    discussion: """
      Build with -c release for meaningful numbers. bench/compare.sh runs the NumPy reference beside it. \
      The matrix multiply uses AVX-512 where the CPU has it; DLTUTOR_KERNEL=avx2 forces the AVX2 kernel.
      """
  )

  @Option(help: "Seconds to spend on each workload.")
  var seconds: Double = 2

  @Flag(help: "Print the results as JSON.")
  var json = false

  @Option(help: "Run only the named workload (repeatable).")
  var only: [String] = []

  func validate() throws {
    for name in only where !BenchWorkload.all.contains(where: { $0.name == name }) {
      throw ValidationError("unknown workload '\(name)'; known: \(BenchWorkload.all.map(\.name).joined(separator: ", "))")
    }
    guard seconds > 0, seconds <= 600 else {
      throw ValidationError("--seconds must be in (0, 600], got \(seconds)")
    }
  }

  func run() throws {
    let results = BenchWorkload.all.filter { only.isEmpty || only.contains($0.name) }.map { measure($0) }
    if json {
      let entries = results.map {
        "{\"name\":\"\($0.name)\",\"steps_per_second\":\($0.stepsPerSecond),\"steps\":\($0.steps),\"seconds\":\($0.seconds)}"
      }
      print("{\"kernel\":\"\(GEMMKernel.active.rawValue)\",\"workloads\":[\(entries.joined(separator: ","))]}")
    } else {
      print("matrix kernel: \(GEMMKernel.active.rawValue)")
      for result in results {
        print(result.name.padding(toLength: 18, withPad: " ", startingAt: 0)
              + String(format: "%14.1f steps/s", result.stepsPerSecond))
      }
    }
  }

  /// One workload's outcome.
  struct Result {
    let name: String
    let steps: Int
    let seconds: Double
    var stepsPerSecond: Double { Double(steps) / seconds }
  }

  /// Builds the workload, warms it up (a fifth of the time, at most 0.2 s, as the reference
  /// does), then steps it until `seconds` have passed on the monotonic clock.
  func measure(_ workload: BenchWorkload) -> Result {
    let step = workload.make()
    let clock = ContinuousClock()
    let warmUpEnd = clock.now + .seconds(min(0.2, seconds / 5))
    while clock.now < warmUpEnd { step() }
    let start = clock.now
    let budget = Duration.seconds(seconds)
    var steps = 0
    while true {
      step()
      steps += 1
      let elapsed = start.duration(to: clock.now)
      if elapsed >= budget {
        let (whole, attoseconds) = elapsed.components
        return Result(name: workload.name, steps: steps, seconds: Double(whole) + Double(attoseconds) * 1e-18)
      }
    }
  }
}
