/// Expressions (Parser.cs ExpressionRule, BinaryExpressionRule, ArrayLiteralRule, UnaryExpressionRule).
extension ParserState {
  /// True when `t` (scanned in expression mode) can start an expression.
  func startsExpression(_ t: Token) -> Bool {
    switch t.kind {
    case .number, .variable, .stringLiteral, .stringExpandable, .hereStringLiteral, .hereStringExpandable,
      .lParen, .dollarParen, .atParen, .atCurly, .lCurly, .lBracket, .exclaim, .plus, .minus, .plusPlus,
      .minusMinus, .comma:
      return true
    case .dashOperator:
      guard let op = t.dashOperator else { return false }
      switch op {
      case .not, .bnot, .binary(.split, _), .binary(.join, _): return true
      default: return false
      }
    default: return false
    }
  }

  /// An expression at the start of a pipeline, or nil (consuming nothing) when a command starts here.
  mutating func parseExpressionIfPresent() -> ExpressionAst? {
    // A command-mode bare word starting with a letter or `_` scans as a name in expression mode, which
    // starts no expression: skip the rescan.
    if hasToken, token.mode == .command, token.kind == .generic {
      let c = lexer.bytes[token.start]
      if CharClass.isLetter(c) || c == UInt8(ascii: "_") { return nil }
    }
    let t = peek(.expression)
    guard startsExpression(t) else { return nil }
    return parseExpression()
  }

  /// A full expression: `binary-expression [? expression : expression]`.
  mutating func parseExpression() -> ExpressionAst {
    // G expression
    // G ternary-expression
    let condition = parseBinaryExpression(minPrecedence: 1)
    let q = peek(.expression)
    guard q.kind == .questionMark else { return condition }
    advance()
    skipNewlines()
    guard startsExpression(peek(.expression)) else {
      report("ExpectedValueExpression", q.end, q.end, "?", incomplete: true)
      return ErrorExpressionAst(span: span(condition.span.start, q.end), nested: [condition])
    }
    let ifTrue = parseExpression()
    skipNewlines()
    let colon = peek(.expression)
    guard colon.kind == .colon else {
      report("MissingColonInTernaryExpression", ifTrue.span.end, ifTrue.span.end, incomplete: true)
      return ErrorExpressionAst(span: span(condition.span.start, lastEnd), nested: [condition, ifTrue])
    }
    advance()
    skipNewlines()
    guard startsExpression(peek(.expression)) else {
      report("ExpectedValueExpression", colon.end, colon.end, ":", incomplete: true)
      return ErrorExpressionAst(span: span(condition.span.start, colon.end), nested: [condition, ifTrue])
    }
    let ifFalse = parseExpression()
    return TernaryExpressionAst(
      span: span(condition.span.start, ifFalse.span.end), condition: condition, ifTrue: ifTrue, ifFalse: ifFalse)
  }

  /// The binary operator a token stands for, with its precedence (higher binds tighter).
  func binaryOperator(_ t: Token) -> (BinaryOperator, CaseSensitivity, Int)? {
    switch t.kind {
    case .plus: return (.add, .defaultInsensitive, 5)
    case .minus: return (.subtract, .defaultInsensitive, 5)
    case .multiply: return (.multiply, .defaultInsensitive, 6)
    case .divide: return (.divide, .defaultInsensitive, 6)
    case .remainder: return (.remainder, .defaultInsensitive, 6)
    case .questionQuestion: return (.nullCoalesce, .defaultInsensitive, 4)
    case .dotDot: return (.range, .defaultInsensitive, 8)
    case .dashOperator:
      guard case .binary(let op, let cs)? = t.dashOperator else { return nil }
      switch op {
      case .format: return (op, cs, 7)
      case .and, .or, .xor: return (op, cs, 1)
      case .band, .bor, .bxor: return (op, cs, 2)
      default: return (op, cs, 3)
      }
    default: return nil
    }
  }

  /// Precedence climbing over the binary operators; all are left-associative.
  mutating func parseBinaryExpression(minPrecedence: Int) -> ExpressionAst {
    // G binary-expression
    var left = parseArrayLiteral()
    var links = 0
    while true {
      let t = peek(.expression)
      guard let (op, cs, prec) = binaryOperator(t), prec >= minPrecedence else { return left }
      links += 1
      if links > Self.maxBinaryChain {
        abortTooComplex()
        return left
      }
      advance()
      skipNewlines()
      guard startsExpression(peek(.expression)) else {
        report("ExpectedValueExpression", t.end, t.end, text(t), incomplete: true)
        return ErrorExpressionAst(span: span(left.span.start, t.end), nested: [left])
      }
      let right = parseBinaryExpression(minPrecedence: prec + 1)
      left = BinaryExpressionAst(
        span: span(left.span.start, right.span.end), op: op, caseSensitivity: cs, left: left, right: right,
        operatorSpan: span(t.start, t.end))
    }
  }

  /// `unary (, unary)*`: the binary comma binds tighter than every binary operator.
  mutating func parseArrayLiteral() -> ExpressionAst {
    // G array-literal-expression
    let first = parseUnaryExpression()
    guard !noComma, peekKind(.expression) == .comma else { return first }
    var items = [first]
    while peekKind(.expression) == .comma {
      let comma = next(.expression)
      skipNewlines()
      guard startsExpression(peek(.expression)) else {
        report("MissingExpressionAfterToken", comma.end, comma.end, ",", incomplete: true)
        break
      }
      items.append(parseUnaryExpression())
    }
    return ArrayLiteralAst(span: span(first.span.start, max(lastEnd, items[items.count - 1].span.end)), elements: items)
  }

  /// Prefix operators and casts, then a primary expression with its postfix operators.
  mutating func parseUnaryExpression() -> ExpressionAst {
    // G unary-expression
    let t = peek(.expression)
    var op: UnaryOperator?
    var cs = CaseSensitivity.defaultInsensitive
    switch t.kind {
    case .exclaim: op = .exclaim
    case .plus: op = .plus
    case .minus: op = .minus
    case .plusPlus: op = .preIncrement
    case .minusMinus: op = .preDecrement
    case .comma: op = .comma
    case .dashOperator:
      if let d = t.dashOperator {
        switch d {
        case .not: op = .not
        case .bnot: op = .bnot
        case .binary(.split, let c):
          op = .split
          cs = c
        case .binary(.join, let c):
          op = .join
          cs = c
        default: break
        }
      }
    case .lBracket:
      return parseTypeOrCast()
    default: break
    }
    guard let op else {
      guard let primary = parsePrimaryExpression(argumentMode: false) else {
        reportUnexpectedOrMissing(t)
        return ErrorExpressionAst(span: span(t.start, t.start))
      }
      return parsePostfix(primary, argumentMode: false)
    }
    advance()
    guard enter() else { return ErrorExpressionAst(span: span(t.start, t.end)) }
    defer { leave() }
    skipNewlines()
    guard startsExpression(peek(.expression)) else {
      report("MissingExpressionAfterOperator", t.end, t.end, text(t), incomplete: true)
      return ErrorExpressionAst(span: span(t.start, t.end))
    }
    let child = parseUnaryExpression()
    return UnaryExpressionAst(span: span(t.start, child.span.end), op: op, caseSensitivity: cs, child: child)
  }

  /// Reports a token where an operand was required.
  mutating func reportUnexpectedOrMissing(_ t: Token) {
    if t.kind == .endOfInput {
      report("ExpectedExpression", t.start, t.start, incomplete: true)
    } else {
      reportUnexpected(t)
    }
  }

  /// `[type]` as a value, a cast `[type]operand`, or an attributed expression `[Attr()]operand`.
  mutating func parseTypeOrCast() -> ExpressionAst {
    // G cast-expression
    // G type-literal
    let lb = next(.expression)
    guard let attr = parseAttributeAfterBracket(lb) else {
      return ErrorExpressionAst(span: span(lb.start, lastEnd))
    }
    let n = peek(.expression)
    if startsExpression(n) && n.kind != .comma {
      guard enter() else { return ErrorExpressionAst(span: span(lb.start, lastEnd)) }
      defer { leave() }
      let child = parseUnaryExpression()
      if let a = attr as? AttributeAst {
        return AttributedExpressionAst(span: span(lb.start, child.span.end), attribute: a, child: child)
      }
      let tc = TypeConstraintAst(span: attr.span, typeName: attr.typeName)
      return ConvertExpressionAst(span: span(lb.start, child.span.end), type: tc, child: child)
    }
    let typeExpr = TypeExpressionAst(span: attr.span, typeName: attr.typeName)
    return parsePostfix(typeExpr, argumentMode: false)
  }
}
