/// Every text the command line prints, in one catalog (PowerShell keeps them in
/// `CommandLineParameterParserStrings.resx` and `ManagedEntranceStrings.resx`).
enum CommandLineText {
  /// The product version `-Version` prints and the banner shows.
  static let version = "0.1.0"

  /// `-Version` output, shaped like pwsh's `PowerShell 7.4.0`.
  static let versionLine = "aadsh \(version)"

  /// The exit code pwsh uses for command-line usage errors (`ExitCodeBadCommandLineParameter`).
  static let usageErrorExitCode: Int32 = 64

  static let usage = """
    Usage: aadsh [-Login] [[-File] <filePath> [args]]
                 [-Command { - | <string> }]
                 [-ExecutionPolicy <ExecutionPolicy>] [-Interactive] [-NoExit]
                 [-NoLogo] [-NonInteractive] [-NoProfile] [-ParseOnly]
                 [-Tenant <databasePath>] [-Version]

           aadsh -h | -Help | -? | /?

    All parameters are case-insensitive.
    """

  static let extendedHelp = """


    -File | -f <filePath> [args]
        Runs the script file with the given arguments, then exits. The first argument that is
        not a parameter is taken as the file, so 'aadsh script.ps1 a b' is the same command.
        The value '-' reads the script from standard input.

    -Command | -c { - | <string> }
        Runs the rest of the command line, joined with spaces, as one command, then exits.
        The value '-' reads the command text from standard input.

    -ParseOnly
        Parses the -File, -Command or standard-input text without running it. Prints nothing
        and exits 0 when it parses; prints every parse error and exits 1 otherwise.

    -Tenant <databasePath>
        The tenant database to open. Defaults to the AADSH_TENANT environment variable.

    -NoProfile | -nop       Does not run the profile ($PROFILE) of an interactive session.
    -NonInteractive | -noni Commands that would prompt fail instead.
    -NoLogo | -nol          Hides the banner at the start of an interactive session.
    -NoExit | -noe          Starts an interactive session after -File or -Command.
    -ExecutionPolicy | -ep  Accepted for compatibility and ignored.
    -Login | -l, -Interactive | -i
                            Accepted for compatibility.
    -Version | -v           Prints the version and exits.
    -Help | -h | -?         Prints this text.

    With no -File or -Command, aadsh starts an interactive session when standard input is a
    terminal, and otherwise reads the whole script from standard input and runs it.
    """

  /// pwsh `MissingFileArgument`.
  static let missingFileArgument =
    "The command cannot be run because the File parameter requires a file path. "
    + "Supply a path for the File parameter and then try the command again."

  /// pwsh `ArgumentFileDoesNotExist`.
  static func argumentFileDoesNotExist(_ argument: String) -> String {
    "The argument '\(argument)' is not recognized as the name of a script file. Check the spelling of the name, "
      + "or if a path was included, verify that the path is correct and try again."
  }

  /// pwsh `InvalidArgument`, followed by the candidate list pwsh appends.
  static func invalidArgument(_ argument: String, candidates: [String]) -> String {
    var text = "Invalid argument '\(argument)', did you mean:\n"
    for name in candidates { text += "\n  -" + name.lowercased() }
    return text
  }

  /// pwsh `MissingCommandParameter`.
  static let missingCommandParameter =
    "Cannot process the command because of a missing parameter. A command must follow -Command."

  /// pwsh `TooManyParametersToCommand`.
  static let tooManyParametersToCommand =
    "'-' was specified with the -Command parameter; no other arguments to -Command are permitted."

  /// pwsh `StdinNotRedirected`.
  static let stdinNotRedirected =
    "'-' was specified as the argument to -Command but standard input has not been redirected for this process."

  /// pwsh `MissingExecutionPolicyParameter`.
  static let missingExecutionPolicyParameter =
    "Cannot process the execution policy because of a missing policy name. A policy name must follow -ExecutionPolicy."

  /// pwsh `MissingMandatoryArgument`, used for `-Tenant` without a value.
  static func missingMandatoryArgument(_ parameter: String) -> String {
    "An argument is required to be supplied to the '\(parameter)' parameter."
  }

  /// The reason a script file could not be read (after it was found to exist).
  static func unreadableFile(_ path: String, _ reason: String) -> String {
    "Processing -File '\(path)' failed: \(reason) Specify a valid path for the -File parameter."
  }
}
