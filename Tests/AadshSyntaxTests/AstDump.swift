import AadshSyntax

/// A compact, readable rendering of syntax trees for assertions.
enum AstDump {
  static func script(_ sb: ScriptBlockAst) -> String {
    var parts: [String] = []
    if let p = sb.paramBlock { parts.append("param(" + p.parameters.map(parameter).joined(separator: ",") + ")") }
    for (name, block) in [
      ("dynamicparam", sb.dynamicParamBlock), ("begin", sb.beginBlock), ("process", sb.processBlock),
      ("end", sb.endBlock), ("clean", sb.cleanBlock),
    ] {
      guard let block else { continue }
      let body = block.statements.map(statement).joined(separator: "; ")
      if block.isUnnamed && body.isEmpty { continue }
      parts.append(block.isUnnamed ? body : "\(name){\(body)}")
    }
    return parts.joined(separator: " ")
  }

  static func parameter(_ p: ParameterAst) -> String {
    let attrs = p.attributes.map { a -> String in
      if let at = a as? AttributeAst { return attribute(at) }
      return "[\(a.typeName)]"
    }.joined()
    return attrs + "$" + p.name.path.userPath + (p.defaultValue.map { "=" + expression($0) } ?? "")
  }

  static func attribute(_ a: AttributeAst) -> String {
    let args =
      a.positionalArguments.map(expression)
      + a.namedArguments.map {
        $0.expressionOmitted ? $0.argumentName : $0.argumentName + "=" + expression($0.argument)
      }
    return "[\(a.typeName)(\(args.joined(separator: ",")))]"
  }

  static func block(_ b: StatementBlockAst) -> String {
    "{" + b.statements.map(statement).joined(separator: "; ") + "}"
  }

  static func statement(_ s: StatementAst) -> String {
    switch s {
    case let p as PipelineAst:
      return p.elements.map(commandBase).joined(separator: " | ") + (p.background ? " &" : "")
    case let c as PipelineChainAst:
      return "(" + statement(c.left) + " " + c.op.rawValue + " " + statement(c.right) + ")"
    case let a as AssignmentStatementAst:
      return "(" + expression(a.left) + " " + a.op.rawValue + " " + statement(a.right) + ")"
    case let i as IfStatementAst:
      var out = i.clauses.map { "if(" + statement($0.condition) + ")" + block($0.body) }.joined(separator: " else")
      if let e = i.elseClause { out += " else" + block(e) }
      return out
    case let w as SwitchStatementAst:
      var out = "switch" + (w.label.map { ":" + $0 } ?? "") + "(" + statement(w.condition) + "){"
      out += w.clauses.map { expression($0.condition) + block($0.body) }.joined(separator: " ")
      if let d = w.defaultClause { out += " default" + block(d) }
      return out + "}"
    case let f as ForEachStatementAst:
      return "foreach" + (f.label.map { ":" + $0 } ?? "") + "($" + f.variable.path.userPath + " in "
        + statement(f.condition) + ")" + block(f.body)
    case let f as ForStatementAst:
      return "for(" + [f.initializer, f.condition, f.iterator].map { $0.map(statement) ?? "" }.joined(separator: ";")
        + ")" + block(f.body)
    case let l as LoopStatementAst:
      return "\(l.kind)" + (l.label.map { ":" + $0 } ?? "") + "(" + statement(l.condition) + ")" + block(l.body)
    case let b as BreakContinueStatementAst:
      return (b.isBreak ? "break" : "continue") + (b.label.map { " " + expression($0) } ?? "")
    case let f as FlowStatementAst:
      return f.kind.rawValue + (f.pipeline.map { " " + statement($0) } ?? "")
    case let t as TryStatementAst:
      var out = "try" + block(t.body)
      for c in t.catchClauses { out += " catch" + c.catchTypes.map { "[\($0.typeName)]" }.joined() + block(c.body) }
      if let f = t.finallyBlock { out += " finally" + block(f) }
      return out
    case let t as TrapStatementAst:
      return "trap" + (t.trapType.map { "[\($0.typeName)]" } ?? "") + block(t.body)
    case let f as FunctionDefinitionAst:
      return (f.isFilter ? "filter " : "function ") + f.name
        + (f.parameters.map { "(" + $0.map(parameter).joined(separator: ",") + ")" } ?? "") + "{" + script(f.body) + "}"
    case let d as DataStatementAst:
      return "data" + (d.variableName.map { " " + $0 } ?? "") + block(d.body)
    case let u as UsingStatementAst:
      return "using \(u.kind.rawValue) \(u.name)"
    case let t as TypeDefinitionAst:
      return "\(t.kind) \(t.name)"
        + (t.baseTypes.isEmpty ? "" : ":" + t.baseTypes.map(\.description).joined(separator: ","))
        + "{" + t.members.map(member).joined(separator: "; ") + "}"
    case is ErrorStatementAst:
      return "<error>"
    default:
      return "<\(type(of: s))>"
    }
  }

  static func member(_ m: MemberAst) -> String {
    switch m {
    case let p as PropertyMemberAst:
      return (p.isStatic ? "static " : "") + (p.isHidden ? "hidden " : "")
        + (p.propertyType.map { "[\($0.typeName)]" } ?? "")
        + p.name + (p.initialValue.map { "=" + expression($0) } ?? "")
    case let f as FunctionMemberAst:
      return (f.isStatic ? "static " : "") + (f.returnType.map { "[\($0.typeName)]" } ?? "") + f.name + "("
        + f.parameters.map(parameter).joined(separator: ",") + ")" + (f.isConstructor ? "ctor" : "") + "{"
        + script(f.body) + "}"
    default: return m.name
    }
  }

  static func commandBase(_ c: CommandBaseAst) -> String {
    var out: String
    switch c {
    case let cmd as CommandAst:
      let prefix = cmd.invocationOperator == .ampersand ? "& " : cmd.invocationOperator == .dot ? ". " : ""
      out = "cmd(" + prefix + cmd.elements.map(element).joined(separator: " ") + ")"
    case let e as CommandExpressionAst:
      out = expression(e.expression)
    default:
      out = "?"
    }
    for r in c.redirections {
      if let f = r as? FileRedirectionAst {
        out += " \(f.fromStream.rawValue)>" + (f.append ? ">" : "") + expression(f.location)
      } else if let m = r as? MergingRedirectionAst {
        out += " \(m.fromStream.rawValue)>&\(m.toStream.rawValue)"
      }
    }
    return out
  }

  static func element(_ e: CommandElementAst) -> String {
    switch e {
    case let p as CommandParameterAst:
      return "-" + p.parameterName + (p.hasColon ? ":" : "") + (p.argument.map(expression) ?? "")
    case let s as StopParsingArgumentAst:
      return "--%<" + s.text + ">"
    case let x as ExpressionAst:
      return expression(x)
    default:
      return "?"
    }
  }

  static func literal(_ v: LiteralValue) -> String {
    switch v {
    case .int32(let x): return "\(x)"
    case .int64(let x): return "\(x)L"
    case .double(let x): return "\(x)D"
    case .decimal(let x): return "\(x)M"
    case .uint32(let x): return "\(x)u"
    case .uint64(let x): return "\(x)ul"
    case .int16(let x): return "\(x)s"
    case .uint16(let x): return "\(x)us"
    case .sbyte(let x): return "\(x)y"
    case .byte(let x): return "\(x)uy"
    case .bigInteger(let x): return "\(x)n"
    }
  }

  static func expression(_ e: ExpressionAst) -> String {
    switch e {
    case let c as ConstantExpressionAst:
      return literal(c.value) + (c.isCommandArgument ? "#" : "")
    case let s as StringConstantExpressionAst:
      switch s.kind {
      case .bareWord: return s.value
      case .singleQuoted, .singleHereString: return "'" + s.value + "'"
      default: return "\"" + s.value + "\""
      }
    case let x as ExpandableStringExpressionAst:
      let inner = x.parts.map { part -> String in
        switch part {
        case .text(let t): return t
        case .expression(let e): return "{" + expression(e) + "}"
        }
      }.joined()
      return x.kind == .bareWord ? "x<" + inner + ">" : "\"" + inner + "\""
    case let v as VariableExpressionAst:
      return (v.splatted ? "@" : "$") + v.path.userPath
    case let u as UsingExpressionAst:
      return expression(u.child)
    case let b as BinaryExpressionAst:
      let cs = b.caseSensitivity == .sensitive ? "c" : b.caseSensitivity == .insensitive ? "i" : ""
      return "(" + expression(b.left) + " " + cs + b.op.rawValue + " " + expression(b.right) + ")"
    case let u as UnaryExpressionAst:
      switch u.op {
      case .postIncrement: return "(" + expression(u.child) + "++)"
      case .postDecrement: return "(" + expression(u.child) + "--)"
      default: return "(" + u.op.rawValue + expression(u.child) + ")"
      }
    case let t as TernaryExpressionAst:
      return "(" + expression(t.condition) + " ? " + expression(t.ifTrue) + " : " + expression(t.ifFalse) + ")"
    case let c as ConvertExpressionAst:
      return "[" + c.type.typeName.description + "]" + expression(c.child)
    case let a as AttributedExpressionAst:
      return attribute(a.attribute) + expression(a.child)
    case let t as TypeExpressionAst:
      return "[" + t.typeName.description + "]"
    case let m as InvokeMemberExpressionAst:
      return expression(m.expression) + (m.isStatic ? "::" : m.nullConditional ? "?." : ".") + element(m.member) + "("
        + m.arguments.map(expression).joined(separator: ",") + ")"
    case let m as MemberExpressionAst:
      return expression(m.expression) + (m.isStatic ? "::" : m.nullConditional ? "?." : ".") + element(m.member)
    case let i as IndexExpressionAst:
      return expression(i.target) + (i.nullConditional ? "?[" : "[") + expression(i.index) + "]"
    case let a as ArrayLiteralAst:
      return "(" + a.elements.map(expression).joined(separator: ",") + ")"
    case let a as ArrayExpressionAst:
      return "@(" + a.subExpression.statements.map(statement).joined(separator: "; ") + ")"
    case let s as SubExpressionAst:
      return "$(" + s.subExpression.statements.map(statement).joined(separator: "; ") + ")"
    case let p as ParenExpressionAst:
      return "(" + statement(p.pipeline) + ")"
    case let h as HashtableAst:
      return "@{" + h.pairs.map { expression($0.key) + "=" + statement($0.value) }.joined(separator: ";") + "}"
    case let s as ScriptBlockExpressionAst:
      return "{" + script(s.scriptBlock) + "}"
    case is ErrorExpressionAst:
      return "<error>"
    default:
      return "<\(type(of: e))>"
    }
  }
}

/// Parses `source` and returns the dump of its tree.
func dump(_ source: String) -> String {
  AstDump.script(Parser.parse(SourceFile(text: source)).ast)
}

/// Parses `source` and returns its error ids.
func errorIDs(_ source: String) -> [String] {
  Parser.parse(SourceFile(text: source)).errors.map(\.id.rawValue)
}
