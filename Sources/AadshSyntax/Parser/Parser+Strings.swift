/// String literals and expansions (Parser.cs ExpandableStringRule; nested `$( )` are parsed here).
extension ParserState {
  /// A string token as a constant or an expandable string.
  mutating func stringExpression(_ t: Token) -> ExpressionAst {
    // G string-literal
    // G expandable-string-literal
    // G here-string-literal
    let kind: StringKind
    switch t.kind {
    case .stringLiteral: kind = .singleQuoted
    case .hereStringLiteral: kind = .singleHereString
    case .hereStringExpandable: kind = .doubleHereString
    default: kind = .doubleQuoted
    }
    if case .stored(let i) = t.payload, case .parts(let parts) = lexer.values.items[i] {
      return ExpandableStringExpressionAst(span: span(t.start, t.end), parts: convertParts(parts), kind: kind)
    }
    return StringConstantExpressionAst(span: span(t.start, t.end), value: stringValue(t), kind: kind)
  }

  /// Converts lexer string parts to AST parts, parsing each `$( )` as a statement list.
  mutating func convertParts(_ parts: [StringPart]) -> [ExpandableStringExpressionAst.Part] {
    var result: [ExpandableStringExpressionAst.Part] = []
    result.reserveCapacity(parts.count)
    for part in parts {
      switch part {
      case .text(let s):
        result.append(.text(s))
      case .variable(let path, let start, let end):
        result.append(.expression(variableExpression(path: path, start: start, end: end, splatted: false)))
      case .subExpression(let start, let innerStart, let innerEnd, let end, _):
        result.append(
          .expression(parseNestedSubExpression(start: start, inner: innerStart, innerEnd: innerEnd, end: end)))
      }
    }
    return result
  }

  /// Parses the text of a `$( )` inside a string with a nested parser over the same file.
  mutating func parseNestedSubExpression(start: Int, inner: Int, innerEnd: Int, end: Int) -> ExpressionAst {
    var sub = ParserState(file: file, start: inner, end: innerEnd)
    sub.depth = depth + 1
    sub.aborted = aborted
    if sub.depth >= Self.maxDepth {
      if !aborted {
        aborted = true
        report("ScriptTooComplicated", start, end)
      }
      return ErrorExpressionAst(span: span(start, end))
    }
    let (stmts, traps) = sub.parseStatementList(closing: nil)
    sub.finish()
    // The enclosing token may already have reported an unterminated comment or string inside the `$( )`.
    for e in sub.errors
    where !errors.contains(where: { $0.id == e.id && $0.span.start == e.span.start && $0.span.end == e.span.end }) {
      errors.append(e)
    }
    aborted = aborted || sub.aborted
    let block = StatementBlockAst(span: span(inner, innerEnd), statements: stmts, traps: traps)
    return SubExpressionAst(span: span(start, end), subExpression: block)
  }
}
