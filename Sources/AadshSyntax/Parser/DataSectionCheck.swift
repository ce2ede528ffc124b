/// The restricted language of a `data { }` section (RestrictedLanguageChecker): constants, literals,
/// `if`, the allowed variables and operators, and only `ConvertFrom-StringData` plus the
/// `-SupportedCommand` commands. Each violation is a parse error at the offending text.
extension ParserState {
  static let dataSectionVariables: Set<String> = ["psculture", "psuiculture", "true", "false", "null"]

  mutating func checkDataSection(_ body: StatementBlockAst, supportedCommands: [ExpressionAst]) {
    var allowed = ["ConvertFrom-StringData"]
    for e in supportedCommands {
      if let s = e as? StringConstantExpressionAst { allowed.append(s.value) }
    }
    var walker = DataSectionWalker(allowedCommands: allowed)
    walker.block(body)
    for (id, span, args) in walker.findings {
      if let arg = args.first { report(id, span.start, span.end, arg) } else { report(id, span.start, span.end) }
    }
  }
}

/// Walks a data section's statements, collecting what the restricted language forbids.
struct DataSectionWalker {
  let allowedCommands: [String]
  var findings: [(ParseErrorID, SourceSpan, [String])] = []

  mutating func flag(_ id: ParseErrorID, _ ast: Ast, _ args: String...) { findings.append((id, ast.span, args)) }

  mutating func block(_ b: StatementBlockAst) {
    for t in b.traps { flag("TrapStatementNotSupportedInDataSection", t) }
    for s in b.statements { statement(s) }
  }

  mutating func statement(_ s: StatementAst) {
    switch s {
    case is AssignmentStatementAst: flag("AssignmentStatementNotSupportedInDataSection", s)
    case let p as PipelineBaseAst: pipeline(p)
    case let i as IfStatementAst:
      for c in i.clauses {
        pipeline(c.condition)
        block(c.body)
      }
      if let e = i.elseClause { block(e) }
    case is SwitchStatementAst: flag("SwitchStatementNotSupportedInDataSection", s)
    case is ForEachStatementAst: flag("ForeachStatementNotSupportedInDataSection", s)
    case is ForStatementAst: flag("ForWhileStatementNotSupportedInDataSection", s)
    case let l as LoopStatementAst:
      flag(l.kind == .whileLoop ? "ForWhileStatementNotSupportedInDataSection" : "DoWhileStatementNotSupportedInDataSection", s)
    case is TryStatementAst: flag("TryStatementNotSupportedInDataSection", s)
    case is TrapStatementAst: flag("TrapStatementNotSupportedInDataSection", s)
    case is BreakContinueStatementAst, is FlowStatementAst: flag("FlowControlStatementNotSupportedInDataSection", s)
    case is FunctionDefinitionAst: flag("FunctionDeclarationNotSupportedInDataSection", s)
    case is DataStatementAst: flag("DataSectionStatementNotSupportedInDataSection", s)
    case let b as StatementBlockAst: block(b)
    default: break
    }
  }

  mutating func pipeline(_ p: PipelineBaseAst) {
    switch p {
    case let chain as PipelineChainAst:
      pipeline(chain.left)
      pipeline(chain.right)
    case let pipe as PipelineAst:
      for element in pipe.elements {
        for r in element.redirections { flag("RedirectionNotSupportedInDataSection", r) }
        switch element {
        case let e as CommandExpressionAst: expression(e.expression)
        case let c as CommandAst: command(c)
        default: break
        }
      }
    default: break
    }
  }

  mutating func command(_ c: CommandAst) {
    switch c.invocationOperator {
    case .dot:
      flag("DotSourcingNotSupportedInDataSection", c)
      return
    case .ampersand:
      if c.commandName == nil {
        flag("OperatorNotSupportedInDataSection", c, "&")
        return
      }
    default: break
    }
    if let name = c.commandName {
      if !allowedCommands.contains(where: { $0.lowercased() == name.lowercased() }) {
        flag("CmdletNotInAllowedListForDataSection", c, name)
      }
    } else {
      flag("CmdletNotInAllowedListForDataSection", c, c.span.text)
    }
    for element in c.elements.dropFirst() {
      switch element {
      case let p as CommandParameterAst: if let a = p.argument { expression(a) }
      case let e as ExpressionAst: expression(e)
      default: break
      }
    }
  }

  mutating func expression(_ e: ExpressionAst) {
    switch e {
    case is ConstantExpressionAst, is StringConstantExpressionAst, is TypeExpressionAst: break
    case is ExpandableStringExpressionAst: flag("ExpandableStringNotSupportedInDataSection", e)
    case let v as VariableExpressionAst:
      if !ParserState.dataSectionVariables.contains(v.path.userPath.lowercased()) {
        flag("VariableReferenceNotSupportedInDataSection", v, "$PSCulture, $PSUICulture, $true, $false, $null")
      }
    case let b as BinaryExpressionAst:
      switch b.op {
      case .match, .notmatch, .replace, .split, .join, .as, .format, .range:
        findings.append(("OperatorNotSupportedInDataSection", b.operatorSpan, [b.operatorSpan.text]))
      default: break
      }
      expression(b.left)
      expression(b.right)
    case let u as UnaryExpressionAst:
      switch u.op {
      case .split, .join, .preIncrement, .preDecrement, .postIncrement, .postDecrement:
        flag("OperatorNotSupportedInDataSection", u, u.op.rawValue.replacingPostfix())
      default: expression(u.child)
      }
    case let t as TernaryExpressionAst:
      expression(t.condition)
      expression(t.ifTrue)
      expression(t.ifFalse)
    case let c as ConvertExpressionAst: expression(c.child)
    case is InvokeMemberExpressionAst: flag("MethodCallNotSupportedInDataSection", e)
    case is MemberExpressionAst: flag("PropertyReferenceNotSupportedInDataSection", e)
    case is IndexExpressionAst: flag("ArrayReferenceNotSupportedInDataSection", e)
    case is ScriptBlockExpressionAst: flag("ScriptBlockNotSupportedInDataSection", e)
    case let a as ArrayLiteralAst: for x in a.elements { expression(x) }
    case let a as ArrayExpressionAst: block(a.subExpression)
    case let s as SubExpressionAst: block(s.subExpression)
    case let p as ParenExpressionAst: pipeline(p.pipeline)
    case let h as HashtableAst:
      for pair in h.pairs {
        expression(pair.key)
        statement(pair.value)
      }
    default: break
    }
  }
}

extension String {
  /// `++ (postfix)` → `++`: the operator as written.
  fileprivate func replacingPostfix() -> String {
    hasSuffix(" (postfix)") ? String(dropLast(10)) : self
  }
}
