/// Type literals, attributes and parameter lists (Parser.cs TypeNameRule, AttributeRule,
/// ParamBlockRule, ParameterListRule).
extension ParserState {
  /// Drops the lookahead so that raw scanning can start at the current position.
  mutating func dropLookahead() {
    if hasToken {
      lexer.pos = token.start
      hasToken = false
      altToken = nil
      pending = []
    }
  }

  /// Skips spaces and tabs in raw scanning.
  mutating func skipRawSpaces() {
    while lexer.whitespaceLength(lexer.pos) > 0 { lexer.pos += lexer.whitespaceLength(lexer.pos) }
  }

  /// Scans a dotted type name's characters at the lexer position.
  mutating func scanRawTypeName() -> String? {
    let start = lexer.pos
    while lexer.pos < lexer.limit {
      let c = lexer.bytes[lexer.pos]
      if CharClass.isLetter(c) || CharClass.isDigit(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
        || c == UInt8(ascii: "`") || c == UInt8(ascii: "+") || c == UInt8(ascii: "#") || c == UInt8(ascii: "\\")
        || (c >= 0x80 && lexer.whitespaceLength(lexer.pos) == 0)
      {
        lexer.pos += 1
      } else {
        break
      }
    }
    guard lexer.pos > start else { return nil }
    lastEnd = lexer.pos
    return file.text(from: start, to: lexer.pos)
  }

  /// A full type name with generic arguments and array suffixes (`List[string]`, `int[]`, `T[,]`).
  mutating func parseRawTypeName() -> TypeName? {
    // G type-name
    // G generic-type-arguments
    // G array-type-name
    guard let name = scanRawTypeName() else { return nil }
    var type = TypeName.simple(name)
    while lexer.at(lexer.pos) == UInt8(ascii: "[") {
      var i = lexer.pos + 1
      while lexer.whitespaceLength(i) > 0 { i += 1 }
      let c = lexer.at(i)
      if c == UInt8(ascii: "]") || c == UInt8(ascii: ",") {
        var rank = 1
        while lexer.at(i) == UInt8(ascii: ",") || lexer.whitespaceLength(i) > 0 {
          if lexer.at(i) == UInt8(ascii: ",") { rank += 1 }
          i += 1
        }
        guard lexer.at(i) == UInt8(ascii: "]") else { return type }
        lexer.pos = i + 1
        lastEnd = lexer.pos
        type = .array(type, rank: rank)
        continue
      }
      guard case .simple(let base) = type else { return type }
      let save = lexer.pos
      lexer.pos += 1
      var args: [TypeName] = []
      while true {
        skipRawSpacesAndNewlines()
        let bracketed = lexer.at(lexer.pos) == UInt8(ascii: "[")
        if bracketed {
          lexer.pos += 1
          skipRawSpaces()
        }
        guard let arg = parseRawTypeName() else {
          lexer.pos = save
          return type
        }
        args.append(arg)
        skipRawSpaces()
        if bracketed {
          guard lexer.at(lexer.pos) == UInt8(ascii: "]") else {
            lexer.pos = save
            return type
          }
          lexer.pos += 1
          skipRawSpaces()
        }
        if lexer.at(lexer.pos) == UInt8(ascii: ",") {
          lexer.pos += 1
          continue
        }
        guard lexer.at(lexer.pos) == UInt8(ascii: "]") else {
          lexer.pos = save
          return type
        }
        lexer.pos += 1
        lastEnd = lexer.pos
        break
      }
      type = .generic(base, args)
    }
    return type
  }

  mutating func skipRawSpacesAndNewlines() {
    while true {
      let w = lexer.whitespaceLength(lexer.pos)
      if w > 0 {
        lexer.pos += w
      } else if lexer.at(lexer.pos) == CharClass.lf || lexer.at(lexer.pos) == CharClass.cr {
        lexer.pos += 1
      } else {
        return
      }
    }
  }

  /// The type name after a consumed `[` and its closing `]`; nil after reporting an error.
  mutating func parseTypeNameAfterBracket(_ lb: Token, attribute: Bool) -> (TypeName, Int)? {
    guard let a = parseAttributeAfterBracket(lb) else { return nil }
    return (a.typeName, a.span.end)
  }

  /// `[Type]` or `[Attr(args)]` after its `[`; a `TypeConstraintAst` or an `AttributeAst`.
  mutating func parseAttributeAfterBracket(_ lb: Token) -> AttributeBaseAst? {
    // G attribute
    // G attribute-arguments
    dropLookahead()
    skipRawSpaces()
    guard let type = parseRawTypeName() else {
      report("MissingTypename", lb.end, lb.end, incomplete: true, sameLine: true)
      return nil
    }
    skipRawSpaces()
    if lexer.at(lexer.pos) == UInt8(ascii: "(") {
      let lp = next(.expression)
      var positional: [ExpressionAst] = []
      var named: [NamedAttributeArgumentAst] = []
      parseAttributeArguments(open: lp, &positional, &named)
      let rb = peek(.expression)
      guard rb.kind == .rBracket else {
        report(
          "EndSquareBracketExpectedAtEndOfAttribute", lastEnd, lastEnd, incomplete: true, detectedAt: rb.start,
          sameLine: true)
        return AttributeAst(
          span: span(lb.start, lastEnd), typeName: type, positionalArguments: positional, namedArguments: named)
      }
      advance()
      return AttributeAst(
        span: span(lb.start, rb.end), typeName: type, positionalArguments: positional, namedArguments: named)
    }
    guard lexer.at(lexer.pos) == UInt8(ascii: "]") else {
      report("EndSquareBracketExpectedAtEndOfType", lexer.pos, lexer.pos, incomplete: true, sameLine: true)
      return TypeConstraintAst(span: span(lb.start, lexer.pos), typeName: type)
    }
    lexer.pos += 1
    lastEnd = lexer.pos
    return TypeConstraintAst(span: span(lb.start, lexer.pos), typeName: type)
  }

  /// `(positional, Name = value, Flag)` of an attribute, after the `(`.
  mutating func parseAttributeArguments(
    open: Token, _ positional: inout [ExpressionAst], _ named: inout [NamedAttributeArgumentAst]
  ) {
    // G attribute-argument
    let saved = noComma
    noComma = true
    defer { noComma = saved }
    skipNewlines()
    if peekKind(.expression) == .rParen {
      advance()
      return
    }
    while true {
      skipNewlines()
      let n = peek(.expression)
      if n.kind == .identifier {
        advance()
        let eq = peek(.expression)
        if eq.kind == .equals {
          advance()
          skipNewlines()
          guard startsExpression(peek(.expression)) else {
            report("MissingExpressionInNamedArgument", eq.end, eq.end, incomplete: true)
            return
          }
          let value = parseExpression()
          named.append(
            NamedAttributeArgumentAst(
              span: span(n.start, value.span.end), argumentName: stringValue(n), argument: value,
              expressionOmitted: false))
        } else {
          let value = VariableExpressionAst(span: span(n.start, n.end), path: VariablePath("true"))
          named.append(
            NamedAttributeArgumentAst(
              span: span(n.start, n.end), argumentName: stringValue(n), argument: value, expressionOmitted: true))
        }
      } else if startsExpression(n) {
        positional.append(parseExpression())
      } else {
        report("MissingEndParenthesisInExpression", lastEnd, lastEnd, incomplete: true, detectedAt: n.start)
        return
      }
      skipNewlines()
      let c = peek(.expression)
      if c.kind == .comma {
        advance()
        continue
      }
      if c.kind == .rParen {
        advance()
        return
      }
      report("MissingEndParenthesisInExpression", lastEnd, lastEnd, incomplete: true, detectedAt: c.start)
      return
    }
  }

  /// Attributes followed by `param(...)` at the top of a script block; restores the position otherwise.
  mutating func parseParamBlockIfPresent(_ attributes: inout [AttributeAst]) -> ParamBlockAst? {
    // G param-block
    let m = mark()
    guard let attrs = parseAttributeRun(restoring: m) else { return nil }
    let t = peek(.command)
    guard isWord(t, "param") else {
      reset(m)
      return nil
    }
    advance()
    attributes = attrs
    return parseParamBlockAfterKeyword(t, attributes: &attributes)
  }

  /// `( parameters )` after the `param` keyword.
  mutating func parseParamBlockAfterKeyword(_ t: Token, attributes: inout [AttributeAst]) -> ParamBlockAst? {
    skipNewlines()
    let lp = peek(.expression)
    guard lp.kind == .lParen else {
      report("MissingOpenParenthesisAfterKeyword", t.end, t.end, "param", incomplete: true)
      return nil
    }
    advance()
    let params = parseParameterList(open: lp)
    return ParamBlockAst(
      span: span(attributes.first?.span.start ?? t.start, lastEnd), attributes: attributes, parameters: params)
  }

  /// Parameters separated by commas up to `)`, after the `(`.
  mutating func parseParameterList(open: Token) -> [ParameterAst] {
    // G parameter-list
    // G script-parameter
    let saved = noComma
    noComma = true
    defer { noComma = saved }
    var params: [ParameterAst] = []
    while true {
      skipNewlines()
      let n = peek(.expression)
      if n.kind == .rParen {
        advance()
        return params
      }
      var attrs: [AttributeBaseAst] = []
      while peekKind(.expression) == .lBracket {
        let lb = next(.expression)
        guard let a = parseAttributeAfterBracket(lb) else { break }
        attrs.append(a)
        skipNewlines()
      }
      let v = peek(.expression)
      guard v.kind == .variable else {
        let id: ParseErrorID =
          v.kind == .endOfInput ? "MissingEndParenthesisInFunctionParameterList" : "InvalidFunctionParameter"
        report(id, v.kind == .endOfInput ? lastEnd : v.start, v.kind == .endOfInput ? lastEnd : v.end, incomplete: true)
        // Recover: skip to `)` or the end of the line.
        while true {
          let k = peekKind(.expression)
          if k == .rParen {
            advance()
            return params
          }
          if k == .endOfInput || k == .newLine || k == .lCurly { return params }
          advance()
        }
      }
      advance()
      let name = VariableExpressionAst(span: span(v.start, v.end), path: VariablePath(stringValue(v)))
      var defaultValue: ExpressionAst?
      if peekKind(.expression) == .equals {
        let eq = next(.expression)
        skipNewlines()
        if startsExpression(peek(.expression)) {
          defaultValue = parseExpression()
        } else {
          report("ExpectedValueExpression", eq.end, eq.end, "=", incomplete: true)
        }
      }
      let start = attrs.first?.span.start ?? v.start
      params.append(ParameterAst(span: span(start, lastEnd), name: name, attributes: attrs, defaultValue: defaultValue))
      skipNewlines()
      let c = peek(.expression)
      if c.kind == .comma {
        advance()
        continue
      }
      if c.kind == .rParen {
        advance()
        return params
      }
      report("MissingEndParenthesisInFunctionParameterList", lastEnd, lastEnd, incomplete: true, detectedAt: c.start)
      return params
    }
  }

  /// A run of attributes (`[A()] [B()]`, newlines between allowed) before `param`, `class` or `enum`;
  /// `nil` with the position restored to `m` when a bracket does not start an attribute.
  mutating func parseAttributeRun(restoring m: Mark) -> [AttributeAst]? {
    var attrs: [AttributeAst] = []
    while peekKind(.expression) == .lBracket {
      let lb = next(.expression)
      guard let a = parseAttributeAfterBracket(lb) as? AttributeAst else {
        reset(m)
        return nil
      }
      attrs.append(a)
      skipNewlines()
    }
    return attrs
  }
}
