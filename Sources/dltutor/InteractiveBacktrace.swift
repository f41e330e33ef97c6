// InteractiveBacktrace: after a crash on a terminal, Swift's backtracer stops to ask "Press space
// to interact…". The tutor has already restored the terminal and printed what went wrong, so the
// question only holds the learner up. The runtime reads its setting once, at start, so dltutor
// sets it and starts itself again, once.

#if canImport(Glibc)
import Glibc
#endif

enum InteractiveBacktrace {
  /// Restarts this process with `SWIFT_BACKTRACE=interactive=no` unless the variable is already
  /// set (by the learner, by a test, or by this restart); carries on as it is if that fails.
  static func turnOff() {
    guard getenv("SWIFT_BACKTRACE") == nil, isatty(STDIN_FILENO) == 1 else { return }
    guard setenv("SWIFT_BACKTRACE", "interactive=no", 1) == 0 else { return }
    execv("/proc/self/exe", CommandLine.unsafeArgv)
  }
}
