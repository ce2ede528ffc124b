/// The mode-dependent PowerShell scanner (tokenizer.cs): the parser asks for each token in
/// command or expression mode, as PowerShell's parser switches `TokenizerMode`.
///
/// The lexer works on the UTF-8 bytes of a `SourceFile` between `pos` and `limit`. It never
/// fails: problems are appended to `errors` and scanning goes on.
public struct Lexer {
  let file: SourceFile
  let bytes: [UInt8]
  /// One past the last byte this lexer may read.
  let limit: Int
  /// The next byte to scan.
  var pos: Int
  /// Whether `?` and `:` end a number in expression mode. They do inside expressions (`$c ? 1:2`), but
  /// not in the first token of a pipeline, so `2?3:4` there is a command name.
  var numbersEndAtTernaryChars = true
  var tokenStart = 0
  /// Errors found while scanning, in order.
  var errors: [ParseError] = []
  /// `#requires` lines seen.
  var requires: [RequiresDirective] = []
  /// Decoded values of scanned tokens that are not plain source slices.
  let values = TokenValueTable()

  /// Creates a lexer over `file`'s bytes from `start` to `end`.
  public init(file: SourceFile, start: Int = 0, end: Int? = nil) {
    self.file = file
    self.bytes = file.bytes
    self.limit = min(end ?? file.bytes.count, file.bytes.count)
    self.pos = max(0, min(start, limit))
  }

  /// Reports a lexical error at `start..<end`; `incomplete` marks errors that more input could fix.
  mutating func error(
    _ id: ParseErrorID, _ start: Int, _ end: Int, _ args: String..., incomplete: Bool = false
  ) {
    let span = SourceSpan(file: file, start: start, end: end)
    errors.append(
      ParseError(
        id: id, message: ParserMessages.format(id, args), span: span,
        isIncomplete: incomplete && isAtEnd(after: end)))
  }

  /// True when only whitespace and comments follow `offset`.
  func isAtEnd(after offset: Int) -> Bool {
    let limit = bytes.count
    func at(_ i: Int) -> UInt8 { i < limit ? bytes[i] : 0 }
    var i = offset
    while i < limit {
      let c = bytes[i]
      if c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C || c >= 0x80 && whitespaceLength(i) > 0 {
        i += c < 0x80 ? 1 : whitespaceLength(i)
        continue
      }
      if c == CharClass.lf || c == CharClass.cr {
        i += 1
        continue
      }
      if c == UInt8(ascii: "`"), at(i + 1) == CharClass.lf || at(i + 1) == CharClass.cr {
        i += 2
        continue
      }
      if c == UInt8(ascii: "#") {
        while i < limit, bytes[i] != CharClass.lf, bytes[i] != CharClass.cr { i += 1 }
        continue
      }
      if c == UInt8(ascii: "<"), at(i + 1) == UInt8(ascii: "#") {
        i += 2
        while i < limit, !(bytes[i] == UInt8(ascii: "#") && at(i + 1) == UInt8(ascii: ">")) { i += 1 }
        i += 2
        continue
      }
      return false
    }
    return true
  }

  /// Makes a token from `tokenStart` to `pos`.
  @inline(__always) func make(_ kind: TokenKind, space: Bool) -> Token {
    Token(kind: kind, start: tokenStart, end: pos, spaceBefore: space)
  }

  /// Makes a token from `tokenStart` to `pos` carrying `value`.
  func make(_ kind: TokenKind, _ value: TokenValue, space: Bool) -> Token {
    let payload: TokenPayload
    switch value {
    case .none: payload = .none
    case .dashOperator(let d): payload = .dashOperator(d)
    case .redirection(let from, let append, let to): payload = .redirection(from: from, append: append, to: to)
    default: payload = .stored(values.add(value))
    }
    return Token(kind: kind, start: tokenStart, end: pos, spaceBefore: space, payload: payload)
  }

  /// Makes a token from `tokenStart` to `pos` whose value is the source text `from..<to`.
  @inline(__always) func make(_ kind: TokenKind, slice from: Int, _ to: Int, space: Bool) -> Token {
    Token(kind: kind, start: tokenStart, end: pos, spaceBefore: space, payload: .slice(start: from, end: to))
  }

  /// The decoded value of a token this lexer (or a copy of it) scanned.
  public func value(of t: Token) -> TokenValue {
    switch t.payload {
    case .none: return .none
    case .slice(let s, let e): return .text(file.text(from: s, to: e))
    case .stored(let i): return values.items[i]
    case .int32(let v): return .number(.int32(v))
    case .dashOperator(let d): return .dashOperator(d)
    case .redirection(let from, let append, let to): return .redirection(from: from, append: append, to: to)
    }
  }

  /// The decoded text of a token, or an empty string.
  public func stringValue(of t: Token) -> String {
    switch t.payload {
    case .slice(let s, let e): return file.text(from: s, to: e)
    case .stored(let i):
      if case .text(let s) = values.items[i] { return s }
      return ""
    default: return ""
    }
  }

  /// True when the token's text value equals the ASCII `word`, ignoring case (`word` is lower case).
  func valueEquals(_ t: Token, lowercased word: StaticString) -> Bool {
    switch t.payload {
    case .slice(let s, let e):
      guard e - s == word.utf8CodeUnitCount else { return false }
      let w = word.utf8Start
      var i = 0
      while i < e - s {
        var c = bytes[s + i]
        if c >= 0x41 && c <= 0x5A { c |= 0x20 }
        if c != w[i] { return false }
        i += 1
      }
      return true
    case .stored(let i):
      guard case .text(let s) = values.items[i], s.utf8.count == word.utf8CodeUnitCount else { return false }
      return s.lowercased() == word.description
    default: return false
    }
  }

  /// Scans the next token in `mode`.
  public mutating func next(_ mode: LexMode) -> Token {
    var space = pos == 0 || whitespaceLength(pos - 1) > 0 || at(pos - 1) == CharClass.lf
    while true {
      tokenStart = pos
      if pos >= limit {
        return Token(kind: .endOfInput, start: limit, end: limit, spaceBefore: true, mode: mode)
      }
      if bytes[pos] == CharClass.space {
        pos += 1
        while pos < limit && bytes[pos] == CharClass.space { pos += 1 }
        space = true
        continue
      }
      let w = whitespaceLength(pos)
      if w > 0 {
        pos += w
        space = true
        continue
      }
      let c = bytes[pos]
      switch c {
      case UInt8(ascii: "#"):
        scanLineComment()
        space = true
        continue
      case UInt8(ascii: "<") where at(pos + 1) == UInt8(ascii: "#"):
        scanBlockComment()
        space = true
        continue
      case UInt8(ascii: "`"):
        let c1 = at(pos + 1)
        if c1 == CharClass.lf || c1 == CharClass.cr {
          pos += 2
          if c1 == CharClass.cr, at(pos) == CharClass.lf { pos += 1 }
          space = true
          continue
        }
        if pos + 1 >= limit {
          pos += 1
          error("IncompleteString", tokenStart, pos, incomplete: true)
          continue
        }
        if whitespaceLength(pos + 1) > 0 {
          pos += 1
          space = true
          continue
        }
      default: break
      }
      var tok = scanToken(mode, space: space)
      tok.mode = mode
      return tok
    }
  }

  /// Skips a `#` comment to the end of the line, recording `#requires` directives.
  mutating func scanLineComment() {
    let start = pos
    while pos < limit, bytes[pos] != CharClass.lf, bytes[pos] != CharClass.cr { pos += 1 }
    // Only a comment starting `#requires` followed by a blank can be a directive.
    guard pos - start > 9, bytes[start + 1] | 0x20 == UInt8(ascii: "r"), bytes[start + 9] == 0x20 || bytes[start + 9] == 0x09
    else { return }
    let text = file.text(from: start + 1, to: pos)
    if text.count > 8, text.prefix(8).lowercased() == "requires",
      let ch = text.dropFirst(8).first, ch == " " || ch == "\t"
    {
      let rest = String(text.dropFirst(9))
      requires.append(RequiresDirective(span: SourceSpan(file: file, start: start, end: pos), text: rest))
    }
  }

  /// Skips a `<# ... #>` comment; reports a missing terminator.
  mutating func scanBlockComment() {
    let start = pos
    pos += 2
    while pos < limit {
      if bytes[pos] == UInt8(ascii: "#"), at(pos + 1) == UInt8(ascii: ">") {
        pos += 2
        return
      }
      pos += 1
    }
    error("MissingTerminatorMultiLineComment", start, start + 2, incomplete: true)
  }

  /// Scans one token starting at `pos` (not whitespace or a comment).
  mutating func scanToken(_ mode: LexMode, space: Bool) -> Token {
    let c = bytes[pos]
    let cmd = mode == .command
    if c == UInt8(ascii: "'") { return scanStringLiteral(mode, space: space) }
    if c == UInt8(ascii: "\"") { return scanStringExpandable(mode, space: space) }
    if c == UInt8(ascii: "-") { return scanDash(mode, dashLength: 1, space: space) }
    if c == 0xE2 {
      if singleQuoteLength(pos) > 0 { return scanStringLiteral(mode, space: space) }
      if doubleQuoteLength(pos) > 0 { return scanStringExpandable(mode, space: space) }
      let dash = dashLength(pos)
      if dash > 0 { return scanDash(mode, dashLength: dash, space: space) }
    }
    switch c {
    case CharClass.lf:
      pos += 1
      return make(.newLine, space: space)
    case CharClass.cr:
      pos += 1
      if at(pos) == CharClass.lf { pos += 1 }
      return make(.newLine, space: space)
    case UInt8(ascii: "@"):
      return scanAt(mode, space: space)
    case UInt8(ascii: "$"):
      if at(pos + 1) == UInt8(ascii: "(") {
        pos += 2
        return make(.dollarParen, space: space)
      }
      return scanVariable(mode, splatted: false, space: space)
    case UInt8(ascii: "="): return operatorToken(mode, 1, .equals, space: space)
    case UInt8(ascii: "+"):
      if at(pos + 1) == UInt8(ascii: "+") { return operatorToken(mode, 2, .plusPlus, space: space) }
      if at(pos + 1) == UInt8(ascii: "=") { return operatorToken(mode, 2, .plusEquals, space: space) }
      return operatorToken(mode, 1, .plus, space: space)
    case UInt8(ascii: "*"):
      if at(pos + 1) == UInt8(ascii: "=") { return operatorToken(mode, 2, .multiplyEquals, space: space) }
      if at(pos + 1) == UInt8(ascii: ">") { return scanRedirection(from: .all, digitLength: 1, space: space) }
      return operatorToken(mode, 1, .multiply, space: space)
    case UInt8(ascii: "/"):
      if at(pos + 1) == UInt8(ascii: "=") { return operatorToken(mode, 2, .divideEquals, space: space) }
      return operatorToken(mode, 1, .divide, space: space)
    case UInt8(ascii: "%"):
      if at(pos + 1) == UInt8(ascii: "=") { return operatorToken(mode, 2, .remainderEquals, space: space) }
      return operatorToken(mode, 1, .remainder, space: space)
    case UInt8(ascii: "<"):
      pos += 1
      return make(.inputRedirection, space: space)
    case UInt8(ascii: ">"):
      return scanRedirection(from: .output, digitLength: 0, space: space)
    case UInt8(ascii: "("):
      pos += 1
      return make(.lParen, space: space)
    case UInt8(ascii: ")"):
      pos += 1
      return make(.rParen, space: space)
    case UInt8(ascii: "{"):
      pos += 1
      return make(.lCurly, space: space)
    case UInt8(ascii: "}"):
      pos += 1
      return make(.rCurly, space: space)
    case UInt8(ascii: "]"):
      pos += 1
      return make(.rBracket, space: space)
    case UInt8(ascii: ";"):
      pos += 1
      return make(.semicolon, space: space)
    case UInt8(ascii: ","):
      pos += 1
      return make(.comma, space: space)
    case UInt8(ascii: "["):
      if cmd && !forcesNewToken(pos + 1) { return scanGeneric(space: space) }
      pos += 1
      return make(.lBracket, space: space)
    case UInt8(ascii: "."):
      return scanDot(mode, space: space)
    case UInt8(ascii: "&"):
      if at(pos + 1) == UInt8(ascii: "&") {
        pos += 2
        return make(.andAnd, space: space)
      }
      pos += 1
      return make(.ampersand, space: space)
    case UInt8(ascii: "|"):
      if at(pos + 1) == UInt8(ascii: "|") {
        pos += 2
        return make(.orOr, space: space)
      }
      pos += 1
      return make(.pipe, space: space)
    case UInt8(ascii: "!"):
      if cmd && !forcesNewToken(pos + 1) { return scanGeneric(space: space) }
      pos += 1
      return make(.exclaim, space: space)
    case UInt8(ascii: ":"):
      if at(pos + 1) == UInt8(ascii: ":") {
        if cmd && !forcesNewToken(pos + 2) { return scanGeneric(space: space) }
        pos += 2
        return make(.colonColon, space: space)
      }
      if cmd && CharClass.isIdentifierFollow(at(pos + 1)) {
        pos += 1
        while pos < limit, CharClass.isIdentifierFollow(bytes[pos]) { pos += 1 }
        if !forcesNewToken(pos) {
          pos = tokenStart
          return scanGeneric(space: space)
        }
        return make(.label, slice: tokenStart + 1, pos, space: space)
      }
      if cmd && !forcesNewToken(pos + 1) { return scanGeneric(space: space) }
      pos += 1
      return make(.colon, space: space)
    case UInt8(ascii: "?") where !cmd:
      if at(pos + 1) == UInt8(ascii: "?") {
        if at(pos + 2) == UInt8(ascii: "=") {
          pos += 3
          return make(.questionQuestionEquals, space: space)
        }
        pos += 2
        return make(.questionQuestion, space: space)
      }
      if at(pos + 1) == UInt8(ascii: ".") {
        pos += 2
        return make(.questionDot, space: space)
      }
      if at(pos + 1) == UInt8(ascii: "[") {
        pos += 2
        return make(.questionLBracket, space: space)
      }
      pos += 1
      return make(.questionMark, space: space)
    case UInt8(ascii: "1")...UInt8(ascii: "6") where at(pos + 1) == UInt8(ascii: ">"):
      let stream = RedirectionStream(rawValue: Int(c) - 0x30) ?? .output
      return scanRedirection(from: stream, digitLength: 1, space: space)
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      return scanNumber(mode, space: space)
    default:
      if CharClass.isLetter(c) || c == UInt8(ascii: "_") || c >= 0x80 {
        // In command mode a name is a bare word, and a bare word's fast path scans a plain name the same way.
        if cmd { return scanGeneric(space: space) }
        return scanIdentifier(mode, space: space)
      }
      return scanGeneric(space: space)
    }
  }

  /// An operator token in expression mode; in command mode a bare word unless a token break follows.
  mutating func operatorToken(_ mode: LexMode, _ length: Int, _ kind: TokenKind, space: Bool) -> Token {
    if mode == .command && !forcesNewToken(pos + length) { return scanGeneric(space: space) }
    pos += length
    return make(kind, space: space)
  }

  /// `>`, `>>`, `n>`, `n>>`, `n>&1`, `*>&1`; `digitLength` is 1 when a stream digit or `*` precedes `>`.
  mutating func scanRedirection(from stream: RedirectionStream, digitLength: Int, space: Bool) -> Token {
    pos += digitLength + 1
    if at(pos) == UInt8(ascii: ">") {
      pos += 1
      return make(.fileRedirection, .redirection(from: stream, append: true, to: nil), space: space)
    }
    if digitLength > 0, at(pos) == UInt8(ascii: "&"),
      at(pos + 1) == UInt8(ascii: "1") || at(pos + 1) == UInt8(ascii: "2")
    {
      let to: RedirectionStream = at(pos + 1) == UInt8(ascii: "1") ? .output : .error
      if stream != .all || to == .output {
        pos += 2
        return make(.mergingRedirection, .redirection(from: stream, append: false, to: to), space: space)
      }
    }
    return make(.fileRedirection, .redirection(from: stream, append: false, to: nil), space: space)
  }

  /// `.`: member access, `..`, a number `.5`, or in command mode the start of a bare word (`.\x.ps1`).
  mutating func scanDot(_ mode: LexMode, space: Bool) -> Token {
    let c = at(pos + 1)
    if c == UInt8(ascii: ".") {
      if mode == .command && !forcesNewToken(pos + 2) { return scanGeneric(space: space) }
      pos += 2
      return make(.dotDot, space: space)
    }
    if CharClass.isDigit(c) { return scanNumber(mode, space: space) }
    if mode == .command && !forcesNewToken(pos + 1) && c != UInt8(ascii: "$") && doubleQuoteLength(pos + 1) == 0
      && singleQuoteLength(pos + 1) == 0
    {
      return scanGeneric(space: space)
    }
    pos += 1
    return make(.dot, space: space)
  }

  /// `@(`, `@{`, here-strings, splatted variables.
  mutating func scanAt(_ mode: LexMode, space: Bool) -> Token {
    let c1 = at(pos + 1)
    if c1 == UInt8(ascii: "(") {
      pos += 2
      return make(.atParen, space: space)
    }
    if c1 == UInt8(ascii: "{") {
      pos += 2
      return make(.atCurly, space: space)
    }
    if singleQuoteLength(pos + 1) > 0 { return scanHereString(expandable: false, space: space) }
    if doubleQuoteLength(pos + 1) > 0 { return scanHereString(expandable: true, space: space) }
    if CharClass.isVariableStart(c1) && c1 != UInt8(ascii: ":") {
      return scanVariable(mode, splatted: true, space: space)
    }
    if mode == .command && !forcesNewToken(pos + 1) { return scanGeneric(space: space) }
    pos += 1
    error("UnrecognizedToken", tokenStart, pos)
    return make(.unknown, space: space)
  }

  /// An identifier: in expression mode a simple name; in command mode a bare word.
  mutating func scanIdentifier(_ mode: LexMode, space: Bool) -> Token {
    while pos < limit {
      let c = bytes[pos]
      if c < 0x80 {
        guard CharClass.isWordChar(c) else { break }
      } else if whitespaceLength(pos) > 0 || dashLength(pos) > 0 || singleQuoteLength(pos) > 0
        || doubleQuoteLength(pos) > 0
      {
        break
      }
      pos += 1
    }
    if mode == .command && !forcesNewToken(pos) { return scanGeneric(space: space) }
    return make(mode == .command ? .generic : .identifier, slice: tokenStart, pos, space: space)
  }
}
