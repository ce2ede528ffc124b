/// Loops and `switch` (Parser.cs SwitchStatementRule, ForeachStatementRule, ForStatementRule,
/// WhileStatementRule, DoWhileStatementRule).
extension ParserState {
  /// `( pipeline )` after a loop keyword; reports the keyword-specific errors.
  mutating func parseParenCondition(keyword: Token, kwText: String) -> PipelineBaseAst? {
    let lp = peek(.expression)
    guard lp.kind == .lParen else {
      report("MissingOpenParenthesisAfterKeyword", keyword.end, keyword.end, kwText, incomplete: true)
      return nil
    }
    advance()
    skipNewlines()
    guard let condition = parsePipelineChain() else {
      report("MissingExpressionAfterKeyword", lp.end, lp.end, kwText, incomplete: true)
      return nil
    }
    skipNewlines()
    guard peekKind(.expression) == .rParen else {
      report("MissingEndParenthesisAfterStatement", condition.span.end, condition.span.end, kwText, incomplete: true)
      return nil
    }
    advance()
    return condition
  }

  /// `while (cond) { }`.
  mutating func parseWhileStatement(label: String?, start: Int) -> StatementAst {
    // G while-statement
    let t = next(.command)
    skipNewlines()
    guard let condition = parseParenCondition(keyword: t, kwText: "while") else {
      return ErrorStatementAst(span: span(start, lastEnd))
    }
    skipNewlines()
    guard let body = parseStatementBlock() else {
      report("MissingLoopStatement", lastEnd, lastEnd, "while", incomplete: true)
      return ErrorStatementAst(span: span(start, lastEnd), nested: [condition])
    }
    return LoopStatementAst(
      span: span(start, lastEnd), label: label, kind: .whileLoop, condition: condition, body: body)
  }

  /// `do { } while (cond)` and `do { } until (cond)`.
  mutating func parseDoStatement(label: String?, start: Int) -> StatementAst {
    // G do-statement
    let t = next(.command)
    skipNewlines()
    guard let body = parseStatementBlock() else {
      report("MissingLoopStatement", t.end, t.end, "do", incomplete: true)
      return ErrorStatementAst(span: span(start, lastEnd))
    }
    skipNewlines()
    let w = peek(.command)
    let kind: LoopStatementAst.Kind
    if isWord(w, "while") {
      kind = .doWhile
    } else if isWord(w, "until") {
      kind = .doUntil
    } else {
      report("MissingWhileOrUntilInDoWhile", body.span.end, body.span.end, incomplete: true)
      return ErrorStatementAst(span: span(start, lastEnd), nested: [body])
    }
    advance()
    skipNewlines()
    guard let condition = parseParenCondition(keyword: w, kwText: text(w).lowercased()) else {
      return ErrorStatementAst(span: span(start, lastEnd), nested: [body])
    }
    return LoopStatementAst(span: span(start, lastEnd), label: label, kind: kind, condition: condition, body: body)
  }

  /// `for (init; cond; step) { }`, every part optional.
  mutating func parseForStatement(label: String?, start: Int) -> StatementAst {
    // G for-statement
    let t = next(.command)
    skipNewlines()
    let lp = peek(.expression)
    guard lp.kind == .lParen else {
      report("MissingOpenParenthesisAfterKeyword", t.end, t.end, "for", incomplete: true)
      return ErrorStatementAst(span: span(start, lastEnd))
    }
    advance()
    var parts: [PipelineBaseAst?] = []
    for index in 0..<3 {
      skipNewlines()
      let n = peek(.command)
      var part: PipelineBaseAst?
      if n.kind != .semicolon && n.kind != .rParen { part = parsePipelineChain() }
      parts.append(part)
      if index < 2 {
        let sep = peek(.expression)
        if sep.kind == .semicolon || sep.kind == .newLine { advance() }
      }
    }
    skipNewlines()
    guard peekKind(.expression) == .rParen else {
      report("MissingEndParenthesisAfterStatement", lastEnd, lastEnd, "for", incomplete: true)
      return ErrorStatementAst(span: span(start, lastEnd))
    }
    advance()
    skipNewlines()
    guard let body = parseStatementBlock() else {
      report("MissingLoopStatement", lastEnd, lastEnd, "for", incomplete: true)
      return ErrorStatementAst(span: span(start, lastEnd))
    }
    return ForStatementAst(
      span: span(start, lastEnd), label: label, initializer: parts[0], condition: parts[1], iterator: parts[2],
      body: body)
  }

  /// `foreach ($x in $items) { }`.
  mutating func parseForeachStatement(label: String?, start: Int) -> StatementAst {
    // G foreach-statement
    let t = next(.command)
    skipNewlines()
    var flag = peek(.command)
    while flag.kind == .parameter {
      advance()
      let name = stringValue(flag).lowercased()
      if name == "parallel" {
      } else if name == "throttlelimit" {
        _ = parseCommandArgument()
      } else {
        report("InvalidForeachFlag", flag.start, flag.end, text(flag))
      }
      skipNewlines()
      flag = peek(.command)
    }
    let lp = peek(.expression)
    guard lp.kind == .lParen else {
      report("MissingOpenParenthesisAfterKeyword", t.end, t.end, "foreach", incomplete: true)
      return ErrorStatementAst(span: span(start, lastEnd))
    }
    advance()
    skipNewlines()
    let v = peek(.expression)
    guard v.kind == .variable else {
      report("MissingVariableNameAfterForeach", lp.end, lp.end, incomplete: true)
      skipToEndOfStatement()
      return ErrorStatementAst(span: span(start, lastEnd))
    }
    advance()
    let variable = VariableExpressionAst(span: span(v.start, v.end), path: VariablePath(stringValue(v)))
    skipNewlines()
    guard isWord(peek(.command), "in") else {
      report("MissingInInForeach", v.end, v.end, incomplete: true)
      skipToEndOfStatement()
      return ErrorStatementAst(span: span(start, lastEnd))
    }
    let inToken = next(.command)
    skipNewlines()
    guard let condition = parsePipelineChain() else {
      report("MissingForeachExpression", inToken.end, inToken.end, incomplete: true)
      return ErrorStatementAst(span: span(start, lastEnd))
    }
    skipNewlines()
    guard peekKind(.expression) == .rParen else {
      report("MissingEndParenthesisAfterForeach", condition.span.end, condition.span.end, incomplete: true)
      return ErrorStatementAst(span: span(start, lastEnd))
    }
    advance()
    skipNewlines()
    guard let body = parseStatementBlock() else {
      report("MissingForeachStatement", lastEnd, lastEnd, incomplete: true)
      return ErrorStatementAst(span: span(start, lastEnd))
    }
    return ForEachStatementAst(
      span: span(start, lastEnd), label: label, variable: variable, condition: condition, body: body)
  }

  /// `switch [-regex|-wildcard|-exact|-casesensitive|-file path] (value) { clauses }`.
  mutating func parseSwitchStatement(label: String?, start: Int) -> StatementAst {
    // G switch-statement
    // G switch-clause
    let t = next(.command)
    var flags: SwitchFlags = []
    var condition: PipelineBaseAst?
    skipNewlines()
    while peekKind(.command) == .parameter {
      let p = next(.command)
      let name = stringValue(p).lowercased()
      let known: [(String, SwitchFlags)] = [
        ("regex", .regex), ("wildcard", .wildcard), ("exact", .exact), ("casesensitive", .caseSensitive),
        ("file", .file), ("parallel", .parallel),
      ]
      guard let match = known.first(where: { !name.isEmpty && $0.0.hasPrefix(name) }) else {
        report("InvalidSwitchFlag", p.start, p.end, text(p))
        continue
      }
      flags.insert(match.1)
      if match.1 == .file {
        skipNewlines()
        guard let path = parseCommandArgument() else {
          report("MissingFilenameOption", p.end, p.end, incomplete: true)
          continue
        }
        condition = PipelineAst(
          span: path.span, elements: [CommandExpressionAst(span: path.span, expression: path, redirections: [])])
      }
      skipNewlines()
    }
    if condition == nil {
      let lp = peek(.expression)
      guard lp.kind == .lParen else {
        report("PipelineValueRequired", lastEnd, lastEnd, incomplete: true)
        return ErrorStatementAst(span: span(start, lastEnd))
      }
      advance()
      skipNewlines()
      guard let c = parsePipelineChain() else {
        report("PipelineValueRequired", lp.end, lp.end, incomplete: true)
        return ErrorStatementAst(span: span(start, lastEnd))
      }
      skipNewlines()
      guard peekKind(.expression) == .rParen else {
        report("MissingEndParenthesisInSwitchStatement", c.span.end, c.span.end, incomplete: true)
        return ErrorStatementAst(span: span(start, lastEnd), nested: [c])
      }
      advance()
      condition = c
    }
    skipNewlines()
    let lc = peek(.expression)
    guard lc.kind == .lCurly, let switchValue = condition else {
      report("MissingCurlyBraceInSwitchStatement", lastEnd, lastEnd, incomplete: true)
      return ErrorStatementAst(span: span(start, lastEnd))
    }
    advance()
    var clauses: [(condition: ExpressionAst, body: StatementBlockAst)] = []
    var defaultClause: StatementBlockAst?
    while true {
      skipNewlinesAndSemicolons()
      let n = peek(.command)
      if n.kind == .rCurly || n.kind == .endOfInput { break }
      let isDefault = isWord(n, "default")
      var clauseCondition: ExpressionAst?
      if isDefault {
        advance()
        if defaultClause != nil { report("MultipleSwitchDefaultClauses", n.start, n.end) }
      } else {
        clauseCondition = parseSingleCommandArgument()
        if clauseCondition == nil {
          report("MissingSwitchConditionExpression", n.start, n.end, incomplete: true)
          advance()
          continue
        }
      }
      skipNewlines()
      guard let body = parseStatementBlock() else {
        report("MissingSwitchStatementClause", lastEnd, lastEnd, incomplete: true)
        break
      }
      if let c = clauseCondition { clauses.append((c, body)) } else { defaultClause = body }
    }
    _ = expectClosingCurly(open: lc)
    return SwitchStatementAst(
      span: span(start, lastEnd), label: label, flags: flags, condition: switchValue, clauses: clauses,
      defaultClause: defaultClause)
  }
}
