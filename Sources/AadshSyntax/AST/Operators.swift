/// Binary operators, with PowerShell's case-sensitivity prefixes kept as a separate flag.
public enum BinaryOperator: String, Sendable, CaseIterable {
  // Arithmetic
  case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
  case format = "-f", range = ".."
  // Comparison and text (accept -i/-c prefixes)
  case eq, ne, gt, ge, lt, le, like, notlike, match, notmatch, replace
  case contains, notcontains, `in`, notin, split, join
  // Type
  case `is`, isnot, `as`
  // Bitwise and logical
  case band, bor, bxor, shl, shr, and, or, xor
  // Null coalescing
  case nullCoalesce = "??"

  /// True for the operators that take a `c`/`i` case prefix (`-ceq`, `-ilike`, ...).
  public var acceptsCasePrefix: Bool {
    switch self {
    case .eq, .ne, .gt, .ge, .lt, .le, .like, .notlike, .match, .notmatch, .replace, .contains,
      .notcontains, .in, .notin, .split:
      return true
    default: return false
    }
  }
}

/// Whether a comparison was written case-sensitive (`-ceq`), explicitly insensitive (`-ieq`) or plain.
public enum CaseSensitivity: Sendable { case defaultInsensitive, insensitive, sensitive }

/// Unary operators (prefix and postfix).
public enum UnaryOperator: String, Sendable {
  case not = "-not", exclaim = "!", bnot = "-bnot", minus = "-", plus = "+"
  case preIncrement = "++", preDecrement = "--", postIncrement = "++ (postfix)", postDecrement = "-- (postfix)"
  /// Unary `,` wraps its operand in a one-element array.
  case comma = ","
  /// Unary `-split` (on whitespace) and `-join` (no separator); case prefixes allowed for split.
  case split = "-split", join = "-join"
}
