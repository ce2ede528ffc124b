import AadshSyntax

extension Compiler {
  /// The value of a condition pipeline (`if (...)`, `while (...)`) as a Boolean.
  static func compileCondition(_ p: PipelineBaseAst) -> (ExecutionContext) throws -> Bool {
    let e = compilePipelineValue(p)
    return { ctx in PSConvert.toBool(try e(ctx)) }
  }

  static func compileBlock(_ b: StatementBlockAst) -> Stmt { compileStatementList(b.statements, traps: b.traps) }

  static func compileIf(_ i: IfStatementAst) -> Stmt {
    let clauses = i.clauses.map { (compileCondition($0.condition), compileBlock($0.body)) }
    let elseBody = i.elseClause.map { compileBlock($0) }
    return { ctx, out in
      for (cond, body) in clauses where try cond(ctx) {
        try body(ctx, out)
        return
      }
      try elseBody?(ctx, out)
    }
  }

  /// True when a break/continue signal with `label` targets the loop labelled `loopLabel`.
  @inline(__always)
  static func targets(_ label: String?, _ loopLabel: String?) -> Bool {
    guard let l = label else { return true }
    guard let mine = loopLabel else { return false }
    return l.caseInsensitiveEquals(mine)
  }

  /// Runs a loop body once; returns false when the loop must stop (break).
  @inline(__always)
  static func runBody(_ body: Stmt, _ label: String?, _ ctx: ExecutionContext, _ out: any OutputSink) throws -> Bool {
    do {
      try body(ctx, out)
    } catch let b as BreakSignal {
      if targets(b.label, label) { return false }
      throw b
    } catch let c as ContinueSignal {
      if targets(c.label, label) { return true }
      throw c
    }
    if ctx.stopRequested { throw PipelineStoppedSignal() }
    return true
  }

  static func compileForEach(_ f: ForEachStatementAst) -> Stmt {
    let key = f.variable.path.name.lowercased()
    let name = f.variable.path.name
    let label = f.label
    let body = compileBlock(f.body)
    let source = compileEnumerable(f.condition)
    return { ctx, out in
      let scope = ctx.currentScope
      let variable: PSVariable
      if let v = scope.variables[key] { variable = v } else {
        variable = PSVariable(name: name, value: .null)
        scope.variables[key] = variable
      }
      try source(ctx) { item in
        try ctx.assign(variable, item)
        return try runBody(body, label, ctx, out)
      }
    }
  }

  /// Compiles the collection of a `foreach` or the first element of a pipeline so that it is
  /// enumerated lazily: ranges stream without building an array.
  static func compileEnumerable(_ p: PipelineBaseAst) -> (ExecutionContext, (PSValue) throws -> Bool) throws -> Void {
    if let pipe = p as? PipelineAst, pipe.elements.count == 1, let ce = pipe.elements[0] as? CommandExpressionAst,
      ce.redirections.isEmpty, let bin = ce.expression as? BinaryExpressionAst, bin.op == .range
    {
      let range = compileRangeBounds(bin)
      return { ctx, body in
        switch try range(ctx) {
        case .chars(let a, let b):
          for c in charRange(a, b) where try !body(.char(c)) { return }
        case .ints(let a, let b):
          if a <= b {
            var i = a
            while i <= b {
              if try !body(.int(i)) { return }
              if i == Int32.max { break }
              i += 1
            }
          } else {
            var i = a
            while i >= b {
              if try !body(.int(i)) { return }
              if i == Int32.min { break }
              i -= 1
            }
          }
        }
      }
    }
    let value = compilePipelineValue(p)
    return { ctx, body in
      let v = try value(ctx)
      switch v {
      case .null: return
      case .array(let a):
        for item in a.items where try !body(item) { return }
      default:
        if let items = enumerateIfCollection(v) {
          for item in items where try !body(item) { return }
        } else {
          _ = try body(v)
        }
      }
    }
  }

  static func compileFor(_ f: ForStatementAst) -> Stmt {
    let initializer = f.initializer.map { compileStatement($0) }
    let cond = f.condition.map { compileCondition($0) }
    let iter = f.iterator.map { compileStatement($0) }
    let body = compileBlock(f.body)
    let label = f.label
    return { ctx, out in
      let sink = NullSink()
      try initializer?(ctx, sink)
      while try cond?(ctx) ?? true {
        if try !runBody(body, label, ctx, out) { return }
        try iter?(ctx, sink)
      }
    }
  }

  static func compileLoop(_ l: LoopStatementAst) -> Stmt {
    let cond = compileCondition(l.condition)
    let body = compileBlock(l.body)
    let label = l.label
    switch l.kind {
    case .whileLoop:
      return { ctx, out in
        while try cond(ctx) {
          if try !runBody(body, label, ctx, out) { return }
        }
      }
    case .doWhile:
      return { ctx, out in
        repeat {
          if try !runBody(body, label, ctx, out) { return }
        } while try cond(ctx)
      }
    case .doUntil:
      return { ctx, out in
        repeat {
          if try !runBody(body, label, ctx, out) { return }
        } while try !cond(ctx)
      }
    }
  }

  static func compileBreakContinue(_ b: BreakContinueStatementAst) -> Stmt {
    let isBreak = b.isBreak
    let labelExpr: Expr? = b.label.map { l in
      if let s = l as? StringConstantExpressionAst { let v = s.value; return { _ in .string(v) } }
      return compileExpression(l)
    }
    return { ctx, _ in
      let label = try labelExpr.map { PSConvert.toString(try $0(ctx)) }
      if isBreak { throw BreakSignal(label: label) }
      throw ContinueSignal(label: label)
    }
  }

  static func compileFlow(_ f: FlowStatementAst) -> Stmt {
    let span = f.span
    switch f.kind {
    case .returnStatement:
      let p = f.pipeline.map { compileStatement($0) }
      let pipeline = f.pipeline
      return { ctx, out in
        if let m = out as? MethodResultSink { try m.finish(pipeline, ctx) }
        try p?(ctx, out)
        throw ReturnSignal()
      }
    case .exitStatement:
      let v = f.pipeline.map { compilePipelineValue($0) }
      return { ctx, _ in
        let code = try v.map { try PSConvert.toInt32(try $0(ctx)) } ?? 0
        throw ExitSignal(code: code)
      }
    case .throwStatement:
      let v = f.pipeline.map { compilePipelineValue($0) }
      return { ctx, _ in
        guard let v else {
          if let current = ctx.currentScope.lookup("_")?.value, case .object(let o) = current,
            let rec = o.native as? ErrorRecord, ctx.inCatch > 0
          {
            throw rec.error
          }
          var e = RuntimeError("ScriptHalted", errorId: "ScriptHalted", category: .operationStopped, span: span)
          e.isScriptTerminating = true
          throw e
        }
        throw makeThrownError(try v(ctx), span: span)
      }
    }
  }

  /// The error `throw <value>` raises: an error record or exception is rethrown as is; anything else
  /// becomes a RuntimeException whose message and error id are the value's text.
  static func makeThrownError(_ value: PSValue, span: SourceSpan) -> RuntimeError {
    if case .object(let o) = value.unwrapped {
      if let r = o.native as? ErrorRecord {
        var e = r.error
        e.isScriptTerminating = true
        if e.span == nil { e.span = span }
        return e
      }
      if let x = o.native as? ExceptionObject {
        var e = x.error
        e.isScriptTerminating = true
        e.span = span
        return e
      }
    }
    let text = value.isNull ? "ScriptHalted" : PSConvert.toString(value)
    var e = RuntimeError(text, errorId: text, category: .operationStopped, targetObject: value, span: span)
    e.isScriptTerminating = true
    return e
  }

  static func compileTry(_ t: TryStatementAst) -> Stmt {
    let body = compileBlock(t.body)
    let catches: [([PSType?], Stmt)] = t.catchClauses.map { c in
      (c.catchTypes.map { TypeResolver.resolve($0.typeName) ?? PSType.named($0.typeName.description) }, compileBlock(c.body))
    }
    let fin = t.finallyBlock.map { compileBlock($0) }
    return { ctx, out in
      defer {
        if let fin {
          let stop = ctx.stopRequested
          ctx.stopRequested = false
          try? fin(ctx, out)
          ctx.stopRequested = stop
        }
      }
      ctx.tryDepth += 1
      do {
        try body(ctx, out)
        ctx.tryDepth -= 1
      } catch let e as RuntimeError {
        ctx.tryDepth -= 1
        guard let handler = catches.first(where: { types, _ in types.isEmpty || types.contains { t in t.map { ExceptionTypes.matches(e, $0) } ?? false } }) else {
          throw e
        }
        let record = ErrorRecord(e)
        ctx.recordError(record)
        let scope = ctx.currentScope
        let old = scope.variables["_"]
        let oldItem = scope.variables["psitem"]
        let v = PSVariable(name: "_", value: .object(PSObject(native: record)))
        scope.variables["_"] = v
        scope.variables["psitem"] = v
        ctx.inCatch += 1
        defer {
          ctx.inCatch -= 1
          scope.variables["_"] = old
          scope.variables["psitem"] = oldItem
        }
        try handler.1(ctx, out)
      } catch {
        ctx.tryDepth -= 1
        throw error
      }
    }
  }
}

/// Matching exception types in `catch [T]` and `trap [T]`.
enum ExceptionTypes {
  /// The base types of the exception kinds aadsh raises, for `catch [System.Exception]` style matches.
  static func matches(_ e: RuntimeError, _ type: PSType) -> Bool {
    let target = type.fullName.lowercased()
    let names = ExceptionObject(error: e, record: nil).typeNames.map { $0.lowercased() }
    if names.contains(target) { return true }
    if target == "system.object" { return true }
    if target == "system.management.automation.actionpreferencestopexception" { return e.isActionPreferenceStop }
    return false
  }
}

/// A user-defined `enum`.
final class UserEnum {
  let name: String
  let members: [(String, Int64)]
  init(name: String, members: [(String, Int64)]) {
    self.name = name
    self.members = members
  }
}

/// The characters of a char range `'a'..'e'`.
func charRange(_ a: UInt16, _ b: UInt16) -> [UInt16] {
  a <= b ? Array(a...b) : Array(b...a).reversed()
}
