/// Script blocks, named blocks, statement lists and statement blocks (Parser.cs ScriptBlockRule,
/// ScriptBlockBodyRule, NamedBlockListRule, StatementListRule, StatementBlockRule).

/// The named blocks of a script block body, by kind.
struct NamedBlocks {
  var begin, process, end, clean, dynamicParam: NamedBlockAst?

  subscript(kind: BlockKind) -> NamedBlockAst? {
    get {
      switch kind {
      case .begin: return begin
      case .process: return process
      case .end: return end
      case .clean: return clean
      case .dynamicParam: return dynamicParam
      }
    }
    set {
      switch kind {
      case .begin: begin = newValue
      case .process: process = newValue
      case .end: end = newValue
      case .clean: clean = newValue
      case .dynamicParam: dynamicParam = newValue
      }
    }
  }
}

extension ParserState {
  /// The whole input as a script block.
  mutating func parseScript() -> ScriptBlockAst {
    // G script-file
    // G script-block
    return parseScriptBlockBody(start: 0, closing: nil, isFilter: false)
  }

  /// A script block body up to `closing` (`}`) or the end of input.
  mutating func parseScriptBlockBody(start: Int, closing: TokenKind?, isFilter: Bool) -> ScriptBlockAst {
    // G script-block-body
    var usings: [UsingStatementAst] = []
    if closing == nil {
      while true {
        skipNewlinesAndSemicolons()
        let t = peek(.command)
        guard isWord(t, "using") else { break }
        if let u = parseUsingStatement() { usings.append(u) }
      }
    }
    skipNewlinesAndSemicolons()
    var attributes: [AttributeAst] = []
    let paramBlock = parseParamBlockIfPresent(&attributes)
    skipNewlinesAndSemicolons()
    var blocks = NamedBlocks()
    let first = peek(.command)
    let bodyStart = first.start
    if let kind = namedBlockKind(first) {
      _ = kind
      parseNamedBlocks(into: &blocks, closing: closing)
    } else {
      let (stmts, traps) = parseStatementList(closing: closing)
      let end = max(lastEnd, bodyStart)
      let kind: BlockKind = isFilter ? .process : .end
      blocks[kind] = NamedBlockAst(
        span: span(bodyStart, end), kind: kind, isUnnamed: true, statements: stmts, traps: traps)
    }
    let end = max(lastEnd, start)
    return ScriptBlockAst(
      span: span(start, end), usingStatements: usings, requirements: closing == nil ? lexer.requires : [],
      attributes: attributes, paramBlock: paramBlock, dynamicParamBlock: blocks[.dynamicParam],
      beginBlock: blocks[.begin], processBlock: blocks[.process], endBlock: blocks[.end], cleanBlock: blocks[.clean])
  }

  /// The named block a token starts, if it is `begin`, `process`, `end`, `clean` or `dynamicparam`.
  func namedBlockKind(_ t: Token) -> BlockKind? {
    guard let kw = keyword(t) else { return nil }
    switch kw {
    case "begin": return .begin
    case "process": return .process
    case "end": return .end
    case "clean": return .clean
    case "dynamicparam": return .dynamicParam
    default: return nil
    }
  }

  /// `begin { } process { } end { }` ...
  mutating func parseNamedBlocks(into blocks: inout NamedBlocks, closing: TokenKind?) {
    // G named-block-list
    // G named-block
    while true {
      skipNewlinesAndSemicolons()
      let t = peek(.command)
      if t.kind == .endOfInput || (closing != nil && t.kind == closing) { return }
      guard let kind = namedBlockKind(t) else {
        report("MissingNamedBlocks", t.start, t.end, text(t))
        // Recover: skip the token.
        advance()
        continue
      }
      advance()
      skipNewlines()
      let lc = peek(.expression)
      guard lc.kind == .lCurly else {
        report("MissingNamedStatementBlock", t.end, t.end, text(t), incomplete: true)
        continue
      }
      advance()
      let (stmts, traps) = parseStatementList(closing: .rCurly)
      let end = expectClosingCurly(open: lc)
      blocks[kind] = NamedBlockAst(
        span: span(t.start, end), kind: kind, isUnnamed: false, statements: stmts, traps: traps)
    }
  }

  /// Consumes `}` or reports MissingEndCurlyBrace at `open`; returns the block's end offset.
  mutating func expectClosingCurly(open: Token) -> Int {
    let t = peek(.expression)
    if t.kind == .rCurly {
      advance()
      return t.end
    }
    report("MissingEndCurlyBrace", open.start, open.end, incomplete: true, detectedAt: t.end)
    return max(lastEnd, open.end)
  }

  /// Statements up to `closing` (`}` or `)`) or the end of input; stray closers at top level are errors.
  mutating func parseStatementList(closing: TokenKind?) -> ([StatementAst], [TrapStatementAst]) {
    // G statement-list
    var statements: [StatementAst] = []
    statements.reserveCapacity(4)
    var traps: [TrapStatementAst] = []
    while true {
      let t = peek(.command)
      switch t.kind {
      case .newLine, .semicolon:
        advance()
        continue
      case .endOfInput:
        return (statements, traps)
      case .rCurly, .rParen:
        if closing != nil { return (statements, traps) }
        reportUnexpected(t)
        advance()
        continue
      default: break
      }
      let before = t.start
      if let s = parseStatement() {
        statements.append(s)
        if let trap = s as? TrapStatementAst { traps.append(trap) }
      }
      if hasToken, token.start == before, token.kind == t.kind {
        // No progress: report and skip the token.
        let bad = peek(.command)
        reportUnexpected(bad)
        advance()
      }
    }
  }

  /// `{ statements }` for statement bodies; nil (without consuming) when no `{` follows.
  mutating func parseStatementBlock() -> StatementBlockAst? {
    // G statement-block
    let lc = peek(.expression)
    guard lc.kind == .lCurly else { return nil }
    advance()
    guard enter() else { return StatementBlockAst(span: span(lc.start, lc.end), statements: []) }
    defer { leave() }
    let (stmts, traps) = parseStatementList(closing: .rCurly)
    let end = expectClosingCurly(open: lc)
    return StatementBlockAst(span: span(lc.start, end), statements: stmts, traps: traps)
  }

  /// An empty statement block used for error recovery.
  func emptyBlock(at offset: Int) -> StatementBlockAst {
    StatementBlockAst(span: span(offset, offset), statements: [])
  }

  /// `{ ... }` as a script block value.
  mutating func parseScriptBlockExpression() -> ExpressionAst {
    // G script-block-expression
    let lc = next(.expression)
    guard enter() else { return ErrorExpressionAst(span: span(lc.start, lc.end)) }
    defer { leave() }
    let body = parseScriptBlockBody(start: lc.start, closing: .rCurly, isFilter: false)
    let end = expectClosingCurly(open: lc)
    let sb = rebuild(body, start: lc.start, end: end)
    return ScriptBlockExpressionAst(span: span(lc.start, end), scriptBlock: sb)
  }

  /// A copy of `sb` with its span set to `start..<end`.
  func rebuild(_ sb: ScriptBlockAst, start: Int, end: Int) -> ScriptBlockAst {
    ScriptBlockAst(
      span: span(start, end), usingStatements: sb.usingStatements, requirements: sb.requirements,
      attributes: sb.attributes, paramBlock: sb.paramBlock, dynamicParamBlock: sb.dynamicParamBlock,
      beginBlock: sb.beginBlock, processBlock: sb.processBlock, endBlock: sb.endBlock, cleanBlock: sb.cleanBlock)
  }
}
