import AadshSyntax
import Foundation

/// A function, filter, script file or script block running as a pipeline command.
final class ScriptBlockProcessor: CommandProcessor {
  let compiled: CompiledScriptBlock
  let name: String
  let scope: Scope
  let dotSource: Bool
  let isScriptFile: Bool
  let target: BindingTarget
  let call: BoundCall
  let commandLineBound: Set<String>
  let candidates: [ParameterSetName]
  lazy var plan = Binder.pipelinePlan(target, commandLineBound: commandLineBound, candidates: candidates)
  let command: CommandContext
  var inputList: [PSValue] = []
  /// True for the script `aadsh -File` runs: its `exit` code ends the process.
  var propagatesExit = false
  let savedScriptScope: Scope
  let scriptPath: String?

  init(
    ctx: ExecutionContext, span: SourceSpan, scriptBlock: ScriptBlock, name: String, args: [CommandArgument],
    dotSource: Bool, scriptPath: String?, expectingInput: Bool, downstream: any OutputSink
  ) throws {
    let compiled = try Compiler.compiled(scriptBlock)
    self.compiled = compiled
    self.name = name
    self.dotSource = dotSource
    self.isScriptFile = scriptPath != nil
    self.scriptPath = scriptPath
    /// The script's parameters (plus `extra`), and the common ones for an advanced function.
    func makeTarget(_ extra: [ParameterSpec]) -> BindingTarget {
      var params = compiled.specs + extra
      if compiled.isAdvanced {
        params += CommonParameters.names
        if compiled.supportsShouldProcess { params += CommonParameters.shouldProcess }
      }
      return BindingTarget(
        commandName: name, fqidSuffix: "," + name, parameters: params, defaultSet: compiled.defaultSet,
        isStrict: compiled.isAdvanced, isCmdlet: false)
    }
    let target: BindingTarget
    if let dynamic = compiled.dynamicParam {
      target = makeTarget(try DynamicParameters.specs(dynamic, ctx: ctx))
    } else if let cached = compiled.bindingTarget, cached.name == name {
      target = cached.target
    } else {
      target = makeTarget([])
      compiled.bindingTarget = (name, target)
    }
    self.target = target
    let binding = try Binder.bindCommandLine(target, args, ctx: ctx, expectingInput: expectingInput, commandSpan: span)
    let set = Binder.chooseSet(target, binding.candidateSets, bound: binding.values)
    var values = binding.values
    let missing = Binder.missingMandatory(target, set: set, bound: values, expectingInput: expectingInput)
    if !missing.isEmpty {
      values = try Binder.fillMandatory(missing, target: target, binding: binding, ctx: ctx, span: span)
    }
    self.call = BoundCall(values: values, parameterSet: set)
    self.commandLineBound = Set(values.keys)
    self.candidates = binding.candidateSets
    self.scope = dotSource ? ctx.currentScope : Scope(parent: ctx.currentScope)
    self.savedScriptScope = ctx.scriptScope
    self.command = CommandContext(exec: ctx, commandName: name, span: span, downstream: downstream, processorID: ObjectIdentifier(scope))
    command.confirmImpact = compiled.confirmImpact
    super.init(ctx: ctx, span: span)
    self.downstream = downstream
    self.expectingInput = expectingInput
    CommonParameterValues.apply(values, to: command, ctx: ctx)
    for w in binding.warnings { try command.writeWarning(w) }
    try setUpScope(unbound: binding.unbound)
  }

  override var hadError: Bool { command.hadError || ctx.errorsWritten > errorsAtStart }
  var errorsAtStart = 0

  func setUpScope(unbound: [PSValue]) throws {
    try inScope {
      for p in compiled.parameters {
        let v: PSValue
        if let bound = call.values[p.key] {
          v = bound
        } else if p.spec.isSwitch {
          v = .bool(false)
        } else if let d = p.defaultValue {
          v = try d(ctx)
        } else if let t = p.type, let converted = try? PSConvert.convert(.null, to: t), t.fullName != "System.Object" {
          v = converted
        } else {
          v = .null
        }
        scope.variables[p.key] = PSVariable(name: p.spec.name, value: v, typeConstraint: p.spec.isSwitch ? nil : p.type)
      }
      let mentions = compiled.mentions
      if mentions.contains("args") || !unbound.isEmpty {
        scope.variables["args"] = PSVariable(name: "args", value: .array(PSArray(unbound)))
      }
      // `$MyInvocation.BoundParameters` is the same dictionary as `$PSBoundParameters`.
      if mentions.contains("psboundparameters") || mentions.contains("myinvocation") {
        let bp = PSHashtable()
        for p in target.parameters where call.values[p.key] != nil {
          bp[string: p.name] = call.values[p.key]
        }
        scope.variables["psboundparameters"] = PSVariable(name: "PSBoundParameters", value: .hashtable(bp))
      }
      if let ea = command.errorAction { scope.variables["erroractionpreference"] = PSVariable(name: "ErrorActionPreference", value: .string(ea.rawValue)) }
      if let v = command.verbose {
        scope.variables["verbosepreference"] = PSVariable(name: "VerbosePreference", value: .string(v ? "Continue" : "SilentlyContinue"))
      }
      if let d = command.debug {
        scope.variables["debugpreference"] = PSVariable(name: "DebugPreference", value: .string(d ? "Continue" : "SilentlyContinue"))
      }
      if let wa = command.warningAction { scope.variables["warningpreference"] = PSVariable(name: "WarningPreference", value: .string(wa.rawValue)) }
      if let w = command.whatIf { scope.variables["whatifpreference"] = PSVariable(name: "WhatIfPreference", value: .bool(w)) }
      if let c = command.confirm {
        // `-Confirm` makes every ShouldProcess inside ask; `-Confirm:$false` makes none ask.
        scope.variables["confirmpreference"] = PSVariable(name: "ConfirmPreference", value: .string(c ? "Low" : "None"))
      }
      if compiled.isAdvanced {
        scope.variables["pscmdlet"] = PSVariable(name: "PSCmdlet", value: .object(PSObject(native: PSCmdletObject(command: command, call: call))))
      }
      if let path = scriptPath, isScriptFile {
        scope.variables["psscriptroot"] = PSVariable(name: "PSScriptRoot", value: .string((path as NSString).deletingLastPathComponent))
        scope.variables["pscommandpath"] = PSVariable(name: "PSCommandPath", value: .string(path))
      }
      if mentions.contains("myinvocation") { scope.variables["myinvocation"] = PSVariable(name: "MyInvocation", value: .object(PSObject(native: MyInvocationObject(name: name, span: span, scriptPath: scriptPath)))) }
    }
  }

  /// Runs `body` with this command's scope (and script scope, for script files) current.
  func inScope<T>(_ body: () throws -> T) throws -> T {
    let saved = ctx.currentScope
    let savedScript = ctx.scriptScope
    let savedPath = ctx.scriptPath
    ctx.currentScope = scope
    if isScriptFile && !dotSource {
      ctx.scriptScope = scope
      ctx.scriptPath = scriptPath
    }
    ctx.callDepth += 1
    defer {
      ctx.callDepth -= 1
      ctx.currentScope = saved
      ctx.scriptScope = savedScript
      ctx.scriptPath = savedPath
    }
    if ctx.callTooDeep { throw ScriptInvoker.recursionError() }
    return try withRedirection { try body() }
  }

  func runBlock(_ block: Stmt?) throws {
    guard let block else { return }
    ctx.invocationFrames.append(InvocationFrame(name: name, span: span, scriptPath: scriptPath))
    defer { ctx.invocationFrames.removeLast() }
    do {
      try inScope { try ctx.collecting(command.collector) { try block(ctx, command.downstreamForScript) } }
    } catch is ReturnSignal {
      return
    } catch var e as RuntimeError where e.endsCommand {
      // The function has ended; for its caller this is the command's terminating error.
      e.endsCommand = false
      throw e
    } catch let exit as ExitSignal where isScriptFile {
      ctx.globalScope.variables["lastexitcode"] = PSVariable(name: "LASTEXITCODE", value: .int(exit.code))
      throw ScriptExited(code: exit.code)
    }
  }

  override func begin() throws {
    errorsAtStart = ctx.errorsWritten
    command.downstream = downstream
    command.setProcessorID(ObjectIdentifier(self))
    try runBlock(compiled.begin)
  }

  override func process(_ input: PSValue) throws {
    guard compiled.process != nil else {
      if try bindPipeline(input) { inputList.append(input) }
      return
    }
    guard try bindPipeline(input) else { return }
    try runBlock(compiled.process)
  }

  /// Binds a pipeline object to the parameters that take it and sets `$_`. Returns false when an
  /// advanced function cannot take the object (the error is written; the object is skipped).
  func bindPipeline(_ input: PSValue) throws -> Bool {
    let taken = try call.rebindPipeline {
      if compiled.isAdvanced {
        return try Binder.bindPipelineInput(target, call, input, plan: plan, command: command, span: span)
      }
      _ = try Binder.bindPipelineObject(target, call, input, plan: plan, ctx: ctx)
      return true
    }
    guard taken else { return false }
    try inScope {
      for k in call.pipelineBound {
        if let v = call.values[k], let p = compiled.parameters.first(where: { $0.key == k }) {
          scope.variables[k] = PSVariable(name: p.spec.name, value: v, typeConstraint: p.type)
        }
      }
      if let u = scope.variables["_"] { u.value = input } else { scope.variables["_"] = PSVariable(name: "_", value: input) }
    }
    return true
  }

  override func clean() {
    guard let block = compiled.clean else { return }
    let stop = ctx.stopRequested
    ctx.stopRequested = false
    defer { ctx.stopRequested = stop }
    _ = try? inScope { try ctx.collecting(command.collector) { try block(ctx, NullSink()) } }
    CommonParameterValues.finish(command, values: call.values, ctx: ctx)
  }

  override func processNoInput() throws {
    guard compiled.process != nil else { return }
    try runBlock(compiled.process)
  }

  override func end() throws {
    try inScope {
      scope.variables["input"] = PSVariable(name: "input", value: .array(PSArray(inputList)))
      if compiled.process == nil, expectingInput {
        scope.variables["_"] = PSVariable(name: "_", value: inputList.last ?? .null)
      }
    }
    do {
      try runBlock(compiled.end)
    } catch let exited as ScriptExited {
      if propagatesExit { throw exited }
      if exited.code != 0 { command.hadError = true }
    }
    CommonParameterValues.finish(command, values: call.values, ctx: ctx)
  }
}

/// A script file ended with `exit N`; the caller goes on with `$LASTEXITCODE` set.
struct ScriptExited: Error { let code: Int32 }

extension CommandContext {
  /// Output of script code goes straight downstream.
  var downstreamForScript: any OutputSink { outVariable == nil ? downstream : ClosureSink { [unowned self] v in try self.write(v) } }
}

/// `$PSCmdlet` in advanced functions: `ShouldProcess`, `WriteError`, `ThrowTerminatingError`, `ParameterSetName`.
final class PSCmdletObject: NativeObject {
  let command: CommandContext
  let call: BoundCall
  init(command: CommandContext, call: BoundCall) {
    self.command = command
    self.call = call
  }
  var typeNames: [String] { ["System.Management.Automation.PSScriptCmdlet", "System.Management.Automation.PSCmdlet", "System.Object"] }
  var propertyNames: [String] { ["ParameterSetName", "MyInvocation", "CommandRuntime"] }
  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "parametersetname": return .string(call.parameterSet == .all ? "__AllParameterSets" : call.parameterSet.rawValue)
    default: return nil
    }
  }
  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    switch name.lowercased() {
    case "shouldprocess":
      let text = arguments.map { PSConvert.toString($0) }
      switch text.count {
      case 1, 2: return .bool(try command.shouldProcess(target: text[0], action: text.count > 1 ? text[1] : command.commandName))
      case 3, 4: return .bool(try command.shouldProcess(description: text[0], warning: text[1], caption: text[2]))
      default: throw Members.noOverload("ShouldProcess", arguments.count)
      }
    case "shouldcontinue":
      // (query, caption), or with [ref] yesToAll and noToAll (after hasSecurityImpact in the five-argument form).
      guard arguments.count == 2 || arguments.count == 4 || arguments.count == 5 else {
        throw Members.noOverload("ShouldContinue", arguments.count)
      }
      var toAll: (yes: Bool, no: Bool)? = nil
      var refs: (yes: PSReferenceObject, no: PSReferenceObject)? = nil
      if arguments.count > 2 {
        guard let yes = PSReferenceObject.from(arguments[arguments.count - 2]),
          let no = PSReferenceObject.from(arguments[arguments.count - 1])
        else { throw Members.noOverload("ShouldContinue", arguments.count) }
        refs = (yes, no)
        toAll = (PSConvert.toBool(yes.value), PSConvert.toBool(no.value))
      }
      let answer = try command.shouldContinue(
        query: PSConvert.toString(arguments[0]), caption: PSConvert.toString(arguments[1]), toAll: &toAll)
      if let refs, let toAll {
        try refs.yes.setValue(.bool(toAll.yes))
        try refs.no.setValue(.bool(toAll.no))
      }
      return .bool(answer)
    case "writeobject":
      if let v = arguments.first { try command.write(v) }
      return .null
    case "writeverbose":
      try command.writeVerbose(arguments.first.map { PSConvert.toString($0) } ?? "")
      return .null
    case "writedebug":
      try command.writeDebug(arguments.first.map { PSConvert.toString($0) } ?? "")
      return .null
    case "writewarning":
      try command.writeWarning(arguments.first.map { PSConvert.toString($0) } ?? "")
      return .null
    case "writeerror", "throwterminatingerror":
      guard let v = arguments.first, case .object(let o) = v.unwrapped, let r = o.native as? ErrorRecord else { return .null }
      if name.lowercased() == "writeerror" {
        try command.writeError(r.error)
        return .null
      }
      throw command.terminatingError(r.error)
    default: return nil
    }
  }
}

/// `$MyInvocation`.
final class MyInvocationObject: NativeObject {
  let name: String
  let span: SourceSpan
  let scriptPath: String?
  init(name: String, span: SourceSpan, scriptPath: String?) {
    self.name = name
    self.span = span
    self.scriptPath = scriptPath
  }
  var typeNames: [String] { ["System.Management.Automation.InvocationInfo", "System.Object"] }
  var propertyNames: [String] { ["MyCommand", "InvocationName", "Line", "ScriptName", "ScriptLineNumber", "PSScriptRoot", "PSCommandPath"] }
  func getProperty(_ n: String) -> PSValue? {
    switch n.lowercased() {
    case "mycommand", "invocationname": return .string(name)
    case "line": return .string(span.file.lineText(span.startLine))
    case "scriptname": return .string(span.file.path ?? "")
    case "scriptlinenumber": return .int(Int32(span.startLine))
    case "psscriptroot": return .string(span.file.path.map { ($0 as NSString).deletingLastPathComponent } ?? "")
    case "pscommandpath": return .string(scriptPath ?? span.file.path ?? "")
    default: return nil
    }
  }
}
