/// Numeric literals (tokenizer.cs ScanNumber, ScanNumberHelper, TryGetNumberValue).
extension Lexer {
  /// Suffix flags as PowerShell's `NumberSuffixFlags`.
  struct Suffix: OptionSet {
    let rawValue: UInt8
    static let unsigned = Suffix(rawValue: 1)
    static let signedByte = Suffix(rawValue: 2)
    static let short = Suffix(rawValue: 4)
    static let long = Suffix(rawValue: 8)
    static let decimal = Suffix(rawValue: 16)
    static let bigInteger = Suffix(rawValue: 32)
  }

  enum NumberFormat { case decimal, hex, binary }

  /// A scanned number: the normalized digits, its format and suffixes.
  struct NumberText {
    var text: [UInt8] = []
    var format = NumberFormat.decimal
    var suffix: Suffix = []
    var real = false
    var multiplier: Int64 = 1
  }

  /// True when `c` ends a number in expression mode.
  func endsNumber(_ c: UInt8) -> Bool {
    guard CharClass.endsNumberInExpression(c) else { return false }
    return numbersEndAtTernaryChars || (c != UInt8(ascii: "?") && c != UInt8(ascii: ":"))
  }

  /// Scans a number at `tokenStart`; falls back to a bare word when the text is not a number.
  mutating func scanNumber(_ mode: LexMode, space: Bool) -> Token {
    // Fast path: up to nine decimal digits ending the token are an Int32.
    var j = pos
    var v: Int32 = 0
    while j < limit, j - pos < 10, CharClass.isDigit(bytes[j]) {
      v = v &* 10 &+ Int32(bytes[j] &- 0x30)
      j += 1
    }
    if j > pos, j - pos <= 9 {
      let next = at(j)
      if next < 0x80, !CharClass.isLetter(next), next != UInt8(ascii: "."), next != UInt8(ascii: "_"),
        forcesNewToken(j) || (mode == .expression && endsNumber(next))
      {
        pos = j
        return Token(kind: .number, start: tokenStart, end: pos, spaceBefore: space, payload: .int32(v))
      }
    }
    guard let num = scanNumberText(mode) else {
      return scanGeneric(space: space)
    }
    if let value = Self.numberValue(num) {
      return make(.number, .number(value), space: space)
    }
    if mode == .command { return scanGeneric(space: space) }
    error("BadNumericConstant", tokenStart, pos, file.text(from: tokenStart, to: pos))
    return make(.number, .number(.int32(0)), space: space)
  }

  /// ScanNumberHelper: nil when the characters are not a number (`7z`, `1.2.3` in command mode).
  mutating func scanNumberText(_ mode: LexMode) -> NumberText? {
    var n = NumberText()
    var notNumber = false
    let c = at(pos)
    if c == UInt8(ascii: ".") {
      n.text.append(c)
      pos += 1
      n.real = true
      scanAfterDot(&n, &notNumber)
    } else if c == UInt8(ascii: "0"), (at(pos + 1) | 0x20) == UInt8(ascii: "x") {
      pos += 2
      n.format = .hex
      while CharClass.isHexDigit(at(pos)) {
        n.text.append(at(pos))
        pos += 1
      }
      if n.text.isEmpty { notNumber = true }
    } else if c == UInt8(ascii: "0"), (at(pos + 1) | 0x20) == UInt8(ascii: "b") {
      pos += 2
      n.format = .binary
      while at(pos) == UInt8(ascii: "0") || at(pos) == UInt8(ascii: "1") {
        n.text.append(at(pos))
        pos += 1
      }
      if n.text.isEmpty { notNumber = true }
    } else {
      while CharClass.isDigit(at(pos)) {
        n.text.append(at(pos))
        pos += 1
      }
      if at(pos) == UInt8(ascii: "."), at(pos + 1) != UInt8(ascii: ".") {
        n.text.append(UInt8(ascii: "."))
        pos += 1
        n.real = true
        scanAfterDot(&n, &notNumber)
      } else if (at(pos) | 0x20) == UInt8(ascii: "e") {
        pos += 1
        n.real = true
        scanExponent(&n, &notNumber)
      }
    }
    scanSuffix(&n, &notNumber)
    scanMultiplier(&n, &notNumber)
    if !forcesNewToken(pos) {
      if mode != .expression || !endsNumber(at(pos)) { notNumber = true }
    }
    if notNumber {
      pos = tokenStart
      return nil
    }
    return n
  }

  mutating func scanAfterDot(_ n: inout NumberText, _ notNumber: inout Bool) {
    while CharClass.isDigit(at(pos)) {
      n.text.append(at(pos))
      pos += 1
    }
    if (at(pos) | 0x20) == UInt8(ascii: "e") {
      pos += 1
      scanExponent(&n, &notNumber)
    }
  }

  mutating func scanExponent(_ n: inout NumberText, _ notNumber: inout Bool) {
    n.text.append(UInt8(ascii: "e"))
    if at(pos) == UInt8(ascii: "+") {
      pos += 1
    } else if dashLength(pos) > 0 {
      pos += dashLength(pos)
      n.text.append(UInt8(ascii: "-"))
    }
    var digits = 0
    while CharClass.isDigit(at(pos)) {
      n.text.append(at(pos))
      pos += 1
      digits += 1
    }
    if digits == 0 { notNumber = true }
  }

  mutating func scanSuffix(_ n: inout NumberText, _ notNumber: inout Bool) {
    func flag(_ c: UInt8) -> Suffix? {
      switch c | 0x20 {
      case UInt8(ascii: "u"): return .unsigned
      case UInt8(ascii: "s"): return .short
      case UInt8(ascii: "l"): return .long
      case UInt8(ascii: "d"): return .decimal
      case UInt8(ascii: "y"): return .signedByte
      case UInt8(ascii: "n"): return .bigInteger
      default: return nil
      }
    }
    guard let first = flag(at(pos)) else { return }
    pos += 1
    n.suffix = first
    if let second = flag(at(pos)) {
      pos += 1
      if first == .unsigned, second == .long || second == .short || second == .signedByte {
        n.suffix.insert(second)
      } else {
        notNumber = true
      }
    }
  }

  mutating func scanMultiplier(_ n: inout NumberText, _ notNumber: inout Bool) {
    let m: Int64
    switch at(pos) | 0x20 {
    case UInt8(ascii: "k"): m = 1 << 10
    case UInt8(ascii: "m"): m = 1 << 20
    case UInt8(ascii: "g"): m = 1 << 30
    case UInt8(ascii: "t"): m = 1 << 40
    case UInt8(ascii: "p"): m = 1 << 50
    default: return
    }
    pos += 1
    if (at(pos) | 0x20) == UInt8(ascii: "b") {
      pos += 1
      n.multiplier = m
    } else {
      notNumber = true
    }
  }

  /// TryGetNumberValue: the typed value, or nil when it does not fit its type.
  static func numberValue(_ n: NumberText) -> LiteralValue? {
    if n.real { return realValue(n) }
    var value: Int128 = 0
    switch n.format {
    case .hex:
      var digits = n.text
      while digits.count > 1, digits[0] == UInt8(ascii: "0"), digits.count > 16 { digits.removeFirst() }
      guard digits.count <= 32 else { return nil }
      for d in digits {
        value = value * 16 + Int128(CharClass.isDigit(d) ? d - 0x30 : (d | 0x20) - 0x61 + 10)
      }
      if !n.suffix.contains(.unsigned) {
        let expected: Int
        if n.suffix == .signedByte {
          expected = 2
        } else if n.suffix == .short {
          expected = 4
        } else if n.suffix
          == .long
        {
          expected = 16
        } else {
          expected = digits.count < 16 ? 8 : 16
        }
        if digits.count == expected, let top = digits.first, !CharClass.isDigit(top) || top >= UInt8(ascii: "8") {
          value -= Int128(1) << (4 * expected)
        }
      }
      if digits.count == 16, n.suffix.isEmpty || n.suffix == .unsigned { return fit(value, n, longForced: true) }
    case .binary:
      guard n.text.count <= 120 else { return nil }
      for d in n.text { value = value * 2 + Int128(d - 0x30) }
      let len = n.text.count
      if !n.suffix.contains(.unsigned), [8, 16, 32, 64].contains(len), n.text.first == UInt8(ascii: "1") {
        value -= Int128(1) << len
      }
      if len == 64, n.suffix.isEmpty || n.suffix == .unsigned { return fit(value, n, longForced: true) }
    case .decimal:
      var overflow = false
      for d in n.text {
        let (m, o1) = value.multipliedReportingOverflow(by: 10)
        let (a, o2) = m.addingReportingOverflow(Int128(d - 0x30))
        if o1 || o2 {
          overflow = true
          break
        }
        value = a
      }
      if overflow {
        if n.suffix.isEmpty, let d = Double(String(decoding: n.text, as: UTF8.self)) {
          return .double(d * Double(n.multiplier))
        }
        return nil
      }
    }
    return fit(value, n, longForced: false)
  }

  /// Casts an integral value (times the multiplier) to the type its suffix names.
  static func fit(_ raw: Int128, _ n: NumberText, longForced: Bool) -> LiteralValue? {
    let (value, overflow) = raw.multipliedReportingOverflow(by: Int128(n.multiplier))
    if overflow { return nil }
    var suffix = n.suffix
    if longForced { suffix.insert(.long) }
    switch suffix {
    case .signedByte: return Int8(exactly: value).map { .sbyte($0) }
    case [.unsigned, .signedByte]: return UInt8(exactly: value).map { .byte($0) }
    case .short: return Int16(exactly: value).map { .int16($0) }
    case [.unsigned, .short]: return UInt16(exactly: value).map { .uint16($0) }
    case .long: return Int64(exactly: value).map { .int64($0) }
    case .unsigned:
      if let u = UInt32(exactly: value) { return .uint32(u) }
      return UInt64(exactly: value).map { .uint64($0) }
    case [.unsigned, .long]: return UInt64(exactly: value).map { .uint64($0) }
    case .decimal: return .decimal(String(value))
    case .bigInteger: return .bigInteger(String(value))
    case []:
      if let i = Int32(exactly: value) { return .int32(i) }
      if let l = Int64(exactly: value) { return .int64(l) }
      if n.format == .decimal {
        if value.magnitude < (UInt128(1) << 96) { return .decimal(String(value)) }
        return .double(Double(value))
      }
      return nil
    default: return nil
    }
  }

  /// A real literal: double, or decimal with `d`, or an integral type for other suffixes.
  static func realValue(_ n: NumberText) -> LiteralValue? {
    let text = String(decoding: n.text, as: UTF8.self)
    if n.suffix == .decimal { return .decimal(decimalText(n.text, multiplier: n.multiplier)) }
    guard let d = Double(text.hasPrefix(".") ? "0" + text : text) else { return nil }
    let v = d * Double(n.multiplier)
    if n.suffix.isEmpty { return .double(v) }
    if n.suffix == .bigInteger { return .bigInteger(String(Int64(exactly: v.rounded(.towardZero)) ?? 0)) }
    guard v.isFinite, abs(v) < 1.7e38 else { return nil }
    var copy = n
    copy.multiplier = 1
    copy.format = .decimal
    return fit(Int128(v.rounded(.towardZero)), copy, longForced: false)
  }

  /// Normalizes `1.5e2` style text times `multiplier` to plain decimal text (`150`).
  static func decimalText(_ text: [UInt8], multiplier: Int64) -> String {
    var digits: [UInt8] = []
    var scale = 0
    var exp = 0
    var seenDot = false
    var i = 0
    while i < text.count {
      let c = text[i]
      if c == UInt8(ascii: ".") {
        seenDot = true
      } else if c == UInt8(ascii: "e") {
        let rest = String(decoding: text[(i + 1)...], as: UTF8.self)
        exp = Int(rest) ?? 0
        break
      } else {
        digits.append(c - 0x30)
        if seenDot { scale += 1 }
      }
      i += 1
    }
    scale -= exp
    // Multiply the digit string by the multiplier.
    var carry: UInt64 = 0
    let m = UInt64(multiplier)
    for k in stride(from: digits.count - 1, through: 0, by: -1) {
      let p = UInt64(digits[k]) * m + carry
      digits[k] = UInt8(p % 10)
      carry = p / 10
    }
    while carry > 0 {
      digits.insert(UInt8(carry % 10), at: 0)
      carry /= 10
    }
    while scale < 0 {
      digits.append(0)
      scale += 1
    }
    while scale > 0, digits.count > 1, digits.last == 0 {
      digits.removeLast()
      scale -= 1
    }
    while digits.count <= scale { digits.insert(0, at: 0) }
    var intPart = Array(digits[0..<(digits.count - scale)])
    while intPart.count > 1, intPart.first == 0 { intPart.removeFirst() }
    var out = String(decoding: intPart.map { $0 + 0x30 }, as: UTF8.self)
    if scale > 0 {
      out += "." + String(decoding: digits[(digits.count - scale)...].map { $0 + 0x30 }, as: UTF8.self)
    }
    return out
  }
}
