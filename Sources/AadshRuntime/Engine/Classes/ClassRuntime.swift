import AadshSyntax
import Foundation

/// Receives a class method's output: everything is dropped except the value of a `return`.
final class MethodResultSink: OutputSink {
  /// The call depth of the method's own body (a `return` in a script block it runs is not its own).
  let depth: Int
  /// The value of the `return` statement that ended the method, if one did.
  private(set) var returned: PSValue?

  init(depth: Int) { self.depth = depth }

  func write(_ value: PSValue) throws {}

  /// For a `return` in the method's own body: evaluates its pipeline as the method's result and
  /// ends the method. A `return` in a script block the method runs is left to the caller.
  func finish(_ pipeline: PipelineBaseAst?, _ ctx: ExecutionContext) throws {
    guard ctx.callDepth == depth else { return }
    returned = try pipeline.map { try ReturnValues.expression(for: $0)(ctx) } ?? .null
    throw ReturnSignal()
  }
}

/// The compiled value expressions of `return` statements met inside class methods.
enum ReturnValues {
  /// Keyed by the statement's identity; the statement is kept so the key is never reused.
  nonisolated(unsafe) private static var cache: [ObjectIdentifier: (PipelineBaseAst, Expr)] = [:]

  static func expression(for pipeline: PipelineBaseAst) -> Expr {
    let key = ObjectIdentifier(pipeline)
    if let hit = cache[key] { return hit.1 }
    let e = Compiler.compilePipelineValue(pipeline)
    cache[key] = (pipeline, e)
    return e
  }
}

/// Running script classes: construction, method calls, property conversions.
enum ClassRuntime {
  /// Picks the overload for a call: the one with as many parameters as arguments, preferring
  /// parameters the arguments already are instances of.
  static func choose(_ found: [BoundMethod], _ args: [PSValue], name: String, _ ctx: ExecutionContext) throws
    -> BoundMethod
  {
    let candidates = found.filter { $0.method.parameters.count == args.count }
    guard let first = candidates.first else { throw Members.noOverload(name, args.count) }
    if candidates.count == 1 { return first }
    var best = first
    var bestScore = Int.min
    for c in candidates {
      var score = 0
      for (p, a) in zip(c.method.parameters, args) {
        guard let lazy = p.type, let t = try? lazy.get(ctx) else {
          score += 1
          continue
        }
        if t.kind != .object && PSType.of(a.unwrapped) == t || a.isNull && t.kind == .object {
          score += 3
        } else if t.isInstance(a) {
          score += 2
        } else if (try? Compiler.convertValue(a, to: t, ctx)) != nil {
          score += 1
        } else {
          score -= 100
        }
      }
      if score > bestScore {
        best = c
        bestScore = score
      }
    }
    return best
  }

  /// Runs a method or constructor body in a new scope under the class's scope, with `$this` and
  /// the parameters set; returns the converted `return` value (`$null` for `[void]`).
  static func run(
    _ m: ClassMethod, owner: ScriptClass, this: PSValue?, args: [PSValue], _ ctx: ExecutionContext,
    prelude: ((ExecutionContext) throws -> Void)? = nil
  ) throws -> PSValue {
    var bound: [(ClassParameter, PSValue, PSType?)] = []
    for (p, a) in zip(m.parameters, args) {
      guard let lazy = p.type else {
        bound.append((p, a, nil))
        continue
      }
      let t = try lazy.get(ctx)
      do {
        bound.append((p, try Compiler.convertValue(a, to: t, ctx), t))
      } catch let e as RuntimeError {
        throw argumentError(p, a, m, t, e)
      }
    }
    let saved = ctx.currentScope
    let scope = Scope(parent: owner.scope)
    ctx.currentScope = scope
    ctx.callDepth += 1
    ctx.tryDepth += 1
    defer {
      ctx.tryDepth -= 1
      ctx.callDepth -= 1
      ctx.currentScope = saved
    }
    if ctx.callTooDeep { throw ScriptInvoker.recursionError() }
    if let this { scope.variables["this"] = PSVariable(name: "this", value: this) }
    for (p, v, t) in bound { scope.variables[p.key] = PSVariable(name: p.name, value: v, typeConstraint: t) }
    try prelude?(ctx)
    let sink = MethodResultSink(depth: ctx.callDepth)
    do { try m.body(ctx, sink) } catch is ReturnSignal {}
    guard let rt = m.returnType else { return sink.returned ?? .null }
    if rt.isVoid || m.isConstructor { return .null }
    let t = try rt.get(ctx)
    guard let v = sink.returned else { return defaultValue(t, ctx) }
    return try convert(v, to: t, ctx)
  }

  /// `Cannot convert argument "x", with value: "v", for "M" to type "T": "inner"`.
  static func argumentError(_ p: ClassParameter, _ a: PSValue, _ m: ClassMethod, _ t: PSType, _ e: RuntimeError)
    -> RuntimeError
  {
    var err = RuntimeError(
      "Cannot convert argument \"\(p.name)\", with value: \"\(PSConvert.toString(a))\", for \"\(m.reportedName)\" "
        + "to type \"\(t.fullName)\": \"\(e.message)\"",
      errorId: "MethodArgumentConversionInvalidCastArgument", category: .notSpecified,
      exceptionType: "System.Management.Automation.MethodException", targetObject: a)
    err.innerMessage = e.message
    err.innerExceptionType = e.exceptionType
    return err
  }

  /// Converts to a member's type; `$null` stays `$null` for reference types.
  static func convert(_ v: PSValue, to t: PSType, _ ctx: ExecutionContext) throws -> PSValue {
    if v.isNull && t.kind != .string && !isValueType(t) { return .null }
    return try Compiler.convertValue(v, to: t, ctx)
  }

  static func isValueType(_ t: PSType) -> Bool {
    t.baseTypes.contains("System.ValueType") || t.userEnumName != nil
  }

  /// What an unset member of type `t` holds (.NET's `default(T)`).
  static func defaultValue(_ t: PSType, _ ctx: ExecutionContext) -> PSValue {
    switch t.kind {
    case .int32: return .int(0)
    case .int64: return .long(0)
    case .double, .single: return .double(0)
    case .decimal: return .decimal(0)
    case .bool, .switchParameter: return .bool(false)
    case .char: return .char(0)
    case .byte, .sbyte, .int16, .uint16, .uint32, .uint64, .bigInteger:
      return (try? PSConvert.convert(.int(0), to: t)) ?? .int(0)
    case .dateTime: return .dateTime(PSDateTime(ticks: 0, kind: .unspecified))
    case .timeSpan: return .timeSpan(PSTimeSpan(ticks: 0))
    case .guid: return .guid(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
    default:
      if t.userEnumName != nil { return (try? Compiler.convertValue(.int(0), to: t, ctx)) ?? .int(0) }
      return .null
    }
  }

  /// The value a property assignment stores: converted to the property's type, or
  /// `Exception setting "P": "inner"` (SetValueInvocationException).
  static func convertForSet(_ v: PSValue, _ p: ClassProperty, _ ctx: ExecutionContext) throws -> PSValue {
    guard let lazy = p.type else { return v }
    let t = try lazy.get(ctx)
    do {
      return try convert(v, to: t, ctx)
    } catch let e as RuntimeError {
      var err = RuntimeError(
        "Exception setting \"\(p.name)\": \"\(e.message)\"", errorId: "ExceptionWhenSetting",
        category: .notSpecified, exceptionType: "System.Management.Automation.SetValueInvocationException",
        targetObject: v)
      err.innerMessage = e.message
      err.innerExceptionType = e.exceptionType
      throw err
    }
  }

  /// A property's starting value: its initializer (run with `$this` set) or its type's default.
  static func initialValue(_ p: ClassProperty, owner: ScriptClass, this: PSValue?, _ ctx: ExecutionContext) throws
    -> PSValue
  {
    let t = try p.type?.get(ctx)
    guard let initializer = p.initializer else { return t.map { defaultValue($0, ctx) } ?? .null }
    let saved = ctx.currentScope
    let scope = Scope(parent: owner.scope)
    if let this { scope.variables["this"] = PSVariable(name: "this", value: this) }
    ctx.currentScope = scope
    defer { ctx.currentScope = saved }
    let v = try initializer(ctx)
    guard let t else { return v }
    return try convert(v, to: t, ctx)
  }

  // MARK: Construction

  /// `[C]::new(args)`: sets every property to its starting value (base classes first), then runs
  /// the constructor chosen by argument count (its `: base(...)` call first).
  static func construct(_ cls: ScriptClass, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue {
    let obj = ScriptObject(cls)
    let value = obj.value
    try initialize(obj, cls, value, ctx)
    try runConstructor(cls, obj, value, args, ctx)
    return value
  }

  static func initialize(_ obj: ScriptObject, _ cls: ScriptClass, _ value: PSValue, _ ctx: ExecutionContext) throws {
    if let b = cls.base { try initialize(obj, b, value, ctx) }
    for p in cls.properties { obj.values[p.key] = try initialValue(p, owner: cls, this: value, ctx) }
  }

  static func runConstructor(
    _ cls: ScriptClass, _ obj: ScriptObject, _ value: PSValue, _ args: [PSValue], _ ctx: ExecutionContext
  ) throws {
    guard !cls.constructors.isEmpty else {
      if !args.isEmpty { throw Members.noOverload("new", args.count) }
      try runBaseConstructor(cls, obj, value, [], ctx)
      return
    }
    let found = cls.constructors.map { BoundMethod(method: $0, owner: cls) }
    let chosen = try choose(found, args, name: "new", ctx).method
    _ = try run(chosen, owner: cls, this: value, args: args, ctx) { ctx in
      guard cls.base != nil || cls.nativeBase != nil else { return }
      let baseArgs = try chosen.baseArguments.map { try $0(ctx) }
      try runBaseConstructor(cls, obj, value, baseArgs, ctx)
    }
  }

  /// The `: base(...)` call: the script base class's constructor, or the .NET exception
  /// constructor for a class deriving from an exception type.
  static func runBaseConstructor(
    _ cls: ScriptClass, _ obj: ScriptObject, _ value: PSValue, _ args: [PSValue], _ ctx: ExecutionContext
  ) throws {
    if let b = cls.base {
      try runConstructor(b, obj, value, args, ctx)
    } else if cls.nativeBase != nil, let state = obj.exception {
      try state.construct(args)
    }
  }

  /// `[C]$value`: an instance passes; a hashtable (or custom object) builds one with the default
  /// constructor and sets its properties; a value a one-parameter constructor accepts as is goes
  /// to that constructor; anything else is not convertible (`nil`).
  static func convert(_ v: PSValue, to cls: ScriptClass, _ ctx: ExecutionContext) throws -> PSValue? {
    let u = v.unwrapped
    if let s = ScriptObject.of(u), s.cls.derives(from: cls) { return u }
    var pairs: [(String, PSValue)]? = nil
    if case .hashtable(let h) = u {
      pairs = h.entries.map { (PSConvert.toString($0.key), $0.value) }
    } else if case .object(let o) = u, o.isCustomObject {
      pairs = o.properties.values.map { ($0.name, Members.propertyValue(o, $0)) }
    }
    let hasDefault = cls.constructors.isEmpty || cls.constructors.contains { $0.parameters.isEmpty }
    if let pairs, hasDefault {
      let made = try construct(cls, [], ctx)
      guard let obj = ScriptObject.of(made) else { return made }
      for (name, value) in pairs {
        guard try obj.setProperty(name, value) else { throw missingProperty(name, cls, ctx) }
      }
      return made
    }
    let takesValue = cls.constructors.contains { c in
      guard c.parameters.count == 1 else { return false }
      guard let lazy = c.parameters[0].type, let t = try? lazy.get(ctx) else { return true }
      return t.isInstance(u)
    }
    return takesValue ? try construct(cls, [v], ctx) : nil
  }

  /// `Cannot create object of type "C". The X property was not found for the C object. ...`
  static func missingProperty(_ name: String, _ cls: ScriptClass, _ ctx: ExecutionContext) -> RuntimeError {
    let available = cls.instanceProperties.filter { !$0.isHidden }
      .map { "[\($0.name) <\($0.typeDisplayName(ctx))>]" }.joined(separator: " , ")
    return RuntimeError.invalidCast(
      "Cannot create object of type \"\(cls.name)\". The \(name) property was not found for the \(cls.name) "
        + "object. The available property is: \(available)",
      errorId: "ObjectCreationError")
  }
}
