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
      let runspace = makeRunspace()
      showBanner()
      if let code = runProfile(runspace) { return code }
      return startRepl(runspace: runspace)
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
    let interactiveAfterwards = options.noExit && io.stdinIsTerminal
    if interactiveAfterwards {
      showBanner()
      if let code = runProfile(runspace) { return code }
    }
    let code: Int32
    if case .file(_, let arguments) = options.input {
      code = runspace.runScript(result.ast, arguments: arguments)
    } else {
      code = runspace.runCommand(result.ast)
    }
    if interactiveAfterwards, !runspace.exitRequested {
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
    runspace.context.nestedPrompt = { [io] _ in
      runspace.runNested {
        var repl = Repl(reader: PlainLineReader(io: io), runspace: runspace, io: io) { Repl<PlainLineReader>.promptText(runspace) }
        repl.inCurrentScope = true
        _ = repl.run()
      }
    }
    if let profile = Self.profilePath(environment: io.environment) {
      try? runspace.context.setVariable("PROFILE", .string(profile))
    }
    return runspace
  }

  /// `$PROFILE`: `$XDG_CONFIG_HOME/aadsh/profile.ps1`, else `~/.config/aadsh/profile.ps1`.
  static func profilePath(environment: [String: String]) -> String? {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/aadsh/profile.ps1" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.config/aadsh/profile.ps1" }
    return nil
  }

  func showBanner() {
    if !options.noLogo { io.writeOutput(Repl<PlainLineReader>.banner(tenantPath: options.tenantPath)) }
  }

  /// Runs the profile script at the global scope unless `-NoProfile`; returns the exit code when it ran `exit`.
  func runProfile(_ runspace: Runspace) -> Int32? {
    guard !options.noProfile, let path = Self.profilePath(environment: io.environment), io.fileExists(path),
      case .success(let text) = io.readFile(path)
    else { return nil }
    let result = Parser.parse(SourceFile(text: text, path: path))
    if let first = result.errors.first {
      writeParseErrors([first])
      return nil
    }
    if io.stdinIsTerminal {
      Interrupts.install(stopping: runspace)
      _ = Interrupts.whileRunning { runspace.runCommand(result.ast) }
    } else {
      _ = runspace.runCommand(result.ast)
    }
    return runspace.exitRequested ? runspace.exitCode : nil
  }

  func startRepl(runspace: Runspace) -> Int32 {
    let prompt = { Repl<PlainLineReader>.promptText(runspace) }
    guard io.stdinIsTerminal else {
      var repl = Repl(reader: PlainLineReader(io: io), runspace: runspace, io: io, prompt: prompt)
      return repl.run()
    }
    Interrupts.install(stopping: runspace)
    let host = runspace.host as? ConsoleHost
    let home = io.environment["HOME"]
    let reader = LibeditLineReader(
      history: History(environment: io.environment),
      completer: { line, cursor in
        Completion.complete(
          line: line, cursor: cursor, context: RunspaceCompletionContext(runspace: runspace, home: home))
      },
      width: { host?.consoleWidth ?? 80 })
    var repl = Repl(reader: reader, runspace: runspace, io: io, prompt: prompt)
    repl.beforeCommand = { host?.refreshConsoleWidth() }
    repl.execute = { body in
      let (code, interrupted) = Interrupts.whileRunning(body)
      return (code, interrupted)
    }
    return repl.run()
  }
}

/// Ends a run early with an exit code, after the reason has been written.
struct ShellExit: Error {
  let code: Int32
}
