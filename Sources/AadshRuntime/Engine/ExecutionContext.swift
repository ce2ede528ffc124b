import AadshSyntax
import Foundation
import Synchronization

/// The state of one session while it runs: scopes, commands, error list, `$?`, the host.
///
/// Single-threaded, like a PowerShell runspace's pipeline thread. Compiled code receives it as
/// its only argument.
public final class ExecutionContext {
  public let host: any HostInterface
  public let globalScope: Scope
  /// The scope code runs in now; function calls push a child of the caller's scope.
  public var currentScope: Scope
  /// The `$script:` scope of the running script (the global scope at the top level).
  public var scriptScope: Scope
  public let commands: CommandRegistry
  /// `$?`: whether the last command or statement succeeded.
  public var lastSuccess = true
  /// How many `try` blocks enclose the running code; errors propagate to them instead of being reported.
  var tryDepth = 0
  /// How many `catch` blocks are running (a bare `throw` inside one rethrows `$_`).
  var inCatch = 0
  /// How many errors have been written to the error stream (shown, redirected or silenced); a script
  /// command during which this grows did not succeed (`$?` false).
  public internal(set) var errorsWritten = 0
  /// The functions and scripts running now, innermost last (what `$MyInvocation` describes).
  var invocationFrames: [InvocationFrame] = []
  /// The -ErrorVariable/-WarningVariable collectors of the commands now running, outermost first.
  var collectors: [StreamCollector] = []
  /// The namespaces `using namespace` named; a type name is also looked up in each of them.
  var usingNamespaces: [String] = []
  /// Stream redirections of the running command, if any.
  var redirection: StreamRedirection?
  /// User-defined enums by lower-cased name.
  var enums: [String: UserEnum] = [:]
  /// The current location (`$PWD`, `Set-Location`); starts as the process's working directory.
  public var location: String = FileManager.default.currentDirectoryPath
  /// The `$Error` list (newest first).
  public let errorList = PSArray([], kind: .arrayList)
  /// Set by the host on Ctrl-C; checked at loop back-edges and pipeline writes.
  public var stopRequested: Bool {
    get { stopFlag.load(ordering: .relaxed) }
    set { stopFlag.store(newValue, ordering: .relaxed) }
  }
  /// Backs `stopRequested`; the signal watcher thread sets it while the pipeline thread reads it.
  private let stopFlag = Atomic<Bool>(false)
  /// How deep script blocks are nested (recursion guard).
  var callDepth = 0
  /// How much stack the running thread has left (the other recursion guard).
  var stackGuard = StackGuard()

  /// True when another call would nest too deeply: past 900 calls, or near the end of the thread's stack.
  var callTooDeep: Bool { callDepth > 900 || stackGuard.isExhausted() }
  /// Path of the running script file, for `$PSScriptRoot`/`$PSCommandPath`.
  public var scriptPath: String?
  /// The scope of the script the host runs (`aadsh -File`), once it has started.
  var hostScriptScope: Scope?
  /// `$Host.UI.RawUI.WindowTitle`.
  public var windowTitle = "aadsh"
  /// Runs a nested interactive prompt until `exit` (a prompt's Suspend answer); set by the shell.
  public var nestedPrompt: ((ExecutionContext) -> Void)?
  /// Extra data layers (tenant, formatting) keep here, keyed by a name they own.
  public var extensions: [String: AnyObject] = [:]
  /// Makes the top-level output sink (`Out-Default`); the formatting layer replaces the default.
  public var makeTopLevelOutput: (ExecutionContext) -> any TopLevelOutput
  /// Renders objects as the console would show them (Out-String, `> file`); the formatting layer replaces the default.
  public var textFormatter: (ExecutionContext, [PSValue], Int?) -> String = { _, items, _ in
    items.filter { !$0.isNull }.map { PSConvert.toString($0) + "\n" }.joined()
  }

  /// Formats objects as text with the session's formatter.
  public func formatAsText(_ items: [PSValue], width: Int?) -> String { textFormatter(self, items, width) }

  public init(host: any HostInterface, commands: CommandRegistry) {
    self.host = host
    self.commands = commands
    let global = Scope(parent: nil)
    self.globalScope = global
    self.currentScope = global
    self.scriptScope = global
    self.makeTopLevelOutput = { ctx in PlainTopLevelOutput(ctx) }
    AutomaticVariables.install(in: self)
    CustomConversions.install()
  }

  // MARK: Variables

  /// Reads a variable by lower-cased key, or `nil` when it is not set.
  @inline(__always)
  public func variable(_ key: String) -> PSVariable? { currentScope.lookup(key) }

  /// The value of a variable, `$null` when unset.
  public func value(of name: String) -> PSValue { currentScope.lookup(name.lowercased())?.value ?? .null }

  /// Sets a variable in the current scope (creating it there), honouring its type constraint.
  public func setVariable(_ name: String, _ value: PSValue) throws {
    try setVariable(key: name.lowercased(), name: name, value, in: currentScope)
  }

  /// Sets a variable in a given scope.
  public func setVariable(key: String, name: String, _ value: PSValue, in scope: Scope) throws {
    if let v = scope.variables[key] {
      try assign(v, value)
    } else {
      scope.variables[key] = PSVariable(name: name, value: value)
    }
  }

  /// Assigns to an existing variable object, converting to its type constraint. A value that does not
  /// convert raises the ArgumentTransformationMetadataException of a session-state variable, or with
  /// `castErrors` the conversion's own error (what a typed local of a compiled function raises).
  func assign(_ v: PSVariable, _ value: PSValue, castErrors: Bool = false) throws {
    if v.options.contains(.readOnly) || v.options.contains(.constant) {
      throw RuntimeError(
        "Cannot overwrite variable \(v.name) because it is read-only or constant.", errorId: "VariableNotWritable",
        category: .writeError, exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException",
        targetObject: .string(v.name))
    }
    if let t = v.typeConstraint {
      do {
        v.value = try VariableTypes.convert(value, to: t, self)
      } catch let e as RuntimeError where !castErrors {
        throw VariableTypes.transformationError(e)
      }
    } else {
      v.value = value
    }
  }

  /// True for the scopes whose variables pwsh keeps in session state rather than in a compiled
  /// function's locals: the global scope and the top level of the script the host runs (which pwsh
  /// runs in the global scope).
  func holdsSessionVariables(_ scope: Scope) -> Bool {
    scope === globalScope || scope === hostScriptScope
  }

  // MARK: Preferences

  /// The effective `$ErrorActionPreference`.
  public var errorActionPreference: ActionPreference { preference("erroractionpreference", default: .continue) }
  public var warningPreference: ActionPreference { preference("warningpreference", default: .continue) }
  public var verbosePreference: ActionPreference { preference("verbosepreference", default: .silentlyContinue) }
  public var debugPreference: ActionPreference { preference("debugpreference", default: .silentlyContinue) }
  public var informationPreference: ActionPreference { preference("informationpreference", default: .silentlyContinue) }

  func preference(_ key: String, default d: ActionPreference) -> ActionPreference {
    guard let v = currentScope.lookup(key)?.value else { return d }
    return ActionPreference(value: v) ?? d
  }

  // MARK: Errors

  /// Records an error in `$Error` (newest first), as PowerShell does for every reported error.
  public func recordError(_ record: ErrorRecord) {
    let value = PSValue.object(PSObject(native: record))
    for c in collectors where c.errors != nil { c.errors?.append(value) }
    errorList.items.insert(value, at: 0)
    if errorList.items.count > 256 { errorList.items.removeLast() }
  }

  /// Reports a non-terminating error according to `action`: shows it, records it, or escalates it.
  public func reportError(_ record: ErrorRecord, action: ActionPreference) throws {
    if action != .stop { errorsWritten += 1 }
    switch action {
    case .stop:
      var e = record.error
      e.isActionPreferenceStop = true
      e.payload = .object(PSObject(native: record))
      throw e
    case .ignore:
      return
    case .silentlyContinue:
      recordError(record)
    default:
      recordError(record)
      emitError(record)
    }
  }

  /// An error record as `$ErrorView` shows it.
  public func renderError(_ record: ErrorRecord) -> String { ErrorRendering.render(record, ctx: self) }
}

/// PowerShell's `ActionPreference`.
public enum ActionPreference: String, CaseIterable, Sendable {
  case silentlyContinue = "SilentlyContinue", stop = "Stop", `continue` = "Continue", inquire = "Inquire"
  case ignore = "Ignore", suspend = "Suspend", `break` = "Break"

  /// Reads a preference from a value: the enum name (case-insensitive) or its number.
  public init?(value: PSValue) {
    switch value.unwrapped {
    case .string(let s):
      guard let p = ActionPreference.allCases.first(where: { $0.rawValue.caseInsensitiveEquals(s) }) else { return nil }
      self = p
    case .int(let i):
      guard let p = ActionPreference.byNumber[Int(i)] else { return nil }
      self = p
    case .object(let o):
      guard let e = o.native as? EnumValue, e.typeName == ActionPreference.typeName else { return nil }
      guard let p = ActionPreference.allCases.first(where: { $0.rawValue == e.name }) else { return nil }
      self = p
    default: return nil
    }
  }

  static let byNumber: [Int: ActionPreference] = [
    0: .silentlyContinue, 1: .stop, 2: .continue, 3: .inquire, 4: .ignore, 5: .suspend, 6: .break,
  ]
  public static let typeName = "System.Management.Automation.ActionPreference"

  /// The value as the enum object scripts see (`$ErrorActionPreference` prints `Continue`).
  public var psValue: PSValue {
    let n = ActionPreference.byNumber.first(where: { $0.value == self })?.key ?? 0
    return .object(PSObject(native: EnumValue(typeName: ActionPreference.typeName, name: rawValue, value: Int64(n))))
  }
}

/// One running function or script: its name, the command that invoked it, its file.
struct InvocationFrame {
  let name: String
  let span: SourceSpan
  let scriptPath: String?
}
