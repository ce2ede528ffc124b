import AadshSyntax

/// Options a runspace is created with; the shell fills them from its command line.
public struct RunspaceOptions: Sendable {
  /// The tenant database path (`-Tenant` / `AADSH_TENANT`), opened lazily by the tenant layer.
  public var tenantPath: String?
  /// `-NonInteractive`: mandatory parameters error instead of prompting.
  public var nonInteractive: Bool
  public init(tenantPath: String? = nil, nonInteractive: Bool = false) {
    self.tenantPath = tenantPath
    self.nonInteractive = nonInteractive
  }
}

/// One session: its variables, functions, aliases and commands, and the host it writes to.
///
/// The shell creates one per process, runs the script, `-Command` text or REPL entries in it,
/// and renders what reaches the end of each top-level pipeline through `Out-Default`.
public final class Runspace {
  public let host: any HostInterface
  public let options: RunspaceOptions

  public init(host: any HostInterface, options: RunspaceOptions = RunspaceOptions()) {
    self.host = host
    self.options = options
  }

  /// Runs a parsed script file (`aadsh -File x.ps1 args`); returns the process exit code:
  /// the `exit N` value, 1 when a terminating error ended the script, else 0.
  public func runScript(_ ast: ScriptBlockAst, arguments: [String]) -> Int32 {
    0
  }

  /// Runs `-Command` text or one REPL entry at the global scope; returns the exit code pwsh
  /// would give for `-Command` (`exit N`, else 1 when the last statement failed, else 0).
  public func runCommand(_ ast: ScriptBlockAst) -> Int32 {
    0
  }

  /// True once an `exit` statement has run; the REPL then ends with `exitCode`.
  public private(set) var exitRequested = false
  public private(set) var exitCode: Int32 = 0
}
