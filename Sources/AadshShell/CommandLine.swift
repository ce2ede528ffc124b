/// What the command line asks aadsh to run.
public enum ShellInput: Sendable, Equatable {
  /// No `-File` or `-Command`: the REPL on a terminal, else the script read from standard input.
  case standardInputOrRepl
  /// `-File path args…` or a first positional argument; `path` is absolute.
  case file(path: String, arguments: [String])
  /// `-File -`: the script text comes from standard input.
  case fileFromStandardInput
  /// `-Command text…`: the remaining arguments joined with spaces.
  case command(String)
  /// `-Command -`: the command text comes from standard input.
  case commandFromStandardInput
}

/// The settings bound from the command line when aadsh should run something.
public struct ShellOptions: Sendable, Equatable {
  /// The script, command or session to run.
  public var input: ShellInput = .standardInputOrRepl
  /// `-NoProfile`: do not run `$PROFILE` before an interactive session.
  public var noProfile = false
  /// `-NonInteractive`: never prompt.
  public var nonInteractive = false
  /// `-NoLogo`: no banner in the REPL.
  public var noLogo = false
  /// `-NoExit`: start the REPL after `-File` or `-Command`.
  public var noExit = false
  /// `-ParseOnly`: parse the input, report errors, run nothing.
  public var parseOnly = false
  /// `-Tenant PATH`, else `AADSH_TENANT`.
  public var tenantPath: String?
  /// `-ExecutionPolicy` (accepted and ignored).
  public var executionPolicy: String?

  /// Creates the defaults: REPL or standard input, nothing set.
  public init() {}
}

/// The outcome of reading the command line.
public enum ShellAction: Sendable, Equatable {
  /// `-Version`: print the version and exit 0.
  case showVersion
  /// `-Help`, `-h`, `-?`: print usage and exit 0.
  case showHelp
  /// Run with these options.
  case run(ShellOptions)
}

/// A command-line usage error, reported the way pwsh reports it: exit code 64.
public struct CommandLineError: Error, Sendable, Equatable {
  /// The message written to standard error.
  public let message: String
  /// True when pwsh follows the message with the usage text.
  public let showUsage: Bool
}

/// Binds `aadsh` arguments with pwsh's rules (`CommandLineParameterParser`).
///
/// Switches start with `-`, `--` or `/`; names ignore case; an exact name or alias wins, else a
/// unique prefix (`-nop`, `-noni`, `-c`, `-f`, `-v`); the first argument that is not a switch,
/// or a switch that matches nothing, is the script file and every later argument is its argument.
public struct ShellCommandLine {
  enum Switch: Sendable {
    case command, file, noProfile, nonInteractive, noLogo, noExit, version, help
    case login, interactive, executionPolicy, tenant, parseOnly
  }

  static let matcher = ParameterNameMatcher<Switch>([
    .init("Command", aliases: ["c"], value: .command),
    .init("ExecutionPolicy", aliases: ["ep", "ex"], value: .executionPolicy),
    .init("File", aliases: ["f"], value: .file),
    .init("Help", aliases: ["h", "?"], value: .help),
    .init("Interactive", aliases: ["i"], value: .interactive),
    .init("Login", aliases: ["l"], value: .login),
    .init("NoExit", aliases: ["noe"], value: .noExit),
    .init("NoLogo", aliases: ["nol"], value: .noLogo),
    .init("NonInteractive", aliases: ["noni"], value: .nonInteractive),
    .init("NoProfile", aliases: ["nop"], value: .noProfile),
    .init("ParseOnly", value: .parseOnly),
    .init("Tenant", value: .tenant),
    .init("Version", aliases: ["v"], value: .version),
  ])

  /// The environment the arguments are read in: where relative paths start, which files exist.
  public struct Context {
    /// The directory relative script paths are resolved against.
    public var currentDirectory: String
    /// True when standard input is redirected (not a terminal); `-Command -` requires it.
    public var standardInputRedirected: Bool
    /// `AADSH_TENANT`, the default for `-Tenant`.
    public var tenantFromEnvironment: String?
    /// Tells whether a regular file exists at an absolute path.
    public var fileExists: (String) -> Bool

    /// Creates a context.
    public init(
      currentDirectory: String, standardInputRedirected: Bool, tenantFromEnvironment: String? = nil,
      fileExists: @escaping (String) -> Bool
    ) {
      self.currentDirectory = currentDirectory
      self.standardInputRedirected = standardInputRedirected
      self.tenantFromEnvironment = tenantFromEnvironment
      self.fileExists = fileExists
    }
  }

  /// Binds `arguments` (without the program name).
  public static func parse(_ arguments: [String], context: Context) -> Result<ShellAction, CommandLineError> {
    var binder = Binder(arguments: arguments, context: context)
    return binder.run()
  }

  /// The switch word of an argument, without `-`, `--` or `/`; `nil` when it is not a switch.
  static func switchKey(_ argument: String) -> String? {
    let trimmed = argument.trimmingASCIIWhitespace()
    guard let first = trimmed.first, first == "-" || first == "/" || first == "\u{2013}" || first == "\u{2014}"
    else { return nil }
    var key = trimmed.dropFirst()
    if first != "/", key.first == first { key = key.dropFirst() }
    return String(key)
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line breaks.
  func trimmingASCIIWhitespace() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return String(self[start...end])
  }
}
