/// Everything aadsh touches outside itself: standard streams, environment, terminal facts, directory.
///
/// `ShellIO.process()` binds it to the real process; tests and the golden runner build one over
/// strings. Nothing here is read until it is needed, so start-up does no work beyond the arguments.
public struct ShellIO {
  /// Reads one line of standard input without its line terminator; `nil` at end of input.
  public var readLine: () -> String?
  /// Reads the rest of standard input as text.
  public var readAll: () -> String
  /// Writes text to standard output.
  public var writeOutput: (String) -> Void
  /// Writes text to standard error.
  public var writeError: (String) -> Void
  /// Flushes buffered output; called before prompting and before exiting.
  public var flush: () -> Void
  /// The environment variables.
  public var environment: [String: String]
  /// True when standard input is a terminal.
  public var stdinIsTerminal: Bool
  /// True when standard output is a terminal.
  public var stdoutIsTerminal: Bool
  /// True when standard error is a terminal.
  public var stderrIsTerminal: Bool
  /// The console width: `COLUMNS`, else the terminal's width, else 120.
  public var consoleWidth: Int
  /// Measures the console width again (the terminal may have been resized); `nil` when it is fixed.
  public var measureWidth: (() -> Int)?
  /// The current directory relative paths start from.
  public var currentDirectory: String
  /// Tells whether a regular file exists at an absolute path.
  public var fileExists: (String) -> Bool
  /// Reads a whole file as UTF-8 text, or says why it cannot.
  public var readFile: (String) -> Result<String, ShellFileError>

  /// Creates an IO bundle from its parts.
  public init(
    readLine: @escaping () -> String?, readAll: @escaping () -> String,
    writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void,
    flush: @escaping () -> Void = {}, environment: [String: String],
    stdinIsTerminal: Bool = false, stdoutIsTerminal: Bool = false, stderrIsTerminal: Bool = false,
    consoleWidth: Int = 120, currentDirectory: String,
    fileExists: @escaping (String) -> Bool = { FileSystem.isRegularFile($0) },
    readFile: @escaping (String) -> Result<String, ShellFileError> = { FileSystem.readText($0) },
    measureWidth: (() -> Int)? = nil
  ) {
    self.measureWidth = measureWidth
    self.readLine = readLine
    self.readAll = readAll
    self.writeOutput = writeOutput
    self.writeError = writeError
    self.flush = flush
    self.environment = environment
    self.stdinIsTerminal = stdinIsTerminal
    self.stdoutIsTerminal = stdoutIsTerminal
    self.stderrIsTerminal = stderrIsTerminal
    self.consoleWidth = consoleWidth
    self.currentDirectory = currentDirectory
    self.fileExists = fileExists
    self.readFile = readFile
  }

  /// The real process: file descriptors 0, 1 and 2, `environ`, the terminal and `getcwd`.
  public static func process() -> ShellIO {
    let environment = ProcessEnvironment.current()
    let stdinTTY = Terminal.isTerminal(0)
    let stdoutTTY = Terminal.isTerminal(1)
    return ShellIO(
      readLine: { StandardStreams.readLine() },
      readAll: { StandardStreams.readAll() },
      writeOutput: { StandardStreams.write($0, to: 1) },
      writeError: { StandardStreams.write($0, to: 2) },
      flush: { StandardStreams.flushOutput() },
      environment: environment,
      stdinIsTerminal: stdinTTY, stdoutIsTerminal: stdoutTTY, stderrIsTerminal: Terminal.isTerminal(2),
      consoleWidth: Terminal.consoleWidth(columns: environment["COLUMNS"], isTerminal: stdoutTTY),
      currentDirectory: FileSystem.currentDirectory(),
      measureWidth: stdoutTTY ? { Terminal.consoleWidth(columns: environment["COLUMNS"], isTerminal: true) } : nil)
  }

  /// True when colour sequences may go to a stream: it is a terminal and `NO_COLOR` is unset.
  public func colorEnabled(onErrorStream: Bool) -> Bool {
    guard environment["NO_COLOR"] == nil else { return false }
    return onErrorStream ? stderrIsTerminal : stdoutIsTerminal
  }
}

/// Why a file could not be read.
public struct ShellFileError: Error, Sendable, Equatable {
  /// The system's description of the failure ("No such file or directory").
  public let reason: String
  /// Creates an error with a reason.
  public init(reason: String) { self.reason = reason }
}
