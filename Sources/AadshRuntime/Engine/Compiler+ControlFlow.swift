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
    if mentionsVariable(f.body, "foreach") { return compileForEachWithEnumerator(f) }
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
            throw thrownUnderPreference(rec.error, ctx)
          }
          var e = RuntimeError("ScriptHalted", errorId: "ScriptHalted", category: .operationStopped, span: span)
          e.isScriptTerminating = true
          throw thrownUnderPreference(e, ctx)
        }
        throw thrownUnderPreference(makeThrownError(try v(ctx), span: span), ctx)
      }
    }
  }

  /// Outside any `try`, a thrown error meets `$ErrorActionPreference` like any error that ends a
  /// statement (MiscOps.CheckActionPreference): SilentlyContinue and Ignore let the next statement
  /// run, so the error no longer ends the script.
  static func thrownUnderPreference(_ e: RuntimeError, _ ctx: ExecutionContext) -> RuntimeError {
    guard ctx.tryDepth == 0, e.isScriptTerminating else { return e }
    switch ctx.errorActionPreference {
    case .silentlyContinue, .ignore:
      var quiet = e
      quiet.isScriptTerminating = false
      return quiet
    default:
      return e
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
      if let x = o.native as? ExceptionObject { return thrownException(x, span: span) }
    }
    let text = value.isNull ? "ScriptHalted" : PSConvert.toString(value)
    var e = RuntimeError(text, errorId: text, category: .operationStopped, targetObject: value, span: span)
    e.isScriptTerminating = true
    return e
  }

  /// The error `throw` raises for an exception object. PowerShell's own exceptions keep their
  /// error record; any other .NET exception (script class instances included) gets a new one:
  /// the message as error id, category OperationStopped, no command (MiscOps.cs ConvertToException).
  static func thrownException(_ x: ExceptionObject, span: SourceSpan) -> RuntimeError {
    var e = x.error
    e.isScriptTerminating = true
    e.span = span
    guard !ExceptionTypes.isRuntimeException(e) else { return e }
    var fresh = RuntimeError(
      e.message, errorId: e.message, category: .operationStopped, exceptionType: e.exceptionType, span: span)
    fresh.isScriptTerminating = true
    fresh.innerMessage = e.innerMessage
    fresh.innerExceptionType = e.innerExceptionType
    fresh.exceptionProperties = e.exceptionProperties
    return fresh
  }

  /// One `catch` clause: its types (resolved again when the error arrives, so script classes
  /// defined after compilation are found; none for a catch-all) and its body.
  struct CatchClause {
    let names: [TypeName]
    let types: [PSType]
    let body: Stmt
  }

  static func compileTry(_ t: TryStatementAst) -> Stmt {
    let body = compileBlock(t.body)
    let clauses: [CatchClause] = t.catchClauses.map { c in
      CatchClause(
        names: c.catchTypes.map(\.typeName),
        types: c.catchTypes.map { TypeResolver.resolve($0.typeName) ?? PSType.named($0.typeName.description) },
        body: compileBlock(c.body))
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
        var owners: [Int] = []
        var types: [PSType?] = []
        for (i, c) in clauses.enumerated() {
          if c.names.isEmpty {
            owners.append(i)
            types.append(nil)
          }
          for (n, pre) in zip(c.names, c.types) {
            owners.append(i)
            types.append(ScriptClasses.resolve(n, ctx) ?? pre)
          }
        }
        guard let found = ExceptionTypes.findHandler(e, types, ctx) else { throw e }
        let record = ErrorRecord(e)
        let handler = clauses[owners[found]]
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
        try handler.body(ctx, out)
      } catch {
        ctx.tryDepth -= 1
        throw error
      }
    }
  }
}

/// Matching exception types in `catch [T]` and `trap [T]`, as PowerShell's
/// ExceptionHandlingOps.FindMatchingHandler does.
enum ExceptionTypes {
  /// The type names of the error's exception: the thrown object's own when it carries one.
  static func names(_ e: RuntimeError) -> [String] {
    if let v = e.exceptionInstance, case .object(let o) = v, let n = o.native { return n.typeNames }
    return ExceptionHierarchy.chain(e.exceptionType)
  }

  /// True when the error's exception is PowerShell's RuntimeException or derives from it.
  static func isRuntimeException(_ e: RuntimeError) -> Bool {
    names(e).contains(ExceptionHierarchy.runtimeException)
  }

  /// The exceptions a handler can match, innermost first: the error's own exception, then the
  /// exception that carried it (the ActionPreferenceStopException of `-ErrorAction Stop`, or the
  /// RuntimeException `throw` wraps a .NET exception in).
  static func candidates(_ e: RuntimeError) -> [[String]] {
    var out = [names(e)]
    if e.isActionPreferenceStop {
      out.append(ExceptionHierarchy.chain("System.Management.Automation.ActionPreferenceStopException"))
    } else if e.isScriptTerminating && !isRuntimeException(e) {
      out.append(ExceptionHierarchy.chain(ExceptionHierarchy.runtimeException))
    }
    return out
  }

  /// The handler for `e` among `types` (`nil` for a catch-all): the most specific one for the
  /// inner exception, else for the outer one. `$_.Exception` is the inner exception either way
  /// (ErrorRecord's copy constructor keeps the record's own exception).
  static func findHandler(_ e: RuntimeError, _ types: [PSType?], _ ctx: ExecutionContext) -> Int? {
    guard !types.isEmpty else { return nil }
    let ranks = rank(types, ctx)
    var best: (index: Int, rank: Int)? = nil
    for names in candidates(e) {
      if let b = best, b.rank == 0 { break }
      guard let h = handler(names, types) else { continue }
      if let b = best, ranks[h] >= b.rank { continue }
      best = (h, ranks[h])
    }
    return best?.index
  }

  /// The first handler for an exception with type names `names`: exact type, then a base type,
  /// then a catch-all.
  static func handler(_ names: [String], _ types: [PSType?]) -> Int? {
    let lower = names.map { $0.lowercased() }
    guard let own = lower.first else { return nil }
    if let i = types.firstIndex(where: { $0?.fullName.lowercased() == own }) { return i }
    let bases = lower.dropFirst()
    if let i = types.firstIndex(where: { t in t.map { bases.contains($0.fullName.lowercased()) } ?? false }) { return i }
    return types.firstIndex { $0 == nil }
  }

  /// How many of the other types derive from each type (0 = most specific); a trailing
  /// catch-all ranks below every type.
  static func rank(_ types: [PSType?], _ ctx: ExecutionContext) -> [Int] {
    var ranks = [Int](repeating: 0, count: types.count)
    var length = types.count
    if types.last.map({ $0 == nil }) ?? false {
      ranks[length - 1] = length - 1
      length -= 1
    }
    guard length > 1 else { return ranks }
    for i in 0..<(length - 1) {
      guard let a = types[i] else { continue }
      let bases = ancestors(a, ctx)
      for j in (i + 1)..<length {
        if let b = types[j], bases.contains(b.fullName.lowercased()) { ranks[j] += 1 }
      }
    }
    return ranks
  }

  /// The base classes of a catch type, lower-cased.
  static func ancestors(_ t: PSType, _ ctx: ExecutionContext) -> [String] {
    let names = ScriptClasses.scriptClass(t, ctx)?.typeNames ?? ExceptionHierarchy.chain(t.fullName)
    return names.dropFirst().map { $0.lowercased() }
  }

  /// True when `trap [T]` (or a catch clause of type `T`) handles `e`.
  static func matches(_ e: RuntimeError, _ type: PSType) -> Bool {
    candidates(e).contains { handler($0, [type]) != nil }
  }
}

/// A user-defined `enum`.
final class UserEnum {
  let definition: EnumDefinition
  var name: String { definition.name }
  var members: [(String, Int64)] { definition.members }
  init(name: String, members: [(String, Int64)], isFlags: Bool = false) {
    definition = EnumDefinition(name: name, members: members, isFlags: isFlags)
    Enums.scriptDefined[name.lowercased()] = definition
  }
}

/// The characters of a char range `'a'..'e'`.
func charRange(_ a: UInt16, _ b: UInt16) -> [UInt16] {
  a <= b ? Array(a...b) : Array(b...a).reversed()
}
