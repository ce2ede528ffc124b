import AadshSyntax

/// What a running cmdlet can do: write output, errors and messages, ask ShouldProcess, run script blocks.
public final class CommandContext {
  public let exec: ExecutionContext
  public let commandName: String
  /// The whole command's source span (what the concise error view underlines).
  public let span: SourceSpan?
  var downstream: any OutputSink
  var processorIDStorage: ObjectIdentifier
  var processorID: ObjectIdentifier { processorIDStorage }
  var errorAction: ActionPreference?
  var warningAction: ActionPreference?
  var informationAction: ActionPreference?
  var verbose: Bool?
  var debug: Bool?
  var whatIf = false
  var confirm = false
  var outVariable: [PSValue]? = nil
  /// Collects this command's (and nested commands') errors and warnings for -ErrorVariable / -WarningVariable.
  var collector: StreamCollector? = nil
  /// True once this command wrote an error (`$?` is false after it).
  public internal(set) var hadError = false
  /// True when the command receives pipeline input (it is not first in the pipeline).
  public internal(set) var expectingInput = false

  init(exec: ExecutionContext, commandName: String, span: SourceSpan?, downstream: any OutputSink, processorID: ObjectIdentifier) {
    self.exec = exec
    self.commandName = commandName
    self.span = span
    self.downstream = downstream
    self.processorIDStorage = processorID
  }

  public var host: any HostInterface { exec.host }

  /// Sends one object down the pipeline.
  public func write(_ value: PSValue) throws {
    outVariable?.append(value)
    try downstream.write(value)
  }

  /// Sends a value down the pipeline, enumerating arrays one level (`WriteObject(x, true)`).
  public func writeEnumerated(_ value: PSValue) throws {
    if case .array(let a) = value {
      for item in a.items where !item.isAutomationNull { try write(item) }
    } else {
      try write(value)
    }
  }

  /// Writes a non-terminating error, honouring `-ErrorAction` and `$ErrorActionPreference`.
  public func writeError(_ error: RuntimeError) throws {
    var e = error
    if e.commandName == nil { e.commandName = commandName }
    if e.commandSpan == nil { e.commandSpan = span }
    hadError = true
    let record = ErrorRecord(e)
    try exec.reportError(record, action: errorAction ?? exec.errorActionPreference)
  }

  /// Makes a terminating error for this command (thrown by the cmdlet).
  public func terminatingError(_ error: RuntimeError) -> RuntimeError {
    var e = error
    if e.commandName == nil { e.commandName = commandName }
    if e.commandSpan == nil { e.commandSpan = span }
    return e
  }

  /// `WARNING: text` unless silenced.
  public func writeWarning(_ text: String) throws {
    exec.collectWarning(text)
    let pref = warningAction ?? exec.warningPreference
    switch pref {
    case .silentlyContinue, .ignore: return
    case .stop:
      exec.emitStream(.warning, text)
      throw terminatingError(RuntimeError(
        "The running command stopped because the preference variable \"WarningPreference\" or common parameter is set to Stop: \(text)",
        errorId: "ActionPreferenceStop", category: .operationStopped,
        exceptionType: "System.Management.Automation.ActionPreferenceStopException"))
    default: exec.emitStream(.warning, text)
    }
  }

  /// `VERBOSE: text` when `-Verbose` or `$VerbosePreference = 'Continue'`.
  public func writeVerbose(_ text: String) {
    let on = verbose ?? (exec.verbosePreference == .continue || exec.verbosePreference == .inquire)
    if on { exec.emitStream(.verbose, text) }
  }

  /// `DEBUG: text` when `-Debug` or `$DebugPreference = 'Continue'`.
  public func writeDebug(_ text: String) {
    let on = debug ?? (exec.debugPreference == .continue || exec.debugPreference == .inquire)
    if on { exec.emitStream(.debug, text) }
  }

  /// An information record, shown when `$InformationPreference` (or `-InformationAction`) is Continue.
  public func writeInformation(_ text: String) {
    let pref = informationAction ?? exec.informationPreference
    if pref == .continue || pref == .inquire {
      exec.emitStream(.information, text)
    } else if pref != .ignore, let r = exec.redirection, case .host = r.information {
      return
    } else if pref != .ignore, exec.redirection != nil {
      // A silenced information message is still recorded: `6>&1` and `6> file` receive it.
      exec.emitStream(.information, text)
    }
  }

  /// Text for the host (Write-Host): shown regardless of the output pipeline.
  public func writeHost(_ text: String) {
    exec.emitStream(.host, text)
  }

  /// Asks whether to perform an action: with `-WhatIf` prints `What if: Performing the operation "action" on target "target".` and returns false.
  public func shouldProcess(target: String, action: String) -> Bool {
    if whatIf || PSConvert.toBool(exec.value(of: "WhatIfPreference")) {
      exec.emitStream(.host, "What if: Performing the operation \"\(action)\" on target \"\(target)\".")
      return false
    }
    return true
  }

  /// Stops the commands before this one (Select-Object -First): they receive no more input.
  public func stopUpstream() throws -> Never {
    throw StopUpstream(requester: processorID)
  }

  /// Runs a script block in the caller's scope with `$_` set (Where-Object, ForEach-Object,
  /// calculated properties), writing its output to `sink`.
  public func invoke(_ sb: ScriptBlock, dollarUnder: PSValue?, args: [PSValue] = [], into sink: any OutputSink) throws {
    try ScriptInvoker.invoke(sb, ctx: exec, dollarUnder: dollarUnder, args: args, newScope: false, output: sink)
  }

  /// Runs a script block and returns its output collected (0 → `$null`, 1 → the object, more → array).
  public func invokeForValue(_ sb: ScriptBlock, dollarUnder: PSValue?, args: [PSValue] = []) throws -> PSValue {
    try ScriptInvoker.invokeForValue(sb, ctx: exec, dollarUnder: dollarUnder, args: args)
  }
}
