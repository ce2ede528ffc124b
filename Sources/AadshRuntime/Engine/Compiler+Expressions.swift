import AadshSyntax
import Foundation

extension RuntimeError {
  /// The error with its position set, if it had none.
  func at(_ span: SourceSpan) -> RuntimeError {
    if self.span != nil { return self }
    var e = self
    e.span = span
    return e
  }
}

/// Attaches `span` to runtime errors escaping `body`.
@inline(__always)
func located<T>(_ span: SourceSpan, _ body: () throws -> T) throws -> T {
  do { return try body() } catch let e as RuntimeError { throw e.at(span) }
}

extension Compiler {
  static func compileExpression(_ e: ExpressionAst) -> Expr {
    switch e {
    case let c as ConstantExpressionAst:
      let v = PSConvert.literal(c.value)
      if let narrow = PSConvert.literalType(c.value) {
        // A fresh wrapper per evaluation, naming the literal's type (`5uy` is a Byte).
        return { _ in PSType.typedNumber(v, narrow) }
      }
      let written = c.span.text
      if c.isCommandArgument, PSConvert.toString(v) != written {
        // A fresh wrapper per evaluation: note properties added to one must not reach the next.
        return { _ in
          let o = PSObject.wrapper(of: v)
          o.tokenText = written
          return .object(o)
        }
      }
      return { _ in v }
    case let s as StringConstantExpressionAst:
      let v = PSValue.string(s.value)
      return { _ in v }
    case let s as ExpandableStringExpressionAst: return compileExpandable(s)
    case let v as VariableExpressionAst: return compileVariableRead(v)
    case let i as InvokeMemberExpressionAst: return compileInvokeMember(i)
    case let m as MemberExpressionAst: return compileMember(m)
    case let i as IndexExpressionAst: return compileIndex(i)
    case let b as BinaryExpressionAst: return compileBinary(b)
    case let u as UnaryExpressionAst: return compileUnary(u)
    case let c as ConvertExpressionAst: return compileConvert(c)
    case let a as ArrayLiteralAst:
      let items = a.elements.map { compileExpression($0) }
      return { ctx in .array(PSArray(try items.map { try $0(ctx) })) }
    case let a as ArrayExpressionAst:
      let body = compileStatementList(a.subExpression.statements, traps: a.subExpression.traps)
      return { ctx in
        let sink = CollectingSink()
        try body(ctx, sink)
        return .array(PSArray(sink.items))
      }
    case let s as SubExpressionAst:
      let body = compileStatementList(s.subExpression.statements, traps: s.subExpression.traps)
      return { ctx in
        let sink = CollectingSink()
        try body(ctx, sink)
        return sink.result
      }
    case let p as ParenExpressionAst: return compilePipelineValue(p.pipeline)
    case let h as HashtableAst: return compileHashtable(h, ordered: false)
    case let s as ScriptBlockExpressionAst:
      let sb = ScriptBlock(ast: s.scriptBlock)
      return { _ in .scriptBlock(sb) }
    case let t as TypeExpressionAst:
      let name = t.typeName
      let span = t.span
      return { ctx in try located(span) { .object(PSObject(native: TypeObject(try resolveType(name, ctx)))) } }
    case let t as TernaryExpressionAst:
      let c = compileExpression(t.condition)
      let a = compileExpression(t.ifTrue)
      let b = compileExpression(t.ifFalse)
      return { ctx in PSConvert.toBool(try c(ctx)) ? try a(ctx) : try b(ctx) }
    case let a as AttributedExpressionAst: return compileExpression(a.child)
    case let u as UsingExpressionAst: return compileExpression(u.child)
    default:
      let span = e.span
      return { _ in throw RuntimeError("Unexpected expression.", errorId: "UnexpectedExpression", span: span) }
    }
  }

  /// Resolves a type name at run time (user enums first), or throws `Unable to find type [X].`.
  static func resolveType(_ name: TypeName, _ ctx: ExecutionContext) throws -> PSType {
    if let t = ScriptClasses.resolve(name, ctx) { return t }
    if case .simple(let n) = name, let e = ctx.enums[n.lowercased()] { return PSType.userEnum(e.name) }
    if let t = TypeResolver.resolve(name) { return t }
    if case .simple(let n) = name {
      for ns in ctx.usingNamespaces { if let t = TypeResolver.resolve(ns + "." + n) { return t } }
    }
    throw RuntimeError(
      "Unable to find type [\(name.description)].", errorId: "TypeNotFound", category: .invalidOperation,
      targetObject: .string(name.description))
  }

  /// The value of a statement used as an expression (assignment right side, hashtable value).
  static func compileStatementValue(_ s: StatementAst) -> Expr {
    if let p = s as? PipelineBaseAst { return compilePipelineValue(p) }
    let stmt = compileStatement(s)
    return { ctx in
      let sink = CollectingSink()
      try stmt(ctx, sink)
      return sink.result
    }
  }

  /// The value of a pipeline: a lone expression gives its value as is; commands give their collected output.
  static func compilePipelineValue(_ p: PipelineBaseAst) -> Expr {
    if let pipe = p as? PipelineAst, pipe.elements.count == 1, let ce = pipe.elements[0] as? CommandExpressionAst,
      ce.redirections.isEmpty
    {
      return compileExpression(ce.expression)
    }
    if let a = p as? AssignmentStatementAst {
      let assign = compileAssignmentValue(a)
      return { ctx in try assign(ctx) }
    }
    let stmt = compileStatement(p)
    return { ctx in
      let sink = CollectingSink()
      try stmt(ctx, sink)
      return sink.result
    }
  }

  static func compileHashtable(_ h: HashtableAst, ordered: Bool) -> Expr {
    let pairs: [(Expr, Expr)] = h.pairs.map { pair in
      let key: Expr
      if let s = pair.key as? StringConstantExpressionAst {
        let v = PSValue.string(s.value)
        key = { _ in v }
      } else {
        key = compileExpression(pair.key)
      }
      return (key, compileStatementValue(pair.value))
    }
    return { ctx in
      let table = PSHashtable(ordered: ordered)
      for (k, v) in pairs {
        let key = try k(ctx)
        table[key] = try v(ctx)
      }
      return .hashtable(table)
    }
  }

  static func compileExpandable(_ s: ExpandableStringExpressionAst) -> Expr {
    enum Piece {
      case text(String)
      case expr(Expr)
    }
    let pieces: [Piece] = s.parts.map { p in
      switch p {
      case .text(let t): return .text(t)
      case .expression(let e): return .expr(compileExpression(e))
      }
    }
    return { ctx in
      var out = ""
      let ofs = ctx.currentScope.lookup("ofs").map { PSConvert.toString($0.value) } ?? " "
      for p in pieces {
        switch p {
        case .text(let t): out += t
        case .expr(let e): out += PSConvert.toString(try e(ctx), ofs: ofs)
        }
      }
      return .string(out)
    }
  }

  static func compileConvert(_ c: ConvertExpressionAst) -> Expr {
    let typeName = c.type.typeName
    let span = c.span
    let lower = typeName.description.lowercased()
    if lower == "ordered", let h = c.child as? HashtableAst { return compileHashtable(h, ordered: true) }
    if lower == "pscustomobject" || lower == "system.management.automation.pscustomobject" {
      if let h = c.child as? HashtableAst {
        let table = compileHashtable(h, ordered: true)
        return { ctx in
          guard case .hashtable(let t) = try table(ctx) else { return .null }
          return .object(ObjectBuilding.customObject(from: t))
        }
      }
      let child = compileExpression(c.child)
      return { ctx in
        let v = try child(ctx)
        if case .hashtable(let t) = v.unwrapped { return .object(ObjectBuilding.customObject(from: t)) }
        return v
      }
    }
    if lower == "ref" || lower == "system.management.automation.psreference", let v = c.child as? VariableExpressionAst,
      !["true", "false", "null", "?", "_", "psitem", "pwd"].contains(v.path.name.lowercased()),
      [nil, "local", "global", "script", "private"].contains(v.path.qualifier?.lowercased())
    {
      let path = v.path
      return { ctx in PSReferenceObject.toVariable(path, ctx) }
    }
    let child = compileExpression(c.child)
    if lower == "void" { return { ctx in _ = try child(ctx); return .null } }
    return { ctx in
      let v = try child(ctx)
      return try located(span) {
        let t = try resolveType(typeName, ctx)
        if let view = ScriptClasses.baseView(v, t, ctx) { return view }
        return try convertValue(v, to: t, ctx)
      }
    }
  }

  /// Converts to a type, handling user enums and the runtime's own object types before the primitives.
  static func convertValue(_ v: PSValue, to t: PSType, _ ctx: ExecutionContext) throws -> PSValue {
    if let e = t.userEnumName, let def = ctx.enums[e.lowercased()] {
      return try def.definition.convert(v)
    }
    return try PSConvert.convert(v, to: t)
  }

  // MARK: Members

  static func compileMemberName(_ m: CommandElementAst) -> (ExecutionContext) throws -> String {
    if let s = m as? StringConstantExpressionAst {
      let n = s.value
      return { _ in n }
    }
    if let e = m as? ExpressionAst {
      let ex = compileExpression(e)
      return { ctx in PSConvert.toString(try ex(ctx)) }
    }
    return { _ in "" }
  }

  static func compileMember(_ m: MemberExpressionAst) -> Expr {
    let name = compileMemberName(m.member)
    let span = m.span
    let nullConditional = m.nullConditional
    if m.isStatic, let t = m.expression as? TypeExpressionAst {
      let typeName = t.typeName
      return { ctx in
        try located(span) {
          let type = try resolveType(typeName, ctx)
          return try Members.getStatic(type, try name(ctx), ctx)
        }
      }
    }
    let target = compileExpression(m.expression)
    let isStatic = m.isStatic
    return { ctx in
      let t = try target(ctx)
      if nullConditional && t.isNull { return .null }
      return try located(span) {
        if isStatic, case .object(let o) = t, let type = (o.native as? TypeObject)?.type {
          return try Members.getStatic(type, try name(ctx), ctx)
        }
        let n = try name(ctx)
        let v = try Members.getProperty(t, n, ctx)
        if v.isNull, ctx.strictModeLevel >= 2, !t.isNull, StrictMode.appliesTo(t), !Intrinsics.hasProperty(t, n) {
          throw StrictMode.missingProperty(n)
        }
        return v
      }
    }
  }

  /// The cast in `([T]$x)`, the target of a non-virtual call.
  static func castInParens(_ e: ExpressionAst) -> ConvertExpressionAst? {
    guard let paren = e as? ParenExpressionAst, let p = paren.pipeline as? PipelineAst, p.elements.count == 1,
      let c = p.elements[0] as? CommandExpressionAst, c.redirections.isEmpty
    else { return nil }
    return c.expression as? ConvertExpressionAst
  }

  static func compileInvokeMember(_ m: InvokeMemberExpressionAst) -> Expr {
    let name = compileMemberName(m.member)
    let args = m.arguments.map { compileExpression($0) }
    let span = m.span
    let nullConditional = m.nullConditional
    if m.isStatic, let t = m.expression as? TypeExpressionAst {
      let typeName = t.typeName
      return { ctx in
        let argv = try args.map { try $0(ctx) }
        return try located(span) {
          let type = try resolveType(typeName, ctx)
          return try Members.invokeStatic(type, try name(ctx), argv, ctx)
        }
      }
    }
    let target = compileExpression(m.expression)
    let isStatic = m.isStatic
    if let cast = castInParens(m.expression), case .simple(let t) = cast.type.typeName,
      t.caseInsensitiveEquals("object") || t.caseInsensitiveEquals("System.Object"),
      let constant = m.member as? StringConstantExpressionAst, constant.value.caseInsensitiveEquals("ToString"),
      m.arguments.isEmpty
    {
      // `([object]$x).ToString()` calls System.Object's ToString, not the override: the type's name.
      return { ctx in
        let v = try target(ctx)
        return try located(span) {
          if v.isNull { return try Members.invokeMethod(v, "ToString", [], ctx) }
          return .string(Members.typeName(v))
        }
      }
    }
    return { ctx in
      let t = try target(ctx)
      if nullConditional && t.isNull { return .null }
      let n = try name(ctx)
      let argv = try args.map { try $0(ctx) }
      return try located(span) {
        if isStatic, case .object(let o) = t, let type = (o.native as? TypeObject)?.type {
          return try Members.invokeStatic(type, n, argv, ctx)
        }
        return try Members.invokeMethod(t, n, argv, ctx)
      }
    }
  }

  static func compileIndex(_ i: IndexExpressionAst) -> Expr {
    let target = compileExpression(i.target)
    let index = compileExpression(i.index)
    let span = i.span
    let nullConditional = i.nullConditional
    return { ctx in
      let t = try target(ctx)
      if nullConditional && t.isNull { return .null }
      let idx = try index(ctx)
      return try located(span) { try Indexing.get(t, idx, strict: ctx.strictModeLevel >= 3) }
    }
  }
}
