import Foundation

/// .NET numeric formatting (`ToString(format)` of Int32, Int64, Double and Decimal) in the en-US
/// culture as .NET 8 on ICU presents it: standard specifiers C D E F G N P R X B and custom
/// picture strings. Doubles format from their exact binary value (IEEE-correct, ties to even, as
/// .NET Core 3.0+ does); decimals and integers round half away from zero; custom picture strings
/// of doubles first take 15 significant digits, then round half away from zero (Number.Formatting.cs).
public enum NumberFormatting {
  /// `value.ToString(spec)` for int, long, double and decimal values; `nil` when the specifier is
  /// invalid for the type (.NET throws "Format specifier was invalid.") or the value is not a number.
  public static func format(_ v: PSValue, _ spec: String) -> String? {
    format(v, spec, culture: .enUS)
  }

  /// .NET 8 `Double.ToString()` in en-US: the shortest round-trippable string.
  public static func defaultString(_ d: Double) -> String {
    format(.double(d), "R", culture: .enUS) ?? "\(d)"
  }

  /// PowerShell's `[string]$double` and `"$double"`: `ToString("G15", InvariantCulture)`
  /// (LanguagePrimitives.ConvertNumericToString, DoublePrecision = "G15"); infinities are
  /// `Infinity`/`-Infinity` in the invariant culture. Output formatting (MshObject.cs ToString)
  /// uses the same "G15" with the current culture, identical in en-US except ±∞.
  public static func powershellString(_ d: Double) -> String {
    format(.double(d), "G15", culture: .invariant) ?? "\(d)"
  }

  /// The culture data this formatter needs.
  struct Culture {
    var positiveInfinity: String
    var negativeInfinity: String
    static let enUS = Culture(positiveInfinity: "∞", negativeInfinity: "-∞")
    static let invariant = Culture(positiveInfinity: "Infinity", negativeInfinity: "-Infinity")
  }

  static func format(_ v: PSValue, _ spec: String, culture: Culture) -> String? {
    let parsed = parseSpecifier(spec)
    switch v.unwrapped {
    case .int(let i): return formatInteger(Int64(i), bits: 32, parsed, spec)
    case .long(let l): return formatInteger(l, bits: 64, parsed, spec)
    case .double(let d): return formatDouble(d, parsed, spec, culture)
    case .decimal(let d): return formatDecimal(d, parsed, spec)
    default: return nil
    }
  }

  /// A standard specifier (`letter`, precision or -1) or `nil` for a custom picture string.
  static func parseSpecifier(_ spec: String) -> (letter: Character, precision: Int)? {
    let u = Array(spec.utf16)
    if u.isEmpty { return ("G", -1) }
    guard let first = Unicode.Scalar(u[0]), first.isASCII,
      (first >= "A" && first <= "Z") || (first >= "a" && first <= "z")
    else { return nil }
    if u.count == 1 { return (Character(first), -1) }
    var p = 0
    for c in u.dropFirst() {
      guard c >= 48 && c <= 57 else { return nil }
      p = p * 10 + Int(c - 48)
      if p > 999_999_999 { return nil }
    }
    return (Character(first), p)
  }

  // MARK: - Integers

  static func formatInteger(
    _ value: Int64, bits: Int, _ parsed: (letter: Character, precision: Int)?, _ spec: String
  ) -> String? {
    guard let (letter, precision) = parsed else {
      var n = DigitBuffer(integer: value)
      return formatCustom(&n, spec, isFloat: false, culture: .enUS)
    }
    switch letter {
    case "X", "x", "B", "b":
      let raw: UInt64 = bits == 32 ? UInt64(UInt32(truncatingIfNeeded: value)) : UInt64(bitPattern: value)
      let radix = (letter == "X" || letter == "x") ? 16 : 2
      var s = String(raw, radix: radix, uppercase: letter == "X")
      if s.count < precision { s = String(repeating: "0", count: precision - s.count) + s }
      return s
    case "D", "d":
      var s = String(value.magnitude)
      if value == 0 { s = "0" }
      if s.count < precision { s = String(repeating: "0", count: precision - s.count) + s }
      return (value < 0 ? "-" : "") + s
    case "G", "g":
      if precision < 1 { return String(value) }
      var n = DigitBuffer(integer: value)
      return formatStandard(&n, letter, precision, isFloat: false)
    case "R", "r":
      return nil
    default:
      var n = DigitBuffer(integer: value)
      return formatStandard(&n, letter, precision, isFloat: false)
    }
  }

  // MARK: - Doubles

  static func formatDouble(
    _ d: Double, _ parsed: (letter: Character, precision: Int)?, _ spec: String, _ culture: Culture
  ) -> String? {
    if let (letter, _) = parsed, "XxDdBb".contains(letter) { return nil }
    if let (letter, _) = parsed, !"CcEeFfGgNnPpRr".contains(letter) { return nil }
    if d.isNaN { return "NaN" }
    if d.isInfinite { return d < 0 ? culture.negativeInfinity : culture.positiveInfinity }
    guard let (letter, precisionIn) = parsed else {
      var n = DigitBuffer.exact(d)
      n.roundSignificant(15, tiesToEven: true)
      return formatCustom(&n, spec, isFloat: true, culture: culture)
    }
    var precision = precisionIn
    switch letter {
    case "R", "r", "G", "g":
      if letter == "R" || letter == "r" || precision <= 0 { precision = -1 }
      if precision == -1 {
        var n = DigitBuffer.shortest(d)
        let maxDigits = max(n.digits.count, 15)
        return layoutGeneral(&n, maxDigits, exp: (letter == "g" || letter == "r") ? "e" : "E")
      }
      var n = DigitBuffer.exact(d)
      n.roundSignificant(precision, tiesToEven: true)
      return layoutGeneral(&n, precision, exp: letter == "g" ? "e" : "E")
    case "E", "e":
      var n = DigitBuffer.exact(d)
      let p = precision < 0 ? 6 : precision
      n.roundSignificant(p + 1, tiesToEven: true)
      return layoutScientific(&n, p + 1, exp: letter == "e" ? "e" : "E")
    default:
      var n = DigitBuffer.exact(d)
      return formatStandard(&n, letter, precision, isFloat: true)
    }
  }

  // MARK: - Decimals

  static func formatDecimal(
    _ d: Decimal, _ parsed: (letter: Character, precision: Int)?, _ spec: String
  ) -> String? {
    var n = DigitBuffer(decimal: d)
    guard let (letter, precision) = parsed else { return formatCustom(&n, spec, isFloat: false, culture: .enUS) }
    switch letter {
    case "G", "g":
      if precision < 1 {
        // ECMA: decimals print every stored digit, trailing zeros included; never scientific.
        if n.digits.isEmpty { n.negative = false }
        return (n.negative ? "-" : "") + layoutGeneralBody(n, Int.max, exp: "E", suppressScientific: true)
      }
      return formatStandard(&n, letter, precision, isFloat: false)
    case "E", "e":
      let p = precision < 0 ? 6 : precision
      n.round(at: p + 1, tiesToEven: false, isFloat: false)
      return layoutScientific(&n, p + 1, exp: letter == "e" ? "e" : "E")
    case "R", "r", "X", "x", "D", "d", "B", "b": return nil
    default: return formatStandard(&n, letter, precision, isFloat: false)
    }
  }

  // MARK: - Standard layouts

  /// C F N P (and G with a precision) on a digit buffer.
  static func formatStandard(_ n: inout DigitBuffer, _ letter: Character, _ precision: Int, isFloat: Bool) -> String? {
    let ties = isFloat
    switch letter {
    case "C", "c":
      let p = precision < 0 ? 2 : precision
      n.round(at: n.scale + p, tiesToEven: ties, isFloat: isFloat)
      let body = layoutFixed(n, p, grouping: true)
      return n.negative ? "-$" + body : "$" + body
    case "F", "f":
      let p = precision < 0 ? 2 : precision
      n.round(at: n.scale + p, tiesToEven: ties, isFloat: isFloat)
      return (n.negative ? "-" : "") + layoutFixed(n, p, grouping: false)
    case "N", "n":
      let p = precision < 0 ? 2 : precision
      n.round(at: n.scale + p, tiesToEven: ties, isFloat: isFloat)
      return (n.negative ? "-" : "") + layoutFixed(n, p, grouping: true)
    case "P", "p":
      let p = precision < 0 ? 2 : precision
      if !n.digits.isEmpty { n.scale += 2 }
      n.round(at: n.scale + p, tiesToEven: ties, isFloat: isFloat)
      return (n.negative ? "-" : "") + layoutFixed(n, p, grouping: true) + "%"
    case "G", "g":
      n.round(at: precision, tiesToEven: ties, isFloat: isFloat)
      return layoutGeneral(&n, precision, exp: letter == "g" ? "e" : "E")
    case "E", "e":
      let p = precision < 0 ? 6 : precision
      n.round(at: p + 1, tiesToEven: ties, isFloat: isFloat)
      return layoutScientific(&n, p + 1, exp: letter == "e" ? "e" : "E")
    default:
      return nil
    }
  }

  static func layoutGeneral(_ n: inout DigitBuffer, _ maxDigits: Int, exp: Character) -> String {
    (n.negative ? "-" : "") + layoutGeneralBody(n, maxDigits, exp: exp, suppressScientific: false)
  }

  /// FormatGeneral: plain digits unless the exponent is out of range, then `d.dddE+xx`.
  static func layoutGeneralBody(
    _ n: DigitBuffer, _ maxDigits: Int, exp: Character, suppressScientific: Bool
  ) -> String {
    var out = ""
    var digPos = n.scale
    var scientific = false
    if !suppressScientific && (digPos > maxDigits || digPos < -3) {
      digPos = 1
      scientific = true
    }
    var i = 0
    let dig = n.digits
    if digPos > 0 {
      repeat {
        out.append(i < dig.count ? Character(Unicode.Scalar(dig[i] + 48)) : "0")
        if i < dig.count { i += 1 }
        digPos -= 1
      } while digPos > 0
    } else {
      out.append("0")
    }
    if i < dig.count || digPos < 0 {
      out.append(".")
      while digPos < 0 { out.append("0"); digPos += 1 }
      while i < dig.count { out.append(Character(Unicode.Scalar(dig[i] + 48))); i += 1 }
    }
    if scientific { out += exponent(n.digits.isEmpty ? 0 : n.scale - 1, exp, minDigits: 2, plus: true) }
    return out
  }

  static func layoutScientific(_ n: inout DigitBuffer, _ maxDigits: Int, exp: Character) -> String {
    var out = n.negative ? "-" : ""
    let dig = n.digits
    out.append(dig.isEmpty ? "0" : Character(Unicode.Scalar(dig[0] + 48)))
    if maxDigits != 1 {
      out.append(".")
      for k in 1..<maxDigits { out.append(k < dig.count ? Character(Unicode.Scalar(dig[k] + 48)) : "0") }
    }
    out += exponent(dig.isEmpty ? 0 : n.scale - 1, exp, minDigits: 3, plus: true)
    return out
  }

  static func exponent(_ value: Int, _ ch: Character, minDigits: Int, plus: Bool) -> String {
    var s = String(ch)
    if value < 0 { s += "-" } else if plus { s += "+" }
    let d = String(value.magnitude)
    return s + String(repeating: "0", count: max(0, minDigits - d.count)) + d
  }

  /// FormatFixed: integer part (optionally grouped by 3 with ","), then `decimals` fraction digits.
  static func layoutFixed(_ n: DigitBuffer, _ decimals: Int, grouping: Bool) -> String {
    let dig = n.digits
    var i = 0
    var intPart = ""
    if n.scale > 0 {
      for _ in 0..<n.scale {
        intPart.append(i < dig.count ? Character(Unicode.Scalar(dig[i] + 48)) : "0")
        if i < dig.count { i += 1 }
      }
      if grouping && intPart.count > 3 {
        var grouped = ""
        let chars = Array(intPart)
        for (k, c) in chars.enumerated() {
          if k > 0 && (chars.count - k) % 3 == 0 { grouped.append(",") }
          grouped.append(c)
        }
        intPart = grouped
      }
    } else {
      intPart = "0"
    }
    guard decimals > 0 else { return intPart }
    var frac = ""
    var digPos = n.scale
    var remaining = decimals
    if digPos < 0 {
      let zeros = min(-digPos, remaining)
      frac += String(repeating: "0", count: zeros)
      digPos += zeros
      remaining -= zeros
    }
    while remaining > 0 {
      frac.append(i < dig.count ? Character(Unicode.Scalar(dig[i] + 48)) : "0")
      if i < dig.count { i += 1 }
      remaining -= 1
    }
    return intPart + "." + frac
  }
}

/// A number as .NET's NumberBuffer holds it: decimal digits (values 0-9, no leading zeros) and
/// the position of the decimal point (`value = 0.d1d2d3... × 10^scale`); no digits means zero.
struct DigitBuffer {
  var digits: [UInt8]
  var scale: Int
  var negative: Bool

  init(digits: [UInt8], scale: Int, negative: Bool) {
    self.digits = digits
    self.scale = scale
    self.negative = negative
  }

  init(integer value: Int64) {
    var m = value.magnitude
    var out: [UInt8] = []
    while m > 0 {
      out.append(UInt8(m % 10))
      m /= 10
    }
    self.init(digits: out.reversed(), scale: out.count, negative: value < 0)
  }

  init(decimal d: Decimal) {
    let text = d.description
    let parsed = DigitBuffer.parse(text)
    self = parsed ?? DigitBuffer(digits: [], scale: 0, negative: false)
  }

  /// Digits of a plain or exponent-notation decimal string (`-12.50`, `1e+20`), keeping trailing zeros.
  static func parse(_ text: String) -> DigitBuffer? {
    var negative = false
    var digits: [UInt8] = []
    var intCount = 0
    var seenPoint = false
    var exp = 0
    var chars = Substring(text)
    if chars.first == "-" {
      negative = true
      chars = chars.dropFirst()
    } else if chars.first == "+" {
      chars = chars.dropFirst()
    }
    while let c = chars.first {
      if let v = c.wholeNumberValue, c.isASCII {
        digits.append(UInt8(v))
        if !seenPoint { intCount += 1 }
      } else if c == "." {
        seenPoint = true
      } else if c == "e" || c == "E" {
        guard let e = Int(chars.dropFirst()) else { return nil }
        exp = e
        break
      } else {
        return nil
      }
      chars = chars.dropFirst()
    }
    var scale = intCount + exp
    while let f = digits.first, f == 0 {
      digits.removeFirst()
      scale -= 1
    }
    if digits.isEmpty { scale = 0 }
    return DigitBuffer(digits: digits, scale: scale, negative: negative)
  }

  /// The shortest digits that round-trip (what .NET's "R" and default ToString produce).
  static func shortest(_ d: Double) -> DigitBuffer {
    if d == 0 { return DigitBuffer(digits: [], scale: 0, negative: d.sign == .minus) }
    var b = parse(d.magnitude.description) ?? DigitBuffer(digits: [], scale: 0, negative: false)
    b.negative = d.sign == .minus
    b.stripTrailingZeros()
    return b
  }

  /// Every digit of the exact binary value of `d`.
  static func exact(_ d: Double) -> DigitBuffer {
    let negative = d.sign == .minus
    let bits = d.bitPattern
    let rawExp = Int((bits >> 52) & 0x7FF)
    var mant = bits & ((1 << 52) - 1)
    var e: Int
    if rawExp == 0 { e = -1074 } else { mant |= 1 << 52; e = rawExp - 1075 }
    if mant == 0 { return DigitBuffer(digits: [], scale: 0, negative: negative) }
    while mant & 1 == 0 && e < 0 { mant >>= 1; e += 1 }
    let base: UInt64 = 1_000_000_000
    var limbs: [UInt64] = [mant % base, (mant / base) % base, mant / (base * base)]
    func mul(_ f: UInt64) {
      var carry: UInt64 = 0
      for k in limbs.indices {
        let v = limbs[k] * f + carry
        limbs[k] = v % 1_000_000_000
        carry = v / 1_000_000_000
      }
      while carry > 0 { limbs.append(carry % 1_000_000_000); carry /= 1_000_000_000 }
    }
    var decimals = 0
    if e >= 0 {
      var k = e
      while k > 0 { let s = min(k, 28); mul(1 << UInt64(s)); k -= s }
    } else {
      var k = -e
      decimals = k
      while k > 0 { let s = min(k, 12); var f: UInt64 = 1; for _ in 0..<s { f *= 5 }; mul(f); k -= s }
    }
    while limbs.count > 1 && limbs.last == 0 { limbs.removeLast() }
    var text = String(limbs.last ?? 0)
    for limb in limbs.dropLast().reversed() {
      let s = String(limb)
      text += String(repeating: "0", count: 9 - s.count) + s
    }
    var digits = text.utf8.map { $0 - 48 }
    var scale = digits.count - decimals
    while let f = digits.first, f == 0 { digits.removeFirst(); scale -= 1 }
    var b = DigitBuffer(digits: digits, scale: scale, negative: negative)
    b.stripTrailingZeros()
    return b
  }

  mutating func stripTrailingZeros() {
    while let l = digits.last, l == 0 { digits.removeLast() }
    if digits.isEmpty { scale = 0 }
  }

  /// Rounds to `count` significant digits, ties to even (exact binary values of doubles).
  mutating func roundSignificant(_ count: Int, tiesToEven: Bool) {
    round(at: count, tiesToEven: tiesToEven, isFloat: true)
  }

  /// Keeps the first `pos` digits, rounding the rest (.NET RoundNumber); ties go to the even digit
  /// when `tiesToEven` (doubles, whose digits are exact) and away from zero otherwise.
  mutating func round(at pos: Int, tiesToEven: Bool, isFloat: Bool) {
    if pos < 0 {
      digits = []
    } else if pos < digits.count {
      let d = digits[pos]
      var up: Bool
      if tiesToEven {
        if d != 5 {
          up = d > 5
        } else if digits[(pos + 1)...].contains(where: { $0 != 0 }) {
          up = true
        } else {
          up = (pos > 0 ? digits[pos - 1] : 0) & 1 == 1
        }
      } else {
        up = d >= 5
      }
      digits.removeSubrange(pos...)
      if up {
        var i = pos
        while i > 0 && digits[i - 1] == 9 { i -= 1 }
        if i > 0 {
          digits[i - 1] += 1
          digits.removeSubrange(i...)
        } else {
          digits = [1]
          scale += 1
        }
      }
    }
    while let l = digits.last, l == 0 { digits.removeLast() }
    if digits.isEmpty {
      scale = 0
      if !isFloat { negative = false }
    }
  }
}

extension NumberFormatting {
  /// Custom picture strings (`0.00`, `#,##0`, `0.#`, `0%`, `0.0E+00`, `;` sections, quoted literals).
  static func formatCustom(_ n: inout DigitBuffer, _ spec: String, isFloat: Bool, culture: Culture) -> String {
    let f = Array(spec.utf16)
    let q = UInt16(UInt8(ascii: "'")), dq = UInt16(UInt8(ascii: "\"")), bs = UInt16(UInt8(ascii: "\\"))
    let semi = UInt16(UInt8(ascii: ";"))
    func findSection(_ target: Int) -> Int {
      if target == 0 { return 0 }
      var section = target
      var src = 0
      while true {
        if src >= f.count { return 0 }
        let ch = f[src]; src += 1
        if ch == q || ch == dq {
          while src < f.count { let c = f[src]; src += 1; if c == ch { break } }
        } else if ch == bs {
          if src < f.count { src += 1 }
        } else if ch == semi {
          section -= 1
          if section != 0 { continue }
          if src < f.count && f[src] != semi { return src }
          return 0
        }
      }
    }
    var section = findSection(n.digits.isEmpty ? 2 : (n.negative ? 1 : 0))
    var digitCount = 0, decimalPos = -1, firstDigit = Int.max, lastDigit = 0
    var scientific = false, thousandPos = -1, thousandCount = 0, thousandSeps = false, scaleAdjust = 0
    while true {
      digitCount = 0; decimalPos = -1; firstDigit = Int.max; lastDigit = 0
      scientific = false; thousandPos = -1; thousandSeps = false; scaleAdjust = 0
      var src = section
      while src < f.count {
        let ch = f[src]; src += 1
        if ch == semi { break }
        switch ch {
        case 35: digitCount += 1  // #
        case 48:  // 0
          if firstDigit == Int.max { firstDigit = digitCount }
          digitCount += 1
          lastDigit = digitCount
        case 46: if decimalPos < 0 { decimalPos = digitCount }  // .
        case 44:  // ,
          if digitCount > 0 && decimalPos < 0 {
            if thousandPos >= 0 {
              if thousandPos == digitCount { thousandCount += 1; continue }
              thousandSeps = true
            }
            thousandPos = digitCount
            thousandCount = 1
          }
        case 37: scaleAdjust += 2  // %
        case 0x2030: scaleAdjust += 3
        case q, dq: while src < f.count { let c = f[src]; src += 1; if c == ch { break } }
        case bs: if src < f.count { src += 1 }
        case 69, 101:  // E e
          if (src < f.count && f[src] == 48)
            || (src + 1 < f.count && (f[src] == 43 || f[src] == 45) && f[src + 1] == 48) {
            src += 1
            while src < f.count && f[src] == 48 { src += 1 }
            scientific = true
          }
        default: break
        }
      }
      if decimalPos < 0 { decimalPos = digitCount }
      if thousandPos >= 0 {
        if thousandPos == decimalPos { scaleAdjust -= thousandCount * 3 } else { thousandSeps = true }
      }
      if !n.digits.isEmpty {
        n.scale += scaleAdjust
        let pos = scientific ? digitCount : n.scale + digitCount - decimalPos
        n.round(at: pos, tiesToEven: false, isFloat: isFloat)
        if n.digits.isEmpty {
          let s2 = findSection(2)
          if s2 != section { section = s2; continue }
        }
      } else {
        if !isFloat { n.negative = false }
        n.scale = 0
      }
      break
    }
    firstDigit = firstDigit < decimalPos ? decimalPos - firstDigit : 0
    lastDigit = lastDigit > decimalPos ? decimalPos - lastDigit : 0
    var digPos: Int, adjust: Int
    if scientific {
      digPos = decimalPos
      adjust = 0
    } else {
      digPos = max(n.scale, decimalPos)
      adjust = n.scale - decimalPos
    }
    var sepPositions: [Int] = []
    if thousandSeps {
      let totalDigits = digPos + (adjust < 0 ? adjust : 0)
      let numDigits = max(firstDigit, totalDigits)
      var total = 3
      while numDigits > total { sepPositions.append(total); total += 3 }
    }
    var sepIndex = sepPositions.count - 1
    var out = ""
    if n.negative && section == 0 && n.scale != 0 { out += "-" }
    var decimalWritten = false
    var cur = 0
    let dig = n.digits
    func nextDigit() -> Character? {
      if cur < dig.count { defer { cur += 1 }; return Character(Unicode.Scalar(dig[cur] + 48)) }
      return nil
    }
    func emitSeparator() {
      if thousandSeps && digPos > 1 && sepIndex >= 0 && digPos == sepPositions[sepIndex] + 1 {
        out += ","
        sepIndex -= 1
      }
    }
    var src = section
    while src < f.count {
      let ch = f[src]; src += 1
      if ch == semi { break }
      if adjust > 0 && (ch == 35 || ch == 48 || ch == 46) {
        while adjust > 0 {
          out.append(nextDigit() ?? "0")
          emitSeparator()
          digPos -= 1
          adjust -= 1
        }
      }
      switch ch {
      case 35, 48:
        var c: Character?
        if adjust < 0 {
          adjust += 1
          c = digPos <= firstDigit ? "0" : nil
        } else {
          c = nextDigit() ?? (digPos > lastDigit ? "0" : nil)
        }
        if let c {
          out.append(c)
          emitSeparator()
        }
        digPos -= 1
      case 46:
        if digPos != 0 || decimalWritten { break }
        if lastDigit < 0 || (decimalPos < digitCount && cur < dig.count) {
          out += "."
          decimalWritten = true
        }
      case 0x2030: out += "‰"
      case 37: out += "%"
      case 44: break
      case q, dq:
        while src < f.count && f[src] != ch { out += String(utf16CodeUnits: [f[src]], count: 1); src += 1 }
        if src < f.count { src += 1 }
      case bs:
        if src < f.count { out += String(utf16CodeUnits: [f[src]], count: 1); src += 1 }
      case 69, 101:
        var positive = false
        var count = 0
        if scientific {
          if src < f.count && f[src] == 48 {
            count += 1
          } else if src + 1 < f.count && f[src] == 43 && f[src + 1] == 48 {
            positive = true
          } else if src + 1 < f.count && f[src] == 45 && f[src + 1] == 48 {
          } else {
            out += String(utf16CodeUnits: [ch], count: 1)
            break
          }
          src += 1
          while src < f.count && f[src] == 48 { count += 1; src += 1 }
          count = min(count, 10)
          let e = dig.isEmpty ? 0 : n.scale - decimalPos
          out += exponent(e, ch == 69 ? "E" : "e", minDigits: count, plus: positive)
          scientific = false
        } else {
          out += String(utf16CodeUnits: [ch], count: 1)
          if src < f.count {
            if f[src] == 43 || f[src] == 45 { out += String(utf16CodeUnits: [f[src]], count: 1); src += 1 }
            while src < f.count && f[src] == 48 { out += "0"; src += 1 }
          }
        }
      default:
        out += String(utf16CodeUnits: [ch], count: 1)
      }
    }
    if n.negative && section == 0 && n.scale == 0 && !out.isEmpty { out = "-" + out }
    return out
  }
}
