import AadshRuntime

extension ShellCommandLine {
  /// One pass over the arguments, in pwsh's order (`CommandLineParameterParser.ParseHelper`).
  struct Binder {
    let arguments: [String]
    let context: Context
    var index = 0
    var options = ShellOptions()
    var showHelp = false

    init(arguments: [String], context: Context) {
      self.arguments = arguments
      self.context = context
    }

    mutating func run() -> Result<ShellAction, CommandLineError> {
      options.tenantPath = context.tenantFromEnvironment
      while index < arguments.count {
        let argument = arguments[index]
        guard let key = ShellCommandLine.switchKey(argument) else {
          return bindFile(at: index).flatMap { finish() }
        }
        if key.isEmpty && argument.trimmingASCIIWhitespace().isEmpty {
          index += 1
          continue
        }
        guard case .matched(let entry) = ShellCommandLine.matcher.match(key) else {
          return bindFile(at: index).flatMap { finish() }
        }
        switch entry.value {
        case .version: return .success(.showVersion)
        case .command: return bindCommand().flatMap { finish() }
        case .file: return bindFile(at: index + 1).flatMap { finish() }
        default:
          if let error = bindSwitch(entry.value) { return .failure(error) }
        }
        index += 1
      }
      return finish()
    }

    func finish() -> Result<ShellAction, CommandLineError> {
      .success(showHelp ? .showHelp : .run(options))
    }

    /// Binds a switch that does not end the command line; returns an error for a missing value.
    mutating func bindSwitch(_ option: Switch) -> CommandLineError? {
      switch option {
      case .help: showHelp = true
      case .noProfile: options.noProfile = true
      case .nonInteractive: options.nonInteractive = true
      case .noLogo: options.noLogo = true
      case .noExit: options.noExit = true
      case .parseOnly: options.parseOnly = true
      case .login, .interactive: break
      case .executionPolicy:
        guard let value = nextValue() else {
          return CommandLineError(message: CommandLineText.missingExecutionPolicyParameter, showUsage: true)
        }
        options.executionPolicy = value
      case .tenant:
        guard let value = nextValue() else {
          return CommandLineError(message: CommandLineText.missingMandatoryArgument("-Tenant"), showUsage: true)
        }
        options.tenantPath = ShellCommandLine.absolutePath(value, from: context.currentDirectory)
      case .command, .file, .version: break
      }
      return nil
    }

    mutating func nextValue() -> String? {
      guard index + 1 < arguments.count else { return nil }
      index += 1
      return arguments[index]
    }

    /// `-Command`: `-` reads standard input, anything else joins the rest with spaces.
    mutating func bindCommand() -> Result<Void, CommandLineError> {
      let start = index + 1
      guard start < arguments.count else {
        return .failure(CommandLineError(message: CommandLineText.missingCommandParameter, showUsage: true))
      }
      if arguments[start] == "-" {
        guard start + 1 == arguments.count else {
          return .failure(CommandLineError(message: CommandLineText.tooManyParametersToCommand, showUsage: true))
        }
        guard context.standardInputRedirected else {
          return .failure(CommandLineError(message: CommandLineText.stdinNotRedirected, showUsage: true))
        }
        options.input = .commandFromStandardInput
      } else {
        options.input = .command(arguments[start...].joined(separator: " "))
      }
      index = arguments.count
      return .success(())
    }

    /// The script file is `arguments[position]`; everything after it is the script's arguments.
    mutating func bindFile(at position: Int) -> Result<Void, CommandLineError> {
      guard position < arguments.count else {
        return .failure(CommandLineError(message: CommandLineText.missingFileArgument, showUsage: true))
      }
      let argument = arguments[position]
      index = arguments.count
      if argument == "-" {
        options.input = .fileFromStandardInput
        return .success(())
      }
      let path = ShellCommandLine.absolutePath(argument, from: context.currentDirectory)
      guard context.fileExists(path) else { return .failure(Self.fileNotFound(argument)) }
      options.input = .file(path: path, arguments: Array(arguments[(position + 1)...]))
      return .success(())
    }

    /// pwsh's error for a path that is not a file: "did you mean" when it looks like a switch.
    static func fileNotFound(_ argument: String) -> CommandLineError {
      if argument.hasPrefix("-"), argument.count > 1 {
        let candidates = ShellCommandLine.matcher.namesContaining(String(argument.dropFirst()))
        if !candidates.isEmpty {
          return CommandLineError(
            message: CommandLineText.invalidArgument(argument, candidates: candidates), showUsage: false)
        }
      }
      return CommandLineError(message: CommandLineText.argumentFileDoesNotExist(argument), showUsage: true)
    }
  }

  /// `path` made absolute against `directory`, with `.` and `..` segments removed (`Path.GetFullPath`).
  public static func absolutePath(_ path: String, from directory: String) -> String {
    ScriptFiles.normalizePath(path.hasPrefix("/") ? path : directory + "/" + path)
  }
}
