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
  /// `-WhatIf` / `-Confirm` as given (`nil` when not given: the preference variables decide).
  var whatIf: Bool?
  var confirm: Bool?
  /// How risky the command's changes are (`[CmdletBinding(ConfirmImpact=...)]`); `$ConfirmPreference` at or
  /// below it makes ShouldProcess ask.
  public internal(set) var confirmImpact = ConfirmImpact.medium
  /// The last Yes to All / No to All answers of this command's confirmation and stream prompts.
  var shouldProcessStatus: ContinueStatus?
  var errorStatus: ContinueStatus?
  var streamStatus: [MessageStream: ContinueStatus] = [:]
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
    var action = errorAction ?? exec.errorActionPreference
    if action == .inquire {
      // Inquire asks first (Yes, Yes to All, Halt Command); the error is then written as under Continue.
      if errorStatus != .yesToAll { errorStatus = try inquire(e.message, allowNoToAll: false, replaceNoWithHalt: true) }
      action = .continue
    }
    try exec.reportError(ErrorRecord(e), action: action)
  }

  /// Makes a terminating error for this command (thrown by the cmdlet).
  public func terminatingError(_ error: RuntimeError) -> RuntimeError {
    var e = error
    if e.commandName == nil { e.commandName = commandName }
    if e.commandSpan == nil { e.commandSpan = span }
    return e
  }

  /// `WARNING: text` unless silenced; Stop ends the command, Inquire asks whether to go on.
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
    case .inquire:
      exec.emitStream(.warning, text)
      try inquireAfter(.warning)
    default: exec.emitStream(.warning, text)
    }
  }

  /// `VERBOSE: text` when `-Verbose` or `$VerbosePreference` is Continue (Inquire also asks whether to go on).
  public func writeVerbose(_ text: String) throws {
    if let verbose {
      if verbose { exec.emitStream(.verbose, text) }
      return
    }
    try writeMessage(.verbose, text, exec.verbosePreference)
  }

  /// `DEBUG: text` when `-Debug` or `$DebugPreference` is Continue (Inquire also asks whether to go on).
  public func writeDebug(_ text: String) throws {
    if let debug {
      if debug { exec.emitStream(.debug, text) }
      return
    }
    try writeMessage(.debug, text, exec.debugPreference)
  }

  private func writeMessage(_ stream: MessageStream, _ text: String, _ preference: ActionPreference) throws {
    switch preference {
    case .continue: exec.emitStream(stream, text)
    case .inquire:
      exec.emitStream(stream, text)
      try inquireAfter(stream)
    case .stop:
      exec.emitStream(stream, text)
      let variable = stream == .verbose ? "VerbosePreference" : "DebugPreference"
      throw terminatingError(RuntimeError(
        "The running command stopped because the preference variable \"\(variable)\" or common parameter is set to Stop: \(text)",
        errorId: "ActionPreferenceStop", category: .operationStopped,
        exceptionType: "System.Management.Automation.ActionPreferenceStopException"))
    default: return
    }
  }

  /// An information record, shown when `$InformationPreference` (or `-InformationAction`) is Continue.
  public func writeInformation(_ text: String) throws {
    let pref = informationAction ?? exec.informationPreference
    if pref == .continue || pref == .inquire {
      exec.emitStream(.information, text)
      if pref == .inquire { try inquireAfter(.information) }
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

  /// `Performing the operation "action" on target "target".`
  public static func operationDescription(action: String, target: String) -> String {
    "Performing the operation \"\(action)\" on target \"\(target)\"."
  }

  /// Asks whether to perform an action (`ShouldProcess(target, action)`): with `-WhatIf` prints
  /// `What if: Performing the operation "action" on target "target".` and returns false; when
  /// `-Confirm` or `$ConfirmPreference` asks for it, prompts Yes / Yes to All / No / No to All.
  public func shouldProcess(target: String, action: String) throws -> Bool {
    try shouldProcess(description: Self.operationDescription(action: action, target: target), warning: nil, caption: nil)
  }

  /// `ShouldProcess(verboseDescription, verboseWarning, caption)`: the description is what -WhatIf and
  /// -Verbose show, the warning and caption what the confirmation prompt shows.
  public func shouldProcess(description: String, warning: String?, caption: String?) throws -> Bool {
    switch shouldProcessStatus {
    case .noToAll?: return false
    case .yesToAll?: return true
    default: break
    }
    if whatIf ?? PSConvert.toBool(exec.value(of: "WhatIfPreference")) {
      exec.emitStream(.host, "What if: " + description)
      return false
    }
    if !confirmationWanted {
      try writeVerbose(description)
      return true
    }
    let question = warning.flatMap { $0.isEmpty ? nil : $0 }
      ?? "Are you sure you want to perform this action?\n" + description
    let answer = try inquire(question, caption: caption, allowNoToAll: true, replaceNoWithHalt: false)
    shouldProcessStatus = answer
    return answer == .yes || answer == .yesToAll
  }

  /// `ShouldContinue(query, caption)`: always asks, Yes or No (with `toAll`, Yes to All and No to All,
  /// remembered in `toAll`).
  public func shouldContinue(query: String, caption: String, toAll: inout (yes: Bool, no: Bool)?) throws -> Bool {
    if let answered = toAll {
      if answered.no { return false }
      if answered.yes { return true }
    }
    let answer = try inquire(
      query, caption: caption, allowYesToAll: toAll != nil, allowNoToAll: toAll != nil, replaceNoWithHalt: false)
    if answer == .yesToAll { toAll?.yes = true }
    if answer == .noToAll { toAll?.no = true }
    return answer == .yes || answer == .yesToAll
  }

  /// True when ShouldProcess must ask: `-Confirm`, or `$ConfirmPreference` at or below the command's impact.
  var confirmationWanted: Bool {
    let preference: ConfirmImpact
    if let confirm {
      preference = confirm ? .low : .none
    } else {
      preference = ConfirmImpact(value: exec.value(of: "ConfirmPreference")) ?? .high
    }
    return preference != .none && preference <= confirmImpact
  }

  /// Throws the NonInteractive error (naming this command's class) unless the host may prompt.
  public func ensureCanPrompt() throws {
    guard host.isInteractive else {
      var e = ExecutionContext.nonInteractiveError()
      e.errorId += ",Microsoft.PowerShell.Commands." + commandName.replacingOccurrences(of: "-", with: "") + "Command"
      throw terminatingError(e)
    }
  }

  /// Shows the confirmation prompt; Halt Command (and a prompt that cannot be shown) ends the command.
  func inquire(
    _ message: String?, caption: String? = nil, allowYesToAll: Bool = true, allowNoToAll: Bool, replaceNoWithHalt: Bool
  ) throws -> ContinueStatus {
    try ensureCanPrompt()
    do {
      return try Inquiry.ask(
        exec, message: message, caption: caption, allowYesToAll: allowYesToAll, allowNoToAll: allowNoToAll,
        replaceNoWithHalt: replaceNoWithHalt)
    } catch let e as RuntimeError {
      throw terminatingError(e)
    }
  }

  /// With an Inquire preference, asks whether to go on after a message of `stream` was shown.
  func inquireAfter(_ stream: MessageStream) throws {
    guard streamStatus[stream] != .yesToAll else { return }
    streamStatus[stream] = try inquire(nil, allowNoToAll: false, replaceNoWithHalt: true)
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

  /// `invokeForValue` collecting into `sink`, which a command keeps for all its pipeline objects.
  public func invokeForValue(_ sb: ScriptBlock, dollarUnder: PSValue?, reusing sink: CollectingSink) throws -> PSValue {
    sink.items.removeAll(keepingCapacity: true)
    try ScriptInvoker.invoke(sb, ctx: exec, dollarUnder: dollarUnder, args: [], newScope: false, output: sink)
    return sink.result
  }
}
