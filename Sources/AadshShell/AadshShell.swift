/// The `aadsh` entry point.
public enum AadshShell {
  /// Runs aadsh with `arguments` (without the program name) on the real process streams and
  /// returns the exit code.
  public static func main(arguments: [String]) -> Int32 {
    let io = ShellIO.process()
    StandardStreams.flushEveryWrite = io.stdoutIsTerminal
    let code = main(arguments: arguments, io: io)
    io.flush()
    return code
  }

  /// Runs aadsh with `arguments` over `io` and returns the exit code: 0 on success, 1 when the
  /// script failed or did not parse, 64 for a command-line usage error (as pwsh).
  public static func main(arguments: [String], io: ShellIO) -> Int32 {
    let context = ShellCommandLine.Context(
      currentDirectory: io.currentDirectory,
      standardInputRedirected: !io.stdinIsTerminal,
      tenantFromEnvironment: io.environment["AADSH_TENANT"].flatMap { $0.isEmpty ? nil : $0 },
      fileExists: io.fileExists)
    switch ShellCommandLine.parse(arguments, context: context) {
    case .failure(let error):
      io.writeError(error.message + "\n")
      if error.showUsage { io.writeOutput("\n" + CommandLineText.usage + "\n") }
      return CommandLineText.usageErrorExitCode
    case .success(.showVersion):
      io.writeOutput(CommandLineText.versionLine + "\n")
      return 0
    case .success(.showHelp):
      io.writeOutput("\n" + CommandLineText.usage + CommandLineText.extendedHelp + "\n")
      return 0
    case .success(.run(let options)):
      let session = ShellSession(io: io, options: options)
      return session.run()
    }
  }

  /// The version `-Version` prints.
  public static var version: String { CommandLineText.version }
}
