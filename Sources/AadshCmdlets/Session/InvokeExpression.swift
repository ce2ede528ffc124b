import AadshRuntime
import AadshSyntax

/// `Invoke-Expression` (`iex`): parses a string as script and runs it in the current scope.
struct InvokeExpression: Cmdlet {
  static let command = Parameter<String>(
    "Command", sets: [.all: .init(position: 0, mandatory: true, pipeline: .byValue)],
    help: "Specifies the command or expression to run.")

  static let signature = CmdletSignature(
    "Invoke-Expression", parameters: [command.spec], outputTypes: ["System.Object"],
    synopsis: "Runs commands or expressions on the local computer.",
    description:
      "The Invoke-Expression cmdlet evaluates or runs a specified string as a command and returns the results "
      + "of the expression or command. The text runs in the current scope.",
    examples: [.init("Invoke-Expression '1 + 2'", remark: "Evaluates an expression.", output: "3")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let text = call[Self.command] ?? ""
    let ast: AadshSyntax.ScriptBlockAst
    do {
      ast = try ExecutionContext.parseScript(text)
    } catch var e as RuntimeError {
      e.errorId = "ParseException,Microsoft.PowerShell.Commands.InvokeExpressionCommand"
      throw ctx.terminatingError(e)
    }
    try ctx.exec.invokeScript(ast, dotSource: true, into: ClosureSink { try ctx.write($0) })
  }
}
