import Foundation

/// PowerShell's comparison operators on two scalars (`-eq`, `-lt`...; PSBinaryOperationBinder in
/// Binders.cs and LanguagePrimitives.Equals/Compare): the left operand's type drives conversion of
/// the right one. Array left operands are filtered by the caller.
public enum PSCompare {
  /// `-eq` / `-ieq` / `-ceq` on scalars: `"10" -eq 10`, `10 -eq "10.0"`, `$true -eq 'false'` are true;
  /// a right operand that cannot be converted makes the values unequal (no error).
  public static func equals(_ lhs: PSValue, _ rhs: PSValue, ignoreCase: Bool) -> Bool {
    if case .int(let a) = lhs, case .int(let b) = rhs { return a == b }
    let l = lhs.unwrapped
    let r = rhs.unwrapped
    switch l {
    case .null: return r.isNull
    case .string(let a):
      if r.isNull { return false }
      let b: String
      if case .string(let s) = r { b = s } else { b = PSConvert.toString(r) }
      return stringEquals(a, b, ignoreCase: ignoreCase)
    case .int, .long, .double, .decimal:
      if r.isNull { return false }
      if let n = numericOperand(r) { return numericCompare(l, n) == 0 }
      if case .string(let s) = r {
        guard let n = try? PSArith.scanOperand(s, PSType.of(l)) else { return false }
        return numericCompare(l, n) == 0
      }
      return false
    case .char(let c):
      if r.isNull { return false }
      if ignoreCase {
        if case .char(let d) = r { return upper(c) == upper(d) }
        if case .string(let s) = r {
          let u = Array(s.utf16)
          return u.count == 1 && upper(c) == upper(u[0])
        }
      }
      if case .char(let d) = r { return c == d }
      guard case .char(let d)? = PSConvert.tryConvert(r, to: .char) else { return false }
      return c == d
    case .bool(let a):
      if r.isNull { return false }
      return a == PSConvert.toBool(r)
    case .dateTime(let a):
      guard case .dateTime(let b)? = PSConvert.tryConvert(r, to: .dateTime) else { return false }
      return a.ticks == b.ticks
    case .timeSpan(let a):
      guard case .timeSpan(let b)? = PSConvert.tryConvert(r, to: .timeSpan) else { return false }
      return a.ticks == b.ticks
    case .guid(let a):
      guard case .guid(let b)? = PSConvert.tryConvert(r, to: .guid) else { return false }
      return a == b
    case .array(let a):
      if case .array(let b) = r { return a === b }
      return false
    case .hashtable(let a):
      if case .hashtable(let b) = r { return a === b }
      return false
    case .scriptBlock(let a):
      if case .scriptBlock(let b) = r { return a === b }
      return false
    case .object(let a):
      if case .object(let b) = r {
        if a === b { return true }
        if let x = a.native as? EnumValue, let y = b.native as? EnumValue { return x.typeName == y.typeName && x.value == y.value }
        if let x = a.native as? VersionValue, let y = b.native as? VersionValue { return x.toString() == y.toString() }
        return false
      }
      if let x = a.native as? SemanticVersionValue { return SemanticVersionValue.triple(of: r) == x.triple }
      // A version compares with text that converts to a version (`[version]'1.2' -eq '1.2'`).
      if let x = a.native as? VersionValue {
        guard case .object(let o)? = PSConvert.tryConvert(r, to: .version), let y = o.native as? VersionValue else {
          return false
        }
        return x.parts == y.parts
      }
      // An enum compares with a name (case-insensitive) or with its number.
      if let e = a.native as? EnumValue {
        switch r {
        case .string(let s): return stringEquals(e.name, s.trimmingCharacters(in: .whitespaces), ignoreCase: true)
        case .int, .long: return (try? PSConvert.toInt64(r)) == e.value
        default: return false
        }
      }
      return false
    }
  }

  /// `-lt -le -gt -ge` on scalars: negative, zero or positive. `$null` sorts below everything (and
  /// below non-negative numbers, above negative ones); strings compare culture-aware.
  public static func compare(_ lhs: PSValue, _ rhs: PSValue, ignoreCase: Bool) throws(RuntimeError) -> Int {
    if case .int(let a) = lhs, case .int(let b) = rhs { return a < b ? -1 : (a == b ? 0 : 1) }
    let l = lhs.unwrapped
    let r = rhs.unwrapped
    if l.isNull { return r.isNull ? 0 : compareToNull(r, numberOnRight: true) }
    if r.isNull { return compareToNull(l, numberOnRight: false) }
    switch l {
    case .string(let a):
      let b: String
      if case .string(let s) = r { b = s } else { b = PSConvert.toString(r) }
      return cultureCompare(a, b, ignoreCase: ignoreCase)
    case .int, .long, .double, .decimal:
      if let n = numericOperand(r) { return numericCompare(l, n) }
      if case .string(let s) = r { return numericCompare(l, try PSArith.scanOperand(s, PSType.of(l))) }
      throw comparisonFailure(l, r, PSType.of(l))
    case .bool(let a):
      let b = PSConvert.toBool(r)
      return a == b ? 0 : (a ? 1 : -1)
    case .char(let c):
      let d = try convertForCompare(l, r, .char)
      guard case .char(let dc) = d else { return 0 }
      return c < dc ? -1 : (c == dc ? 0 : 1)
    case .dateTime(let a):
      guard case .dateTime(let b) = try convertForCompare(l, r, .dateTime) else { return 0 }
      return a.ticks < b.ticks ? -1 : (a.ticks == b.ticks ? 0 : 1)
    case .timeSpan(let a):
      guard case .timeSpan(let b) = try convertForCompare(l, r, .timeSpan) else { return 0 }
      return a.ticks < b.ticks ? -1 : (a.ticks == b.ticks ? 0 : 1)
    case .guid(let a):
      guard case .guid(let b) = try convertForCompare(l, r, .guid) else { return 0 }
      return cultureCompare(a.uuidString.lowercased(), b.uuidString.lowercased(), ignoreCase: false)
    case .object(let o) where o.native is SemanticVersionValue:
      guard let a = o.native as? SemanticVersionValue, let b = SemanticVersionValue.triple(of: r) else {
        throw RuntimeError.invalidOperation(
          "Could not compare \"\(PSConvert.toString(l))\" to \"\(PSConvert.toString(r))\".", errorId: "ComparisonFailure",
          target: l)
      }
      return a.triple.lexicographicallyPrecedes(b) ? -1 : (a.triple == b ? 0 : 1)
    case .object(let o) where o.native is VersionValue:
      // System.Version is IComparable: part by part, an absent part (-1) before any present one.
      guard let a = o.native as? VersionValue, case .object(let p) = try convertForCompare(l, r, .version),
        let b = p.native as? VersionValue
      else { return 0 }
      return a.parts.lexicographicallyPrecedes(b.parts) ? -1 : (a.parts == b.parts ? 0 : 1)
    default:
      if equals(l, r, ignoreCase: ignoreCase) { return 0 }
      throw RuntimeError.invalidOperation(
        "Cannot compare \"\(PSConvert.toString(l))\" because it is not IComparable.", errorId: "NotIcomparable",
        target: l)
    }
  }

  static func convertForCompare(_ l: PSValue, _ r: PSValue, _ t: PSType) throws(RuntimeError) -> PSValue {
    do { return try PSConvert.convert(r, to: t) } catch {
      throw RuntimeError.invalidOperation(
        "Could not compare \"\(PSConvert.toString(l))\" to \"\(PSConvert.toString(r))\". Error: \"\(error.message)\"",
        errorId: "ComparisonFailure", target: l)
    }
  }

  static func comparisonFailure(_ l: PSValue, _ r: PSValue, _ t: PSType) -> RuntimeError {
    let inner = PSConvert.finalInvalidCast(r, t).message
    return RuntimeError.invalidOperation(
      "Could not compare \"\(PSConvert.toString(l))\" to \"\(PSConvert.toString(r))\". Error: \"\(inner)\"",
      errorId: "ComparisonFailure", target: l)
  }

  /// LanguagePrimitives.CompareObjectToNull: non-negative numbers and non-numbers are above `$null`.
  static func compareToNull(_ v: PSValue, numberOnRight: Bool) -> Int {
    let i = numberOnRight ? -1 : 1
    let negative: Bool
    switch v {
    case .int(let x): negative = x < 0
    case .long(let x): negative = x < 0
    case .double(let x): negative = x < 0
    case .decimal(let x): negative = x < 0
    default: negative = false
    }
    return negative ? -i : i
  }

  /// A right operand usable directly in a numeric comparison (numbers, bool, char).
  @inline(__always)
  static func numericOperand(_ v: PSValue) -> PSValue? {
    switch v {
    case .int, .long, .double, .decimal: return v
    case .bool(let b): return .int(b ? 1 : 0)
    case .char(let c): return .int(Int32(c))
    default: return nil
    }
  }

  /// Numeric comparison in the wider of the two types (NumericOps.cs; decimal vs double compares as
  /// decimal unless the double does not fit one).
  static func numericCompare(_ a: PSValue, _ b: PSValue) -> Int {
    func sign<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
    switch (a, b) {
    case (.int(let x), .int(let y)): return sign(x, y)
    case (.int(let x), .long(let y)): return sign(Int64(x), y)
    case (.long(let x), .int(let y)): return sign(x, Int64(y))
    case (.long(let x), .long(let y)): return sign(x, y)
    default: break
    }
    let isDecimal: Bool
    if case .decimal = a { isDecimal = true } else if case .decimal = b { isDecimal = true } else { isDecimal = false }
    if isDecimal, let x = PSConvert.numericToDecimal(a), let y = PSConvert.numericToDecimal(b) { return sign(x, y) }
    let x = PSConvert.numericToDouble(a) ?? 0
    let y = PSConvert.numericToDouble(b) ?? 0
    if x.isNaN || y.isNaN { return x.isNaN && y.isNaN ? 0 : (x.isNaN ? -1 : 1) }
    return sign(x, y)
  }

  static func upper(_ c: UInt16) -> UInt16 {
    if c >= 0x61 && c <= 0x7A { return c - 32 }
    if c < 0x80 { return c }
    let s = String(utf16CodeUnits: [c], count: 1).uppercased().utf16
    return s.count == 1 ? (s.first ?? c) : c
  }

  /// String equality under the invariant culture (ordinal for the case-sensitive ASCII case).
  public static func stringEquals(_ a: String, _ b: String, ignoreCase: Bool) -> Bool {
    if ignoreCase { return a.caseInsensitiveEquals(b) }
    return a == b
  }

  /// Invariant-culture collation as ICU orders it for ASCII: whitespace, punctuation and symbols,
  /// digits, then letters alphabetically with lower case before upper case at the first case
  /// difference; control characters are ignored.
  public static func cultureCompare(_ a: String, _ b: String, ignoreCase: Bool) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    var i = 0
    var j = 0
    var caseDiff = 0
    while true {
      while i < x.count && weight(x[i]) == 0 { i += 1 }
      while j < y.count && weight(y[j]) == 0 { j += 1 }
      if i == x.count || j == y.count {
        if i == x.count && j == y.count { break }
        return i == x.count ? -1 : 1
      }
      let wx = weight(x[i])
      let wy = weight(y[j])
      if wx != wy { return wx < wy ? -1 : 1 }
      if caseDiff == 0 && x[i] != y[j] {
        let lx = x[i].properties.isLowercase
        let ly = y[j].properties.isLowercase
        if lx != ly { caseDiff = lx ? -1 : 1 }
      }
      i += 1
      j += 1
    }
    return ignoreCase ? 0 : caseDiff
  }

  static let asciiOrder: [UInt32] = {
    var table = [UInt32](repeating: 0, count: 128)
    let order = "\t\n\u{0B}\u{0C}\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz"
    for (k, s) in order.unicodeScalars.enumerated() {
      table[Int(s.value)] = UInt32(k + 1)
      if s.value >= 0x61 && s.value <= 0x7A { table[Int(s.value) - 32] = UInt32(k + 1) }
    }
    return table
  }()

  @inline(__always)
  static func weight(_ s: Unicode.Scalar) -> UInt32 {
    if s.value < 128 { return asciiOrder[Int(s.value)] }
    if s.value == 0xAD || (s.value >= 0x200B && s.value <= 0x200F) || s.value == 0xFEFF { return 0 }
    let lowered = s.properties.lowercaseMapping.unicodeScalars.first?.value ?? s.value
    return 1000 + lowered
  }
}
