/// Byte classification for the lexer, after PowerShell's `CharTraits` table (CharTraits.cs).
enum CharClass {
  static let space: UInt8 = 0x20
  static let tab: UInt8 = 0x09
  static let lf: UInt8 = 0x0A
  static let cr: UInt8 = 0x0D

  /// Letters, digits and `_`: characters that continue an identifier.
  @inline(__always) static func isIdentifierFollow(_ c: UInt8) -> Bool {
    isLetter(c) || isDigit(c) || c == UInt8(ascii: "_") || c >= 0x80
  }

  /// ASCII letters, or any non-ASCII byte (treated as a letter: PowerShell accepts Unicode letters).
  @inline(__always) static func isLetter(_ c: UInt8) -> Bool {
    (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z")
  }

  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  @inline(__always) static func isHexDigit(_ c: UInt8) -> Bool {
    isDigit(c) || ((c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "f"))
  }

  /// Characters that may follow `$` to start a variable name.
  @inline(__always) static func isVariableStart(_ c: UInt8) -> Bool {
    isIdentifierFollow(c) || c == UInt8(ascii: "?") || c == UInt8(ascii: "^") || c == UInt8(ascii: "$")
      || c == UInt8(ascii: ":")
  }

  /// ASCII characters that always end a command-mode token (`ForceStartNewToken`):
  /// NUL, tab, LF, VT, FF, CR, space and `& ( ) , ; { | }`.
  @inline(__always) static func forcesNewToken(_ c: UInt8) -> Bool {
    inSet(c, 0x0800_1341_0000_3E01, 0x3800_0000_0000_0000)
  }

  /// `forcesNewToken` plus the characters a bare word must decode: `` ` `` `$` `'` `"`.
  @inline(__always) static func endsPlainWord(_ c: UInt8) -> Bool {
    inSet(c, 0x0800_13D5_0000_3E01, 0x3800_0001_0000_0000)
  }

  /// ASCII letters, digits and `_`.
  @inline(__always) static func isWordChar(_ c: UInt8) -> Bool {
    inSet(c, 0x03FF_0000_0000_0000, 0x07FF_FFFE_87FF_FFFE)
  }

  /// ASCII letters, digits, `_` and `?` (variable name characters).
  @inline(__always) static func isVariableNameChar(_ c: UInt8) -> Bool {
    inSet(c, 0x83FF_0000_0000_0000, 0x07FF_FFFE_87FF_FFFE)
  }

  /// Membership of an ASCII byte in a 128-bit set given as two 64-bit masks; false for non-ASCII.
  @inline(__always) static func inSet(_ c: UInt8, _ low: UInt64, _ high: UInt64) -> Bool {
    if c < 64 { return (low >> UInt64(c)) & 1 != 0 }
    if c < 128 { return (high >> UInt64(c &- 64)) & 1 != 0 }
    return false
  }

  /// Characters that end a number in expression mode (`ForceStartNewTokenAfterNumber`), plus ternary chars.
  @inline(__always) static func endsNumberInExpression(_ c: UInt8) -> Bool {
    switch c {
    case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "*"), UInt8(ascii: "+"),
      UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "<"), UInt8(ascii: "="),
      UInt8(ascii: ">"), UInt8(ascii: "]"), UInt8(ascii: "?"), UInt8(ascii: ":"):
      return true
    default: return false
    }
  }
}

extension Lexer {
  /// The byte at `i`, or 0 past the end.
  @inline(__always) func at(_ i: Int) -> UInt8 { i < limit && i >= 0 ? bytes[i] : 0 }

  /// Length of a horizontal whitespace character at `i` (space, tab, FF, VT, NBSP, NEL), or 0.
  @inline(__always) func whitespaceLength(_ i: Int) -> Int {
    let c = at(i)
    if c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C { return 1 }
    if c == 0xC2, at(i + 1) == 0xA0 || at(i + 1) == 0x85 { return 2 }
    if c == 0xE2, at(i + 1) == 0x80, at(i + 2) >= 0x80 && at(i + 2) <= 0x8A { return 3 }
    if c == 0xE3, at(i + 1) == 0x80, at(i + 2) == 0x80 { return 3 }
    return 0
  }

  /// Length of a dash (`-`, en dash, em dash, horizontal bar) at `i`, or 0.
  @inline(__always) func dashLength(_ i: Int) -> Int {
    let c = at(i)
    if c == UInt8(ascii: "-") { return 1 }
    if c == 0xE2, at(i + 1) == 0x80, at(i + 2) >= 0x93 && at(i + 2) <= 0x95 { return 3 }
    return 0
  }

  /// Length of a single quote (`'` or a typographic single quote) at `i`, or 0.
  @inline(__always) func singleQuoteLength(_ i: Int) -> Int {
    let c = at(i)
    if c == UInt8(ascii: "'") { return 1 }
    if c == 0xE2, at(i + 1) == 0x80, at(i + 2) >= 0x98 && at(i + 2) <= 0x9B { return 3 }
    return 0
  }

  /// Length of a double quote (`"` or a typographic double quote) at `i`, or 0.
  @inline(__always) func doubleQuoteLength(_ i: Int) -> Int {
    let c = at(i)
    if c == UInt8(ascii: "\"") { return 1 }
    if c == 0xE2, at(i + 1) == 0x80, at(i + 2) >= 0x9C && at(i + 2) <= 0x9E { return 3 }
    return 0
  }

  /// True if the character at `i` ends a command-mode token (ASCII set plus Unicode whitespace).
  @inline(__always) func forcesNewToken(_ i: Int) -> Bool {
    if i >= limit { return true }
    let c = bytes[i]
    if c < 0x80 { return CharClass.forcesNewToken(c) }
    return whitespaceLength(i) > 0
  }
}
