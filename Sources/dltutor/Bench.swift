// `dltutor bench`: the fixed performance workloads of PRODUCT.md §7, in steps per second.
import ArgumentParser
import NeuralCore

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run the numeric core's performance workloads and print steps per second.",
    discussion: "Build with -c release for meaningful numbers. bench/compare.sh runs the NumPy reference beside it."
  )

  @Option(help: "Seconds to spend on each workload.")
  var seconds: Double = 2

  @Flag(help: "Print the results as JSON.")
  var json = false

  func validate() throws {
    guard seconds > 0, seconds <= 600 else {
      throw ValidationError("--seconds must be in (0, 600], got \(seconds)")
    }
  }

  func run() throws {
    throw ValidationError("bench: the workloads are not wired yet")
  }
}
