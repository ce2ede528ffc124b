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
    let name = file.text(from: nameStart, to: pos)
    if mode == .expression {
      if let op = Self.dashOperators[name.lowercased()] {
        return make(.dashOperator, .dashOperator(op), space: space)
      }
    }
    if sawColon && mode == .command { pos += 1 }
    if name.isEmpty {
      return make(.minus, space: space)
    }
    var tok = make(.parameter, .text(name), space: space)
    tok.hasColon = sawColon && mode == .command
    return tok
  }
}
