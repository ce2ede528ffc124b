import Foundation

/// PowerShell's `WildcardPattern` (engine/regex.cs): `*`, `?`, `[abc]`, `[a-z]`, backtick escapes,
/// whole-string match. Compiled once into elements and matched without regular expressions.
///
/// Bracket expressions have no negation (`[!a]` is the set `!`, `a`); `]` right after `[` is a
/// member; a reversed range (`[z-a]`) or an unclosed `[` makes the pattern invalid
/// ("The specified wildcard character pattern is not valid: <pattern>", WildcardPattern_Invalid).
public struct WildcardPattern: Sendable {
  enum Element: Sendable {
    case literal(UInt16)
    case any
    case star
    case set(singles: [UInt16], ranges: [(UInt16, UInt16)])
  }

  /// The pattern text as given.
  public let pattern: String
  /// True for case-insensitive matching (`-like`; false for `-clike`).
  public let ignoreCase: Bool
  let elements: [Element]
  /// Set when the pattern is invalid; `matches` is then always false.
  public let error: RuntimeError?

  /// Compiles `pattern`; an invalid pattern is recorded in `error` (see `init(validating:)`).
  public init(_ pattern: String, ignoreCase: Bool = true) {
    self.pattern = pattern
    self.ignoreCase = ignoreCase
    let parsed = WildcardPattern.compile(pattern, ignoreCase: ignoreCase)
    self.elements = parsed ?? []
    self.error = parsed == nil ? WildcardPattern.invalidPatternError(pattern) : nil
  }

  /// Compiles `pattern`, throwing PowerShell's WildcardPatternException text when it is invalid.
  public init(validating pattern: String, ignoreCase: Bool = true) throws(RuntimeError) {
    self.init(pattern, ignoreCase: ignoreCase)
    if let error { throw error }
  }

  /// The WildcardPatternException PowerShell raises for an invalid pattern.
  public static func invalidPatternError(_ pattern: String) -> RuntimeError {
    RuntimeError(
      "The specified wildcard character pattern is not valid: \(pattern)", errorId: "WildcardPattern_Invalid",
      category: .invalidArgument, exceptionType: "System.Management.Automation.WildcardPatternException")
  }

  static func fold(_ c: UInt16) -> UInt16 {
    if c < 128 { return (c >= 65 && c <= 90) ? c + 32 : c }
    guard let scalar = Unicode.Scalar(c) else { return c }
    let lower = String(Character(scalar)).lowercased().utf16
    return lower.count == 1 ? (lower.first ?? c) : c
  }

  static func compile(_ pattern: String, ignoreCase: Bool) -> [Element]? {
    let tick: UInt16 = 96
    var elements: [Element] = []
    var prevEscape = false
    var inSet = false
    var setStart = false
    var contents: [UInt16] = []
    var operators: [Bool] = []
    let units = Array(pattern.utf16)
    for c in units {
      if inSet {
        if c == 93 && !setStart && !prevEscape {
          inSet = false
          var singles: [UInt16] = []
          var ranges: [(UInt16, UInt16)] = []
          var i = 0
          while i < contents.count {
            if i + 2 < contents.count && operators[i + 1] {
              let lo = contents[i], hi = contents[i + 2]
              if lo > hi { return nil }
              ranges.append((lo, hi))
              i += 3
            } else {
              singles.append(ignoreCase ? fold(contents[i]) : contents[i])
              i += 1
            }
          }
          elements.append(.set(singles: singles, ranges: ranges))
        } else if c != tick || prevEscape {
          contents.append(c)
          operators.append(c == 45 && !prevEscape)
        }
        setStart = false
      } else if c == 42 && !prevEscape {
        if case .star = elements.last {} else { elements.append(.star) }
      } else if c == 63 && !prevEscape {
        elements.append(.any)
      } else if c == 91 && !prevEscape {
        inSet = true
        setStart = true
        contents = []
        operators = []
      } else if c != tick || prevEscape {
        elements.append(.literal(ignoreCase ? fold(c) : c))
      }
      prevEscape = c == tick && !prevEscape
    }
    if inSet { return nil }
    if prevEscape && units != [tick] { elements.append(.literal(tick)) }
    return elements
  }

  @inline(__always)
  func matchOne(_ e: Element, _ c: UInt16, _ folded: UInt16) -> Bool {
    switch e {
    case .literal(let l): return l == folded
    case .any: return true
    case .star: return false
    case .set(let singles, let ranges):
      if singles.contains(folded) { return true }
      for (lo, hi) in ranges {
        if c >= lo && c <= hi { return true }
        if ignoreCase {
          if folded >= lo && folded <= hi { return true }
          if let s = Unicode.Scalar(c) {
            let up = String(Character(s)).uppercased().utf16
            if up.count == 1, let u = up.first, u >= lo && u <= hi { return true }
          }
        }
      }
      return false
    }
  }

  /// True when the whole of `s` matches the pattern.
  public func matches(_ s: String) -> Bool {
    if error != nil { return false }
    let text = Array(s.utf16)
    let folded = ignoreCase ? text.map(WildcardPattern.fold) : text
    var p = 0, t = 0
    var starP = -1, starT = 0
    while t < text.count {
      if p < elements.count {
        if case .star = elements[p] {
          starP = p
          starT = t
          p += 1
          continue
        }
        if matchOne(elements[p], text[t], folded[t]) {
          p += 1
          t += 1
          continue
        }
      }
      if starP >= 0 {
        p = starP + 1
        starT += 1
        t = starT
        continue
      }
      return false
    }
    while p < elements.count, case .star = elements[p] { p += 1 }
    return p == elements.count
  }

  /// True when `s` has an unescaped `*`, `?`, `[` or `]` (ContainsWildcardCharacters).
  public static func containsWildcard(_ s: String) -> Bool {
    var escaped = false
    for c in s.utf16 {
      if escaped { escaped = false; continue }
      if c == 96 { escaped = true; continue }
      if c == 42 || c == 63 || c == 91 || c == 93 { return true }
    }
    return false
  }

  /// Escapes `*`, `?`, `[`, `]` and the backtick with a backtick (WildcardPattern.Escape).
  public static func escape(_ s: String) -> String {
    var out = ""
    for ch in s {
      if "*?[]`".contains(ch) { out.append("`") }
      out.append(ch)
    }
    return out
  }

  /// Removes backticks before wildcard characters; a doubled backtick becomes one; other escapes are
  /// kept (WildcardPattern.Unescape).
  public static func unescape(_ s: String) -> String {
    var out = ""
    var prevEscape = false
    for ch in s {
      if ch == "`" {
        if prevEscape { out.append(ch); prevEscape = false } else { prevEscape = true }
        continue
      }
      if prevEscape && !"*?[]".contains(ch) { out.append("`") }
      out.append(ch)
      prevEscape = false
    }
    if prevEscape { out.append("`") }
    return out
  }
}
