/// Statement dispatch and simple statements (Parser.cs StatementRule and the flow statements).
extension ParserState {
  /// One statement; nil when nothing could be parsed at the current token.
  mutating func parseStatement() -> StatementAst? {
    // G statement
    let t = peek(.command)
    if t.kind == .label {
      advance()
      skipNewlines()
      return parseLabeledStatement(label: t)
    }
    if lexer.at(t.start) == UInt8(ascii: "["), let typeDef = parseAttributedTypeDefinition() { return typeDef }
    if let kw = keyword(t) {
      switch kw {
      case "if": return parseIfStatement()
      case "switch", "foreach", "for", "while", "do": return parseLoopStatement(kw, label: nil, start: t.start)
      case "function", "filter", "workflow": return parseFunctionDefinition()
      case "return", "exit", "throw": return parseFlowStatement(kw)
      case "break", "continue": return parseBreakContinue(kw)
      case "try": return parseTryStatement()
      case "trap": return parseTrapStatement()
      case "data": return parseDataStatement()
      case "class": return parseClassDefinition(attributes: [], start: t.start)
      case "enum": return parseEnumDefinition(attributes: [], start: t.start)
      case "using":
        let u = parseUsingStatement()
        if let u { report("UsingMustBeAtStartOfScript", u.span.start, u.span.end) }
        return u
      case "param":
        advance()
        var attrs: [AttributeAst] = []
        _ = parseParamBlockAfterKeyword(t, attributes: &attrs)
        report("UnexpectedToken", t.start, t.end, "param")
        return ErrorStatementAst(span: span(t.start, lastEnd))
      case "else", "elseif", "catch", "finally", "until", "in", "begin", "process", "end", "clean",
        "dynamicparam":
        break
      default: break
      }
    }
    return parsePipelineChain()
  }

  /// A statement after `:label`: a loop or `switch`.
  mutating func parseLabeledStatement(label: Token) -> StatementAst? {
    // G labeled-statement
    let t = peek(.command)
    let name = stringValue(label)
    if let kw = keyword(t), ["switch", "foreach", "for", "while", "do"].contains(kw) {
      return parseLoopStatement(kw, label: name, start: label.start)
    }
    // A label before anything else is ignored, as PowerShell does.
    return parseStatement()
  }

  /// Dispatches the loop statements.
  mutating func parseLoopStatement(_ kw: String, label: String?, start: Int) -> StatementAst {
    switch kw {
    case "switch": return parseSwitchStatement(label: label, start: start)
    case "foreach": return parseForeachStatement(label: label, start: start)
    case "for": return parseForStatement(label: label, start: start)
    case "while": return parseWhileStatement(label: label, start: start)
    default: return parseDoStatement(label: label, start: start)
    }
  }

  /// `return`, `exit`, `throw` with an optional pipeline on the same line.
  mutating func parseFlowStatement(_ kw: String) -> StatementAst {
    // G flow-control-statement
    let t = next(.command)
    var pipeline: PipelineBaseAst?
    let n = peek(.command)
    if !n.kind.endsStatement && n.kind != .pipe && n.kind != .andAnd && n.kind != .orOr {
      pipeline = parsePipelineChain()
    }
    let kind: FlowStatementAst.Kind =
      kw == "return" ? .returnStatement : kw == "exit" ? .exitStatement : .throwStatement
    return FlowStatementAst(span: span(t.start, max(lastEnd, t.end)), kind: kind, pipeline: pipeline)
  }

  /// `break [label]`, `continue [label]`.
  mutating func parseBreakContinue(_ kw: String) -> StatementAst {
    // G break-statement
    // G continue-statement
    let t = next(.command)
    var label: ExpressionAst?
    let n = peek(.command)
    if n.kind == .generic {
      advance()
      label = bareWord(n)
    } else if !n.kind.endsStatement && n.kind != .pipe {
      label = parseUnaryExpression()
    }
    return BreakContinueStatementAst(span: span(t.start, max(lastEnd, t.end)), isBreak: kw == "break", label: label)
  }

  /// `if (c) { } elseif (c) { } else { }`.
  mutating func parseIfStatement() -> StatementAst {
    // G if-statement
    // G elseif-clause
    // G else-clause
    var keywordToken = next(.command)
    let start = keywordToken.start
    var clauses: [(condition: PipelineBaseAst, body: StatementBlockAst)] = []
    var elseClause: StatementBlockAst?
    while true {
      let afterKeyword = mark()
      skipNewlines()
      if peekKind(.expression) != .lParen { reset(afterKeyword) }
      let lp = peek(.expression)
      guard lp.kind == .lParen else {
        report("MissingOpenParenthesisInIfStatement", keywordToken.end, keywordToken.end, text(keywordToken).lowercased(), incomplete: true)
        return ErrorStatementAst(span: span(start, lastEnd))
      }
      advance()
      skipNewlines()
      guard let condition = parsePipelineChain() else {
        let at = peek(.expression)
        report("IfStatementMissingCondition", lp.end, lp.end, text(keywordToken).lowercased(), incomplete: true, detectedAt: at.start)
        return ErrorStatementAst(span: span(start, lastEnd))
      }
      skipNewlines()
      let rp = peek(.expression)
      guard rp.kind == .rParen else {
        // Reported at the token found instead of `)` (IfStatementRule).
        report("MissingEndParenthesisAfterStatement", rp.start, rp.end, text(keywordToken), incomplete: true)
        return ErrorStatementAst(span: span(start, lastEnd), nested: [condition])
      }
      advance()
      skipNewlines()
      guard let body = parseStatementBlock() else {
        report("MissingStatementBlock", rp.start, rp.end, text(keywordToken), incomplete: true, detectedAt: lastEnd)
        return ErrorStatementAst(span: span(start, lastEnd), nested: [condition])
      }
      clauses.append((condition, body))
      let m = mark()
      skipNewlines()
      let n = peek(.command)
      if isWord(n, "elseif") {
        keywordToken = next(.command)
        continue
      }
      if isWord(n, "else") {
        advance()
        skipNewlines()
        guard let block = parseStatementBlock() else {
          report("MissingStatementBlockAfterElse", n.end, n.end, incomplete: true)
          break
        }
        elseClause = block
        break
      }
      reset(m)
      break
    }
    return IfStatementAst(span: span(start, lastEnd), clauses: clauses, elseClause: elseClause)
  }

  /// `trap [Type] { }`.
  mutating func parseTrapStatement() -> StatementAst {
    // G trap-statement
    let t = next(.command)
    skipNewlines()
    var type: TypeConstraintAst?
    if peekKind(.expression) == .lBracket {
      let lb = next(.expression)
      if let (name, end) = parseTypeNameAfterBracket(lb, attribute: false) {
        type = TypeConstraintAst(span: span(lb.start, end), typeName: name)
      }
      skipNewlines()
    }
    guard let body = parseStatementBlock() else {
      report("MissingTrapStatement", lastEnd, lastEnd, incomplete: true)
      return ErrorStatementAst(span: span(t.start, lastEnd))
    }
    return TrapStatementAst(span: span(t.start, lastEnd), trapType: type, body: body)
  }

  /// `try { } catch [T1], [T2] { } catch { } finally { }`.
  mutating func parseTryStatement() -> StatementAst {
    // G try-statement
    // G catch-clause
    // G finally-clause
    let t = next(.command)
    skipNewlines()
    guard let body = parseStatementBlock() else {
      report("MissingTryStatementBlock", t.end, t.end, incomplete: true)
      return ErrorStatementAst(span: span(t.start, lastEnd))
    }
    var catches: [CatchClauseAst] = []
    var finallyBlock: StatementBlockAst?
    while true {
      let m = mark()
      skipNewlines()
      let n = peek(.command)
      if isWord(n, "catch") {
        advance()
        var types: [TypeConstraintAst] = []
        skipNewlines()
        while peekKind(.expression) == .lBracket {
          let lb = next(.expression)
          if let (name, end) = parseTypeNameAfterBracket(lb, attribute: false) {
            types.append(TypeConstraintAst(span: span(lb.start, end), typeName: name))
          }
          skipNewlines()
          guard peekKind(.expression) == .comma else { break }
          advance()
          skipNewlines()
        }
        guard let block = parseStatementBlock() else {
          report("MissingCatchHandlerBlock", lastEnd, lastEnd, incomplete: true)
          return TryStatementAst(span: span(t.start, lastEnd), body: body, catchClauses: catches, finallyBlock: nil)
        }
        catches.append(CatchClauseAst(span: span(n.start, lastEnd), catchTypes: types, body: block))
        continue
      }
      if isWord(n, "finally") {
        advance()
        skipNewlines()
        guard let block = parseStatementBlock() else {
          report("MissingFinallyStatementBlock", n.end, n.end, incomplete: true)
          break
        }
        finallyBlock = block
        break
      }
      reset(m)
      break
    }
    if catches.isEmpty && finallyBlock == nil {
      report("MissingCatchOrFinally", body.span.end, body.span.end, incomplete: true)
    }
    return TryStatementAst(span: span(t.start, lastEnd), body: body, catchClauses: catches, finallyBlock: finallyBlock)
  }

  /// `data [name] [-SupportedCommand a, b] { }`.
  mutating func parseDataStatement() -> StatementAst {
    // G data-statement
    let t = next(.command)
    var name: String?
    var commands: [ExpressionAst] = []
    while true {
      let n = peek(.command)
      if n.kind == .generic {
        advance()
        name = stringValue(n)
      } else if n.kind == .parameter {
        advance()
        if "supportedcommand".hasPrefix(stringValue(n).lowercased()) {
          if let arg = parseCommandArgument() {
            if let array = arg as? ArrayLiteralAst { commands += array.elements } else { commands.append(arg) }
          } else {
            report("MissingValueForSupportedCommandInDataSectionStatement", n.end, n.end, incomplete: true)
          }
        } else {
          report("InvalidParameterForDataSectionStatement", n.start, n.end, stringValue(n))
        }
      } else {
        break
      }
    }
    skipNewlines()
    guard let body = parseStatementBlock() else {
      report("MissingStatementBlockForDataSection", lastEnd, lastEnd, incomplete: true)
      return ErrorStatementAst(span: span(t.start, lastEnd))
    }
    checkDataSection(body, supportedCommands: commands)
    return DataStatementAst(span: span(t.start, lastEnd), variableName: name, commandsAllowed: commands, body: body)
  }

  /// `using namespace X`, `using module X`, `using assembly X`.
  mutating func parseUsingStatement() -> UsingStatementAst? {
    // G using-statement
    let t = next(.command)
    let d = peek(.command)
    let kind: UsingStatementAst.Kind
    switch d.kind == .generic ? stringValue(d).lowercased() : "" {
    case "namespace": kind = .namespace
    case "module": kind = .module
    case "assembly": kind = .assembly
    default:
      report("MissingUsingStatementDirective", t.end, t.end, incomplete: true)
      skipToEndOfStatement()
      return nil
    }
    advance()
    let n = peek(.command)
    guard let arg = n.kind.endsStatement ? nil : parseCommandArgument() else {
      // The name must be on the same line: nothing after a comment or line break can complete it.
      report("MissingUsingItemName", d.end, d.end, incomplete: true, sameLine: true)
      return nil
    }
    let name: String
    if let s = arg as? StringConstantExpressionAst { name = s.value } else { name = arg.span.text }
    return UsingStatementAst(span: span(t.start, lastEnd), kind: kind, name: name)
  }

  /// Skips tokens to the end of the current statement (error recovery).
  mutating func skipToEndOfStatement() {
    while true {
      let k = peekKind(.command)
      if k == .newLine || k == .semicolon || k == .endOfInput || k == .rCurly || k == .rParen { return }
      advance()
    }
  }
}
