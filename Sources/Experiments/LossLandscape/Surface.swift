// Surface: the 2-D loss functions of the loss-landscape experiment, each chosen to show one
// thing an optimizer meets in a real network's loss: a ravine, a poor local minimum, a saddle,
// a curved valley, bumps.

import Foundation

/// A differentiable function of two variables with what the lesson says about it.
public enum Surface: String, CaseIterable, Sendable {
  /// f = 0.1x² + 2y²: curvatures 0.2 and 4, a condition number of 20. Plain GD zig-zags across.
  case ravine
  /// f = (x² − 4)²/8 + x/2 + y²: a global minimum near x = −2.11 and a poorer one near x = 1.86.
  case doubleWell = "double-well"
  /// f = x² − y²: a saddle at the origin and no minimum at all.
  case saddle
  /// Rosenbrock's (1960) banana: f = (1 − x)² + 100(y − x²)², minimum at (1, 1) in a curved valley.
  case rosenbrock
  /// f = (x² + y²)/2 + 0.8·sin(2x)·sin(2y): a bowl with ripples, so several local minima.
  case bumpy

  /// The value f(x, y).
  public func value(_ x: Double, _ y: Double) -> Double {
    switch self {
    case .ravine: return 0.1 * x * x + 2 * y * y
    case .doubleWell: return (x * x - 4) * (x * x - 4) / 8 + x / 2 + y * y
    case .saddle: return x * x - y * y
    case .rosenbrock: return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
    case .bumpy: return (x * x + y * y) / 2 + 0.8 * sin(2 * x) * sin(2 * y)
    }
  }

  /// The gradient ∇f(x, y).
  public func gradient(_ x: Double, _ y: Double) -> (dx: Double, dy: Double) {
    switch self {
    case .ravine: return (0.2 * x, 4 * y)
    case .doubleWell: return (x * (x * x - 4) / 2 + 0.5, 2 * y)
    case .saddle: return (2 * x, -2 * y)
    case .rosenbrock: return (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x))
    case .bumpy: return (x + 1.6 * cos(2 * x) * sin(2 * y), y + 1.6 * sin(2 * x) * cos(2 * y))
    }
  }

  /// The largest curvature (Hessian eigenvalue) at the minimum the lesson points at (for the
  /// saddle, at the saddle point); gradient descent with step η is stable there only while
  /// η·λmax < 2. Checked against a finite-difference Hessian in the tests.
  public var largestCurvature: Double {
    switch self {
    case .ravine: return 4
    case .doubleWell: return 4.71  // along x at the global minimum, (3x² − 4)/2; 3.19 at the poorer one
    case .saddle: return 2
    case .rosenbrock: return 1001.6  // Hessian [[802, −400], [−400, 200]] at (1, 1)
    case .bumpy: return 4.2  // at most 1 + 3.2, where the ripples curve most
    }
  }

  /// The smallest and largest curvature (Hessian eigenvalues) at (x, y), from central differences
  /// of the gradient. A negative smallest curvature where the gradient vanishes marks a saddle.
  public func curvatures(at x: Double, _ y: Double) -> (smallest: Double, largest: Double) {
    let h = 1e-5
    let right = gradient(x + h, y), left = gradient(x - h, y), up = gradient(x, y + h), down = gradient(x, y - h)
    let fxx = (right.dx - left.dx) / (2 * h), fyy = (up.dy - down.dy) / (2 * h)
    let fxy = ((right.dy - left.dy) + (up.dx - down.dx)) / (4 * h)
    let mean = (fxx + fyy) / 2
    let spread = (((fxx - fyy) / 2) * ((fxx - fyy) / 2) + fxy * fxy).squareRoot()
    return (mean - spread, mean + spread)
  }

  /// The lowest point, for telling a learner whether the minimum found is the best one.
  public var globalMinimum: (x: Double, y: Double)? {
    switch self {
    case .ravine: return (0, 0)
    case .doubleWell: return (-2.1149, 0)
    case .saddle: return nil
    case .rosenbrock: return (1, 1)
    case .bumpy: return nil
    }
  }

  /// The region drawn by default: wide enough for the default start point.
  public var plotBounds: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
    switch self {
    case .ravine: return (-6...6, -3...3)
    case .doubleWell: return (-3.5...3.5, -2...2)
    case .saddle: return (-6...6, -3...3)
    case .rosenbrock: return (-2...2, -1...3)
    case .bumpy: return (-6...6, -3...3)
    }
  }
}
