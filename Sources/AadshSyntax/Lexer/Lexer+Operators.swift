/// Dashes: `-`, `--`, `-=`, parameters and dash operators (tokenizer.cs NextToken case '-', ScanParameter).
extension Lexer {
  /// The dash operators by lower-case name, including `c`/`i` case-prefixed forms.
  static let dashOperators: [String: DashOperator] = {
    var table: [String: DashOperator] = [
      "not": .not, "bnot": .bnot, "f": .binary(.format, .defaultInsensitive),
    ]
    for op in BinaryOperator.allCases {
      switch op {
      case .add, .subtract, .multiply, .divide, .remainder, .format, .range, .nullCoalesce: continue
      default: break
      }
      table[op.rawValue] = .binary(op, .defaultInsensitive)
      if op.acceptsCasePrefix {
        table["c" + op.rawValue] = .binary(op, .sensitive)
        table["i" + op.rawValue] = .binary(op, .insensitive)
      }
    }
    return table
  }()

  /// A dash-operator name packed as lower-case ASCII bytes, for lookups without building a string.
  struct OperatorKey: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init() {}

    /// The key of `bytes[from..<to]`, or nil when it cannot name an operator.
    @inline(__always) init?(_ bytes: [UInt8], _ from: Int, _ to: Int) {
      guard to - from >= 1, to - from <= 16 else { return nil }
      var i = from
      while i < to {
        var c = bytes[i]
        guard c < 0x80 else { return nil }
        if c >= 0x41 && c <= 0x5A { c |= 0x20 }
        let k = i - from
        if k < 8 { low |= UInt64(c) << (8 * UInt64(k)) } else { high |= UInt64(c) << (8 * UInt64(k - 8)) }
        i += 1
      }
    }
  }

  /// A small open-addressing table from short ASCII words to values (keywords, dash operators).
  struct WordTable<Value: Sendable>: Sendable {
    var keys: [OperatorKey]
    var values: [Value?]
    let mask: Int

    init(_ entries: [(String, Value)]) {
      var size = 16
      while size < entries.count * 4 { size *= 2 }
      mask = size - 1
      keys = Array(repeating: OperatorKey(), count: size)
      values = Array(repeating: nil, count: size)
      for (word, value) in entries {
        let b = Array(word.utf8)
        guard let key = OperatorKey(b, 0, b.count) else { continue }
        var i = Self.slot(key, mask)
        while values[i] != nil && keys[i] != key { i = (i + 1) & mask }
        keys[i] = key
        values[i] = value
      }
    }

    @inline(__always) static func slot(_ key: OperatorKey, _ mask: Int) -> Int {
      let h = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
      return Int(truncatingIfNeeded: h >> 40) & mask
    }

    @inline(__always) func lookup(_ key: OperatorKey) -> Value? {
      var i = Self.slot(key, mask)
      while true {
        guard let v = values[i] else { return nil }
        if keys[i] == key { return v }
        i = (i + 1) & mask
      }
    }
  }

  static let dashOperatorKeys = WordTable<DashOperator>(dashOperators.map { ($0.key, $0.value) })

  /// Scans a token starting with a dash of `dashLength` bytes.
  mutating func scanDash(_ mode: LexMode, dashLength len: Int, space: Bool) -> Token {
    let after = pos + len
    let second = dashLength(after)
    if second > 0 {
      if mode == .command && !forcesNewToken(after + second) { return scanGeneric(space: space) }
      pos = after + second
      return make(.minusMinus, space: space)
    }
    let c1 = at(after)
    if c1 == UInt8(ascii: "=") {
      if mode == .command && !forcesNewToken(after + 1) { return scanGeneric(space: space) }
      pos = after + 1
      return make(.minusEquals, space: space)
    }
    if CharClass.isLetter(c1) || c1 == UInt8(ascii: "_") || c1 == UInt8(ascii: "?")
      || (c1 >= 0x80 && whitespaceLength(after) == 0 && singleQuoteLength(after) == 0
        && doubleQuoteLength(after) == 0)
    {
      return scanParameter(mode, nameStart: after, space: space)
    }
    if mode == .command && !forcesNewToken(after) { return scanGeneric(space: space) }
    pos = after
    return make(.minus, space: space)
  }

  /// `-Name`, `-Name:` (command mode) or a dash operator (expression mode).
  mutating func scanParameter(_ mode: LexMode, nameStart: Int, space: Bool) -> Token {
    pos = nameStart
    var sawColon = false
    scan: while pos < limit {
      if whitespaceLength(pos) > 0 { break }
      let c = bytes[pos]
      switch c {
      case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ";"),
        UInt8(ascii: ","), UInt8(ascii: "|"), UInt8(ascii: "&"), UInt8(ascii: "."), UInt8(ascii: "["),
        CharClass.cr, CharClass.lf, 0:
        break scan
      case UInt8(ascii: ":"):
        sawColon = true
        break scan
      default:
        if singleQuoteLength(pos) > 0 || doubleQuoteLength(pos) > 0 {
          if mode == .command { return scanGeneric(space: space) }
          break scan
        }
        if CharClass.isLetter(c) || mode == .command {
          pos += 1
        } else {
          break scan
        }
      }
    }
    let nameEnd = pos
    if mode == .expression {
      if let key = OperatorKey(bytes, nameStart, nameEnd), let op = Self.dashOperatorKeys.lookup(key) {
        return make(.dashOperator, .dashOperator(op), space: space)
      }
    }
    if sawColon && mode == .command { pos += 1 }
    if nameEnd == nameStart {
      return make(.minus, space: space)
    }
    var tok = make(.parameter, slice: nameStart, nameEnd, space: space)
    tok.hasColon = sawColon && mode == .command
    return tok
  }
}
