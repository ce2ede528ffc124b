import AadshSyntax
import Foundation

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
  public let context: ExecutionContext
  /// Commands of the session; layers register their cmdlets here before running code.
  public var commands: CommandRegistry { context.commands }

  public init(host: any HostInterface, options: RunspaceOptions = RunspaceOptions()) {
    self.host = host
    self.options = options
    self.context = ExecutionContext(host: host, commands: CommandRegistry())
    ActiveContext.current = context
  }

  /// True once an `exit` statement has run; the REPL then ends with `exitCode`.
  public private(set) var exitRequested = false
  public private(set) var exitCode: Int32 = 0

  /// Runs the loop of a nested prompt: `exit` there ends the nested prompt, not the session.
  public func runNested(_ loop: () -> Void) {
    let (requested, code) = (exitRequested, exitCode)
    loop()
    (exitRequested, exitCode) = (requested, code)
  }

  /// Runs a parsed script file (`aadsh -File x.ps1 args`); returns the process exit code:
  /// the `exit N` value, 1 when a terminating error ended the script, else 0.
  public func runScript(_ ast: ScriptBlockAst, arguments: [String]) -> Int32 {
    let ctx = context
    ActiveContext.current = ctx
    let path = ast.span.file.path
    let out = ctx.makeTopLevelOutput(ctx)
    let args = Runspace.scriptArguments(arguments)
    var code: Int32 = 0
    do {
      let proc = try ScriptBlockProcessor(
        ctx: ctx, span: ast.span, scriptBlock: ScriptBlock(ast: ast), name: path.map { ($0 as NSString).lastPathComponent } ?? "",
        args: args, dotSource: false, scriptPath: path, expectingInput: false, downstream: out)
      proc.downstream = out
      proc.propagatesExit = true
      ctx.hostScriptScope = proc.scope
      try proc.begin()
      try proc.processNoInput()
      try proc.end()
    } catch let e as ScriptExited {
      code = e.code
    } catch let e as ExitSignal {
      code = e.code
    } catch let e as RuntimeError {
      reportTerminating(e)
      code = 1
    } catch is PipelineStoppedSignal {
      code = 1
    } catch {
      code = 1
    }
    try? out.finish()
    exitRequested = true
    exitCode = code
    return code
  }

  /// Runs `-Command` text or one REPL entry at the global scope; returns the exit code pwsh
  /// would give for `-Command` (`exit N`, else 1 when the last statement failed, else 0).
  /// With `inCurrentScope` (a nested prompt) it runs in the scope of the suspended command instead.
  public func runCommand(_ ast: ScriptBlockAst, inCurrentScope: Bool = false) -> Int32 {
    let ctx = context
    ActiveContext.current = ctx
    ctx.stopRequested = false
    let out = ctx.makeTopLevelOutput(ctx)
    var code: Int32 = 0
    do {
      let compiled = try Compiler.compiled(ScriptBlock(ast: ast))
      let saved = ctx.currentScope
      if !inCurrentScope { ctx.currentScope = ctx.globalScope }
      defer { ctx.currentScope = saved }
      try compiled.begin?(ctx, out)
      try compiled.process?(ctx, out)
      try compiled.end?(ctx, out)
      code = ctx.lastSuccess ? 0 : 1
    } catch let e as ExitSignal {
      code = e.code
      exitRequested = true
    } catch let e as ScriptExited {
      code = e.code
    } catch let e as RuntimeError {
      reportTerminating(e)
      ctx.lastSuccess = false
      code = 1
    } catch is PipelineStoppedSignal {
      code = 1
    } catch is BreakSignal {
      code = 0
    } catch is ContinueSignal {
      code = 0
    } catch is ReturnSignal {
      code = 0
    } catch {
      code = 1
    }
    try? out.finish()
    exitCode = code
    return code
  }

  /// Reports an error that ended the script: recorded in `$Error` and shown in the concise view.
  func reportTerminating(_ e: RuntimeError) {
    let r = ErrorRecord(e)
    context.recordError(r)
    context.emitError(r)
  }

  /// Requests that the running pipeline stop (Ctrl-C).
  public func requestStop() { context.stopRequested = true }

  /// `-File` arguments: `-Name` tokens become parameters, everything else positional strings.
  static func scriptArguments(_ args: [String]) -> [CommandArgument] {
    var out: [CommandArgument] = []
    for a in args {
      if a.count > 1, a.hasPrefix("-"), let first = a.dropFirst().first, first.isLetter || first == "_" {
        var name = String(a.dropFirst())
        var value: PSValue? = nil
        var colon = false
        if let c = name.firstIndex(of: ":") {
          colon = true
          let v = String(name[name.index(after: c)...])
          name = String(name[..<c])
          if !v.isEmpty { value = v.caseInsensitiveEquals("$false") ? .bool(false) : v.caseInsensitiveEquals("$true") ? .bool(true) : .string(v) }
        }
        out.append(.parameter(name: name, value: value, hasColon: colon, span: nil))
      } else {
        out.append(.positional(.string(a), span: nil))
      }
    }
    return out
  }
}
