/// Primary expressions and postfix operators (Parser.cs PrimaryExpressionRule, MemberAccessRule,
/// ElementAccessRule, ParenthesizedExpressionRule, SubExpressionRule, HashExpressionRule).
extension ParserState {
  /// A literal, variable, string or bracketed expression; nil (consuming nothing) otherwise.
  mutating func parsePrimaryExpression(argumentMode: Bool) -> ExpressionAst? {
    // G primary-expression
    let t = peek(argumentMode ? .command : .expression)
    switch t.kind {
    case .number:
      advance()
      guard case .number(let v) = value(t) else { return nil }
      return ConstantExpressionAst(span: span(t.start, t.end), value: v)
    case .variable, .splattedVariable:
      advance()
      return variableExpression(t)
    case .stringLiteral, .hereStringLiteral, .stringExpandable, .hereStringExpandable:
      advance()
      return stringExpression(t)
    case .lParen: return parseParenExpression()
    case .dollarParen, .atParen: return parseSubExpression()
    case .atCurly: return parseHashtable()
    case .lCurly: return parseScriptBlockExpression()
    case .lBracket: return parseTypeOrCast()
    default: return nil
    }
  }

  /// `$name`, `@name`, `$using:name`.
  func variableExpression(_ t: Token) -> ExpressionAst {
    // G variable
    if case .slice(let s, let e) = t.payload {
      var i = s
      while i < e && lexer.bytes[i] != UInt8(ascii: ":") { i += 1 }
      if i == e {
        let path = VariablePath(unqualified: file.text(from: s, to: e))
        return VariableExpressionAst(span: span(t.start, t.end), path: path, splatted: t.kind == .splattedVariable)
      }
    }
    return variableExpression(
      path: stringValue(t), start: t.start, end: t.end, splatted: t.kind == .splattedVariable)
  }

  /// A variable reference with its path text.
  func variableExpression(path text: String, start: Int, end: Int, splatted: Bool) -> ExpressionAst {
    let path = VariablePath(text)
    let v = VariableExpressionAst(span: span(start, end), path: path, splatted: splatted)
    if path.qualifier == "using" { return UsingExpressionAst(span: v.span, child: v) }
    return v
  }

  /// Member access, method calls, indexing and postfix `++`/`--`, written without whitespace.
  mutating func parsePostfix(_ base: ExpressionAst, argumentMode: Bool) -> ExpressionAst {
    // G postfix-expression
    var expr = base
    var links = 0
    while true {
      // Whitespace or a line break after the operand ends it; no need to scan the next token.
      if hasToken {
        if token.spaceBefore { return expr }
      } else {
        let c = lexer.at(lexer.pos)
        if c == CharClass.space || c == CharClass.tab || c == CharClass.lf || c == CharClass.cr { return expr }
      }
      let t = peek(.expression)
      if t.spaceBefore { return expr }
      links += 1
      if links > Self.maxPostfixChain {
        abortTooComplex()
        return expr
      }
      switch t.kind {
      case .dot, .colonColon, .questionDot:
        advance()
        expr = parseMemberAccess(expr, op: t)
        if expr is ErrorExpressionAst { return expr }
      case .lBracket, .questionLBracket:
        advance()
        expr = parseIndex(expr, open: t)
      case .number where lexer.at(t.start) == UInt8(ascii: "."):
        // `$o.23`: the scanner read `.23` as a number; it is a member named `23`.
        advance()
        let name = String(text(t).dropFirst())
        let member = StringConstantExpressionAst(span: span(t.start + 1, t.end), value: name, kind: .bareWord)
        expr = MemberExpressionAst(
          span: span(expr.span.start, t.end), expression: expr, member: member, isStatic: false,
          nullConditional: false)
      case .plusPlus, .minusMinus:
        if argumentMode { return expr }
        advance()
        expr = UnaryExpressionAst(
          span: span(expr.span.start, t.end), op: t.kind == .plusPlus ? .postIncrement : .postDecrement, child: expr)
      default:
        return expr
      }
    }
  }

  /// `.Name`, `::Name`, `?.Name`, `.'name'`, `.$name`, `.(expr)`, optionally followed by `(args)`.
  mutating func parseMemberAccess(_ target: ExpressionAst, op: Token) -> ExpressionAst {
    // G member-access
    let n = peek(.expression)
    var member: CommandElementAst?
    if !n.spaceBefore {
      switch n.kind {
      case .identifier, .generic:
        advance()
        member = StringConstantExpressionAst(span: span(n.start, n.end), value: stringValue(n), kind: .bareWord)
      case .variable:
        advance()
        member = variableExpression(n)
      case .stringLiteral, .stringExpandable:
        advance()
        member = stringExpression(n)
      case .lParen:
        member = parseParenExpression()
      case .number:
        advance()
        member = StringConstantExpressionAst(span: span(n.start, n.end), value: text(n), kind: .bareWord)
      default: break
      }
    }
    guard let member else {
      report("MissingPropertyName", op.end, op.end, incomplete: true, sameLine: true)
      return ErrorExpressionAst(span: span(target.span.start, op.end), nested: [target])
    }
    let isStatic = op.kind == .colonColon
    let nullConditional = op.kind == .questionDot
    let lp = peek(.expression)
    if lp.kind == .lParen && !lp.spaceBefore {
      advance()
      let args = parseMethodArguments(open: lp)
      return InvokeMemberExpressionAst(
        span: span(target.span.start, lastEnd), expression: target, member: member, arguments: args,
        isStatic: isStatic, nullConditional: nullConditional)
    }
    return MemberExpressionAst(
      span: span(target.span.start, member.span.end), expression: target, member: member, isStatic: isStatic,
      nullConditional: nullConditional)
  }

  /// `( arg, arg )` of a method call, after the `(`.
  mutating func parseMethodArguments(open: Token) -> [ExpressionAst] {
    // G argument-list
    let saved = noComma
    noComma = true
    defer { noComma = saved }
    var args: [ExpressionAst] = []
    skipNewlines()
    if peekKind(.expression) == .rParen {
      advance()
      return args
    }
    while true {
      skipNewlines()
      let n = peek(.expression)
      guard startsExpression(n) else {
        report("MissingEndParenthesisInMethodCall", lastEnd, lastEnd, incomplete: true, detectedAt: n.start)
        return args
      }
      args.append(parseExpression())
      skipNewlines()
      let c = peek(.expression)
      if c.kind == .comma {
        advance()
        continue
      }
      if c.kind == .rParen {
        advance()
        return args
      }
      report("MissingEndParenthesisInMethodCall", lastEnd, lastEnd, incomplete: true, detectedAt: c.start)
      return args
    }
  }

  /// `[index]` after the `[`.
  mutating func parseIndex(_ target: ExpressionAst, open: Token) -> ExpressionAst {
    // G element-access
    let saved = noComma
    noComma = false
    defer { noComma = saved }
    skipNewlines()
    guard startsExpression(peek(.expression)) else {
      report("MissingArrayIndexExpression", open.end, open.end, incomplete: true)
      if peekKind(.expression) == .rBracket { advance() }
      return ErrorExpressionAst(span: span(target.span.start, lastEnd), nested: [target])
    }
    let index = parseExpression()
    skipNewlines()
    let close = peek(.expression)
    guard close.kind == .rBracket else {
      report("MissingEndSquareBracket", index.span.end, index.span.end, incomplete: true, detectedAt: close.start)
      return IndexExpressionAst(
        span: span(target.span.start, lastEnd), target: target, index: index,
        nullConditional: open.kind == .questionLBracket)
    }
    advance()
    return IndexExpressionAst(
      span: span(target.span.start, close.end), target: target, index: index,
      nullConditional: open.kind == .questionLBracket)
  }

  /// `( pipeline )`.
  mutating func parseParenExpression() -> ExpressionAst {
    // G parenthesized-expression
    let lp = next(.expression)
    guard enter() else { return ErrorExpressionAst(span: span(lp.start, lp.end)) }
    defer { leave() }
    let saved = noComma
    noComma = false
    defer { noComma = saved }
    skipNewlines()
    let first = peek(.command)
    if first.kind == .rParen {
      advance()
      report("ExpectedExpression", lp.end, lp.end)
      return ErrorExpressionAst(span: span(lp.start, first.end))
    }
    guard let pipeline = parsePipelineChain() else {
      report("MissingEndParenthesisInExpression", lp.end, lp.end, incomplete: true, detectedAt: first.start)
      return ErrorExpressionAst(span: span(lp.start, lp.end))
    }
    skipNewlines()
    let rp = peek(.expression)
    guard rp.kind == .rParen else {
      report(
        "MissingEndParenthesisInExpression", pipeline.span.end, pipeline.span.end, incomplete: true,
        detectedAt: rp.start)
      return ParenExpressionAst(span: span(lp.start, lastEnd), pipeline: pipeline)
    }
    advance()
    return ParenExpressionAst(span: span(lp.start, rp.end), pipeline: pipeline)
  }

  /// `$( statements )` and `@( statements )`.
  mutating func parseSubExpression() -> ExpressionAst {
    // G sub-expression
    // G array-expression
    let open = next(.expression)
    guard enter() else { return ErrorExpressionAst(span: span(open.start, open.end)) }
    defer { leave() }
    let saved = noComma
    noComma = false
    defer { noComma = saved }
    let (stmts, traps) = parseStatementList(closing: .rParen)
    let rp = peek(.expression)
    var end = rp.end
    if rp.kind == .rParen {
      advance()
    } else {
      report("MissingEndParenthesisInSubexpression", rp.start, rp.end, incomplete: true, detectedAt: rp.start)
      end = max(lastEnd, open.end)
    }
    let block = StatementBlockAst(span: span(open.end, max(open.end, end - 1)), statements: stmts, traps: traps)
    if open.kind == .atParen { return ArrayExpressionAst(span: span(open.start, end), subExpression: block) }
    return SubExpressionAst(span: span(open.start, end), subExpression: block)
  }

  /// `@{ key = value; ... }`.
  mutating func parseHashtable() -> ExpressionAst {
    // G hash-literal-expression
    // G hash-entry
    let open = next(.expression)
    guard enter() else { return ErrorExpressionAst(span: span(open.start, open.end)) }
    defer { leave() }
    let saved = noComma
    noComma = false
    defer { noComma = saved }
    var pairs: [(key: ExpressionAst, value: StatementAst)] = []
    var seen: Set<String> = []
    skipNewlinesAndSemicolons()
    while true {
      let k = peek(.expression)
      let key: ExpressionAst
      if k.kind == .identifier || k.kind == .generic {
        advance()
        key = StringConstantExpressionAst(span: span(k.start, k.end), value: stringValue(k), kind: .bareWord)
      } else if startsExpression(k) {
        key = parseUnaryExpression()
      } else {
        break
      }
      if let name = constantKey(key) {
        if !seen.insert(name.lowercased()).inserted {
          report("DuplicateKeyInHashLiteral", key.span.start, key.span.end, name)
        }
      }
      let eq = peek(.expression)
      guard eq.kind == .equals else {
        report("MissingEqualsInHashLiteral", key.span.end, key.span.end, incomplete: true, detectedAt: eq.start)
        syncInHashtable()
        pairs.append((key, ErrorStatementAst(span: key.span)))
        if !skipHashSeparator() { break }
        continue
      }
      advance()
      skipNewlines()
      guard let value = parseStatement() else {
        report("MissingStatementInHashLiteral", eq.end, eq.end, incomplete: true)
        pairs.append((key, ErrorStatementAst(span: span(eq.end, eq.end))))
        if !skipHashSeparator() { break }
        continue
      }
      pairs.append((key, value))
      if !skipHashSeparator() { break }
    }
    let close = peek(.expression)
    if close.kind == .rCurly {
      advance()
      return HashtableAst(span: span(open.start, close.end), pairs: pairs)
    }
    report("MissingEndCurlyBrace", open.end, open.end, incomplete: true, detectedAt: close.start)
    return HashtableAst(span: span(open.start, max(lastEnd, open.end)), pairs: pairs)
  }

  /// Skips `;`/newlines between hash entries; false when neither follows.
  mutating func skipHashSeparator() -> Bool {
    let t = peek(.expression)
    guard t.kind == .newLine || t.kind == .semicolon else { return false }
    skipNewlinesAndSemicolons()
    return true
  }

  /// Error recovery inside a hash literal: skip to `}`, `;` or a newline.
  mutating func syncInHashtable() {
    while true {
      let k = peekKind(.expression)
      if k == .rCurly || k == .semicolon || k == .newLine || k == .endOfInput { return }
      advance()
    }
  }

  /// The text of a constant key, for duplicate detection.
  func constantKey(_ e: ExpressionAst) -> String? {
    if let s = e as? StringConstantExpressionAst { return s.value }
    if let c = e as? ConstantExpressionAst { return c.span.text }
    return nil
  }
}
