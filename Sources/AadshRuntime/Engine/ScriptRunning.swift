import AadshSyntax

extension ExecutionContext {
  /// Runs a parsed script in the current scope (`dotSource: true`, Invoke-Expression) or in a new child
  /// scope, writing its output to `sink`.
  public func invokeScript(_ ast: ScriptBlockAst, dotSource: Bool, into sink: any OutputSink) throws {
    try ScriptInvoker.invoke(
      ScriptBlock(ast: ast), ctx: self, dollarUnder: nil, args: [], newScope: !dotSource, output: sink)
  }

  /// Runs a script block with arguments, in a new child scope unless `newScope` is false
  /// (`Invoke-Command`, `Measure-Command`).
  public func invokeScriptBlock(
    _ sb: ScriptBlock, args: [PSValue], newScope: Bool, dollarUnder: PSValue? = nil, into sink: any OutputSink
  ) throws {
    try ScriptInvoker.invoke(sb, ctx: self, dollarUnder: dollarUnder, args: args, newScope: newScope, output: sink)
  }

  /// Parses script text; a syntax error becomes the terminating `ParseException` pwsh raises.
  public static func parseScript(_ text: String) throws -> ScriptBlockAst {
    let result = Parser.parse(SourceFile(text: text))
    if let first = result.errors.first {
      var e = RuntimeError(
        first.message, errorId: "ParseException", category: .parserError,
        exceptionType: "System.Management.Automation.ParseException", span: first.span)
      e.innerMessage = nil
      throw e
    }
    return result.ast
  }
}
