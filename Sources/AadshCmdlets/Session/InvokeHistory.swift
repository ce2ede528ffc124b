import AadshRuntime
import AadshSyntax

/// `Invoke-History` (`r`, `ihy`): runs a command from the session history again (the last one by default).
struct InvokeHistory: Cmdlet {
  static let id = Parameter<String>(
    "Id", sets: [.all: .init(position: 0, pipeline: .byPropertyName)],
    help: "Specifies the ID of a command in the history, or the first characters of its command line.")

  static let signature = CmdletSignature(
    "Invoke-History", module: "Microsoft.PowerShell.Core", parameters: [id.spec], supportsShouldProcess: true,
    synopsis: "Runs commands from the session history.",
    description: "The Invoke-History cmdlet runs commands from the session history. The command line is shown before "
      + "it runs.",
    examples: [.init("Invoke-History -Id 3", remark: "Runs history entry 3 again.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let entries = (ctx.exec.history?.entries ?? []).filter {
      !$0.commandLine.lowercased().hasPrefix("invoke-history") && !["r", "ihy"].contains($0.commandLine.lowercased())
    }
    let entry: HistoryEntry?
    if let spec = call[Self.id] {
      if let n = Int(spec) {
        entry = entries.first { $0.id == n }
      } else {
        entry = entries.last { $0.commandLine.lowercased().hasPrefix(spec.lowercased()) }
      }
    } else {
      entry = entries.last
    }
    guard let entry else {
      throw ctx.terminatingError(
        RuntimeError(
          call[Self.id].map { "Cannot locate history for command line \($0)." } ?? "Cannot locate most recent history.",
          errorId: "InvokeHistoryNoHistoryFound,Microsoft.PowerShell.Commands.InvokeHistoryCommand",
          category: .objectNotFound, exceptionType: "System.ArgumentException"))
    }
    guard try ctx.shouldProcess(target: entry.commandLine, action: "Invoke-History") else { return }
    ctx.writeHost(entry.commandLine)
    let ast: AadshSyntax.ScriptBlockAst
    do { ast = try ExecutionContext.parseScript(entry.commandLine) } catch let e as RuntimeError {
      throw ctx.terminatingError(e)
    }
    try ctx.exec.invokeScript(ast, dotSource: true, into: ClosureSink { try ctx.write($0) })
  }
}
