import AadshSyntax
import Foundation

/// Where the running function or script was called from (what `$MyInvocation` describes).
public struct InvocationSite {
  /// The function or script name (`Get-Thing`, `case.ps1`); empty for a script block.
  public let name: String
  /// The call site: the whole command that invoked it; `nil` for the script the host runs.
  public let span: SourceSpan?
  /// The script file when the invocation is a script rather than a function.
  public let scriptPath: String?
}

/// One entry of the session history (`Get-History`): the command line, when it ran and how it ended.
public struct HistoryEntry: Sendable {
  public let id: Int
  public let commandLine: String
  public let startExecutionTime: PSDateTime
  public let endExecutionTime: PSDateTime
  /// `Completed`, `Failed` or `Stopped`.
  public let executionStatus: String
  public init(id: Int, commandLine: String, start: PSDateTime, end: PSDateTime, status: String = "Completed") {
    self.id = id
    self.commandLine = commandLine
    self.startExecutionTime = start
    self.endExecutionTime = end
    self.executionStatus = status
  }
}

/// The session's command history, kept by the interactive shell and read by the history cmdlets.
public protocol SessionHistory: AnyObject {
  /// Entries oldest first.
  var entries: [HistoryEntry] { get }
  /// Removes entries with the given ids (all entries when `ids` is `nil`).
  func clear(ids: Set<Int>?)
}

/// A simple in-memory history; the REPL appends an entry after each command line.
public final class InMemoryHistory: SessionHistory {
  public private(set) var entries: [HistoryEntry] = []
  private var nextId = 1
  public init() {}
  /// Records a finished command line.
  public func append(_ commandLine: String, start: PSDateTime, end: PSDateTime, status: String = "Completed") {
    entries.append(HistoryEntry(id: nextId, commandLine: commandLine, start: start, end: end, status: status))
    nextId += 1
  }
  public func clear(ids: Set<Int>?) {
    guard let ids else {
      entries.removeAll()
      return
    }
    entries.removeAll { ids.contains($0.id) }
  }
}

/// An open transcript (`Start-Transcript`): host text written while it is open is appended to the file.
public final class TranscriptFile {
  public let path: String
  let writer: FileTextWriter
  public init(path: String, append: Bool) throws {
    self.path = path
    self.writer = try FileTextWriter(path: path, append: append)
  }
  /// Appends text to the transcript.
  public func append(_ text: String) {
    writer.append(text)
    writer.flush()
  }
}

/// Session-level settings that live outside the scopes (strict mode, transcript, history).
final class SessionSettings {
  var strictMode: String?
  var transcript: TranscriptFile?
  var history: (any SessionHistory)?
}

extension ExecutionContext {
  private var settings: SessionSettings {
    if let s = extensions["aadsh.session"] as? SessionSettings { return s }
    let s = SessionSettings()
    extensions["aadsh.session"] = s
    return s
  }

  /// The `Set-StrictMode` version in force (`nil` when off); enforcement reads it.
  public var strictModeVersion: String? {
    get { settings.strictMode }
    set { settings.strictMode = newValue }
  }

  /// The open transcript, if any. Hosts append what they show to it.
  public var transcript: TranscriptFile? {
    get { settings.transcript }
    set { settings.transcript = newValue }
  }

  /// The session history; the interactive shell sets it.
  public var history: (any SessionHistory)? {
    get { settings.history }
    set { settings.history = newValue }
  }

  /// The function or script currently running, from the nearest `$MyInvocation` or `$PSCmdlet`; at the top level of
  /// the script the host runs, that script; `nil` at the top level of `-Command` or the REPL.
  public var currentInvocation: InvocationSite? {
    if let f = invocationFrames.last, !f.name.isEmpty {
      let hostRun = f.scriptPath != nil && f.span.start == 0 && f.span.file.path == f.scriptPath
      return InvocationSite(name: f.name, span: hostRun ? nil : f.span, scriptPath: f.scriptPath)
    }
    var s: Scope? = currentScope
    while let scope = s {
      if case .object(let o) = scope.variables["myinvocation"]?.value ?? .null {
        if let inv = o.native as? MyInvocationObject {
          let hostRun = inv.scriptPath != nil && inv.span.start == 0 && inv.span.file.path == inv.scriptPath
          return InvocationSite(name: inv.name, span: hostRun ? nil : inv.span, scriptPath: inv.scriptPath)
        }
        if let inv = o.native as? InvocationInfoObject {
          return InvocationSite(name: inv.name, span: inv.isHostScript ? nil : inv.span, scriptPath: inv.scriptPath)
        }
      }
      if case .object(let o) = scope.variables["pscmdlet"]?.value ?? .null,
        let c = o.native as? PSCmdletObject ?? (o.native as? ScriptCmdletObject)?.cmdlet
      {
        return InvocationSite(name: c.command.commandName, span: c.command.span, scriptPath: nil)
      }
      if scope === scriptScope, let path = scriptPath {
        return InvocationSite(name: (path as NSString).lastPathComponent, span: nil, scriptPath: path)
      }
      s = scope.parent
    }
    return nil
  }

  /// The scopes from the current one up to the global scope.
  public var scopeChain: [Scope] {
    var out: [Scope] = []
    var s: Scope? = currentScope
    while let cur = s {
      out.append(cur)
      s = cur.parent
    }
    return out
  }

  /// The scope a `-Scope` argument names: `Global`, `Script`, `Local`, `Private` or a number of levels up.
  public func scope(named spec: String) throws -> Scope {
    switch spec.lowercased() {
    case "global": return globalScope
    case "script": return scriptScope
    case "local", "private": return currentScope
    default: break
    }
    guard let n = Int(spec.trimmingCharacters(in: .whitespaces)), n >= 0 else {
      throw RuntimeError(
        "The scope \(spec) could not be found.", errorId: "ArgumentException", category: .invalidArgument,
        exceptionType: "System.Management.Automation.PSArgumentException", targetObject: .string(spec))
    }
    let chain = scopeChain
    guard n < chain.count else {
      throw RuntimeError(
        "The scope number '\(n)' exceeds the number of active scopes.",
        errorId: "ArgumentOutOfRange", category: .invalidArgument,
        exceptionType: "System.Management.Automation.PSArgumentOutOfRangeException", targetObject: .int(Int32(n)))
    }
    return chain[n]
  }

  /// A property of a value, as member access reads it (`$x.Name`).
  public func property(of value: PSValue, _ name: String) throws -> PSValue {
    try Members.getProperty(value, name, self)
  }

  /// Calls a method of a value, as `$x.Name(args)` does.
  public func callMethod(on value: PSValue, _ name: String, _ args: [PSValue]) throws -> PSValue {
    try Members.invokeMethod(value, name, args, self)
  }
}

/// What `Get-Command` and `Get-Help` need to know about a function's parameters.
public struct ScriptParameterInfo {
  public let parameters: [ParameterSpec]
  public let isAdvanced: Bool
  public let supportsShouldProcess: Bool
  public let defaultSet: ParameterSetName?
}

extension ScriptBlock {
  /// The declared parameters of the script block (`param(...)`), or `nil` when it does not compile.
  public var parameterInfo: ScriptParameterInfo? {
    guard let c = try? Compiler.compiled(self) else { return nil }
    return ScriptParameterInfo(
      parameters: c.specs, isAdvanced: c.isAdvanced, supportsShouldProcess: c.supportsShouldProcess,
      defaultSet: c.defaultSet)
  }
}
