/// Pipelines, pipeline chains, assignments and redirections (Parser.cs PipelineChainRule,
/// PipelineRule, RedirectionRule).
extension ParserState {
  /// `pipeline (&& pipeline | || pipeline)* [&]`; nil when no pipeline starts here.
  mutating func parsePipelineChain() -> PipelineBaseAst? {
    // G pipeline-chain
    guard var left = parsePipeline(allowBackground: true) else { return nil }
    while true {
      let t = peek(.expression)
      guard t.kind == .andAnd || t.kind == .orOr else { break }
      if let p = left as? PipelineAst, p.background {
        report("BackgroundOperatorInPipelineChain", p.span.end - 1, p.span.end)
      }
      advance()
      skipNewlines()
      guard let right = parsePipeline(allowBackground: true) else {
        report("EmptyPipelineChainElement", t.start, t.end, incomplete: true, detectedAt: t.end)
        return left
      }
      let op: PipelineChainAst.Operator = t.kind == .andAnd ? .and : .or
      let rightPipeline: PipelineAst
      if let p = right as? PipelineAst {
        rightPipeline = p
      } else {
        report("UnexpectedToken", right.span.start, right.span.end, right.span.text)
        rightPipeline = PipelineAst(span: right.span, elements: [])
      }
      left = PipelineChainAst(
        span: left.span.union(right.span), left: left, right: rightPipeline, op: op,
        background: rightPipeline.background)
    }
    return left
  }

  /// A pipeline's first token is scanned with `?` and `:` not ending a number (PowerShell only ends
  /// numbers there inside expressions): `2?3:4` at the start of a pipeline is a command name.
  mutating func rescanLeadingNumberWord() {
    guard peekKind(.expression) == .number else { return }
    let t = token
    let after = lexer.at(t.end)
    guard after == UInt8(ascii: "?") || after == UInt8(ascii: ":") else { return }
    hasToken = false
    altToken = nil
    pending = []
    lexer.pos = t.start
    lexer.numbersEndAtTernaryChars = false
    defer { lexer.numbersEndAtTernaryChars = true }
    fetch(.expression)
  }

  /// `element (| element)*`, or an assignment when the first element is followed by `=`.
  mutating func parsePipeline(allowBackground: Bool) -> PipelineBaseAst? {
    // G pipeline
    // G pipeline-tail
    var elements: [CommandBaseAst] = []
    var background = false
    var lastPipe: Token?
    while true {
      var element: CommandBaseAst?
      if elements.isEmpty { rescanLeadingNumberWord() }
      if let expr = parseExpressionIfPresent() {
        if elements.isEmpty, let assignment = parseAssignmentIfPresent(left: expr) { return assignment }
        if !elements.isEmpty {
          report("ExpressionsMustBeFirstInPipeline", expr.span.start, expr.span.end)
        }
        let redirections = parseRedirections()
        let end = redirections.last?.span.end ?? expr.span.end
        element = CommandExpressionAst(span: span(expr.span.start, end), expression: expr, redirections: redirections)
      } else {
        element = parseCommand()
      }
      if let element {
        if elements.isEmpty { elements.reserveCapacity(2) }
        elements.append(element)
      } else if !elements.isEmpty || peekKind(.command) == .pipe {
        let at = lastPipe?.end ?? peek(.command).start
        let atEnd = lastPipe?.end ?? peek(.command).end
        report("EmptyPipeElement", at, atEnd)
      }
      var n = peek(.expression)
      if n.kind == .newLine && isPipeContinuation(after: n.end) {
        skipNewlines()
        n = peek(.expression)
      }
      switch n.kind {
      case .semicolon, .newLine, .rParen, .rCurly, .endOfInput, .andAnd, .orOr:
        break
      case .ampersand:
        if allowBackground {
          advance()
          background = true
        }
      case .pipe:
        advance()
        lastPipe = n
        skipNewlines()
        if peekKind(.command) == .endOfInput {
          report("EmptyPipeElement", n.end, n.end, incomplete: true)
          break
        }
        continue
      default:
        if elements.isEmpty && lastPipe == nil { return nil }
        reportUnexpected(n)
      }
      break
    }
    guard let first = elements.first, let last = elements.last else { return nil }
    return PipelineAst(
      span: span(first.span.start, max(last.span.end, background ? lastEnd : 0)),
      elements: elements, background: background)
  }

  /// True when the lines after a newline (skipping comment-only lines, not blank lines) start with `|`.
  func isPipeContinuation(after offset: Int) -> Bool {
    let bytes = lexer.bytes
    let limit = lexer.limit
    var i = offset
    while i < limit {
      while i < limit, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
      guard i < limit else { return false }
      let c = bytes[i]
      if c == UInt8(ascii: "|") { return i + 1 >= limit || bytes[i + 1] != UInt8(ascii: "|") }
      if c == UInt8(ascii: "#") {
        while i < limit, bytes[i] != CharClass.lf { i += 1 }
        i += 1
        continue
      }
      return false
    }
    return false
  }

  /// `left = statement` and the compound forms; nil (consuming nothing) when no assignment operator follows.
  mutating func parseAssignmentIfPresent(left: ExpressionAst) -> PipelineBaseAst? {
    // G assignment-expression
    let t = peek(.expression)
    guard t.kind.isAssignment else { return nil }
    advance()
    let op: AssignmentOperator
    switch t.kind {
    case .plusEquals: op = .plus
    case .minusEquals: op = .minus
    case .multiplyEquals: op = .multiply
    case .divideEquals: op = .divide
    case .remainderEquals: op = .remainder
    case .questionQuestionEquals: op = .nullCoalesce
    default: op = .assign
    }
    if !isAssignable(left) {
      report("InvalidLeftHandSide", left.span.start, left.span.end)
    }
    skipNewlines()
    guard let right = parseStatement() else {
      report("ExpectedValueExpression", t.end, t.end, text(t), incomplete: true)
      return AssignmentStatementAst(
        span: span(left.span.start, t.end), left: left, op: op,
        right: ErrorStatementAst(span: span(t.end, t.end)), operatorSpan: span(t.start, t.end))
    }
    return AssignmentStatementAst(
      span: span(left.span.start, right.span.end), left: left, op: op, right: right,
      operatorSpan: span(t.start, t.end))
  }

  /// Whether an expression can be the target of an assignment.
  func isAssignable(_ e: ExpressionAst) -> Bool {
    switch e {
    case is VariableExpressionAst, is MemberExpressionAst, is IndexExpressionAst, is ErrorExpressionAst:
      return !(e is InvokeMemberExpressionAst)
    case let c as ConvertExpressionAst: return isAssignable(c.child)
    case let a as AttributedExpressionAst: return isAssignable(a.child)
    case let a as ArrayLiteralAst: return a.elements.allSatisfy { isAssignable($0) }
    case let p as ParenExpressionAst:
      if let pipe = p.pipeline as? PipelineAst, pipe.elements.count == 1,
        let ce = pipe.elements[0] as? CommandExpressionAst
      {
        return isAssignable(ce.expression)
      }
      return false
    default: return false
    }
  }

  /// Redirections following an expression or among command arguments.
  mutating func parseRedirections() -> [RedirectionAst] {
    var result: [RedirectionAst] = []
    while true {
      let t = peek(.expression)
      guard t.kind == .fileRedirection || t.kind == .mergingRedirection || t.kind == .inputRedirection else {
        return result
      }
      advance()
      if let r = parseRedirection(t) { result.append(r) }
    }
  }

  /// One redirection after its operator token `t` has been consumed.
  mutating func parseRedirection(_ t: Token) -> RedirectionAst? {
    // G redirection
    guard case .redirection(let from, let append, let to) = t.payload else {
      report("RedirectionNotSupported", t.start, t.end, "<")
      _ = parseSingleCommandArgument()
      return nil
    }
    if let to {
      return MergingRedirectionAst(span: span(t.start, t.end), fromStream: from, toStream: to)
    }
    guard let location = parseSingleCommandArgument() else {
      report("MissingFileSpecification", t.end, t.end)
      return FileRedirectionAst(
        span: span(t.start, t.end), fromStream: from, location: ErrorExpressionAst(span: span(t.end, t.end)),
        append: append)
    }
    return FileRedirectionAst(
      span: span(t.start, location.span.end), fromStream: from, location: location, append: append)
  }
}
