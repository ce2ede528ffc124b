import AadshRuntime
import AadshSyntax

/// One run of aadsh after the command line is bound: load the input, parse it, run it.
///
/// Nothing is opened before it is needed: the runspace (and through it the tenant) is created
/// only once there is parsed code to run or a REPL to start.
struct ShellSession {
  let io: ShellIO
  let options: ShellOptions

  func run() -> Int32 {
    if options.parseOnly { return parseOnly() }
    if case .standardInputOrRepl = options.input, io.stdinIsTerminal {
      return startRepl(runspace: makeRunspace())
    }
    let source: SourceFile
    switch loadSource() {
    case .success(let file): source = file
    case .failure(let exit): return exit.code
    }
    let result = Parser.parse(source)
    if let first = result.errors.first {
      writeParseErrors([first])
      return 1
    }
    let runspace = makeRunspace()
    let code: Int32
    if case .file(_, let arguments) = options.input {
      code = runspace.runScript(result.ast, arguments: arguments)
    } else {
      code = runspace.runCommand(result.ast)
    }
    if options.noExit, io.stdinIsTerminal, !runspace.exitRequested {
      return startRepl(runspace: runspace)
    }
    return code
  }

  /// `-ParseOnly`: nothing on success; every parse error and exit code 1 otherwise.
  func parseOnly() -> Int32 {
    let source: SourceFile
    switch loadSource() {
    case .success(let file): source = file
    case .failure(let exit): return exit.code
    }
    let result = Parser.parse(source)
    writeParseErrors(result.errors)
    return result.errors.isEmpty ? 0 : 1
  }

  /// The text to run: the script file, the `-Command` text, or all of standard input.
  func loadSource() -> Result<SourceFile, ShellExit> {
    switch options.input {
    case .file(let path, _):
      switch io.readFile(path) {
      case .success(let text): return .success(SourceFile(text: text, path: path))
      case .failure(let error):
        io.writeError(CommandLineText.unreadableFile(path, error.reason + ".") + "\n")
        return .failure(ShellExit(code: CommandLineText.usageErrorExitCode))
      }
    case .command(let text):
      return .success(SourceFile(text: text))
    case .fileFromStandardInput, .commandFromStandardInput, .standardInputOrRepl:
      return .success(SourceFile(text: io.readAll()))
    }
  }

  /// Writes parse errors in PowerShell's concise view, reason `ParserError`, to standard error.
  func writeParseErrors(_ errors: [ParseError]) {
    for error in errors {
      io.writeError(Self.render(error, width: io.consoleWidth))
    }
  }

  /// One parse error in the concise view, ending with a newline.
  static func render(_ error: ParseError, width: Int) -> String {
    let text = ConciseErrorView.render(reason: "ParserError", message: error.message, span: error.span, width: width)
    return text.hasSuffix("\n") ? text : text + "\n"
  }

  func makeRunspace() -> Runspace {
    let host = ConsoleHost(io: io, nonInteractive: options.nonInteractive)
    let runspace = Runspace(
      host: host, options: RunspaceOptions(tenantPath: options.tenantPath, nonInteractive: options.nonInteractive))
    Registration.install(runspace)
    return runspace
  }

  func startRepl(runspace: Runspace) -> Int32 {
    if !options.noLogo { io.writeOutput(Repl<PlainLineReader>.banner(tenantPath: options.tenantPath)) }
    let directory = io.currentDirectory
    let prompt = { "PS \(directory)> " }
    if io.stdinIsTerminal {
      var repl = Repl(
        reader: LibeditLineReader(history: History(environment: io.environment)), runspace: runspace, io: io,
        prompt: prompt)
      return repl.run()
    }
    var repl = Repl(reader: PlainLineReader(io: io), runspace: runspace, io: io, prompt: prompt)
    return repl.run()
  }
}

/// Ends a run early with an exit code, after the reason has been written.
struct ShellExit: Error {
  let code: Int32
}
