import AadshSyntax
import Foundation

/// PowerShell's `LanguagePrimitives.ConvertTo` and friends: casts, `-as`, truthiness, string
/// conversion and the numeric-string rules, reproducing PowerShell 7's results and error texts.
public enum PSConvert {
  /// Converters for types whose values live outside this layer (`[regex]`, `[version]`, `[xml]`,
  /// `[ipaddress]`...), keyed by lower-cased full type name; `nil` result means "cannot convert".
  public static let customConverters = LockedRegistry<@Sendable (PSValue) throws -> PSValue?>()

  /// Parses a date for `[datetime]'...'` casts (invariant culture); replaceable by a fuller parser.
  nonisolated(unsafe) public static var dateTimeParser: (String) -> PSDateTime? = PSConvert.parseInvariantDate

  /// PowerShell's numeric-string scan (Parser.ScanNumber): trims whitespace, accepts a sign, hex
  /// `0x`, binary `0b`, type suffixes and `kb`..`pb` multipliers; typed int32 → int64 → decimal → double.
  public static func parseNumber(_ s: String) -> PSValue? { NumberScanner.scan(s) }

  /// The value of a numeric literal (narrow .NET integer types map to int, unsigned ones to long).
  public static func literal(_ l: LiteralValue) -> PSValue {
    switch l {
    case .int32(let i): return .int(i)
    case .int64(let l): return .long(l)
    case .double(let d): return .double(d)
    case .decimal(let s): return .decimal(Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")) ?? 0)
    case .uint32(let u): return .long(Int64(u))
    case .uint64(let u): return u <= UInt64(Int64.max) ? .long(Int64(u)) : .decimal(Decimal(u))
    case .int16(let i): return .int(Int32(i))
    case .uint16(let u): return .int(Int32(u))
    case .sbyte(let b): return .int(Int32(b))
    case .byte(let b): return .int(Int32(b))
    case .bigInteger(let s):
      if let l = Int64(s) { return .long(l) }
      if let d = Decimal(string: s), abs(d) <= decimalMax { return .decimal(d) }
      return .double(Double(s) ?? 0)
    }
  }

  /// The separator arrays are joined with when converted to a string: `$OFS` as seen from the running
  /// code, a space when it is unset or `$null` (PSObject.GetSeparator).
  static func sessionSeparator() -> String {
    guard let v = ActiveContext.current?.currentScope.lookup("ofs")?.value, !v.isNull else { return " " }
    return toString(v)
  }

  /// The narrow type a suffixed literal has (`5u` UInt32, `5uy` Byte, `5n` BigInteger), `nil` for the
  /// Int32, Int64, Double and Decimal literals.
  public static func literalType(_ l: LiteralValue) -> PSType? {
    switch l {
    case .uint32: return .uint32
    case .uint64: return .uint64
    case .int16: return .int16
    case .uint16: return .uint16
    case .sbyte: return .sbyte
    case .byte: return .byte
    case .bigInteger: return .bigInteger
    default: return nil
    }
  }

  /// `-as [T]`: the converted value, or `nil` when the conversion fails.
  public static func tryConvert(_ v: PSValue, to t: PSType) -> PSValue? {
    do { return try convert(v, to: t) } catch { return nil }
  }

  /// A cast `[T]$v` (LanguagePrimitives.ConvertTo): numeric parsing of strings, banker's rounding,
  /// element-wise array conversion; failures throw PowerShell's PSInvalidCastException texts.
  /// An array converted to `[string]` is joined with `ofs`, by default the session's `$OFS` (a space when unset).
  public static func convert(_ value: PSValue, to t: PSType, ofs: String? = nil) throws(RuntimeError) -> PSValue {
    var v = value.unwrapped
    if case .object(let o) = v, let e = o.native as? EnumValue {
      switch t.kind {
      case .int32, .int64, .int16, .uint16, .byte, .sbyte, .uint32, .uint64, .double, .single, .decimal, .bigInteger:
        v = .long(e.value)
      default: break
      }
    }
    if t.kind == .other, let def = Enums.builtin[t.fullName] {
      return try def.convert(value)
    }
    switch t.kind {
    case .object, .psObject: return value
    case .string:
      if case .null = v { return .string("") }
      if case .array = v { return .string(toString(v, ofs: ofs ?? sessionSeparator())) }
      return .string(toString(v))
    case .bool, .switchParameter: return .bool(toBool(v))
    case .int32:
      if case .int = v { return v }
      return try toInteger(v, t)
    case .int64, .char:
      return try toInteger(v, t)
    case .int16, .uint16, .byte, .sbyte, .uint32, .uint64, .bigInteger:
      return PSType.typedNumber(try toInteger(v, t), t)
    case .double:
      return .double(try toDoubleValue(v, t))
    case .single:
      return PSType.typedNumber(.double(Double(Float(try toDoubleValue(v, t)))), t)
    case .decimal: return .decimal(try toDecimalValue(v, t))
    case .void: return .null
    case .array:
      switch v {
      case .null, .array: return v
      default: return .array(PSArray([value]))
      }
    case .objectArray, .typedArray: return try toArray(value, t)
    case .arrayList, .genericList: return try toList(value, t)
    case .hashtable, .orderedDictionary:
      if case .hashtable(let h) = v {
        if h.isOrdered == (t.kind == .orderedDictionary) { return v }
        let c = h.copy()
        c.isOrdered = t.kind == .orderedDictionary
        return .hashtable(c)
      }
      if case .null = v { return .null }
    case .psCustomObject:
      if case .hashtable(let h) = v {
        let o = PSObject()
        for e in h.entries { o.setNote(toString(e.key), e.value) }
        return .object(o)
      }
      return value
    case .dateTime:
      switch v {
      case .dateTime: return v
      case .string(let s):
        if let d = dateTimeParser(s) { return .dateTime(d) }
        throw invalidCast(
          v, t, inner: "String '\(s)' was not recognized as a valid DateTime.", id: "InvalidCastParseTargetInvocation")
      default: break
      }
    case .timeSpan:
      switch v {
      case .timeSpan: return v
      case .int(let i): return .timeSpan(PSTimeSpan(ticks: Int64(i)))
      case .long(let l): return .timeSpan(PSTimeSpan(ticks: l))
      case .string(let s):
        if let ts = parseTimeSpan(s) { return .timeSpan(ts) }
        throw invalidCast(
          v, t, inner: "String '\(s)' was not recognized as a valid TimeSpan.", id: "InvalidCastParseTargetInvocation")
      default: break
      }
    case .guid:
      switch v {
      case .guid: return v
      case .string(let s):
        if let g = parseGuid(s) { return .guid(g) }
        throw invalidCast(v, t, inner: "Unrecognized Guid format.", id: "InvalidCastConstructorException")
      default: break
      }
    case .scriptBlock:
      if case .scriptBlock = v { return v }
    default: break
    }
    if case .null = v {
      if t.baseTypes.contains("System.ValueType") {
        throw RuntimeError.invalidCast(
          "Cannot convert null to type \"\(t.fullName)\".", errorId: "nullToObjectInvalidCast", target: v)
      }
      return .null
    }
    if t.isInstance(value) { return value }
    if let custom = customConverters[t.fullName.lowercased()] {
      do {
        if let r = try custom(value) { return r }
      } catch let e as RuntimeError {
        throw e
      } catch {
        throw invalidCast(v, t, inner: "\(error)", id: "InvalidCastConstructorException")
      }
    }
    throw finalInvalidCast(v, t)
  }

  /// `Cannot convert the "x" value of type "T" to type "U".` (ConvertToFinalInvalidCastException).
  static func finalInvalidCast(_ v: PSValue, _ t: PSType) -> RuntimeError {
    RuntimeError.invalidCast(
      "Cannot convert the \"\(dotnetToString(v))\" value of type \"\(PSType.of(v).fullName)\" "
        + "to type \"\(t.fullName)\".",
      errorId: "ConvertToFinalInvalidCastException", target: v)
  }

  /// `Cannot convert value "x" to type "T". Error: "inner"` with the given error id.
  static func invalidCast(_ v: PSValue, _ t: PSType, inner: String, id: String) -> RuntimeError {
    RuntimeError.invalidCast(
      "Cannot convert value \"\(dotnetToString(v))\" to type \"\(t.fullName)\". Error: \"\(inner)\"",
      errorId: id, target: v)
  }

  /// `[int]$v` and the other integral casts.
  static func toInteger(_ v: PSValue, _ t: PSType) throws(RuntimeError) -> PSValue {
    let k = t.kind == .bigInteger ? PSType.Kind.int64 : t.kind
    switch v {
    case .null: return k == .char ? .char(0) : integerValue(0, k)
    case .int, .long, .double, .decimal, .bool, .char:
      switch numericToInteger(v, k) {
      case .success(let r): return r
      case .failure(let f):
        if f.message.isEmpty { throw finalInvalidCast(v, t) }
        throw invalidCast(v, t, inner: f.message, id: "InvalidCastIConvertible")
      }
    case .string(let s):
      if k == .char {
        let u = Array(s.utf16)
        if u.count == 1 { return .char(u[0]) }
        throw invalidCast(v, t, inner: "String must be exactly one character long.", id: "InvalidCastIConvertible")
      }
      if s.isEmpty { return integerValue(0, k) }
      if let n = NumberScanner.scan(s), case .success(let r) = numericToInteger(n, k) { return r }
      switch systemIntegerParse(s, k) {
      case .success(let r): return r
      case .failure(let f):
        if f.isFormat, let d = systemDoubleParse(s), case .success(let r) = numericToInteger(.double(d), k) {
          return r
        }
        throw RuntimeError.invalidCast(
          "Cannot convert value \"\(s)\" to type \"\(t.fullName)\". Error: \"\(f.message)\"",
          errorId: "InvalidCastFromStringToInteger", target: v)
      }
    default:
      throw finalInvalidCast(v, t)
    }
  }

  static func toDoubleValue(_ v: PSValue, _ t: PSType) throws(RuntimeError) -> Double {
    switch v {
    case .null: return 0
    case .string(let s):
      if s.isEmpty { return 0 }
      if let n = NumberScanner.scan(s), let d = numericToDouble(n) { return d }
      if let d = systemDoubleParse(s) { return d }
      throw RuntimeError.invalidCast(
        "Cannot convert value \"\(s)\" to type \"\(t.fullName)\". "
          + "Error: \"The input string '\(s)' was not in a correct format.\"",
        errorId: "InvalidCastFromStringToDoubleOrSingle", target: v)
    default:
      if let d = numericToDouble(v) { return d }
      throw finalInvalidCast(v, t)
    }
  }

  static func toDecimalValue(_ v: PSValue, _ t: PSType) throws(RuntimeError) -> Decimal {
    switch v {
    case .null: return 0
    case .string(let s):
      if s.isEmpty { return 0 }
      if let n = NumberScanner.scan(s), let d = numericToDecimal(n) { return d }
      if let d = systemDoubleParse(s), let dec = doubleToDecimal(d) { return dec }
      throw RuntimeError.invalidCast(
        "Cannot convert value \"\(s)\" to type \"\(t.fullName)\". "
          + "Error: \"The input string '\(s)' was not in a correct format.\"",
        errorId: "InvalidCastFromStringToDecimal", target: v)
    case .int, .long, .double, .decimal, .bool, .char:
      if let d = numericToDecimal(v) { return d }
      throw invalidCast(v, t, inner: overflowMessage(.decimal), id: "InvalidCastIConvertible")
    default: throw finalInvalidCast(v, t)
    }
  }

  /// The items of a value enumerated the way conversions to arrays do (hashtables are not enumerated).
  static func enumerated(_ v: PSValue) -> [PSValue]? {
    if case .array(let a) = v.unwrapped { return a.items }
    return nil
  }

  /// `[T[]]$v` / `[object[]]$v`: element-wise conversion, scalars wrapped, `[char[]]'abc'` split.
  static func toArray(_ value: PSValue, _ t: PSType) throws(RuntimeError) -> PSValue {
    let v = value.unwrapped
    if case .null = v { return .null }
    let element = t.elementType ?? .object
    let kind: PSArray.Kind = t.kind == .objectArray ? .objectArray : .typedArray(element.fullName)
    if case .string(let s) = v, element.kind == .char {
      return .array(PSArray(s.utf16.map { .char($0) }, kind: kind))
    }
    if let items = enumerated(v) {
      if element.kind == .object {
        if case .array(let a) = v, a.kind == .objectArray { return v }
        return .array(PSArray(items, kind: kind))
      }
      var out: [PSValue] = []
      out.reserveCapacity(items.count)
      for item in items {
        do { out.append(try convert(item, to: element)) } catch {
          throw invalidCast(v, t, inner: error.message, id: "InvalidCastExceptionEnumerableToArray")
        }
      }
      return .array(PSArray(out, kind: kind))
    }
    if element.kind == .object { return .array(PSArray([value], kind: kind)) }
    do {
      return .array(PSArray([try convert(value, to: element)], kind: kind))
    } catch {
      throw invalidCast(v, t, inner: error.message, id: "InvalidCastExceptionScalarToArray")
    }
  }

  /// `[System.Collections.ArrayList]$v` / `[List[T]]$v`.
  static func toList(_ value: PSValue, _ t: PSType) throws(RuntimeError) -> PSValue {
    let v = value.unwrapped
    if case .null = v { return .null }
    let element = t.genericArguments.first ?? .object
    let kind: PSArray.Kind = t.kind == .arrayList ? .arrayList : .genericList(element.fullName)
    let items = enumerated(v) ?? [value]
    if element.kind == .object { return .array(PSArray(items, kind: kind)) }
    var out: [PSValue] = []
    for item in items { out.append(try convert(item, to: element)) }
    return .array(PSArray(out, kind: kind))
  }

  /// `[int]$v` for callers that need a Swift Int32 (indexes, counts, `-shl` amounts).
  public static func toInt32(_ v: PSValue) throws(RuntimeError) -> Int32 {
    if case .int(let i) = v { return i }
    if case .int(let i) = try convert(v, to: .int32) { return i }
    return 0
  }

  /// `[long]$v` as a Swift Int64.
  public static func toInt64(_ v: PSValue) throws(RuntimeError) -> Int64 {
    switch v {
    case .int(let i): return Int64(i)
    case .long(let l): return l
    default:
      if case .long(let l) = try convert(v, to: .int64) { return l }
      return 0
    }
  }

  /// `[double]$v` as a Swift Double.
  public static func toDouble(_ v: PSValue) throws(RuntimeError) -> Double {
    switch v {
    case .int(let i): return Double(i)
    case .double(let d): return d
    default: return try toDoubleValue(v.unwrapped, .double)
    }
  }

  /// `[decimal]$v` as a Foundation Decimal.
  public static func toDecimal(_ v: PSValue) throws(RuntimeError) -> Decimal {
    try toDecimalValue(v.unwrapped, .decimal)
  }
}
