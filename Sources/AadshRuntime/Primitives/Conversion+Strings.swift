import Foundation

extension PSConvert {
  /// PowerShell's string conversion (`[string]$x`, `"$x"`): invariant culture, doubles as "G15",
  /// arrays joined with `ofs` (nested collections print their type name), PSCustomObjects as
  /// `@{a=1; b=x}` (LanguagePrimitives.ConvertNumericToString, PSObject.ToString in MshObject.cs).
  public static func toString(_ v: PSValue, ofs: String = " ") -> String {
    switch v {
    case .string(let s): return s
    case .int(let i): return String(i)
    case .array(let a):
      var out = ""
      var first = true
      for item in a.items {
        if !first { out += ofs }
        first = false
        out += elementString(item)
      }
      return out
    default: return elementString(v)
    }
  }

  /// The string of one value without enumerating it (`PSObject.ToString(..., recurse: false)`).
  static func elementString(_ v: PSValue) -> String {
    switch v {
    case .null: return ""
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .long(let l): return String(l)
    case .double(let d): return formatDouble(d, precision: 15)
    case .decimal(let d): return decimalString(d)
    case .string(let s): return s
    case .char(let c): return String(utf16CodeUnits: [c], count: 1)
    case .dateTime(let d): return dateTimeString(d)
    case .timeSpan(let t): return timeSpanString(t)
    case .guid(let g): return g.uuidString.lowercased()
    case .array, .hashtable: return PSType.of(v).fullName
    case .scriptBlock(let s): return s.text
    case .object(let o):
      if let t = o.tokenText { return t }
      if let b = o.baseValue { return elementString(b) }
      if let n = o.native { return n.toString() }
      return customObjectString(o)
    }
  }

  /// `@{a=1; b=x}`: a PSCustomObject's string form (MshObject.cs ToStringEmptyBaseObject).
  static func customObjectString(_ o: PSObject) -> String {
    if o.properties.isEmpty { return "" }
    var out = "@{"
    var first = true
    for p in o.properties.values {
      if !first { out += "; " }
      first = false
      out += p.name
      out += "="
      switch p.kind {
      case .note(let value): out += elementString(value)
      case .script: out += "System.Management.Automation.PSScriptProperty"
      case .alias(let target):
        if let tp = o.property(target), case .note(let value) = tp.kind {
          out += elementString(value)
        } else if let value = o.native?.getProperty(target) {
          out += elementString(value)
        }
      }
    }
    return out + "}"
  }

  /// .NET `decimal.ToString(InvariantCulture)`.
  static func decimalString(_ d: Decimal) -> String {
    var s = d.description
    if s.contains("e") || s.contains("E") {
      s = NSDecimalNumber(decimal: d).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }
    return s
  }

  /// .NET `Double.ToString("G<precision>", InvariantCulture)`, or the shortest round-trip form
  /// (`Double.ToString()`, used in conversion error messages) when `precision` is nil.
  public static func formatDouble(_ d: Double, precision: Int? = 15) -> String {
    if d.isNaN { return "NaN" }
    if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
    if d == 0 { return d.sign == .minus ? "-0" : "0" }
    if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
    var (digits, exp) = shortestDigits(d)
    if let p = precision, digits.count > p { (digits, exp) = roundedDigits(d, p) }
    return layoutGeneral(negative: d < 0, digits: digits, exponent: exp, precision: precision ?? 15)
  }

  /// Significant digits and decimal exponent (value = 0.d1d2... × 10^(exp+1)) of the shortest
  /// round-trip representation.
  static func shortestDigits(_ d: Double) -> ([UInt8], Int) {
    let s = abs(d).description
    var digits: [UInt8] = []
    var pointPos: Int?
    var exp = 0
    var seenNonZero = false
    var leadingZerosAfterPoint = 0
    var utf = s.utf8[...]
    while let c = utf.first {
      utf = utf.dropFirst()
      if c == UInt8(ascii: ".") { pointPos = digits.count; continue }
      if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
        exp = Int(String(decoding: utf, as: UTF8.self)) ?? 0
        break
      }
      if c == UInt8(ascii: "0") && !seenNonZero {
        if pointPos != nil { leadingZerosAfterPoint += 1 }
        continue
      }
      seenNonZero = true
      digits.append(c - 48)
    }
    // Integer digits before the point (excluding leading zeros).
    let intDigits = (pointPos ?? digits.count + leadingZerosAfterPoint)
    let decimalExponent: Int
    if pointPos == nil || intDigits > 0 {
      decimalExponent = intDigits - 1 + exp
    } else {
      decimalExponent = -(leadingZerosAfterPoint + 1) + exp
    }
    while digits.last == 0 { digits.removeLast() }
    return (digits, decimalExponent)
  }

  /// The digits of `d` correctly rounded to `p` significant digits (C `%.*e`, ties to even on the
  /// exact binary value like .NET Core 3.0+).
  static func roundedDigits(_ d: Double, _ p: Int) -> ([UInt8], Int) {
    var buffer = [CChar](repeating: 0, count: 64)
    _ = withVaList([abs(d)]) { args in
      buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, 64, "%.\(p - 1)e", args) }
    }
    let bytes = buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }
    let s = String(decoding: bytes, as: UTF8.self)
    var digits: [UInt8] = []
    var exp = 0
    var rest = s.utf8[...]
    while let c = rest.first {
      rest = rest.dropFirst()
      if c == UInt8(ascii: "e") { exp = Int(String(decoding: rest, as: UTF8.self)) ?? 0; break }
      if c >= 48 && c <= 57 { digits.append(c - 48) }
    }
    while digits.last == 0 && digits.count > 1 { digits.removeLast() }
    return (digits, exp)
  }

  /// .NET "G" layout: fixed notation when -5 < exponent < precision, else `d.dddE+XX`.
  static func layoutGeneral(negative: Bool, digits: [UInt8], exponent: Int, precision: Int) -> String {
    var out = negative ? "-" : ""
    func digit(_ i: Int) -> Character { Character(Unicode.Scalar(48 + (i < digits.count ? digits[i] : 0))) }
    if exponent > -5 && exponent < precision {
      if exponent >= 0 {
        for i in 0...exponent { out.append(digit(i)) }
        if digits.count > exponent + 1 {
          out.append(".")
          for i in (exponent + 1)..<digits.count { out.append(digit(i)) }
        }
      } else {
        out += "0."
        for _ in 0..<(-exponent - 1) { out.append("0") }
        for i in 0..<digits.count { out.append(digit(i)) }
      }
      return out
    }
    out.append(digit(0))
    if digits.count > 1 {
      out.append(".")
      for i in 1..<digits.count { out.append(digit(i)) }
    }
    out += exponent < 0 ? "E-" : "E+"
    let e = abs(exponent)
    if e < 10 { out.append("0") }
    out += String(e)
    return out
  }

  /// Civil date parts of a tick count (proleptic Gregorian, as .NET's DateTime).
  static func dateParts(_ ticks: Int64) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
    let days = Int(ticks / 864_000_000_000)
    let secondsOfDay = Int((ticks % 864_000_000_000) / 10_000_000)
    // Days since 0001-01-01 → civil date (algorithm from Howard Hinnant's days_from_civil inverse).
    let z = days - 719_162 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    var y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    if m <= 2 { y += 1 }
    return (y, m, d, secondsOfDay / 3600, (secondsOfDay / 60) % 60, secondsOfDay % 60)
  }

  /// Ticks of a civil date and time, or `nil` when out of range.
  static func ticks(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Int64? {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1, hour < 24, minute < 60, second < 60 else {
      return nil
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard day <= monthDays[month - 1] else { return nil }
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    let unixDays = era * 146_097 + doe - 719_468
    let days = Int64(unixDays + 719_162)
    return days * 864_000_000_000 + Int64(hour * 3600 + minute * 60 + second) * 10_000_000
  }

  /// `DateTime.ToString(InvariantCulture)`: `MM/dd/yyyy HH:mm:ss`.
  static func dateTimeString(_ d: PSDateTime) -> String {
    let p = dateParts(d.ticks)
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
    var year = String(p.year)
    while year.count < 4 { year = "0" + year }
    return "\(two(p.month))/\(two(p.day))/\(year) \(two(p.hour)):\(two(p.minute)):\(two(p.second))"
  }

  /// `TimeSpan.ToString()` ("c"): `[-][d.]hh:mm:ss[.fffffff]`.
  static func timeSpanString(_ t: PSTimeSpan) -> String {
    let negative = t.ticks < 0
    let mag = t.ticks.magnitude
    let days = mag / 864_000_000_000
    let rem = mag % 864_000_000_000
    let h = rem / 36_000_000_000
    let m = (rem / 600_000_000) % 60
    let s = (rem / 10_000_000) % 60
    let f = rem % 10_000_000
    func two(_ v: UInt64) -> String { v < 10 ? "0\(v)" : String(v) }
    var out = negative ? "-" : ""
    if days > 0 { out += "\(days)." }
    out += "\(two(h)):\(two(m)):\(two(s))"
    if f > 0 {
      var frac = String(f)
      while frac.count < 7 { frac = "0" + frac }
      out += "." + frac
    }
    return out
  }
}

extension PSConvert {
  /// Invariant-culture date parsing for casts: `yyyy-MM-dd[THH:mm[:ss[.fffffff]]][Z|±hh:mm]`,
  /// `MM/dd/yyyy [HH:mm[:ss]]`, `yyyy/MM/dd`, with an optional `AM`/`PM`.
  public static func parseInvariantDate(_ s: String) -> PSDateTime? {
    let t = s.trimmingCharacters(in: .whitespaces)
    var nums: [Int] = []
    var seps: [Character] = []
    var current = ""
    var fraction = ""
    var inFraction = false
    var pm: Bool?
    var zone: Character?
    var rest = Substring(t)
    while let ch = rest.first {
      rest = rest.dropFirst()
      if ch.isASCII && ch.isNumber {
        if inFraction { fraction.append(ch) } else { current.append(ch) }
        continue
      }
      if !current.isEmpty { nums.append(Int(current) ?? 0); current = "" }
      if inFraction && ch != "." { inFraction = false }
      let upper = String(ch).uppercased() + (rest.first.map { String($0).uppercased() } ?? "")
      if upper == "AM" || upper == "PM" { pm = upper == "PM"; rest = rest.dropFirst(); continue }
      if ch == "." && nums.count >= 6 {
        inFraction = true
        continue
      }
      if ch == "Z" || ch == "z" { zone = "Z"; continue }
      seps.append(ch)
    }
    if !current.isEmpty { nums.append(Int(current) ?? 0) }
    guard nums.count >= 3 else { return nil }
    var year: Int, month: Int, day: Int
    if seps.first == "-" || (nums[0] > 31) {
      (year, month, day) = (nums[0], nums[1], nums[2])
    } else {
      (month, day, year) = (nums[0], nums[1], nums[2])
    }
    var hour = nums.count > 3 ? nums[3] : 0
    let minute = nums.count > 4 ? nums[4] : 0
    let second = nums.count > 5 ? nums[5] : 0
    if let p = pm {
      if hour == 12 { hour = p ? 12 : 0 } else if p { hour += 12 }
    }
    guard var ticks = ticks(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else {
      return nil
    }
    if !fraction.isEmpty {
      var f = String(fraction.prefix(7))
      while f.count < 7 { f += "0" }
      ticks += Int64(f) ?? 0
    }
    return PSDateTime(ticks: ticks, kind: zone == nil ? .unspecified : .utc)
  }

  /// `TimeSpan.Parse` for the invariant "c" forms: `[-][d.]hh:mm[:ss[.fffffff]]` or a day count.
  static func parseTimeSpan(_ s: String) -> PSTimeSpan? {
    var t = Substring(s.trimmingCharacters(in: .whitespaces))
    var negative = false
    if t.first == "-" { negative = true; t = t.dropFirst() }
    let parts = t.split(separator: ":", omittingEmptySubsequences: false)
    func num(_ x: Substring) -> Int64? { x.allSatisfy { $0.isASCII && $0.isNumber } && !x.isEmpty ? Int64(x) : nil }
    var ticks: Int64 = 0
    if parts.count == 1 {
      guard let d = num(parts[0]) else { return nil }
      ticks = d * 864_000_000_000
    } else {
      guard parts.count <= 3 else { return nil }
      var first = parts[0]
      if let dot = first.firstIndex(of: ".") {
        guard let d = num(first[..<dot]) else { return nil }
        ticks += d * 864_000_000_000
        first = first[first.index(after: dot)...]
      }
      guard let h = num(first), let m = num(parts[1]), h < 24, m < 60 else { return nil }
      ticks += h * 36_000_000_000 + m * 600_000_000
      if parts.count == 3 {
        var sec = parts[2]
        if let dot = sec.firstIndex(of: ".") {
          var f = String(sec[sec.index(after: dot)...])
          guard f.count <= 7, num(Substring(f)) != nil else { return nil }
          while f.count < 7 { f += "0" }
          ticks += Int64(f) ?? 0
          sec = sec[..<dot]
        }
        guard let sv = num(sec), sv < 60 else { return nil }
        ticks += sv * 10_000_000
      }
    }
    return PSTimeSpan(ticks: negative ? -ticks : ticks)
  }

  /// `Guid.Parse`: the D, N, B and P forms.
  static func parseGuid(_ s: String) -> UUID? {
    var t = s.trimmingCharacters(in: .whitespaces)
    if (t.hasPrefix("{") && t.hasSuffix("}")) || (t.hasPrefix("(") && t.hasSuffix(")")) {
      t = String(t.dropFirst().dropLast())
    }
    if t.count == 32, t.allSatisfy({ $0.isHexDigit }) {
      let a = Array(t)
      t = String(a[0..<8]) + "-" + String(a[8..<12]) + "-" + String(a[12..<16]) + "-" + String(a[16..<20]) + "-"
        + String(a[20..<32])
    }
    return UUID(uuidString: t)
  }
}
