// TerminalApp: the run loop. Keys and frame ticks go through an inbox into `update`, effects are
// performed, and the screen is redrawn at most ~30 times a second.
//
// Experiments step in time slices on this same thread, between frames: a frame asks `update` for
// as many steps as fit in about 12 ms, measured from the previous frame, so input stays responsive
// and no second thread ever touches an experiment. When nothing runs, `get_wch` blocks with no
// timeout, so a paused tutor uses no CPU.

import Course
import Display
import TutorApp

/// How the terminal app draws.
public struct TerminalOptions: Sendable {
  public var charset: Charset
  /// Colours on (off under NO_COLOR or --no-color); meaning never depends on them.
  public var colors: Bool
  /// Crash on purpose after the first screen, to test that the terminal is restored.
  public var debugCrash: Bool

  public init(charset: Charset, colors: Bool, debugCrash: Bool = false) {
    self.charset = charset
    self.colors = colors
    self.debugCrash = debugCrash
  }
}

/// Runs the app in the terminal until it quits.
public enum TerminalApp {
  /// The shortest time between two screens: about 30 a second.
  static let frameInterval = Duration.milliseconds(33)
  /// The share of a frame experiments may step in, leaving the rest for drawing and input.
  static let stepBudget = Duration.milliseconds(12)

  /// Runs `model` until a quit effect. `save` receives every progress change (the progress store
  /// plugs in here) and returns any warning about the file, which goes back to `update` as a
  /// message so the learner reads it in the app.
  public static func run(
    _ initial: Model, options: TerminalOptions, save: (ProgressChange) -> [ProgressWarning] = { _ in [] }
  ) {
    var screen = TerminalScreen(colors: options.colors)
    defer { screen.restore() }
    var model = initial
    // Update lays out text in the charset the screen is drawn with, so its line numbers match.
    model.charset = options.charset
    let clock = ContinuousClock()
    var inbox: [Msg] = [.resized(width: screen.size.width, height: screen.size.height)]
    var lastDraw = clock.now - frameInterval
    var lastFrame = clock.now
    var frameSteps = 1
    var dirty = true
    var crashed = false

    // Warnings from the progress store, which go back to `update` without waiting for a key.
    var replies: [Msg] = []
    func perform(_ effects: [Effect]) {
      for effect in effects {
        switch effect {
        case .quit: model.quitting = true
        case .save(let change): replies += save(change).map(Msg.progressWarning)
        }
      }
    }

    while !model.quitting {
      for msg in inbox { perform(update(&model, msg)) }
      if !inbox.isEmpty { dirty = true }
      inbox = replies
      replies = []
      if model.quitting { break }

      let now = clock.now
      if dirty, now - lastDraw >= frameInterval {
        let (width, height) = screen.size
        screen.show(view(model, width: width, height: height, charset: options.charset))
        lastDraw = now
        dirty = false
        if options.debugCrash, !crashed {
          crashed = true
          fatalError("debug crash requested by --debug-crash")
        }
      }

      // Sleep until the next thing is due: a postponed draw, the next frame, or a key.
      var wait: Duration? = nil
      if dirty { wait = frameInterval - (clock.now - lastDraw) }
      if model.isAnimating {
        let untilFrame = frameInterval - (clock.now - lastFrame)
        wait = min(wait ?? untilFrame, untilFrame)
      }
      // Replies from the progress store are handled without waiting for a key.
      if !inbox.isEmpty { wait = .zero }
      switch screen.read(timeout: wait.map(milliseconds)) {
      case .key(let key): inbox.append(.key(key))
      case .resize:
        screen.invalidate()
        inbox.append(.resized(width: screen.size.width, height: screen.size.height))
      case .none: break
      }

      if model.isAnimating, clock.now - lastFrame >= frameInterval {
        let before = model.stepsTaken
        let start = clock.now
        // A frame can end a quiz question's run, whose answer is then saved.
        perform(update(&model, .frame(maxSteps: frameSteps)))
        frameSteps = nextBudget(steps: model.stepsTaken - before, took: clock.now - start, previous: frameSteps)
        lastFrame = clock.now
        dirty = true
      }
    }
  }

  /// How many steps fit in `stepBudget`, judged by the last frame; it grows at most fourfold a
  /// frame so one fast step does not promise a slow one.
  static func nextBudget(steps: Int, took: Duration, previous: Int) -> Int {
    guard steps > 0, took > .zero else { return min(previous * 4, 1_000_000) }
    let perStep = took / steps
    let fitting = Int(stepBudget / perStep)
    return max(1, min(fitting, previous * 4))
  }

  /// A wait rounded up to whole milliseconds, never negative.
  static func milliseconds(_ d: Duration) -> Int {
    let (seconds, attoseconds) = d.components
    return max(0, Int(seconds) * 1000 + Int((attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000))
  }
}
