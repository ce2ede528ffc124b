import AadshSyntax
import Foundation

/// One stage of a running pipeline. Writing to a processor feeds its `process` (push model).
class CommandProcessor: OutputSink {
  let ctx: ExecutionContext
  var downstream: any OutputSink = NullSink()
  var expectingInput = false
  var redirection: StreamRedirection?
  /// The command's span, for errors.
  let span: SourceSpan

  init(ctx: ExecutionContext, span: SourceSpan) {
    self.ctx = ctx
    self.span = span
  }

  func begin() throws {}
  func process(_ input: PSValue) throws {}
  /// The single `process` call a command gets when it is first in the pipeline.
  func processNoInput() throws {}
  func end() throws {}
  /// Runs after the pipeline ends, normally or not (a script block's `clean` block).
  func clean() {}
  /// True when the command reported a non-terminating error (`$?` becomes false).
  var hadError: Bool { false }

  /// The enclosing commands' -ErrorVariable collectors this command feeds. Only the last command
  /// of a pipeline writes to the enclosing command's output, so only it feeds them (as errors go
  /// to the variable lists of a command's output pipe in pwsh); a downstream command runs inside
  /// its upstream's write call, but must not feed the upstream's collectors.
  var pipelineCollectors: [StreamCollector] = []

  /// False from the start of a pipeline until this command's begin block has run; objects an upstream
  /// command writes from its own begin block wait in `earlyInput` until then.
  var hasBegun = true
  var earlyInput: [PSValue] = []

  final func write(_ value: PSValue) throws {
    if ctx.stopRequested { throw PipelineStoppedSignal() }
    if !hasBegun {
      earlyInput.append(value)
      return
    }
    try withRedirection { try process(value) }
  }

  /// Marks the begin block done and processes what arrived before it.
  final func finishBegin() throws {
    hasBegun = true
    guard !earlyInput.isEmpty else { return }
    let waiting = earlyInput
    earlyInput = []
    for v in waiting { try write(v) }
  }

  /// Runs `body` with this command's collectors and stream redirections in force.
  @inline(__always)
  final func withRedirection<T>(_ body: () throws -> T) rethrows -> T {
    let savedCollectors = ctx.collectors
    ctx.collectors = pipelineCollectors
    defer { ctx.collectors = savedCollectors }
    guard let r = redirection else { return try body() }
    let saved = ctx.redirection
    ctx.redirection = r
    defer { ctx.redirection = saved }
    return try body()
  }
}

/// A cmdlet in a pipeline.
final class CmdletProcessor: CommandProcessor {
  let info: CmdletInfo
  let target: BindingTarget
  var instance: any Cmdlet
  let call: BoundCall
  let command: CommandContext
  let commandLineBound: Set<String>
  let candidates: [ParameterSetName]
  lazy var plan = Binder.pipelinePlan(target, commandLineBound: commandLineBound, candidates: candidates)

  init(ctx: ExecutionContext, span: SourceSpan, info: CmdletInfo, args: [CommandArgument], expectingInput: Bool, downstream: any OutputSink) throws {
    self.info = info
    let target = BindingTarget(
      commandName: info.name, fqidSuffix: "," + CmdletProcessor.implementingType(info), parameters: info.allParameters,
      defaultSet: info.signature.defaultSet, isStrict: true, isCmdlet: true)
    self.target = target
    let binding = try Binder.bindCommandLine(target, args, ctx: ctx, expectingInput: expectingInput, commandSpan: span)
    let set = Binder.chooseSet(target, binding.candidateSets, bound: binding.values)
    let missing = Binder.missingMandatory(target, set: set, bound: binding.values, expectingInput: expectingInput)
    var values = binding.values
    if !missing.isEmpty {
      values = try Binder.fillMandatory(missing, target: target, binding: binding, ctx: ctx, span: span)
    }
    self.call = BoundCall(values: values, parameterSet: set)
    self.commandLineBound = Set(values.keys)
    self.candidates = binding.candidateSets
    self.instance = info.type.init()
    let placeholder = ObjectIdentifier(NullSink())
    self.command = CommandContext(exec: ctx, commandName: info.name, span: span, downstream: downstream, processorID: placeholder)
    command.confirmImpact = info.signature.confirmImpact
    super.init(ctx: ctx, span: span)
    self.downstream = downstream
    self.expectingInput = expectingInput
    command.expectingInput = expectingInput
    CommonParameterValues.apply(values, to: command, ctx: ctx)
    for w in binding.warnings { try command.writeWarning(w) }
  }

  /// The .NET type name PowerShell would report in `FullyQualifiedErrorId` (`Microsoft.PowerShell.Commands.SelectObjectCommand`).
  static func implementingType(_ info: CmdletInfo) -> String {
    let plain = info.name.replacingOccurrences(of: "-", with: "")
    if info.signature.module.hasPrefix("Microsoft.PowerShell") { return "Microsoft.PowerShell.Commands.\(plain)Command" }
    return "\(info.signature.module).\(plain)Command"
  }

  override var hadError: Bool { command.hadError }

  func run(_ body: () throws -> Void) throws {
    do {
      try ctx.collecting(command.collector) { try body() }
    } catch let e as RuntimeError {
      throw command.terminatingError(e)
    }
  }

  override func begin() throws {
    command.downstream = downstream
    let me = ObjectIdentifier(self)
    command.setProcessorID(me)
    try withRedirection { try run { try instance.begin(call, command) } }
  }

  override func process(_ input: PSValue) throws {
    call.currentInput = input
    call.hasPipelineInput = true
    guard try call.rebindPipeline({
      try Binder.bindPipelineInput(target, call, input, plan: plan, command: command, span: span)
    }) else { return }
    try run { try instance.process(call, command) }
  }

  override func processNoInput() throws {
    call.currentInput = nil
    call.hasPipelineInput = false
    try withRedirection { try run { try instance.process(call, command) } }
  }

  override func end() throws {
    call.currentInput = nil
    call.hasPipelineInput = false
    try withRedirection { try run { try instance.end(call, command) } }
    CommonParameterValues.finish(command, values: call.values, ctx: ctx)
  }
}

extension CommandContext {
  func setProcessorID(_ id: ObjectIdentifier) { processorIDStorage = id }
}
