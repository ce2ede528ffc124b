import AadshSyntax

/// A compiled expression: evaluates to a value.
typealias Expr = (ExecutionContext) throws -> PSValue
/// A compiled statement: writes its output objects to the sink.
typealias Stmt = (ExecutionContext, any OutputSink) throws -> Void

/// A script block compiled once into closures (Elvish's op tree / PowerShell's compiled lambda).
final class CompiledScriptBlock {
  let parameters: [CompiledParameter]
  let specs: [ParameterSpec]
  let isAdvanced: Bool
  let supportsShouldProcess: Bool
  let confirmImpact: ConfirmImpact
  let defaultSet: ParameterSetName?
  let begin: Stmt?
  let process: Stmt?
  let end: Stmt?
  let clean: Stmt?
  /// True when the script block declared a `param()` block or function parameters.
  let hasParamBlock: Bool
  /// Which automatic variables the body mentions, so calls skip building the others.
  let mentions: Set<String>
  /// The binding target last built for this block, by command name.
  var bindingTarget: (name: String, target: BindingTarget)?
  /// The `dynamicparam` block, run before each call's binding.
  var dynamicParam: Stmt?

  init(
    parameters: [CompiledParameter], specs: [ParameterSpec], declaration: ParameterCompiler.Declaration,
    begin: Stmt?, process: Stmt?, end: Stmt?, clean: Stmt?, hasParamBlock: Bool
  ) {
    self.parameters = parameters
    self.specs = specs
    self.isAdvanced = declaration.isAdvanced
    self.supportsShouldProcess = declaration.supportsShouldProcess
    self.confirmImpact = declaration.confirmImpact
    self.defaultSet = declaration.defaultSet
    self.begin = begin
    self.process = process
    self.end = end
    self.clean = clean
    self.hasParamBlock = hasParamBlock
    self.mentions = []
  }

  init(copying c: CompiledScriptBlock, mentions: Set<String>) {
    parameters = c.parameters
    specs = c.specs
    isAdvanced = c.isAdvanced
    supportsShouldProcess = c.supportsShouldProcess
    confirmImpact = c.confirmImpact
    defaultSet = c.defaultSet
    begin = c.begin
    process = c.process
    end = c.end
    clean = c.clean
    hasParamBlock = c.hasParamBlock
    self.mentions = mentions
    dynamicParam = c.dynamicParam
  }
}

/// One declared parameter of a script block: its binder spec, variable, type and default.
struct CompiledParameter {
  let spec: ParameterSpec
  let key: String
  let type: PSType?
  let defaultValue: Expr?
}

/// Turns syntax trees into closures. Stateless; every function is pure over the tree.
enum Compiler {
  /// The compiled form of a script block, compiled on first use and cached on the block.
  static func compiled(_ sb: ScriptBlock, functionParameters: [ParameterAst]? = nil) throws -> CompiledScriptBlock {
    if let c = sb.compiled as? CompiledScriptBlock { return c }
    let c = try compileScriptBlock(sb.ast, isFilter: sb.isFilter, functionParameters: functionParameters)
    sb.compiled = c
    return c
  }

  static func compileScriptBlock(_ ast: ScriptBlockAst, isFilter: Bool, functionParameters: [ParameterAst]?) throws
    -> CompiledScriptBlock
  {
    let paramAsts = functionParameters ?? ast.paramBlock?.parameters ?? []
    let attrs = (ast.paramBlock?.attributes ?? []) + ast.attributes
    let (params, specs, declaration) = try ParameterCompiler.compile(paramAsts, attributes: attrs)
    func block(_ b: NamedBlockAst?) -> Stmt? { b.map { compileNamedBlock($0) } }
    var process = block(ast.processBlock)
    var end = block(ast.endBlock)
    if isFilter, process == nil, let e = ast.endBlock, e.isUnnamed {
      process = compileNamedBlock(e)
      end = nil
    }
    var begin = block(ast.beginBlock)
    // `using namespace` at the top of the script: its namespaces take part in type lookups from the start.
    let namespaces = ast.usingStatements.filter { $0.kind == .namespace }.map(\.name)
    if !namespaces.isEmpty {
      let original = begin
      begin = { ctx, out in
        for n in namespaces where !ctx.usingNamespaces.contains(where: { $0.caseInsensitiveEquals(n) }) {
          ctx.usingNamespaces.append(n)
        }
        try original?(ctx, out)
      }
    }
    let c = CompiledScriptBlock(
      parameters: params, specs: specs, declaration: declaration, begin: begin, process: process, end: end, clean: block(ast.cleanBlock),
      hasParamBlock: ast.paramBlock != nil || functionParameters != nil)
    c.dynamicParam = block(ast.dynamicParamBlock)
    return CompiledScriptBlock(copying: c, mentions: automaticMentions(ast.span.text))
  }

  /// The automatic variables a body's text mentions (a conservative, case-insensitive search).
  static func automaticMentions(_ text: String) -> Set<String> {
    let lower = text.lowercased()
    var out: Set<String> = []
    for name in ["psboundparameters", "myinvocation", "pscmdlet", "args", "input", "pscommandpath", "psscriptroot"] where lower.contains(name) {
      out.insert(name)
    }
    return out
  }

  static func compileNamedBlock(_ b: NamedBlockAst) -> Stmt {
    compileStatementList(b.statements, traps: b.traps)
  }

  /// A statement list: runs each statement; a statement-terminating error is reported and the next
  /// statement runs, unless a `try` encloses it, a trap handles it, or the preference is Stop.
  static func compileStatementList(_ statements: [StatementAst], traps: [TrapStatementAst] = []) -> Stmt {
    // Classes and enums exist before the block's first statement runs, wherever they are written
    // (pwsh defines a script's types when it compiles it).
    let types = statements.compactMap { $0 as? TypeDefinitionAst }
    let ordered = types.isEmpty ? statements : basesFirst(types) + statements.filter { !($0 is TypeDefinitionAst) }
    let compiled: [Stmt] = ordered.compactMap { s in
      if s is TrapStatementAst { return nil }
      if let f = s as? FunctionDefinitionAst { return compileFunctionDefinition(f) }
      return compileStatement(s)
    }
    let trapHandlers = traps.map { TrapHandler(ast: $0) }
    if compiled.count == 1 && trapHandlers.isEmpty {
      let only = compiled[0]
      return { ctx, out in
        do { try only(ctx, out) } catch let e as RuntimeError { try handleStatementError(e, ctx) }
      }
    }
    return { ctx, out in
      for s in compiled {
        do {
          try s(ctx, out)
        } catch let e as RuntimeError {
          if !trapHandlers.isEmpty, try runTrap(trapHandlers, e, ctx, out) { continue }
          try handleStatementError(e, ctx)
        }
      }
    }
  }

  /// What happens to an error that ends a statement: rethrow to an enclosing `try`, or report and go on.
  static func handleStatementError(_ e: RuntimeError, _ ctx: ExecutionContext) throws {
    ctx.lastSuccess = false
    if e.isScriptTerminating || e.isActionPreferenceStop || e.endsCommand || ctx.tryDepth > 0 { throw e }
    if ctx.errorActionPreference != .stop { ctx.errorsWritten += 1 }
    switch ctx.errorActionPreference {
    case .stop:
      var s = e
      s.isActionPreferenceStop = true
      throw s
    case .ignore:
      return
    case .silentlyContinue:
      ctx.recordError(ErrorRecord(e))
    default:
      let r = ErrorRecord(e)
      ctx.recordError(r)
      ctx.emitError(r)
    }
  }

  // MARK: Statements

  static func compileStatement(_ s: StatementAst) -> Stmt {
    switch s {
    case let p as PipelineAst: return compilePipeline(p)
    case let a as AssignmentStatementAst: return compileAssignment(a)
    case let c as PipelineChainAst: return compilePipelineChain(c)
    case let i as IfStatementAst: return compileIf(i)
    case let f as ForEachStatementAst: return compileForEach(f)
    case let f as ForStatementAst: return compileFor(f)
    case let w as LoopStatementAst: return compileLoop(w)
    case let sw as SwitchStatementAst: return compileSwitch(sw)
    case let b as BreakContinueStatementAst: return compileBreakContinue(b)
    case let f as FlowStatementAst: return compileFlow(f)
    case let t as TryStatementAst: return compileTry(t)
    case let f as FunctionDefinitionAst: return compileFunctionDefinition(f)
    case let d as DataStatementAst:
      let body = compileStatementList(d.body.statements)
      guard let name = d.variableName else { return body }
      // `data Name { }` stores the section's value in $Name instead of writing it.
      return { ctx, _ in
        let sink = CollectingSink()
        try body(ctx, sink)
        try ctx.setVariable(name, sink.result.isAutomationNull ? .null : sink.result)
      }
    case is UsingStatementAst: return { _, _ in }
    case let t as TypeDefinitionAst: return compileTypeDefinition(t)
    case is TrapStatementAst: return { _, _ in }
    default:
      let span = s.span
      return { _, _ in
        throw RuntimeError("This statement is not supported.", errorId: "NotSupported", category: .notImplemented, span: span)
      }
    }
  }

  static func compileFunctionDefinition(_ f: FunctionDefinitionAst) -> Stmt {
    let name = f.name
    let key = name.lowercased()
    let isFilter = f.isFilter
    let params = f.parameters
    let body = f.body
    return { ctx, _ in
      let sb = ScriptBlock(ast: body, isFilter: isFilter)
      if let params { sb.compiled = try compileScriptBlock(body, isFilter: isFilter, functionParameters: params) }
      var scopeName = key
      var target = ctx.currentScope
      var display = name
      if let colon = key.firstIndex(of: ":"), ["global", "script", "local", "private"].contains(String(key[..<colon])) {
        let q = key[..<colon]
        scopeName = String(key[key.index(after: colon)...])
        if let c = name.firstIndex(of: ":") { display = String(name[name.index(after: c)...]) }
        if q == "global" { target = ctx.globalScope } else if q == "script" { target = ctx.scriptScope }
      }
      target.functions[scopeName] = FunctionInfo(name: display, scriptBlock: sb, isFilter: isFilter)
    }
  }

  /// The block's types in written order, except that a class comes after the classes of the block it
  /// derives from (`class B : A` may be written before `class A`).
  static func basesFirst(_ types: [TypeDefinitionAst]) -> [StatementAst] {
    var byName: [String: TypeDefinitionAst] = [:]
    for t in types { byName[t.name.lowercased()] = t }
    var placed: Set<ObjectIdentifier> = []
    var out: [StatementAst] = []
    func place(_ t: TypeDefinitionAst, _ depth: Int) {
      guard !placed.contains(ObjectIdentifier(t)), depth < types.count else { return }
      for base in t.baseTypes {
        if case .simple(let n) = base, let b = byName[n.lowercased()], b !== t { place(b, depth + 1) }
      }
      if placed.insert(ObjectIdentifier(t)).inserted { out.append(t) }
    }
    for t in types { place(t, 0) }
    return out
  }

  static func compileTypeDefinition(_ t: TypeDefinitionAst) -> Stmt {
    let span = t.span
    if t.kind == .enumType {
      let name = t.name
      var members: [(String, Int64)] = []
      var next: Int64 = 0
      for m in t.members {
        if let p = m as? PropertyMemberAst, let c = p.initialValue as? ConstantExpressionAst,
          let v = try? PSConvert.toInt64(PSConvert.literal(c.value))
        {
          next = v
        }
        members.append((m.name, next))
        next += 1
      }
      let captured = members
      let isFlags = t.attributes.contains { a in
        let n = a.typeName.description.lowercased()
        return n == "flags" || n == "flagsattribute" || n == "system.flags" || n == "system.flagsattribute"
      }
      return { ctx, _ in ctx.enums[name.lowercased()] = UserEnum(name: name, members: captured, isFlags: isFlags) }
    }
    if t.kind == .classType { return ClassDefinition.compile(t) }
    return { _, _ in
      throw RuntimeError(
        "Class definitions are not supported yet.", errorId: "ClassNotSupported", category: .notImplemented, span: span)
    }
  }
}

/// A `trap` statement ready to run.
struct TrapHandler {
  /// The trapped type as written (`trap [MyError]`), `nil` for a trap of everything.
  let typeName: TypeName?
  let body: Stmt
  init(ast: TrapStatementAst) {
    typeName = ast.trapType?.typeName
    body = Compiler.compileStatementList(ast.body.statements)
  }

  /// The trapped type, resolved when an error arrives (script classes exist only at run time).
  func type(_ ctx: ExecutionContext) -> PSType? {
    guard let typeName else { return nil }
    return ScriptClasses.resolve(typeName, ctx) ?? TypeResolver.resolve(typeName) ?? PSType.named(typeName.description)
  }
}

extension Compiler {
  /// Runs the first matching trap; returns true when execution continues with the next statement.
  static func runTrap(_ traps: [TrapHandler], _ e: RuntimeError, _ ctx: ExecutionContext, _ out: any OutputSink) throws
    -> Bool
  {
    guard let trap = traps.first(where: { t in t.type(ctx).map { ExceptionTypes.matches(e, $0) } ?? true }) else {
      return false
    }
    let record = ErrorRecord(e)
    ctx.recordError(record)
    let old = ctx.currentScope.variables["_"]
    ctx.currentScope.variables["_"] = PSVariable(name: "_", value: .object(PSObject(native: record)))
    defer { ctx.currentScope.variables["_"] = old }
    do {
      try trap.body(ctx, out)
    } catch is ContinueSignal {
      return true
    } catch is BreakSignal {
      throw e
    }
    ctx.emitError(record)
    return true
  }
}
