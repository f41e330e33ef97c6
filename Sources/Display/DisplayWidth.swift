// DisplayWidth: how many terminal columns a character or string occupies, from our own table.

/// The number of terminal columns a grapheme occupies: 0, 1 or 2.
///
/// Our own table rather than the C library's `wcwidth`, so results do not depend on the
/// process locale; a test checks that it agrees with glibc's `wcwidth` under `C.UTF-8`,
/// because ncursesw advances the cursor by `wcwidth` and any disagreement shears the row.
///
/// - A grapheme's width is the sum of its scalars' widths, capped at 2 — what ncursesw does
///   when combining marks (width 0) attach to the preceding cell.
/// - Control characters (C0, DEL, C1) count as 0: they are never drawn. glibc says -1.
/// - Combining and enclosing marks, format characters (except the soft hyphen and the
///   prepended concatenation marks such as U+0600, which glibc draws visibly) and Hangul
///   medial vowels and final consonants (U+1160–U+11FF, U+D7B0–U+D7FF, which glibc treats
///   as joining the preceding syllable) count as 0. Marks are recognised by the general
///   category in the Swift runtime's Unicode tables; where those are newer than glibc's a
///   rare scalar can differ (the agreement test lists the one known case, in Ahom).
/// - East Asian Wide and Fullwidth characters, and the emoji glibc 2.36 treats as wide,
///   count as 2.
/// - Everything else, including scalars glibc does not know yet (it returns -1 for them,
///   e.g. the Unicode 16 octants at U+1CD00), counts as 1. Do not draw such scalars: the
///   terminal and ncurses will not agree on them.
public func displayWidth(_ c: Character) -> Int {
  // Fast path for the overwhelmingly common case of printable ASCII.
  if let ascii = c.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
  var total = 0
  for scalar in c.unicodeScalars { total += scalarWidth(scalar) }
  return min(total, 2)
}

/// The number of terminal columns a string occupies: the sum of its graphemes' widths.
public func displayWidth(_ s: String) -> Int {
  var total = 0
  for c in s { total += displayWidth(c) }
  return total
}

/// The width of one Unicode scalar: 0, 1 or 2 (see `displayWidth(_:)` for the rules).
public func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
  let v = scalar.value
  if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
  // Latin-1 and Latin Extended hold no marks; the soft hyphen U+00AD is Cf but glibc draws it.
  if v < 0x300 { return 1 }
  // Hangul medial vowels and final consonants join the preceding syllable (glibc: 0).
  if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
  switch scalar.properties.generalCategory {
  case .nonspacingMark, .enclosingMark:
    return 0
  case .format:
    // Prepended concatenation marks (Arabic number signs and the like) are format
    // characters that still draw a visible sign, so glibc gives them a column.
    return prependedConcatenationMarks.contains(where: { $0.contains(v) }) ? 1 : 0
  default:
    break
  }
  return isWide(v) ? 2 : 1
}

/// Whether a scalar value falls in one of the double-width ranges (binary search).
private func isWide(_ v: UInt32) -> Bool {
  guard v >= 0x1100 else { return false }
  var low = 0
  var high = wideRanges.count - 1
  while low <= high {
    let mid = (low + high) / 2
    let range = wideRanges[mid]
    if v < range.lowerBound {
      high = mid - 1
    } else if v > range.upperBound {
      low = mid + 1
    } else {
      return true
    }
  }
  return false
}

/// Format characters that glibc, following Unicode's Prepended_Concatenation_Mark property, draws.
private let prependedConcatenationMarks: [ClosedRange<UInt32>] = [
  0x0600...0x0605, 0x06DD...0x06DD, 0x070F...0x070F, 0x0890...0x0891, 0x08E2...0x08E2,
  0x110BD...0x110BD, 0x110CD...0x110CD,
]

/// Double-width scalar ranges, sorted: East Asian Wide/Fullwidth plus the emoji that glibc
/// 2.36 draws wide. Adjacent ranges separated only by unassigned scalars are merged, which
/// keeps the table short; CJK planes 2 and 3 are wide throughout, as glibc has them.
private let wideRanges: [ClosedRange<UInt32>] = [
  0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC,
  0x23F0...0x23F0, 0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615,
  0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
  0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE,
  0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
  0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
  0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755,
  0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0, 0x27BF...0x27BF,
  0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x3029,
  0x302E...0x303E, 0x3041...0x3096, 0x309B...0xA4C6, 0xA960...0xA97C,
  0xAC00...0xD7A3, 0xF900...0xFAD9, 0xFE10...0xFE19, 0xFE30...0xFE6B,
  0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE3, 0x16FF0...0x1B2FB,
  0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
  0x1F200...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
  0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
  0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D,
  0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596,
  0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC,
  0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC,
  0x1F7E0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
  0x1FA70...0x1FAF6, 0x20000...0x3FFFD,
]
