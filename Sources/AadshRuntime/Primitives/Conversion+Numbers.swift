import Foundation

extension PSConvert {
  /// .NET's `Decimal.MaxValue` (79228162514264337593543950335).
  static let decimalMax: Decimal = Decimal(string: "79228162514264337593543950335") ?? Decimal.greatestFiniteMagnitude

  /// The range of an integral .NET type as Int64 bounds (UInt64 is capped at Int64.max here).
  static func integerRange(_ k: PSType.Kind) -> (min: Int64, max: Int64)? {
    switch k {
    case .int32: return (Int64(Int32.min), Int64(Int32.max))
    case .int64: return (Int64.min, Int64.max)
    case .int16: return (Int64(Int16.min), Int64(Int16.max))
    case .uint16: return (0, Int64(UInt16.max))
    case .byte: return (0, 255)
    case .sbyte: return (-128, 127)
    case .uint32: return (0, Int64(UInt32.max))
    case .uint64: return (0, Int64.max)
    case .char: return (0, 65535)
    default: return nil
    }
  }

  /// .NET's OverflowException text for a conversion to `k`.
  static func overflowMessage(_ k: PSType.Kind) -> String {
    let what: String
    switch k {
    case .int32: what = "an Int32"
    case .int64: what = "an Int64"
    case .int16: what = "an Int16"
    case .uint16: what = "a UInt16"
    case .uint32: what = "a UInt32"
    case .uint64: what = "a UInt64"
    case .byte: what = "an unsigned byte"
    case .sbyte: what = "a signed byte"
    case .char: what = "a character"
    default: what = "a Decimal"
    }
    return "Value was either too large or too small for \(what)."
  }

  /// `value.ToString()` as .NET prints it inside conversion error messages.
  static func dotnetToString(_ v: PSValue) -> String {
    switch v {
    case .double(let d): return formatDouble(d, precision: nil)
    case .null: return ""
    default: return elementString(v)
    }
  }

  /// Wraps an integral result into the closest PSValue case for the target type.
  static func integerValue(_ v: Int64, _ k: PSType.Kind) -> PSValue {
    switch k {
    case .int64, .uint32, .uint64: return .long(v)
    case .char: return .char(UInt16(truncatingIfNeeded: v))
    default: return .int(Int32(truncatingIfNeeded: v))
    }
  }

  /// A decimal rounded to an integer with banker's rounding, as Int64, or `nil` beyond Int64.
  static func decimalToInt64(_ d: Decimal, rounding: NSDecimalNumber.RoundingMode = .bankers) -> Int64? {
    var input = d
    var rounded = Decimal()
    NSDecimalRound(&rounded, &input, 0, rounding)
    if rounded > Decimal(Int64.max) || rounded < Decimal(Int64.min) { return nil }
    return Int64(rounded.description)
  }

  /// .NET `Convert.ToDecimal(double)`: the double rounded to 15 significant digits.
  static func doubleToDecimal(_ d: Double) -> Decimal? {
    guard d.isFinite else { return nil }
    if d == d.rounded(), abs(d) < 1e15 { return Decimal(Int64(d)) }
    let s = formatDouble(d, precision: 15)
    guard let dec = Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
    if abs(dec) > decimalMax { return nil }
    return dec
  }

  /// Converts a numeric (or bool/char) value to an integral type with .NET's `Convert.ToXxx`
  /// semantics: banker's rounding from double and decimal, OverflowException when out of range.
  /// Returns the value or the inner error message.
  static func numericToInteger(_ v: PSValue, _ k: PSType.Kind) -> Result<PSValue, ConversionFailure> {
    guard let range = integerRange(k) else { return .failure(.init("")) }
    var n: Int64
    switch v {
    case .int(let i): n = Int64(i)
    case .long(let l): n = l
    case .bool(let b):
      if k == .char { return .failure(.init("Invalid cast from 'Boolean' to 'Char'.")) }
      n = b ? 1 : 0
    case .char(let c): n = Int64(c)
    case .double(let d):
      if k == .char { return .failure(.init("Invalid cast from 'Double' to 'Char'.")) }
      let r = d.rounded(.toNearestOrEven)
      guard r.isFinite, r >= Double(range.min), r < Double(range.max) + 1, r < 9.223372036854775807e18 else {
        return .failure(.init(overflowMessage(k)))
      }
      n = Int64(r)
    case .decimal(let d):
      if k == .char { return .failure(.init("Invalid cast from 'Decimal' to 'Char'.")) }
      guard let r = decimalToInt64(d) else { return .failure(.init(overflowMessage(k))) }
      n = r
    default: return .failure(.init(""))
    }
    guard n >= range.min && n <= range.max else { return .failure(.init(overflowMessage(k))) }
    return .success(integerValue(n, k))
  }

  /// A numeric (or bool/char) value as a double (`Convert.ToDouble`).
  static func numericToDouble(_ v: PSValue) -> Double? {
    switch v {
    case .int(let i): return Double(i)
    case .long(let l): return Double(l)
    case .double(let d): return d
    case .decimal(let d): return NSDecimalNumber(decimal: d).doubleValue
    case .bool(let b): return b ? 1 : 0
    case .char(let c): return Double(c)
    default: return nil
    }
  }

  /// A numeric (or bool) value as a decimal (`Convert.ToDecimal`); `nil` on overflow.
  static func numericToDecimal(_ v: PSValue) -> Decimal? {
    switch v {
    case .int(let i): return Decimal(Int(i))
    case .long(let l): return Decimal(l)
    case .double(let d): return doubleToDecimal(d)
    case .decimal(let d): return d
    case .bool(let b): return b ? 1 : 0
    case .char(let c): return Decimal(Int(c))
    default: return nil
    }
  }

  /// The .NET `Int32Converter.ConvertFrom` fallback: `0x`/`&h`/`#` hex or `Int64.Parse` with
  /// NumberStyles.Integer; the error text when it fails, and whether that was a FormatException.
  static func systemIntegerParse(_ s: String, _ k: PSType.Kind) -> Result<PSValue, ConversionFailure> {
    let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
    let formatError = ConversionFailure("The input string '\(t)' was not in a correct format.", isFormat: true)
    var hexDigits: Substring?
    let lower = t.lowercased()
    if lower.hasPrefix("0x") || lower.hasPrefix("&h") { hexDigits = t.dropFirst(2) }
    else if t.hasPrefix("#") { hexDigits = t.dropFirst() }
    if let h = hexDigits {
      guard !h.isEmpty, h.allSatisfy({ $0.isHexDigit }) else { return .failure(formatError) }
      guard let raw = UInt64(h, radix: 16) else { return .failure(.init(overflowMessage(k))) }
      // Convert.ToInt32(s, 16) reads the bits as two's complement of the target width.
      let v: Int64
      switch k {
      case .int32: guard raw <= UInt64(UInt32.max) else { return .failure(.init(overflowMessage(k))) }
        v = Int64(Int32(bitPattern: UInt32(raw)))
      case .int16: guard raw <= 0xFFFF else { return .failure(.init(overflowMessage(k))) }
        v = Int64(Int16(bitPattern: UInt16(raw)))
      case .sbyte: guard raw <= 0xFF else { return .failure(.init(overflowMessage(k))) }
        v = Int64(Int8(bitPattern: UInt8(raw)))
      case .int64: v = Int64(bitPattern: raw)
      default:
        guard raw <= UInt64(Int64.max) else { return .failure(.init(overflowMessage(k))) }
        v = Int64(raw)
      }
      if let r = integerRange(k), v < r.min || v > r.max { return .failure(.init(overflowMessage(k))) }
      return .success(integerValue(v, k))
    }
    var body = Substring(t)
    var negative = false
    if body.first == "-" || body.first == "+" { negative = body.first == "-"; body = body.dropFirst() }
    guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(formatError) }
    guard let mag = Int64(body) else { return .failure(.init(overflowMessage(k))) }
    let v = negative ? -mag : mag
    if let r = integerRange(k), v < r.min || v > r.max { return .failure(.init(overflowMessage(k))) }
    return .success(integerValue(v, k))
  }

  /// .NET `Double.Parse(s, NumberStyles.Float | AllowThousands, InvariantCulture)`.
  static func systemDoubleParse(_ s: String) -> Double? {
    var t = s.trimmingCharacters(in: .whitespacesAndNewlines)
    if t.contains(",") {
      // Thousands separators are accepted only before the decimal point.
      let parts = t.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
      if parts.count == 2 && parts[1].contains(",") { return nil }
      t = t.replacingOccurrences(of: ",", with: "")
    }
    guard !t.isEmpty else { return nil }
    let lower = t.lowercased()
    switch lower {
    case "infinity", "+infinity", "∞": return .infinity
    case "-infinity", "-∞": return -.infinity
    case "nan": return .nan
    default: break
    }
    for ch in lower.utf8 where !(ch >= 48 && ch <= 57) && ch != 46 && ch != 101 && ch != 43 && ch != 45 {
      return nil
    }
    return Double(t)
  }
}

/// Why a primitive conversion failed: the inner .NET message, and whether it was a FormatException.
struct ConversionFailure: Error {
  var message: String
  var isFormat: Bool
  init(_ message: String, isFormat: Bool = false) {
    self.message = message
    self.isFormat = isFormat
  }
}
