import AadshSyntax

/// Runs script blocks outside the command pipeline: `ForEach-Object` bodies, `.Invoke()`,
/// calculated properties, validation scripts, `.Where()`/`.ForEach()`.
enum ScriptInvoker {
  /// Runs all named blocks of `sb` once with `$_` set; `args` bind positionally to declared
  /// parameters, the rest become `$args`.
  static func invoke(
    _ sb: ScriptBlock, ctx: ExecutionContext, dollarUnder: PSValue?, args: [PSValue], newScope: Bool,
    output: any OutputSink, this: PSValue? = nil
  ) throws {
    let compiled = try Compiler.compiled(sb)
    let saved = ctx.currentScope
    let scope = newScope ? Scope(parent: saved) : saved
    ctx.currentScope = scope
    ctx.callDepth += 1
    defer {
      ctx.callDepth -= 1
      ctx.currentScope = saved
    }
    if ctx.callTooDeep { throw recursionError() }
    // `$_` of the caller's scope is set for the call and given back its value afterwards.
    var previousUnder: (variable: PSVariable, value: PSValue)? = nil
    if let dollarUnder {
      if let v = scope.variables["_"], !newScope {
        previousUnder = (v, v.value)
        v.value = dollarUnder
      } else {
        scope.variables["_"] = PSVariable(name: "_", value: dollarUnder)
      }
    }
    defer { if let p = previousUnder { p.variable.value = p.value } }
    if let this { scope.variables["this"] = PSVariable(name: "this", value: this) }
    if compiled.hasParamBlock || newScope || !args.isEmpty {
      var rest = args[...]
      for p in compiled.parameters {
        var v: PSValue
        if let first = rest.first {
          v = first
          rest = rest.dropFirst()
        } else if p.spec.isSwitch {
          v = .bool(false)
        } else if let d = p.defaultValue {
          v = try d(ctx)
        } else {
          v = .null
        }
        if let t = p.type, !v.isNull || t.fullName != "System.String" { v = try PSConvert.convert(v, to: t) }
        scope.variables[p.key] = PSVariable(name: p.spec.name, value: v, typeConstraint: p.type)
      }
      if newScope || !rest.isEmpty { scope.variables["args"] = PSVariable(name: "args", value: .array(PSArray(Array(rest)))) }
    }
    do {
      try compiled.begin?(ctx, output)
      try compiled.process?(ctx, output)
      try compiled.end?(ctx, output)
    } catch is ReturnSignal {
      return
    }
  }

  /// Runs a script block and collects its output (0 → `$null`, 1 → the object, more → `Object[]`).
  static func invokeForValue(_ sb: ScriptBlock, ctx: ExecutionContext, dollarUnder: PSValue?, args: [PSValue], newScope: Bool = false) throws -> PSValue {
    let sink = CollectingSink()
    try invoke(sb, ctx: ctx, dollarUnder: dollarUnder, args: args, newScope: newScope, output: sink)
    return sink.result
  }

  static func recursionError() -> RuntimeError {
    RuntimeError(
      "The script failed due to call depth overflow.", errorId: "CallDepthOverflow", category: .invalidOperation,
      exceptionType: "System.Management.Automation.ScriptCallDepthException")
  }
}
