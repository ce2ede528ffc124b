import Foundation

/// PowerShell's arithmetic and bitwise operators (PSBinaryOperationBinder in Binders.cs, NumericOps.cs,
/// StringOps.cs, ArrayOps.cs, HashtableOps in MiscOps.cs): the left operand's type picks the operation,
/// integer results widen to double on overflow, strings convert through the numeric scanner.
public enum PSArith {
  enum Op { case add, sub, mul, div, rem }

  /// `+`: numbers (int32 overflow → double), string concatenation, array concatenation into a new
  /// `Object[]`, hashtable merge, `$null + $x` = `$x`.
  public static func add(_ lhs: PSValue, _ rhs: PSValue, ofs: String = " ") throws(RuntimeError) -> PSValue {
    if case .int(let a) = lhs, case .int(let b) = rhs { return intResult(Int64(a) + Int64(b)) }
    let l = lhs.unwrapped
    let r = rhs.unwrapped
    if case .object = l, let e = Enums.combine(l, r, &+) { return e }
    switch l {
    case .null: return rhs
    case .int, .long, .double, .decimal, .bool:
      return try numericBinary(.add, l, r, "op_Addition", "+")
    case .string(let s): return .string(s + PSConvert.toString(r, ofs: ofs))
    case .char(let c): return .string(String(utf16CodeUnits: [c], count: 1) + PSConvert.toString(r, ofs: ofs))
    case .array(let a):
      var items = a.items
      if case .array(let b) = r { items.append(contentsOf: b.items) } else { items.append(rhs) }
      return .array(PSArray(items))
    case .hashtable(let a):
      guard case .hashtable(let b) = r else {
        throw RuntimeError.invalidOperation(
          "A hash table can only be added to another hash table.", errorId: "AddHashTableToNonHashTable", target: l)
      }
      let result = a.copy()
      for e in b.entries {
        if let present = result.storedKey(e.key) {
          let k = PSConvert.toString(e.key)
          var err = RuntimeError(
            "Item has already been added. Key in dictionary: '\(PSConvert.toString(present))'  Key being added: '\(k)'",
            errorId: "System.ArgumentException", category: .operationStopped, targetObject: l)
          err.innerExceptionType = "System.ArgumentException"
          err.innerMessage = err.message
          throw err
        }
        result[e.key] = e.value
      }
      return .hashtable(result)
    case .dateTime(let d):
      if case .timeSpan(let t) = r { return .dateTime(PSDateTime(ticks: d.ticks &+ t.ticks, kind: d.kind)) }
    case .timeSpan(let t):
      if case .timeSpan(let u) = r { return .timeSpan(PSTimeSpan(ticks: t.ticks &+ u.ticks)) }
    default: break
    }
    throw operationError("op_Addition", "+", l, r)
  }

  /// `-`: numeric subtraction; strings on either side convert through the numeric scanner.
  public static func subtract(_ lhs: PSValue, _ rhs: PSValue) throws(RuntimeError) -> PSValue {
    if case .int(let a) = lhs, case .int(let b) = rhs { return intResult(Int64(a) - Int64(b)) }
    let l = lhs.unwrapped
    let r = rhs.unwrapped
    if case .object = l, let e = Enums.combine(l, r, &-) { return e }
    switch l {
    case .dateTime(let d):
      if case .dateTime(let e) = r { return .timeSpan(PSTimeSpan(ticks: d.ticks &- e.ticks)) }
      if case .timeSpan(let t) = r { return .dateTime(PSDateTime(ticks: d.ticks &- t.ticks, kind: d.kind)) }
    case .timeSpan(let t):
      if case .timeSpan(let u) = r { return .timeSpan(PSTimeSpan(ticks: t.ticks &- u.ticks)) }
    default: break
    }
    return try subDivRem(.sub, l, r, "op_Subtraction", "-")
  }

  /// `*`: numbers, `'ab' * 3` repeats a string, `@(1,2) * 2` repeats an array.
  public static func multiply(_ lhs: PSValue, _ rhs: PSValue) throws(RuntimeError) -> PSValue {
    if case .int(let a) = lhs, case .int(let b) = rhs { return intResult(Int64(a) * Int64(b)) }
    let l = lhs.unwrapped
    let r = rhs.unwrapped
    switch l {
    case .null: return .null
    case .int, .long, .double, .decimal:
      return try numericBinary(.mul, l, r, "op_Multiply", "*")
    case .string(let s):
      let times: Int32
      if case .string(let rs) = r {
        times = try PSConvert.toInt32(try scanOperand(rs, .int32))
      } else {
        times = try PSConvert.toInt32(r)
      }
      if times < 0 {
        var err = RuntimeError(
          "times ('\(times)') must be a non-negative value. (Parameter 'times')\nActual value was \(times).",
          errorId: "ArgumentOutOfRangeException", category: .notSpecified,
          exceptionType: "System.ArgumentOutOfRangeException", targetObject: l)
        err.innerMessage = err.message
        throw err
      }
      try MemoryLimits.checkString(s.utf16.count, times: Int(times))
      return .string(String(repeating: s, count: Int(times)))
    case .array(let a):
      let count: PSValue
      if case .string(let rs) = r { count = try scanOperand(rs, .int32) } else { count = r }
      guard case .long(let n) = try PSConvert.convert(count, to: .uint32).unwrapped else { return .array(PSArray([])) }
      try MemoryLimits.checkArray(a.count, times: Int(n))
      var items: [PSValue] = []
      items.reserveCapacity(a.count * Int(n))
      for _ in 0..<n { items.append(contentsOf: a.items) }
      let kind: PSArray.Kind
      switch a.kind {
      case .typedArray: kind = a.kind
      default: kind = .objectArray
      }
      return .array(PSArray(items, kind: kind))
    default:
      throw operationError("op_Multiply", "*", l, r)
    }
  }

  /// `/`: int / int stays integral only when exact, else double; integer or decimal division by
  /// zero throws "Attempted to divide by zero."; double division by zero gives ±Infinity.
  public static func divide(_ lhs: PSValue, _ rhs: PSValue) throws(RuntimeError) -> PSValue {
    try subDivRem(.div, lhs.unwrapped, rhs.unwrapped, "op_Division", "/")
  }

  /// `%`: the truncated remainder (sign of the dividend).
  public static func remainder(_ lhs: PSValue, _ rhs: PSValue) throws(RuntimeError) -> PSValue {
    try subDivRem(.rem, lhs.unwrapped, rhs.unwrapped, "op_Modulus", "%")
  }

  /// Unary `-`: numbers negate in their own type (wrapping for int.MinValue); anything else is `0 - x`.
  public static func negate(_ v: PSValue) throws(RuntimeError) -> PSValue {
    switch v.unwrapped {
    case .int(let i): return .int(0 &- i)
    case .long(let l): return .long(0 &- l)
    case .double(let d): return .double(-d)
    case .decimal(let d): return .decimal(-d)
    default: return try subtract(.int(0), v)
    }
  }

  static func subDivRem(_ op: Op, _ l: PSValue, _ r: PSValue, _ method: String, _ text: String)
    throws(RuntimeError) -> PSValue
  {
    switch l {
    case .null: return try numericBinary(op, .int(0), r, method, text)
    case .int, .long, .double, .decimal, .bool, .char:
      return try numericBinary(op, l, r, method, text)
    case .string(let s):
      let target: PSType
      switch r {
      case .int, .long, .double, .decimal: target = PSType.of(r)
      default: target = .int32
      }
      let ln = try scanOperand(s, target)
      return try numericBinary(op, ln, r, method, text)
    default:
      throw operationError(method, text, l, r)
    }
  }

  /// PowerShell's numeric string scan with coercion (Parser.ScanNumber(s, toType, true)).
  static func scanOperand(_ s: String, _ toType: PSType) throws(RuntimeError) -> PSValue {
    if let n = NumberScanner.scan(s) { return n }
    let t: PSType
    switch toType.kind {
    case .int32, .int64, .double, .decimal: t = toType
    default: t = .int32
    }
    return try PSConvert.convert(.string(s.trimmingCharacters(in: .whitespacesAndNewlines)), to: t)
  }

  /// The right operand of a numeric operation as a number (GetArgAsNumericOrPrimitive).
  static func numericRight(_ l: PSValue, _ r: PSValue, _ method: String, _ text: String) throws(RuntimeError)
    -> PSValue
  {
    switch r {
    case .null: return .int(0)
    case .int, .long, .double, .decimal: return r
    case .bool(let b): return .int(b ? 1 : 0)
    case .char(let c): return .int(Int32(c))
    case .string(let s): return try scanOperand(s, PSType.of(l))
    default: throw operationError(method, text, l, r)
    }
  }

  static func numericBinary(_ op: Op, _ lIn: PSValue, _ rIn: PSValue, _ method: String, _ text: String)
    throws(RuntimeError) -> PSValue
  {
    var l = lIn
    switch lIn {
    case .bool(let b): l = .int(b ? 1 : 0)
    case .char(let c): l = .int(Int32(c))
    default: break
    }
    let r = try numericRight(lIn, rIn, method, text)
    switch (l, r) {
    case (.int(let a), .int(let b)): return try intOp(op, a, b)
    case (.int, .long), (.long, .int), (.long, .long):
      return try longOp(op, (try? PSConvert.toInt64(l)) ?? 0, (try? PSConvert.toInt64(r)) ?? 0)
    default: break
    }
    if case .decimal = l { return try decimalOp(op, l, r) }
    if case .decimal = r { return try decimalOp(op, l, r) }
    return .double(doubleOp(op, PSConvert.numericToDouble(l) ?? 0, PSConvert.numericToDouble(r) ?? 0))
  }

  @inline(__always)
  static func intResult(_ v: Int64) -> PSValue {
    v >= Int64(Int32.min) && v <= Int64(Int32.max) ? .int(Int32(truncatingIfNeeded: v)) : .double(Double(v))
  }

  static func divideByZero() -> RuntimeError {
    var e = RuntimeError(
      "Attempted to divide by zero.", errorId: "RuntimeException", category: .notSpecified,
      exceptionType: "System.DivideByZeroException")
    e.innerExceptionType = "System.DivideByZeroException"
    e.innerMessage = "Attempted to divide by zero."
    return e
  }

  static func intOp(_ op: Op, _ a: Int32, _ b: Int32) throws(RuntimeError) -> PSValue {
    switch op {
    case .add: return intResult(Int64(a) + Int64(b))
    case .sub: return intResult(Int64(a) - Int64(b))
    case .mul: return intResult(Int64(a) * Int64(b))
    case .div:
      if b == 0 { throw divideByZero() }
      if a == Int32.min && b == -1 { return .double(-Double(a)) }
      if a % b == 0 { return .int(a / b) }
      return .double(Double(a) / Double(b))
    case .rem:
      if b == 0 { throw divideByZero() }
      if a == Int32.min && b == -1 { return .int(0) }
      return .int(a % b)
    }
  }

  static func longOp(_ op: Op, _ a: Int64, _ b: Int64) throws(RuntimeError) -> PSValue {
    func wide(_ v: (Int64, Bool), _ exact: () -> Double) -> PSValue { v.1 ? .double(exact()) : .long(v.0) }
    switch op {
    case .add: return wide(a.addingReportingOverflow(b)) { Double(Int128(a) + Int128(b)) }
    case .sub: return wide(a.subtractingReportingOverflow(b)) { Double(Int128(a) - Int128(b)) }
    case .mul: return wide(a.multipliedReportingOverflow(by: b)) { Double(Int128(a) * Int128(b)) }
    case .div:
      if b == 0 { throw divideByZero() }
      if a == Int64.min && b == -1 { return .double(-Double(a)) }
      if a % b == 0 { return .long(a / b) }
      return .double(Double(a) / Double(b))
    case .rem:
      if b == 0 { throw divideByZero() }
      if a == Int64.min && b == -1 { return .long(0) }
      return .long(a % b)
    }
  }

  static func doubleOp(_ op: Op, _ a: Double, _ b: Double) -> Double {
    switch op {
    case .add: return a + b
    case .sub: return a - b
    case .mul: return a * b
    case .div: return a / b
    case .rem: return a.truncatingRemainder(dividingBy: b)
    }
  }

  static func decimalOverflow() -> RuntimeError {
    var e = RuntimeError("Value was either too large or too small for a Decimal.", errorId: "RuntimeException")
    e.innerExceptionType = "System.OverflowException"
    e.innerMessage = e.message
    return e
  }

  static func decimalOp(_ op: Op, _ l: PSValue, _ r: PSValue) throws(RuntimeError) -> PSValue {
    guard let a = PSConvert.numericToDecimal(l), let b = PSConvert.numericToDecimal(r) else {
      throw decimalOverflow()
    }
    var result: Decimal
    switch op {
    case .add: result = a + b
    case .sub: result = a - b
    case .mul: result = a * b
    case .div:
      if b.isZero { throw divideByZero() }
      result = a / b
    case .rem:
      if b.isZero { throw divideByZero() }
      var q = a / b
      var t = Decimal()
      NSDecimalRound(&t, &q, 0, .down)
      if q < 0 && t != q { t = -(-q).rounded0Down() }
      result = a - t * b
    }
    if result.isNaN || abs(result) > PSConvert.decimalMax { throw decimalOverflow() }
    return .decimal(normalizeDecimal(result))
  }

  /// Rounds a decimal to what .NET's 96-bit decimal can hold: at most 28 fractional digits and
  /// a coefficient below 2^96.
  static let coefficientLimit = Decimal(string: "10000000000000000000000000000") ?? 0

  static func normalizeDecimal(_ d: Decimal) -> Decimal {
    if d.exponent >= -28 && abs(d.significand) < coefficientLimit { return d }
    let limit = PSConvert.decimalMax
    var scale = 28
    while scale > 0 {
      var input = d
      var r = Decimal()
      NSDecimalRound(&r, &input, scale, .bankers)
      var scaled = abs(r)
      var p = Decimal()
      _ = NSDecimalMultiplyByPowerOf10(&p, &scaled, Int16(scale), .plain)
      if p <= limit { return r }
      scale -= 1
    }
    var input = d
    var r = Decimal()
    NSDecimalRound(&r, &input, 0, .bankers)
    return r
  }
}

extension Decimal {
  fileprivate func rounded0Down() -> Decimal {
    var input = self
    var r = Decimal()
    NSDecimalRound(&r, &input, 0, .down)
    return r
  }
}

extension PSArith {
  enum BitOp { case and, or, xor }

  /// The error for an operator no rule covers: `Method invocation failed because [T] does not
  /// contain a method named 'op_Addition'.` or `The operation '[A] + [B]' is not defined.`
  /// (ParserOps.ImplicitOp in parserutils.cs).
  static func operationError(_ method: String, _ text: String, _ l: PSValue, _ r: PSValue) -> RuntimeError {
    func isPrimitive(_ v: PSValue) -> Bool {
      switch v {
      case .null, .bool, .int, .long, .double, .char: return true
      default: return false
      }
    }
    let opType: PSValue? = isPrimitive(l) ? (isPrimitive(r) ? nil : r) : l
    guard let t = opType else {
      let ln = l.isNull ? "$null" : PSType.of(l).fullName
      let rn = r.isNull ? "$null" : PSType.of(r).fullName
      return RuntimeError.invalidOperation(
        "The operation '[\(ln)] \(text) [\(rn)]' is not defined.", errorId: "NotADefinedOperationForType", target: l)
    }
    return RuntimeError.invalidOperation(
      "Method invocation failed because [\(PSType.of(t).fullName)] does not contain a method named '\(method)'.",
      errorId: "MethodNotFound", target: l)
  }

  /// `-band`.
  public static func band(_ l: PSValue, _ r: PSValue) throws(RuntimeError) -> PSValue {
    if case .int(let a) = l, case .int(let b) = r { return .int(a & b) }
    return try bitwise(.and, l.unwrapped, r.unwrapped, "op_BitwiseAnd", "-band")
  }

  /// `-bor`.
  public static func bor(_ l: PSValue, _ r: PSValue) throws(RuntimeError) -> PSValue {
    if case .int(let a) = l, case .int(let b) = r { return .int(a | b) }
    return try bitwise(.or, l.unwrapped, r.unwrapped, "op_BitwiseOr", "-bor")
  }

  /// `-bxor`.
  public static func bxor(_ l: PSValue, _ r: PSValue) throws(RuntimeError) -> PSValue {
    if case .int(let a) = l, case .int(let b) = r { return .int(a ^ b) }
    return try bitwise(.xor, l.unwrapped, r.unwrapped, "op_ExclusiveOr", "-bxor")
  }

  static func bitwise(_ op: BitOp, _ l: PSValue, _ r: PSValue, _ method: String, _ text: String)
    throws(RuntimeError) -> PSValue
  {
    if l.isNull && r.isNull { return .int(0) }
    if case .object = l {
      let combined = Enums.combine(l, r) { a, b in
        switch op {
        case .and: return a & b
        case .or: return a | b
        case .xor: return a ^ b
        }
      }
      if let combined { return combined }
    }
    func numeric(_ v: PSValue) -> PSValue? {
      switch v {
      case .null: return .int(0)
      case .int, .long, .double, .decimal: return v
      case .bool(let b): return .int(b ? 1 : 0)
      case .char(let c): return .int(Int32(c))
      default: return nil
      }
    }
    var a = numeric(l)
    var b = numeric(r)
    if a == nil, case .string(let s) = l { a = try scanOperand(s, .int32) }
    if b == nil, case .string(let s) = r { b = try scanOperand(s, .int32) }
    guard let x = a, let y = b else { throw operationError(method, text, l, r) }
    func apply<T: FixedWidthInteger>(_ p: T, _ q: T) -> T {
      switch op {
      case .and: return p & q
      case .or: return p | q
      case .xor: return p ^ q
      }
    }
    switch (x, y) {
    case (.int(let p), .int(let q)): return .int(apply(p, q))
    case (.int, .long), (.long, .int), (.long, .long):
      return .long(apply(try PSConvert.toInt64(x), try PSConvert.toInt64(y)))
    default:
      // Double/decimal operands go through UInt64 (signed result if either is negative).
      let p = try toUInt64Bits(x)
      let q = try toUInt64Bits(y)
      let res = apply(p, q)
      if isNegative(x) || isNegative(y) { return .long(Int64(bitPattern: res)) }
      return res <= UInt64(Int64.max) ? .long(Int64(res)) : .decimal(Decimal(res))
    }
  }

  static func isNegative(_ v: PSValue) -> Bool {
    switch v {
    case .int(let i): return i < 0
    case .long(let l): return l < 0
    case .double(let d): return d < 0
    case .decimal(let d): return d < 0
    default: return false
    }
  }

  static func toUInt64Bits(_ v: PSValue) throws(RuntimeError) -> UInt64 {
    switch v {
    case .int(let i): return UInt64(bitPattern: Int64(i))
    case .long(let l): return UInt64(bitPattern: l)
    default:
      if isNegative(v) { return UInt64(bitPattern: try PSConvert.toInt64(v)) }
      return UInt64(bitPattern: try PSConvert.toInt64(try PSConvert.convert(v, to: .uint64)))
    }
  }

  /// `-shl`: the shift count is masked to the operand width, like .NET's `<<`.
  public static func shl(_ l: PSValue, _ r: PSValue) throws(RuntimeError) -> PSValue {
    try shift(l, r, left: true)
  }

  /// `-shr`: arithmetic right shift for signed operands.
  public static func shr(_ l: PSValue, _ r: PSValue) throws(RuntimeError) -> PSValue {
    try shift(l, r, left: false)
  }

  static func shift(_ lhs: PSValue, _ rhs: PSValue, left: Bool) throws(RuntimeError) -> PSValue {
    var l = lhs.unwrapped
    var r = rhs.unwrapped
    if l.isNull { return .int(0) }
    if case .string(let s) = l { l = try scanOperand(s, .int32) }
    if case .string(let s) = r { r = try scanOperand(s, .int32) }
    let count = try PSConvert.toInt32(r)
    switch l {
    case .int(let i): return .int(left ? i &<< count : i &>> count)
    case .long(let v): return .long(left ? v &<< Int64(count) : v &>> Int64(count))
    case .double, .decimal:
      let d = PSConvert.numericToDouble(l) ?? 0
      if d >= Double(Int32.min) && d <= Double(Int32.max) {
        let i = try PSConvert.toInt32(l)
        return .int(left ? i &<< count : i &>> count)
      }
      if d >= 0 && d <= Double(UInt32.max) {
        let u = UInt32(try PSConvert.toInt64(l))
        return .long(Int64(left ? u &<< UInt32(truncatingIfNeeded: count) : u &>> UInt32(truncatingIfNeeded: count)))
      }
      let v = try PSConvert.toInt64(l)
      return .long(left ? v &<< Int64(count) : v &>> Int64(count))
    default:
      throw operationError(left ? "op_LeftShift" : "op_RightShift", left ? "-shl" : "-shr", l, r)
    }
  }

  /// `-bnot`: one's complement in the operand's width (int, long; doubles and decimals by range).
  public static func bnot(_ v: PSValue) throws(RuntimeError) -> PSValue {
    var x = v.unwrapped
    if case .string(let s) = x { x = try scanOperand(s, .int32) }
    switch x {
    case .int(let i): return .int(~i)
    case .long(let l): return .long(~l)
    case .double, .decimal:
      let d = PSConvert.numericToDouble(x) ?? 0
      if d >= Double(Int32.min) && d <= Double(Int32.max) { return .int(~(try PSConvert.toInt32(x))) }
      if d >= 0 && d <= Double(UInt32.max) { return .long(Int64(~UInt32(try PSConvert.toInt64(x)))) }
      return .long(~(try PSConvert.toInt64(x)))
    default:
      if let i = PSConvert.tryConvert(x, to: .int32), case .int(let n) = i { return .int(~n) }
      if let l = PSConvert.tryConvert(x, to: .int64), case .long(let n) = l { return .long(~n) }
      throw PSConvert.finalInvalidCast(x, .int32)
    }
  }
}
