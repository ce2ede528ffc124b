import AadshRuntime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The host the runtime writes to when aadsh runs in a console: streams go to `ShellIO`.
///
/// As in pwsh's `ConsoleHost`, the error stream goes to standard error and every other stream
/// (output, warning, verbose, debug, information) to standard output. Colour is allowed only
/// on a terminal and only while `NO_COLOR` is unset; then errors are red and warnings, verbose
/// and debug messages yellow, as pwsh's `$PSStyle.Formatting` has them.
public final class ConsoleHost: HostInterface {
  private let io: ShellIO
  private let interactive: Bool
  private var width: Int

  /// `$PSStyle.Formatting.Error`.
  public static let errorStyle = "\u{1B}[31;1m"
  /// `$PSStyle.Formatting.Warning` (also used for verbose and debug messages).
  public static let warningStyle = "\u{1B}[33;1m"
  /// `$PSStyle.Reset`.
  public static let reset = "\u{1B}[0m"

  /// Creates a host over `io`; `nonInteractive` (`-NonInteractive`) forbids prompting.
  public init(io: ShellIO, nonInteractive: Bool = false) {
    self.io = io
    self.interactive = !nonInteractive
    self.width = io.consoleWidth
  }

  /// Writes text to standard error for the error stream, else to standard output.
  public func write(_ text: String, to stream: HostStream) {
    switch stream {
    case .error:
      io.writeError(supportsColor(.error) ? Self.styled(text, Self.errorStyle) : text)
    case .warning, .verbose, .debug:
      io.writeOutput(supportsColor(stream) ? Self.styled(text, Self.warningStyle) : text)
    case .output, .information:
      io.writeOutput(text)
    }
  }

  /// Every non-empty line of `text` wrapped in `style` and the reset sequence; line breaks stay outside.
  public static func styled(_ text: String, _ style: String) -> String {
    var result = ""
    var line = ""
    for character in text {
      if character == "\n" {
        if !line.isEmpty { result += style + line + reset }
        result += "\n"
        line = ""
      } else {
        line.append(character)
      }
    }
    if !line.isEmpty { result += style + line + reset }
    return result
  }

  /// The width output is laid out to.
  public var consoleWidth: Int { width }

  /// Reads the terminal width again (before each interactive command and after a resize).
  public func refreshConsoleWidth() {
    if let measure = io.measureWidth { width = measure() }
  }

  /// True unless `-NonInteractive` was given: prompts then read standard input, a terminal or not, as pwsh's do.
  public var isInteractive: Bool { interactive }

  /// True when the stream's descriptor is a terminal and `NO_COLOR` is unset.
  public func supportsColor(_ stream: HostStream) -> Bool {
    io.colorEnabled(onErrorStream: stream == .error)
  }

  /// Shows `prompt` and reads one line; with `secret`, terminal echo is off while typing.
  ///
  /// Secret input is read from standard input directly, never through the line editor, so it
  /// reaches no history; echo is turned off before the prompt shows, so no early key is echoed.
  public func readLine(prompt: String, secret: Bool) -> String? {
    guard secret, io.stdinIsTerminal else {
      io.writeOutput(prompt)
      io.flush()
      return io.readLine()
    }
    let restore = EchoGuard.disable()
    io.writeOutput(prompt)
    io.flush()
    defer {
      restore?.restore()
      io.writeOutput("\n")
    }
    return io.readLine()
  }
}

/// Turns terminal echo off and back on, for secret input.
struct EchoGuard {
  private let saved: termios

  static func disable() -> EchoGuard? {
    var settings = termios()
    guard tcgetattr(0, &settings) == 0 else { return nil }
    let guardValue = EchoGuard(saved: settings)
    settings.c_lflag &= ~tcflag_t(ECHO)
    guard tcsetattr(0, TCSANOW, &settings) == 0 else { return nil }
    return guardValue
  }

  func restore() {
    var settings = saved
    _ = tcsetattr(0, TCSANOW, &settings)
  }
}
