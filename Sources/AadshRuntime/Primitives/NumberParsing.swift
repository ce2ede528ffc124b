import Foundation

/// PowerShell's numeric-string scanner (Parser.ScanNumber over tokenizer.cs ScanNumberHelper and
/// TryGetNumberValue): the rules `[int]"0x10"`, `"1kb" * 1` and `"10" - 1` use.
enum NumberScanner {
  struct Suffix: OptionSet {
    let rawValue: UInt8
    static let unsigned = Suffix(rawValue: 1), short = Suffix(rawValue: 2), long = Suffix(rawValue: 4)
    static let decimal = Suffix(rawValue: 8), signedByte = Suffix(rawValue: 16), bigInteger = Suffix(rawValue: 32)
  }
  enum Format { case decimal, hex, binary }

  /// True for the characters .NET's `String.Trim()` removes.
  static func isWhite(_ c: UInt16) -> Bool {
    switch c {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  static func isDash(_ c: UInt16) -> Bool { c == 0x2D || c == 0x2013 || c == 0x2014 || c == 0x2015 }
  static func isDigit(_ c: UInt16) -> Bool { c >= 0x30 && c <= 0x39 }
  static func isHex(_ c: UInt16) -> Bool {
    isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
  }
  static func lower(_ c: UInt16) -> UInt16 { (c >= 0x41 && c <= 0x5A) ? c + 32 : c }

  /// Scans `s` as one complete PowerShell number literal (surrounding whitespace allowed, sign allowed).
  static func scan(_ s: String) -> PSValue? {
    var fast: Int64 = 0
    var onlyDigits = true
    var count = 0
    for c in s.utf8 {
      count += 1
      if c < 0x30 || c > 0x39 || count > 9 { onlyDigits = false; break }
      fast = fast * 10 + Int64(c - 0x30)
    }
    if onlyDigits && count > 0 { return .int(Int32(fast)) }
    var u = Array(s.utf16)
    // PowerShell scans the text with its tokenizer, for which NUL ends the input.
    if let nul = u.firstIndex(of: 0) { u.removeSubrange(nul...) }
    var start = 0
    var end = u.count
    while start < end && isWhite(u[start]) { start += 1 }
    while end > start && isWhite(u[end - 1]) { end -= 1 }
    if start == end { return .int(0) }
    u = Array(u[start..<end])
    return scanTrimmed(u)
  }

  static func scanTrimmed(_ u: [UInt16]) -> PSValue? {
    var i = 0
    let n = u.count
    func peek() -> UInt16 { i < n ? u[i] : 0 }
    var text: [UInt8] = []
    var format = Format.decimal
    var real = false
    var suffix: Suffix = []
    var multiplier: Int64 = 1
    if isDash(peek()) || peek() == 0x2B {
      text.append(peek() == 0x2B ? 0x2B : 0x2D)
      i += 1
    }
    func digits() -> Int {
      var k = 0
      while isDigit(peek()) { text.append(UInt8(peek())); i += 1; k += 1 }
      return k
    }
    func exponent() -> Bool {
      if peek() == 0x2B || isDash(peek()) { text.append(peek() == 0x2B ? 0x2B : 0x2D); i += 1 }
      return digits() > 0
    }
    if peek() == 0x2E {
      i += 1
      guard isDigit(peek()) else { return nil }
      text.append(0x2E)
      real = true
      _ = digits()
      if lower(peek()) == 0x65 { text.append(0x65); i += 1; guard exponent() else { return nil } }
    } else {
      guard isDigit(peek()) else { return nil }
      if peek() == 0x30 && i + 1 < n && (lower(u[i + 1]) == 0x78 || lower(u[i + 1]) == 0x62) {
        let isHex = lower(u[i + 1]) == 0x78
        i += 2
        if isHex {
          format = .hex
          text.append(0x30)
          while NumberScanner.isHex(peek()) { text.append(UInt8(peek())); i += 1 }
        } else {
          format = .binary
          var k = 0
          while peek() == 0x30 || peek() == 0x31 { text.append(UInt8(peek())); i += 1; k += 1 }
          if k == 0 { return nil }
        }
      } else {
        _ = digits()
        if peek() == 0x2E {
          i += 1
          if peek() == 0x2E { return nil }
          text.append(0x2E)
          real = true
          _ = digits()
          if lower(peek()) == 0x65 { text.append(0x65); i += 1; guard exponent() else { return nil } }
        } else if lower(peek()) == 0x65 {
          text.append(0x65)
          i += 1
          real = true
          guard exponent() else { return nil }
        }
      }
    }
    // Type suffix: u s l d y n, and after u one of l s y.
    func suffixFlag(_ c: UInt16) -> Suffix? {
      switch lower(c) {
      case 0x75: return .unsigned
      case 0x73: return .short
      case 0x6C: return .long
      case 0x64: return .decimal
      case 0x79: return .signedByte
      case 0x6E: return .bigInteger
      default: return nil
      }
    }
    if let f = suffixFlag(peek()) {
      suffix = f
      i += 1
      if let g = suffixFlag(peek()) {
        guard f == .unsigned, g == .long || g == .short || g == .signedByte else { return nil }
        suffix.insert(g)
        i += 1
      }
    }
    switch lower(peek()) {
    case 0x6B: multiplier = 1 << 10
    case 0x6D: multiplier = 1 << 20
    case 0x67: multiplier = 1 << 30
    case 0x74: multiplier = 1 << 40
    case 0x70: multiplier = 1 << 50
    default: multiplier = 0
    }
    if multiplier != 0 {
      i += 1
      guard lower(peek()) == 0x62 else { return nil }
      i += 1
    } else {
      multiplier = 1
    }
    guard i == n else { return nil }
    let str = String(decoding: text, as: UTF8.self)
    if real { return realValue(str, suffix, multiplier) }
    return integerValue(text, format, suffix, multiplier)
  }

  static func realValue(_ str: String, _ suffix: Suffix, _ multiplier: Int64) -> PSValue? {
    if suffix == .decimal {
      guard let d = Decimal(string: str, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
      return .decimal(d * Decimal(multiplier))
    }
    guard var d = Double(str) else { return nil }
    d *= Double(multiplier)
    if suffix.isEmpty { return .double(d) }
    let t = d.rounded(.towardZero)
    return castInteger(exactDouble: t, suffix)
  }

  /// Applies a type suffix to an integral double value (BigInteger of the truncated double).
  static func castInteger(exactDouble t: Double, _ suffix: Suffix) -> PSValue? {
    guard t.isFinite else { return nil }
    if suffix == .bigInteger {
      if abs(t) < 9.2e18 { return .long(Int64(t)) }
      return .double(t)
    }
    guard abs(t) < 1.9e19 else { return nil }
    if t >= -9.2e18 && t <= 9.2e18 { return castInteger(Int64(t), suffix) }
    if t > 0 && (suffix == [.unsigned] || suffix == [.unsigned, .long]), t < 1.8446744073709552e19 {
      let dv = Decimal(UInt64(t))
      return .decimal(dv)
    }
    return nil
  }

  static func castInteger(_ v: Int64, _ suffix: Suffix) -> PSValue? {
    switch suffix {
    case [.signedByte]: return v >= -128 && v <= 127 ? .int(Int32(v)) : nil
    case [.unsigned, .signedByte]: return v >= 0 && v <= 255 ? .int(Int32(v)) : nil
    case [.short]: return v >= -32768 && v <= 32767 ? .int(Int32(v)) : nil
    case [.unsigned, .short]: return v >= 0 && v <= 65535 ? .int(Int32(v)) : nil
    case [.long], [.bigInteger]: return .long(v)
    case [.unsigned]: return v >= 0 ? (v <= Int64(UInt32.max) ? .long(v) : .long(v)) : nil
    case [.unsigned, .long]: return v >= 0 ? .long(v) : nil
    case [.decimal]: return .decimal(Decimal(v))
    case []: return v >= Int64(Int32.min) && v <= Int64(Int32.max) ? .int(Int32(v)) : .long(v)
    default: return nil
    }
  }

  static func integerValue(_ text: [UInt8], _ format: Format, _ suffix: Suffix, _ multiplierIn: Int64) -> PSValue? {
    var t = text[...]
    var multiplier = multiplierIn
    var sfx = suffix
    if let f = t.first, f == 0x2D || f == 0x2B {
      if f == 0x2D { multiplier = -multiplier }
      t = t.dropFirst()
    }
    var magnitude: Int64 = 0
    switch format {
    case .decimal:
      var overflow = false
      for c in t {
        let (m1, o1) = magnitude.multipliedReportingOverflow(by: 10)
        let (m2, o2) = m1.addingReportingOverflow(Int64(c - 0x30))
        if o1 || o2 { overflow = true; break }
        magnitude = m2
      }
      if overflow { return bigDecimal(t, multiplier, sfx) }
    case .hex:
      var digits = t
      if !sfx.contains(.unsigned) {
        let expected: Int
        switch sfx {
        case [.signedByte]: expected = 2
        case [.short]: expected = 4
        case [.long]: expected = 16
        default: expected = digits.count < 16 ? 8 : 16
        }
        if digits.count == expected + 1 { digits = digits.dropFirst() }
      }
      guard let v = twosComplement(digits, bitsPerDigit: 4) else { return nil }
      magnitude = v
      if digits.count == 16 && (sfx.isEmpty || sfx == .unsigned) { sfx.insert(.long) }
    case .binary:
      var signed = !sfx.contains(.unsigned)
      if signed {
        if t.first == 0x30 { signed = false } else {
          switch t.count {
          case 8, 16, 32, 64, 96: break
          case let k where k >= 128: break
          default: signed = false
          }
        }
      }
      guard let v = twosComplement(t, bitsPerDigit: 1, signed: signed) else { return nil }
      magnitude = v
      if t.count == 64 && (sfx.isEmpty || sfx == .unsigned) { sfx.insert(.long) }
    }
    let (value, overflow) = magnitude.multipliedReportingOverflow(by: multiplier)
    if overflow {
      guard format == .decimal else { return nil }
      return bigDecimal(t, multiplier, sfx)
    }
    return castInteger(value, sfx)
  }

  /// Reads hex or binary digits as a two's-complement number whose sign is the top digit's high bit.
  static func twosComplement(_ digits: ArraySlice<UInt8>, bitsPerDigit: Int, signed: Bool = true) -> Int64? {
    guard let first = digits.first else { return 0 }
    func value(_ c: UInt8) -> UInt64 {
      switch c {
      case 0x30...0x39: return UInt64(c - 0x30)
      case 0x41...0x46: return UInt64(c - 0x41 + 10)
      default: return UInt64(c - 0x61 + 10)
      }
    }
    let negative = signed && value(first) >= (bitsPerDigit == 4 ? 8 : 1)
    var significant = digits.drop(while: { $0 == 0x30 })
    if negative { significant = digits }
    let bits = significant.count * bitsPerDigit
    if bits > 64 || (!negative && bits == 64 && value(significant.first ?? 0x30) >= (bitsPerDigit == 4 ? 8 : 1)) {
      return nil
    }
    var acc: UInt64 = 0
    for c in significant { acc = (acc << UInt64(bitsPerDigit)) | value(c) }
    if negative && bits < 64 { acc |= ~UInt64(0) << UInt64(bits) }
    return Int64(bitPattern: acc)
  }

  /// A decimal integer beyond Int64: decimal if it fits, else double (TryGetNumberValue's fallback).
  static func bigDecimal(_ digits: ArraySlice<UInt8>, _ multiplier: Int64, _ suffix: Suffix) -> PSValue? {
    let s = String(decoding: digits, as: UTF8.self)
    guard suffix.isEmpty || suffix == .decimal || suffix == .bigInteger || suffix.contains(.unsigned) else {
      return nil
    }
    if let d = Decimal(string: s) {
      let product = d * Decimal(multiplier)
      if abs(product) <= PSConvert.decimalMax { return .decimal(product) }
      if suffix == .decimal || suffix.contains(.unsigned) { return nil }
    }
    guard let dbl = Double(s) else { return nil }
    return .double(dbl * Double(multiplier))
  }
}
