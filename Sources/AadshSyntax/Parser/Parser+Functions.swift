/// Function, filter, class and enum definitions (Parser.cs FunctionDeclarationRule, ClassDefinitionRule,
/// EnumDefinitionRule, ClassMemberRule).
extension ParserState {
  /// `function Name [(params)] { body }`, `filter Name { }`.
  mutating func parseFunctionDefinition() -> StatementAst {
    // G function-statement
    let kw = next(.command)
    let kwText = text(kw).lowercased()
    skipNewlines()
    let n = peek(.command)
    let name: String
    switch n.kind {
    case .generic, .stringLiteral, .stringExpandable, .number, .variable:
      advance()
      name = n.kind == .generic || n.kind == .stringLiteral ? stringValue(n) : text(n)
    default:
      report("MissingNameAfterKeyword", kw.end, kw.end, kwText, incomplete: true)
      return ErrorStatementAst(span: span(kw.start, kw.end))
    }
    skipNewlines()
    var params: [ParameterAst]?
    if peekKind(.expression) == .lParen {
      let lp = next(.expression)
      params = parseParameterList(open: lp)
      skipNewlines()
    }
    let lc = peek(.expression)
    guard lc.kind == .lCurly else {
      report("MissingFunctionBody", lastEnd, lastEnd, incomplete: true)
      return ErrorStatementAst(span: span(kw.start, lastEnd))
    }
    advance()
    guard enter() else { return ErrorStatementAst(span: span(kw.start, lastEnd)) }
    defer { leave() }
    let body = parseScriptBlockBody(start: lc.start, closing: .rCurly, isFilter: kwText == "filter")
    let end = expectClosingCurly(open: lc)
    if kwText == "workflow" { report("WorkflowNotSupportedInPowerShellCore", kw.start, end) }
    return FunctionDefinitionAst(
      span: span(kw.start, end), name: name, isFilter: kwText == "filter", isWorkflow: kwText == "workflow",
      parameters: params, body: rebuild(body, start: lc.start, end: end))
  }

  /// Attributes before `class` or `enum` (`[Flags()] enum E { }`); nil (position restored) otherwise.
  mutating func parseAttributedTypeDefinition() -> StatementAst? {
    let m = mark()
    guard peekKind(.expression) == .lBracket else { return nil }
    let start = token.start
    guard let attrs = parseAttributeRun(restoring: m) else { return nil }
    let t = peek(.command)
    if isWord(t, "class") { return parseClassDefinition(attributes: attrs, start: start) }
    if isWord(t, "enum") { return parseEnumDefinition(attributes: attrs, start: start) }
    reset(m)
    return nil
  }

  /// The name after `class`/`enum`.
  mutating func parseTypeDefinitionName(_ kw: Token) -> String? {
    skipNewlines()
    let n = peek(.command)
    guard n.kind == .generic else {
      report("MissingNameAfterKeyword", kw.end, kw.end, text(kw).lowercased(), incomplete: true)
      return nil
    }
    advance()
    return stringValue(n)
  }

  /// `: Base, IFace` after a class or enum name.
  mutating func parseBaseTypes() -> [TypeName] {
    var bases: [TypeName] = []
    skipNewlines()
    guard peekKind(.expression) == .colon else { return bases }
    advance()
    while true {
      skipNewlines()
      dropLookahead()
      skipRawSpaces()
      guard let t = parseRawTypeName() else {
        report("TypeNameExpected", lexer.pos, lexer.pos, incomplete: true)
        return bases
      }
      bases.append(t)
      skipRawSpaces()
      guard peekKind(.expression) == .comma else { return bases }
      advance()
    }
  }

  /// The name, base types and opening `{` of a `class` or `enum` header (consumed up to the `{`);
  /// `nil` (with MissingTypeBody reported when the body is missing) when there is no valid header.
  mutating func parseTypeHeader(_ keyword: String) -> (name: String, bases: [TypeName], open: Token)? {
    let kw = next(.command)
    guard let name = parseTypeDefinitionName(kw) else { return nil }
    let bases = parseBaseTypes()
    skipNewlines()
    let lc = peek(.expression)
    guard lc.kind == .lCurly else {
      report("MissingTypeBody", lastEnd, lastEnd, keyword, incomplete: true)
      return nil
    }
    advance()
    return (name, bases, lc)
  }

  /// `class Name [: Base] { members }`.
  mutating func parseClassDefinition(attributes: [AttributeAst], start: Int) -> StatementAst {
    // G class-statement
    // G class-member
    guard let (name, bases, lc) = parseTypeHeader("class") else { return ErrorStatementAst(span: span(start, lastEnd)) }
    guard enter() else { return ErrorStatementAst(span: span(start, lastEnd)) }
    defer { leave() }
    var members: [MemberAst] = []
    while true {
      skipNewlinesAndSemicolons()
      let n = peek(.expression)
      if n.kind == .rCurly || n.kind == .endOfInput { break }
      if let member = parseClassMember(className: name) {
        members.append(member)
      } else {
        report("IncompleteMemberDefinition", n.start, n.end)
        advance()
      }
    }
    let end = expectClosingCurly(open: lc)
    return TypeDefinitionAst(
      span: span(start, end), kind: .classType, name: name, attributes: attributes, baseTypes: bases, members: members)
  }

  /// One property, method or constructor of a class; nil when nothing member-like is here.
  mutating func parseClassMember(className: String) -> MemberAst? {
    let start = peek(.expression).start
    var attrs: [AttributeAst] = []
    var type: TypeConstraintAst?
    var isStatic = false
    var isHidden = false
    while true {
      let n = peek(.expression)
      if n.kind == .lBracket {
        advance()
        guard let a = parseAttributeAfterBracket(n) else { return nil }
        if let attr = a as? AttributeAst {
          attrs.append(attr)
        } else {
          type = TypeConstraintAst(span: a.span, typeName: a.typeName)
        }
        skipNewlines()
      } else if n.kind == .identifier, stringValue(n).lowercased() == "static" {
        advance()
        isStatic = true
      } else if n.kind == .identifier, stringValue(n).lowercased() == "hidden" {
        advance()
        isHidden = true
      } else {
        break
      }
    }
    let n = peek(.expression)
    if n.kind == .variable {
      advance()
      var initial: ExpressionAst?
      if peekKind(.expression) == .equals {
        let eq = next(.expression)
        skipNewlines()
        if startsExpression(peek(.expression)) {
          initial = parseExpression()
        } else {
          report("ExpectedValueExpression", eq.end, eq.end, "=", incomplete: true)
        }
      }
      let k = peekKind(.expression)
      if k != .newLine && k != .semicolon && k != .rCurly && k != .endOfInput {
        report("MissingPropertyTerminator", lastEnd, lastEnd)
      }
      return PropertyMemberAst(
        span: span(start, lastEnd), name: VariablePath(stringValue(n)).name, propertyType: type, attributes: attrs,
        initialValue: initial, isStatic: isStatic, isHidden: isHidden)
    }
    guard n.kind == .identifier || n.kind == .generic else { return nil }
    advance()
    let lp = peek(.expression)
    guard lp.kind == .lParen else {
      report("MissingMethodParameterList", n.end, n.end, incomplete: true)
      return nil
    }
    advance()
    let params = parseParameterList(open: lp)
    skipNewlines()
    var baseArgs: [ExpressionAst] = []
    if peekKind(.expression) == .colon {
      let colon = next(.expression)
      skipNewlines()
      let b = peek(.expression)
      if b.kind == .identifier, stringValue(b).lowercased() == "base" || stringValue(b).lowercased() == "this" {
        advance()
        let blp = peek(.expression)
        if blp.kind == .lParen {
          advance()
          baseArgs = parseMethodArguments(open: blp)
        }
      } else {
        report("MissingBaseCtorCall", colon.end, colon.end, incomplete: true)
      }
      skipNewlines()
    }
    let lc = peek(.expression)
    guard lc.kind == .lCurly else {
      report("MissingFunctionBody", lastEnd, lastEnd, incomplete: true)
      return nil
    }
    advance()
    let body = parseScriptBlockBody(start: lc.start, closing: .rCurly, isFilter: false)
    let end = expectClosingCurly(open: lc)
    let isCtor = stringValue(n).lowercased() == className.lowercased()
    return FunctionMemberAst(
      span: span(start, end), name: stringValue(n), returnType: type, attributes: attrs, parameters: params,
      body: rebuild(body, start: lc.start, end: end), isStatic: isStatic, isHidden: isHidden, isConstructor: isCtor,
      baseArguments: baseArgs)
  }

  /// `enum Name [: type] { A; B = 2 }`.
  mutating func parseEnumDefinition(attributes: [AttributeAst], start: Int) -> StatementAst {
    // G enum-statement
    // G enum-member
    guard let (name, bases, lc) = parseTypeHeader("enum") else { return ErrorStatementAst(span: span(start, lastEnd)) }
    var members: [MemberAst] = []
    while true {
      skipNewlinesAndSemicolons()
      let n = peek(.expression)
      if n.kind == .rCurly || n.kind == .endOfInput { break }
      guard n.kind == .identifier || n.kind == .generic else {
        report("IncompleteMemberDefinition", n.start, n.end)
        advance()
        continue
      }
      advance()
      var value: ExpressionAst?
      if peekKind(.expression) == .equals {
        let eq = next(.expression)
        skipNewlines()
        if startsExpression(peek(.expression)) {
          value = parseExpression()
        } else {
          report("ExpectedValueExpression", eq.end, eq.end, "=", incomplete: true)
        }
      }
      members.append(
        PropertyMemberAst(
          span: span(n.start, lastEnd), name: stringValue(n), propertyType: nil, attributes: [], initialValue: value,
          isStatic: false, isHidden: false))
    }
    let end = expectClosingCurly(open: lc)
    return TypeDefinitionAst(
      span: span(start, end), kind: .enumType, name: name, attributes: attributes, baseTypes: bases, members: members)
  }
}
