import AadshSyntax

/// An assignable location: a variable, a property or an element.
struct LValue {
  let get: (ExecutionContext) throws -> PSValue
  let set: (ExecutionContext, PSValue) throws -> Void
}

extension Compiler {
  /// An assignment statement: assigns and outputs nothing.
  static func compileAssignment(_ a: AssignmentStatementAst) -> Stmt {
    let value = compileAssignmentValue(a)
    return { ctx, _ in _ = try value(ctx) }
  }

  /// An assignment used as a value (`($x = 5)` outputs 5): assigns and returns the assigned value.
  static func compileAssignmentValue(_ a: AssignmentStatementAst) -> Expr {
    let span = a.span
    let rhs = compileStatementValue(a.right)
    // Multiple assignment: $a, $b = 1, 2, 3
    if a.op == .assign, let targets = a.left as? ArrayLiteralAst {
      let lvalues = targets.elements.map { compileLValue($0) }
      return { ctx in
        let v = try rhs(ctx)
        let items: [PSValue]
        if case .array(let arr) = v { items = arr.items } else { items = [v] }
        for (i, lv) in lvalues.enumerated() {
          let value: PSValue
          if i == lvalues.count - 1 {
            let rest = Array(items.dropFirst(i))
            value = rest.isEmpty ? .null : (rest.count == 1 ? rest[0] : .array(PSArray(rest)))
          } else {
            value = i < items.count ? items[i] : .null
          }
          try located(span) { try lv.set(ctx, value) }
        }
        return v
      }
    }
    let lv = compileLValue(a.left)
    switch a.op {
    case .assign:
      let readBack = a.left is ConvertExpressionAst
      return { ctx in
        let v = try rhs(ctx)
        try located(span) { try lv.set(ctx, v) }
        return readBack ? try lv.get(ctx) : v
      }
    case .nullCoalesce:
      return { ctx in
        let cur = try lv.get(ctx)
        if !cur.isNull { return cur }
        let v = try rhs(ctx)
        try located(span) { try lv.set(ctx, v) }
        return v
      }
    default:
      let f: (PSValue, PSValue) throws -> PSValue
      switch a.op {
      case .plus: f = { try PSArith.add($0, $1) }
      case .minus: f = { try PSArith.subtract($0, $1) }
      case .multiply: f = { try PSArith.multiply($0, $1) }
      case .divide: f = { try PSArith.divide($0, $1) }
      default: f = { try PSArith.remainder($0, $1) }
      }
      return { ctx in
        let cur = try lv.get(ctx)
        let r = try rhs(ctx)
        return try located(span) {
          let v = try f(cur, r)
          try lv.set(ctx, v)
          return v
        }
      }
    }
  }

  /// The location an assignment or `++` writes to.
  static func compileLValue(_ e: ExpressionAst) -> LValue {
    switch e {
    case let v as VariableExpressionAst: return variableLValue(v.path, constraint: nil)
    case let c as ConvertExpressionAst:
      if let v = c.child as? VariableExpressionAst {
        return variableLValue(v.path, constraint: c.type.typeName)
      }
      return compileLValue(c.child)
    case let a as AttributedExpressionAst: return compileLValue(a.child)
    case let m as MemberExpressionAst where !(m is InvokeMemberExpressionAst):
      let target = compileExpression(m.expression)
      let name = compileMemberName(m.member)
      let isStatic = m.isStatic
      return LValue(
        get: { ctx in
          let t = try target(ctx)
          if isStatic, case .object(let o) = t, let type = (o.native as? TypeObject)?.type {
            return try Members.getStatic(type, try name(ctx), ctx)
          }
          return try Members.getProperty(t, try name(ctx), ctx)
        },
        set: { ctx, v in
          let t = try target(ctx)
          if isStatic, case .object(let o) = t, let type = (o.native as? TypeObject)?.type {
            try Members.setStatic(type, try name(ctx), v, ctx)
            return
          }
          try Members.setProperty(t, try name(ctx), v, ctx)
        })
    case let i as IndexExpressionAst:
      let target = compileExpression(i.target)
      let index = compileExpression(i.index)
      return LValue(
        get: { ctx in try Indexing.get(try target(ctx), try index(ctx)) },
        set: { ctx, v in try Indexing.set(try target(ctx), try index(ctx), v) })
    case let p as ParenExpressionAst:
      if let pipe = p.pipeline as? PipelineAst, pipe.elements.count == 1,
        let ce = pipe.elements[0] as? CommandExpressionAst
      {
        return compileLValue(ce.expression)
      }
      fallthrough
    default:
      let span = e.span
      let fail: (ExecutionContext) throws -> PSValue = { _ in
        throw RuntimeError(
          "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.",
          errorId: "InvalidLeftHandSide", category: .parserError, span: span)
      }
      return LValue(get: fail, set: { ctx, _ in _ = try fail(ctx) })
    }
  }

  static func variableLValue(_ path: VariablePath, constraint: TypeName?) -> LValue {
    let key = path.name.lowercased()
    if path.qualifier == nil, ["?", "true", "false"].contains(key) {
      let name = path.name
      return LValue(get: variableReader(path), set: { _, _ in
        throw RuntimeError(
          "Cannot overwrite variable \(name) because it is read-only or constant.", errorId: "VariableNotWritable",
          category: .writeError, exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException",
          targetObject: .string(name))
      })
    }
    if path.qualifier == nil, key == "null" {
      return LValue(get: { _ in .null }, set: { _, _ in })
    }
    let name = path.name
    let qualifier = path.qualifier
    let read = variableReader(path)
    switch qualifier {
    case "env":
      return LValue(get: read, set: { _, v in Environment.set(name, v.isNull ? nil : PSConvert.toString(v)) })
    case "function":
      return LValue(get: read, set: { ctx, v in try defineFunction(name, v, ctx) })
    case nil, "local", "private", "global", "script", "variable", "using":
      break
    default:
      // An unknown drive: reading reports DriveNotFound.
      return LValue(get: read, set: { ctx, _ in _ = try read(ctx) })
    }
    let isPrivate = qualifier == "private"
    // Names a compiled function keeps as typed locals: their failed conversions are cast errors.
    let isLocalName = qualifier == nil || qualifier == "local" || isPrivate
    return LValue(
      get: read,
      set: { ctx, v in
        let scope: Scope
        switch qualifier {
        case "global": scope = ctx.globalScope
        case "script": scope = ctx.scriptScope
        default: scope = ctx.currentScope
        }
        if let constraint {
          let type = try resolveType(constraint, ctx)
          let converted: PSValue
          do {
            converted = try VariableTypes.convert(v, to: type, ctx)
          } catch let e as RuntimeError where !isLocalName || ctx.holdsSessionVariables(scope) {
            throw VariableTypes.transformationError(e)
          }
          if let existing = scope.variables[key] {
            existing.typeConstraint = nil
            try ctx.assign(existing, converted)
            existing.typeConstraint = type
          } else {
            scope.variables[key] = PSVariable(
              name: name, value: converted, typeConstraint: type, options: isPrivate ? .privateScope : [])
          }
          return
        }
        if let existing = scope.variables[key] {
          if existing.typeConstraint == nil {
            try ctx.assign(existing, v)
          } else {
            try ctx.assign(existing, v, castErrors: isLocalName && !ctx.holdsSessionVariables(scope))
          }
          if isPrivate { existing.options.insert(.privateScope) }
        } else if qualifier == nil, let visible = scope.lookup(key),
          visible.typeConstraint != nil || visible.options.contains(.allScope)
        {
          // A typed variable visible from a parent keeps its constraint in the new local copy.
          let local = PSVariable(name: name, value: .null, typeConstraint: visible.typeConstraint)
          try ctx.assign(local, v, castErrors: !ctx.holdsSessionVariables(scope))
          scope.variables[key] = local
        } else {
          scope.variables[key] = PSVariable(name: name, value: v, options: isPrivate ? .privateScope : [])
        }
      })
  }

  /// `${function:Name} = value`: defines the function from a script block (or script text), or
  /// removes it when the value is `$null`; `function:global:Name` names the scope.
  static func defineFunction(_ path: String, _ value: PSValue, _ ctx: ExecutionContext) throws {
    var display = path
    var target = ctx.currentScope
    if let colon = path.firstIndex(of: ":") {
      switch path[..<colon].lowercased() {
      case "global": target = ctx.globalScope
      case "script": target = ctx.scriptScope
      case "local", "private": break
      default: throw RuntimeError(
        "Cannot find drive. A drive with the name '\(path[..<colon])' does not exist.", errorId: "DriveNotFound",
        category: .objectNotFound, exceptionType: "System.Management.Automation.DriveNotFoundException",
        targetObject: .string(path))
      }
      display = String(path[path.index(after: colon)...])
    }
    let key = display.lowercased()
    let v = value.unwrapped
    if v.isNull {
      target.functions[key] = nil
      return
    }
    let sb: ScriptBlock
    if case .scriptBlock(let given) = v {
      sb = given
    } else {
      sb = ScriptBlock(ast: try ExecutionContext.parseScript(PSConvert.toString(v)))
    }
    target.functions[key] = FunctionInfo(name: display, scriptBlock: sb, isFilter: sb.isFilter)
  }

  /// `++$x`, `$x++`, `--$x`, `$x--`: the prefix forms give the new value, the postfix forms the old one.
  static func compileIncrement(_ u: UnaryExpressionAst) -> Expr {
    let lv = compileLValue(u.child)
    let span = u.span
    let delta: PSValue = .int(1)
    let isIncrement = u.op == .preIncrement || u.op == .postIncrement
    let isPrefix = u.op == .preIncrement || u.op == .preDecrement
    return { ctx in
      try located(span) {
        let old = try lv.get(ctx)
        let base: PSValue = old.isNull ? .int(0) : old
        let new = isIncrement ? try PSArith.add(base, delta) : try PSArith.subtract(base, delta)
        try lv.set(ctx, new)
        return isPrefix ? new : old
      }
    }
  }
}
