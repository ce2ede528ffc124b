/// The PowerShell parser: a hand-written recursive-descent parser after PowerShell's Parser.cs.
///
/// `parse` never fails: it always returns a tree and every error found, recovering at statement
/// boundaries. Incomplete input (an open block, a trailing operator, an unterminated string) is
/// flagged on each error so that the REPL can ask for more lines.
public enum Parser {
  /// Parses a whole script (or one REPL entry) into a script block and its errors.
  public static func parse(_ file: SourceFile) -> ParseResult {
    var state = ParserState(file: file, start: 0, end: file.bytes.count)
    let ast = state.parseScript()
    state.finish()
    return ParseResult(ast: ast, errors: state.errors)
  }
}

/// The mutable parsing state: the token cursor over a `Lexer`, collected errors and recursion depth.
struct ParserState {
  let file: SourceFile
  var lexer: Lexer
  /// The current lookahead token (valid when `hasToken`).
  var token: Token
  var hasToken = false
  /// Lexer errors of the lookahead token; committed when it is consumed.
  var pending: [ParseError] = []
  /// The same lookahead scanned in the other mode, kept so that switching back does not rescan.
  var altToken: Token?
  var altPending: [ParseError] = []
  var errors: [ParseError] = []
  /// End offset of the last consumed token.
  var lastEnd: Int
  var depth = 0
  /// True while parsing method-call or attribute arguments, where `,` separates arguments.
  var noComma = false
  var aborted = false
  /// Nesting limit, so that pathological input cannot exhaust the stack.
  static let maxDepth = 90
  /// The most operators one binary expression chains (`1 + 1 + ...`), and the most member accesses,
  /// indexes and calls one operand chains: each is a level of the tree its users walk.
  static let maxBinaryChain = 10_000
  static let maxPostfixChain = 1_000

  init(file: SourceFile, start: Int, end: Int) {
    self.file = file
    self.lexer = Lexer(file: file, start: start, end: end)
    self.token = Token(kind: .endOfInput, start: start, end: start, spaceBefore: true)
    self.lastEnd = start
  }

  /// Commits lexer errors of an unconsumed lookahead (for example an unterminated comment before the end).
  mutating func finish() {
    if hasToken {
      errors += pending
      pending = []
    }
    errors += lexer.errors
    lexer.errors = []
  }

  // MARK: Token cursor

  /// Tokens scanned the same way in every mode, so that a mode switch does not rescan them.
  @inline(__always) static func isModeIndependent(_ kind: TokenKind) -> Bool {
    switch kind {
    case .newLine, .semicolon, .endOfInput, .lParen, .rParen, .lCurly, .rCurly, .atParen, .atCurly, .dollarParen,
      .comma, .pipe, .orOr, .andAnd, .ampersand, .stringLiteral, .stringExpandable, .hereStringLiteral,
      .hereStringExpandable, .rBracket, .fileRedirection, .mergingRedirection, .inputRedirection:
      return true
    default: return false
    }
  }

  /// The lookahead token scanned in `mode`; rescans it if it was scanned in another mode.
  @inline(__always)
  mutating func peek(_ mode: LexMode = .expression) -> Token {
    if hasToken && (token.mode == mode || Self.isModeIndependent(token.kind)) { return token }
    fetch(mode)
    return token
  }

  /// The kind of the lookahead token scanned in `mode`, without copying the token.
  @inline(__always)
  mutating func peekKind(_ mode: LexMode = .expression) -> TokenKind {
    if hasToken && (token.mode == mode || Self.isModeIndependent(token.kind)) { return token.kind }
    fetch(mode)
    return token.kind
  }

  /// Scans (or rescans, or swaps in the cached alternative of) the lookahead in `mode`.
  mutating func fetch(_ mode: LexMode) {
    if hasToken {
      if let alt = altToken, alt.start == token.start, alt.mode == mode {
        altToken = token
        swap(&pending, &altPending)
        token = alt
        lexer.pos = alt.end
        return
      }
      altToken = token
      if !pending.isEmpty || !altPending.isEmpty {
        altPending = pending
        pending = []
      }
      lexer.pos = token.start
    }
    token = lexer.next(mode)
    if !lexer.errors.isEmpty {
      pending = lexer.errors
      lexer.errors = []
    } else if !pending.isEmpty {
      pending = []
    }
    hasToken = true
  }

  /// Consumes the lookahead token.
  mutating func advance() {
    guard hasToken else { return }
    if !pending.isEmpty {
      errors += pending
      pending = []
    }
    lastEnd = token.end
    hasToken = false
    altToken = nil
  }

  /// Consumes and returns the lookahead token scanned in `mode`.
  @discardableResult
  mutating func next(_ mode: LexMode = .expression) -> Token {
    let t = peek(mode)
    advance()
    return t
  }

  /// The lookahead in whatever mode it was scanned (expression mode if none is pending).
  @inline(__always) mutating func peekAnyKind() -> TokenKind {
    hasToken ? token.kind : peekKind(.expression)
  }

  /// Skips newline tokens.
  mutating func skipNewlines() {
    while peekAnyKind() == .newLine { advance() }
  }

  /// Skips newlines and semicolons.
  mutating func skipNewlinesAndSemicolons() {
    while true {
      let k = peekAnyKind()
      guard k == .newLine || k == .semicolon else { return }
      advance()
    }
  }

  /// A saved position for bounded lookahead (`if` looking for `else`, attributes before `param`).
  struct Mark {
    var lexerPos: Int
    var lexerTokenStart: Int
    var lexerErrors: [ParseError]
    var requiresCount: Int
    var token: Token
    var hasToken: Bool
    var pending: [ParseError]
    var altToken: Token?
    var altPending: [ParseError]
    var errorCount: Int
    var lastEnd: Int
  }

  func mark() -> Mark {
    Mark(
      lexerPos: lexer.pos, lexerTokenStart: lexer.tokenStart, lexerErrors: lexer.errors,
      requiresCount: lexer.requires.count, token: token, hasToken: hasToken, pending: pending, altToken: altToken, altPending: altPending,
      errorCount: errors.count, lastEnd: lastEnd)
  }

  mutating func reset(_ m: Mark) {
    // The lexer only moves forward and appends: restoring its position and truncating its lists restores it.
    lexer.pos = m.lexerPos
    lexer.tokenStart = m.lexerTokenStart
    lexer.errors = m.lexerErrors
    if lexer.requires.count > m.requiresCount { lexer.requires.removeLast(lexer.requires.count - m.requiresCount) }
    token = m.token
    hasToken = m.hasToken
    pending = m.pending
    altToken = m.altToken
    altPending = m.altPending
    if errors.count > m.errorCount { errors.removeLast(errors.count - m.errorCount) }
    lastEnd = m.lastEnd
  }

  // MARK: Errors and spans

  /// Records an error at `start..<end`. With `incomplete`, the error is marked incomplete input when
  /// nothing but whitespace and comments follows `detectedAt` (default: `end`), like ReportIncompleteInput.
  mutating func report(
    _ id: ParseErrorID, _ start: Int, _ end: Int, _ args: String..., incomplete: Bool = false, detectedAt: Int? = nil,
    sameLine: Bool = false
  ) {
    var isIncomplete = incomplete && lexer.isAtEnd(after: detectedAt ?? end)
    if isIncomplete && sameLine {
      // Only more text on this very line can fix it: a comment or newline after the error cannot be completed.
      var i = end
      while i < lexer.bytes.count, lexer.bytes[i] == 0x20 || lexer.bytes[i] == 0x09 { i += 1 }
      isIncomplete = i >= lexer.bytes.count
    }
    errors.append(
      ParseError(
        id: id, message: ParserMessages.format(id, args), span: SourceSpan(file: file, start: start, end: end),
        isIncomplete: isIncomplete))
  }

  /// Reports `Unexpected token 'x' in expression or statement.` at `t`.
  mutating func reportUnexpected(_ t: Token) {
    report("UnexpectedToken", t.start, t.end, text(t))
  }

  @inline(__always) func span(_ start: Int, _ end: Int) -> SourceSpan {
    SourceSpan(file: file, start: start, end: end)
  }

  /// The source text of a token.
  func text(_ t: Token) -> String { file.text(from: t.start, to: t.end) }

  /// The decoded value of a token.
  @inline(__always) func value(_ t: Token) -> TokenValue { lexer.value(of: t) }

  /// The decoded text of a token, or an empty string.
  @inline(__always) func stringValue(_ t: Token) -> String { lexer.stringValue(of: t) }

  /// True when `t` is an unquoted bare word equal (case-insensitively) to `word`.
  func isWord(_ t: Token, _ word: StaticString) -> Bool {
    guard t.kind == .generic || t.kind == .identifier, !t.quoted else { return false }
    return lexer.valueEquals(t, lowercased: word)
  }

  /// The lower-cased keyword a token spells, or nil.
  func keyword(_ t: Token) -> String? {
    guard t.kind == .generic, !t.quoted else { return nil }
    switch t.payload {
    case .slice(let start, let end):
      guard end - start <= 12 else { return nil }
      if let key = Lexer.OperatorKey(lexer.bytes, start, end) { return Self.keywordKeys.lookup(key) }
      // Non-ASCII text: compare as strings.
      let lower = file.text(from: start, to: end).lowercased()
      return Self.keywords.contains(lower) ? lower : nil
    case .stored(let i):
      guard case .text(let s) = lexer.values.items[i], s.utf8.count <= 12 else { return nil }
      let lower = s.lowercased()
      return Self.keywords.contains(lower) ? lower : nil
    default: return nil
    }
  }

  static let keywordKeys = Lexer.WordTable<String>(keywords.map { ($0, $0) })

  static let keywords: Set<String> = [
    "begin", "break", "catch", "class", "clean", "continue", "data", "define", "do", "dynamicparam", "else",
    "elseif", "end", "enum", "exit", "filter", "finally", "for", "foreach", "from", "function", "hidden", "if",
    "in", "param", "process", "return", "static", "switch", "throw", "trap", "try", "until", "using", "var",
    "while", "workflow",
  ]

  /// Enters a nesting level; false (after reporting once and skipping the rest) when too deep.
  mutating func enter() -> Bool {
    if depth >= Self.maxDepth {
      abortTooComplex()
      return false
    }
    depth += 1
    return true
  }

  /// Reports ScriptTooComplicated once and skips the rest of the input.
  mutating func abortTooComplex() {
    if !aborted {
      aborted = true
      let t = peek(.expression)
      report("ScriptTooComplicated", t.start, t.end)
    }
    hasToken = false
    altToken = nil
    pending = []
    lexer.pos = lexer.limit
  }

  mutating func leave() { depth -= 1 }
}
