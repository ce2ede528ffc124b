/// Strings, bare words and variables (tokenizer.cs ScanStringLiteral, ScanStringExpandable,
/// ScanHereString*, ScanGenericToken, ScanVariable).
extension Lexer {
  /// `'text'` with `''` for a quote.
  mutating func scanStringLiteral(_ mode: LexMode, space: Bool) -> Token {
    pos += singleQuoteLength(pos)
    // Without doubled quotes the value is the source text between the quotes.
    let bodyStart = pos
    while pos < limit {
      let q = singleQuoteLength(pos)
      if q == 0 {
        pos += 1
        continue
      }
      if singleQuoteLength(pos + q) > 0 { break }
      let bodyEnd = pos
      pos += q
      return make(.stringLiteral, slice: bodyStart, bodyEnd, space: space)
    }
    pos = bodyStart
    var buf: [UInt8] = []
    if !scanSingleQuotedBody(&buf) {
      error("TerminatorExpectedAtEndOfString", tokenStart, pos, "'", incomplete: true)
    }
    return make(.stringLiteral, .text(String(decoding: buf, as: UTF8.self)), space: space)
  }

  /// Appends the body of a single-quoted string (after the opening quote); false if unterminated.
  mutating func scanSingleQuotedBody(_ buf: inout [UInt8]) -> Bool {
    while pos < limit {
      let q = singleQuoteLength(pos)
      if q > 0 {
        let q2 = singleQuoteLength(pos + q)
        if q2 > 0 {
          buf.append(UInt8(ascii: "'"))
          pos += q + q2
          continue
        }
        pos += q
        return true
      }
      buf.append(bytes[pos])
      pos += 1
    }
    return false
  }

  /// `"text $var $(expr)"`.
  mutating func scanStringExpandable(_ mode: LexMode, space: Bool) -> Token {
    pos += doubleQuoteLength(pos)
    // Without escapes, `$` or doubled quotes the value is the source text between the quotes.
    let bodyStart = pos
    while pos < limit {
      let c = bytes[pos]
      if c == UInt8(ascii: "`") || c == UInt8(ascii: "$") { break }
      let q = doubleQuoteLength(pos)
      if q == 0 {
        pos += 1
        continue
      }
      if doubleQuoteLength(pos + q) > 0 { break }
      let bodyEnd = pos
      pos += q
      return make(.stringExpandable, slice: bodyStart, bodyEnd, space: space)
    }
    pos = bodyStart
    var buf: [UInt8] = []
    var parts: [StringPart] = []
    if !scanExpandableBody(&buf, &parts, hereString: false) {
      error("TerminatorExpectedAtEndOfString", tokenStart, pos, "\"", incomplete: true)
    }
    return make(.stringExpandable, Self.partsValue(&buf, &parts), space: space)
  }

  /// The token value for collected parts: plain text when nothing expands.
  static func partsValue(_ buf: inout [UInt8], _ parts: inout [StringPart]) -> TokenValue {
    if parts.isEmpty { return .text(String(decoding: buf, as: UTF8.self)) }
    if !buf.isEmpty { parts.append(.text(String(decoding: buf, as: UTF8.self))) }
    buf.removeAll()
    return .parts(parts)
  }

  /// Scans an expandable body up to its terminator; false if the input ends first.
  mutating func scanExpandableBody(_ buf: inout [UInt8], _ parts: inout [StringPart], hereString: Bool) -> Bool {
    while pos < limit {
      let c = bytes[pos]
      if hereString {
        if c == CharClass.lf || c == CharClass.cr {
          var n = pos + 1
          if c == CharClass.cr, at(n) == CharClass.lf { n += 1 }
          let q = doubleQuoteLength(n)
          if q > 0, at(n + q) == UInt8(ascii: "@") {
            pos = n + q + 1
            return true
          }
          buf.append(contentsOf: bytes[pos..<n])
          pos = n
          continue
        }
      } else {
        let q = doubleQuoteLength(pos)
        if q > 0 {
          let q2 = doubleQuoteLength(pos + q)
          if q2 > 0 {
            buf.append(UInt8(ascii: "\""))
            pos += q + q2
            continue
          }
          pos += q
          return true
        }
      }
      if c == UInt8(ascii: "`") {
        scanEscape(&buf)
        continue
      }
      if c == UInt8(ascii: "$"), scanDollarInString(&buf, &parts) { continue }
      buf.append(c)
      pos += 1
    }
    return false
  }

  /// Decodes a backtick escape at `pos` into `buf` (tokenizer.cs Backtick).
  mutating func scanEscape(_ buf: inout [UInt8]) {
    let start = pos
    pos += 1
    guard pos < limit else {
      buf.append(UInt8(ascii: "`"))
      return
    }
    let c = bytes[pos]
    pos += 1
    switch c {
    case UInt8(ascii: "0"): buf.append(0)
    case UInt8(ascii: "a"): buf.append(7)
    case UInt8(ascii: "b"): buf.append(8)
    case UInt8(ascii: "e"): buf.append(27)
    case UInt8(ascii: "f"): buf.append(12)
    case UInt8(ascii: "n"): buf.append(10)
    case UInt8(ascii: "r"): buf.append(13)
    case UInt8(ascii: "t"): buf.append(9)
    case UInt8(ascii: "v"): buf.append(11)
    case UInt8(ascii: "u") where at(pos) == UInt8(ascii: "{"):
      scanUnicodeEscape(&buf, start: start)
    default:
      buf.append(c)
      while pos < limit, bytes[pos] & 0xC0 == 0x80 {
        buf.append(bytes[pos])
        pos += 1
      }
    }
  }

  /// `` `u{XXXX} `` after the `u`.
  mutating func scanUnicodeEscape(_ buf: inout [UInt8], start: Int) {
    pos += 1
    var value: UInt32 = 0
    var digits = 0
    while pos < limit, CharClass.isHexDigit(bytes[pos]) {
      if digits == 6 {
        error("TooManyDigitsInUnicodeEscapeSequence", start, pos + 1)
        break
      }
      let d = bytes[pos]
      value = value * 16 + UInt32(CharClass.isDigit(d) ? d - 0x30 : (d | 0x20) - 0x61 + 10)
      digits += 1
      pos += 1
    }
    if digits == 0 {
      error("InvalidUnicodeEscapeSequence", start, pos)
      return
    }
    if at(pos) != UInt8(ascii: "}") {
      error("MissingUnicodeEscapeSequenceTerminator", start, pos, incomplete: pos >= limit)
      return
    }
    pos += 1
    guard let scalar = Unicode.Scalar(value) else {
      error("InvalidUnicodeEscapeSequenceValue", start, pos)
      return
    }
    buf.append(contentsOf: Array(String(Character(scalar)).utf8))
  }

  /// Handles `$` inside an expandable string or bare word; false if the `$` is literal.
  mutating func scanDollarInString(_ buf: inout [UInt8], _ parts: inout [StringPart]) -> Bool {
    let start = pos
    let c1 = at(pos + 1)
    if c1 == UInt8(ascii: "(") {
      flush(&buf, &parts)
      let inner = pos + 2
      if let close = Self.matchingParen(bytes, from: inner, limit: limit) {
        pos = close + 1
        parts.append(.subExpression(start: start, innerStart: inner, innerEnd: close, end: pos, closed: true))
      } else {
        pos = limit
        parts.append(.subExpression(start: start, innerStart: inner, innerEnd: limit, end: limit, closed: false))
        reportUnterminatedInSubExpression(from: inner)
      }
      return true
    }
    if c1 == UInt8(ascii: "{") {
      flush(&buf, &parts)
      pos += 2
      let name = scanBracedName(start: start)
      parts.append(.variable(path: name, start: start, end: pos))
      return true
    }
    guard CharClass.isVariableStart(c1), dashLength(pos + 1) == 0, whitespaceLength(pos + 1) == 0,
      doubleQuoteLength(pos + 1) == 0, singleQuoteLength(pos + 1) == 0
    else { return false }
    flush(&buf, &parts)
    pos += 1
    if scanVariableName() { checkVariablePath(start: start, nameStart: start + 1, nameEnd: pos) }
    parts.append(.variable(path: file.text(from: start + 1, to: pos), start: start, end: pos))
    return true
  }

  @inline(__always) func flush(_ buf: inout [UInt8], _ parts: inout [StringPart]) {
    if !buf.isEmpty {
      parts.append(.text(String(decoding: buf, as: UTF8.self)))
      buf.removeAll(keepingCapacity: true)
    }
  }

  /// Scans a plain variable name at `pos` (after `$`): `$$ $? $^` or name characters with `:` qualifiers.
  /// Returns true when the name contains a `:` (so it may have a qualifier and an empty name part).
  @discardableResult
  mutating func scanVariableName() -> Bool {
    let c = at(pos)
    if c == UInt8(ascii: "$") || c == UInt8(ascii: "?") || c == UInt8(ascii: "^") {
      pos += 1
      return false
    }
    var colon = false
    while pos < limit {
      let b = bytes[pos]
      if CharClass.isVariableNameChar(b) {
        pos += 1
      } else if b == UInt8(ascii: ":") {
        if at(pos + 1) == UInt8(ascii: ":") { return colon }
        colon = true
        pos += 1
      } else if b >= 0x80, whitespaceLength(pos) == 0, dashLength(pos) == 0, singleQuoteLength(pos) == 0,
        doubleQuoteLength(pos) == 0
      {
        pos += 1
      } else {
        return colon
      }
    }
    return colon
  }

  /// Reports a variable reference whose name part is empty (`$a:` before a space); the name is
  /// `bytes[nameStart..<nameEnd]`, split as `VariablePath` splits it.
  mutating func checkVariablePath(start: Int, nameStart: Int, nameEnd: Int) {
    var i = nameStart
    var ascii = true
    while i < nameEnd {
      let b = bytes[i]
      if b == UInt8(ascii: ":") { break }
      if b >= 0x80 {
        ascii = false
      } else if !(CharClass.isLetter(b) || CharClass.isDigit(b) || b == UInt8(ascii: "_")) {
        i = nameEnd
        break
      }
      i += 1
    }
    let hasQualifier = i < nameEnd && i > nameStart
    if hasQualifier && !ascii {
      // A non-ASCII qualifier: let `VariablePath` decide whether it is one.
      let path = VariablePath(file.text(from: nameStart, to: nameEnd))
      if path.name.isEmpty {
        let id: ParseErrorID = path.qualifier != nil ? "InvalidVariableReferenceWithDrive" : "InvalidVariableReference"
        error(id, start, pos)
      }
      return
    }
    if hasQualifier {
      if i + 1 == nameEnd { error("InvalidVariableReferenceWithDrive", start, pos) }
    } else if nameEnd == nameStart {
      error("InvalidVariableReference", start, pos)
    }
  }

  /// The name inside `${...}` (after `${`); leaves `pos` after the `}`.
  mutating func scanBracedName(start: Int) -> String {
    var buf: [UInt8] = []
    while pos < limit {
      let c = bytes[pos]
      if c == UInt8(ascii: "}") {
        pos += 1
        if buf.isEmpty {
          error("EmptyVariableReference", pos - 1, pos)
          return ":Error:"
        }
        return String(decoding: buf, as: UTF8.self)
      }
      if c == UInt8(ascii: "`") {
        scanEscape(&buf)
        continue
      }
      buf.append(c)
      pos += 1
    }
    error("IncompleteDollarVariableReference", start + 1, pos, incomplete: true)
    return buf.isEmpty ? ":Error:" : String(decoding: buf, as: UTF8.self)
  }

  /// `$name`, `${name}`, `@name`; in command mode a variable glued to more text is a bare word.
  mutating func scanVariable(_ mode: LexMode, splatted: Bool, space: Bool) -> Token {
    let start = pos
    pos += 1
    let c = at(pos)
    let kind: TokenKind = splatted ? .splattedVariable : .variable
    if c == UInt8(ascii: "{") && !splatted {
      pos += 1
      let name = scanBracedName(start: start)
      if mode == .command && !forcesNewToken(pos) && at(pos) != UInt8(ascii: ".") && at(pos) != UInt8(ascii: "[") {
        return scanGeneric(space: space)
      }
      return make(kind, .text(name), space: space)
    }
    if !CharClass.isVariableStart(c) || dashLength(pos) > 0 || whitespaceLength(pos) > 0
      || singleQuoteLength(pos) > 0 || doubleQuoteLength(pos) > 0
    {
      return scanGeneric(space: space)
    }
    let hasColon = scanVariableName()
    if mode == .command && !forcesNewToken(pos) {
      let n = at(pos)
      if n != UInt8(ascii: ".") && n != UInt8(ascii: "[") && n != UInt8(ascii: "=") {
        return scanGeneric(space: space)
      }
      if pos - start == 2, c == UInt8(ascii: "$") || c == UInt8(ascii: "?") || c == UInt8(ascii: "^") {
        if n == UInt8(ascii: "=") { return scanGeneric(space: space) }
      }
    }
    // Without a `:` the name cannot be empty.
    if hasColon { checkVariablePath(start: start, nameStart: start + 1, nameEnd: pos) }
    return make(kind, slice: start + 1, pos, space: space)
  }

  /// A command-mode bare word from `tokenStart`: ends at whitespace or `{ } ( ) ; , | &`; quotes,
  /// escapes and `$` expansions inside it are processed (tokenizer.cs ScanGenericToken).
  mutating func scanGeneric(space: Bool) -> Token {
    pos = tokenStart
    // Fast path: a word without quotes, escapes or `$` is its own source text.
    while pos < limit {
      let c = bytes[pos]
      if c < 0x80 {
        if CharClass.endsPlainWord(c) {
          // The first character never ends the word; only the decoding characters stop the fast path there.
          if pos > tokenStart || !CharClass.forcesNewToken(c) { break }
        }
      } else {
        if pos > tokenStart && whitespaceLength(pos) > 0 { break }
        if c == 0xE2 && (singleQuoteLength(pos) > 0 || doubleQuoteLength(pos) > 0) { break }
      }
      pos += 1
    }
    if pos >= limit || (pos > tokenStart && forcesNewToken(pos)) {
      return make(.generic, slice: tokenStart, pos, space: space)
    }
    var buf: [UInt8] = Array(bytes[tokenStart..<pos])
    var parts: [StringPart] = []
    var quoted = false
    var first = pos == tokenStart
    while pos < limit {
      if !first && forcesNewToken(pos) { break }
      first = false
      let c = bytes[pos]
      if c == UInt8(ascii: "`") {
        if pos + 1 < limit {
          let c1 = bytes[pos + 1]
          if c1 == CharClass.lf || c1 == CharClass.cr { break }
          quoted = true
          scanEscape(&buf)
        } else {
          buf.append(c)
          pos += 1
        }
        continue
      }
      if singleQuoteLength(pos) > 0 {
        quoted = true
        let qs = pos
        pos += singleQuoteLength(pos)
        if !scanSingleQuotedBody(&buf) {
          error("TerminatorExpectedAtEndOfString", qs, pos, "'", incomplete: true)
        }
        continue
      }
      if doubleQuoteLength(pos) > 0 {
        quoted = true
        let qs = pos
        pos += doubleQuoteLength(pos)
        if !scanExpandableBody(&buf, &parts, hereString: false) {
          error("TerminatorExpectedAtEndOfString", qs, pos, "\"", incomplete: true)
        }
        continue
      }
      if c == UInt8(ascii: "$"), scanDollarInString(&buf, &parts) { continue }
      buf.append(c)
      pos += 1
    }
    for part in parts {
      if case .subExpression(let start, _, _, _, false) = part {
        error("MissingEndParenthesisInSubexpression", start, start + 2, incomplete: true)
      }
    }
    var tok = make(.generic, Self.partsValue(&buf, &parts), space: space)
    tok.quoted = quoted
    return tok
  }

  /// `@"` / `@'` here-strings: the header must end its line; the footer starts a line.
  mutating func scanHereString(expandable: Bool, space: Bool) -> Token {
    let quoteChar = expandable ? "\"" : "'"
    pos += 1
    pos += expandable ? doubleQuoteLength(pos) : singleQuoteLength(pos)
    while whitespaceLength(pos) > 0 { pos += whitespaceLength(pos) }
    let kind: TokenKind = expandable ? .hereStringExpandable : .hereStringLiteral
    if at(pos) != CharClass.lf && at(pos) != CharClass.cr {
      if pos >= limit {
        error("TerminatorExpectedAtEndOfString", tokenStart, pos, quoteChar + "@", incomplete: true)
        return make(kind, .text(""), space: space)
      }
      error("UnexpectedCharactersAfterHereStringHeader", pos, pos + 1)
      while pos < limit, bytes[pos] != CharClass.lf, bytes[pos] != CharClass.cr { pos += 1 }
    }
    if at(pos) == CharClass.cr { pos += 1 }
    if at(pos) == CharClass.lf { pos += 1 }
    var buf: [UInt8] = []
    var parts: [StringPart] = []
    // An empty body: the footer directly on the next line.
    if (expandable ? doubleQuoteLength(pos) : singleQuoteLength(pos)) == 1, at(pos + 1) == UInt8(ascii: "@") {
      pos += 2
      return make(kind, .text(""), space: space)
    }
    if expandable {
      if !scanExpandableBody(&buf, &parts, hereString: true) {
        error("TerminatorExpectedAtEndOfString", tokenStart, pos, "\"@", incomplete: true)
      }
      return make(kind, Self.partsValue(&buf, &parts), space: space)
    }
    while pos < limit {
      let c = bytes[pos]
      if c == CharClass.lf || c == CharClass.cr {
        var n = pos + 1
        if c == CharClass.cr, at(n) == CharClass.lf { n += 1 }
        let q = singleQuoteLength(n)
        if q > 0, at(n + q) == UInt8(ascii: "@") {
          pos = n + q + 1
          return make(kind, .text(String(decoding: buf, as: UTF8.self)), space: space)
        }
        buf.append(contentsOf: bytes[pos..<n])
        pos = n
        continue
      }
      buf.append(c)
      pos += 1
    }
    error("TerminatorExpectedAtEndOfString", tokenStart, pos, "'@", incomplete: true)
    return make(kind, .text(String(decoding: buf, as: UTF8.self)), space: space)
  }

  /// An unclosed `$(` inside a string or bare word runs to the end of the input. When a block comment or
  /// a quoted string inside it is what runs to the end, reports that construct too (as PowerShell's nested
  /// scan does), so that the innermost missing terminator is known.
  mutating func reportUnterminatedInSubExpression(from inner: Int) {
    var blocker: Unterminated? = nil
    _ = Self.matchingParen(bytes, from: inner, limit: limit, blocker: &blocker)
    switch blocker {
    case .comment(let at)?:
      error("MissingTerminatorMultiLineComment", at, at + 2, incomplete: true)
    case .string(let at, let quote)?:
      error("TerminatorExpectedAtEndOfString", at, limit, quote == UInt8(ascii: "'") ? "'" : "\"", incomplete: true)
    case nil: break
    }
  }

  /// A construct inside a `$( )` that runs to the end of the input.
  enum Unterminated {
    case comment(at: Int)
    case string(at: Int, quote: UInt8)
  }

  /// The index of the `)` closing a `$(` whose content starts at `from`, skipping strings and comments.
  static func matchingParen(_ bytes: [UInt8], from: Int, limit: Int) -> Int? {
    var blocker: Unterminated? = nil
    return matchingParen(bytes, from: from, limit: limit, blocker: &blocker)
  }

  /// `matchingParen`, also telling which comment or string (if any) ran to the end of the input.
  static func matchingParen(_ bytes: [UInt8], from: Int, limit: Int, blocker: inout Unterminated?) -> Int? {
    var depth = 1
    var i = from
    while i < limit {
      let c = bytes[i]
      switch c {
      case UInt8(ascii: "("): depth += 1
      case UInt8(ascii: ")"):
        depth -= 1
        if depth == 0 { return i }
      case UInt8(ascii: "`"): i += 1
      case UInt8(ascii: "'"):
        let quoteStart = i
        i += 1
        while i < limit, bytes[i] != UInt8(ascii: "'") { i += 1 }
        if i >= limit { blocker = .string(at: quoteStart, quote: c) }
      case UInt8(ascii: "\""):
        let quoteStart = i
        i += 1
        while i < limit, bytes[i] != UInt8(ascii: "\"") {
          if bytes[i] == UInt8(ascii: "`") {
            i += 1
          } else if bytes[i] == UInt8(ascii: "$"), i + 1 < limit, bytes[i + 1] == UInt8(ascii: "(") {
            guard let close = matchingParen(bytes, from: i + 2, limit: limit, blocker: &blocker) else {
              if blocker == nil { blocker = .string(at: quoteStart, quote: c) }
              return nil
            }
            i = close
          }
          i += 1
        }
        if i >= limit { blocker = .string(at: quoteStart, quote: c) }
      case UInt8(ascii: "#"):
        let prev = i > from ? bytes[i - 1] : 0x20
        if prev == 0x20 || prev == 0x09 || prev == CharClass.lf || prev == UInt8(ascii: ";") || i == from {
          while i < limit, bytes[i] != CharClass.lf { i += 1 }
        }
      case UInt8(ascii: "<") where i + 1 < limit && bytes[i + 1] == UInt8(ascii: "#"):
        let commentStart = i
        i += 2
        while i + 1 < limit, !(bytes[i] == UInt8(ascii: "#") && bytes[i + 1] == UInt8(ascii: ">")) { i += 1 }
        if i + 1 >= limit { blocker = .comment(at: commentStart) }
        i += 1
      default: break
      }
      i += 1
    }
    return nil
  }
}
