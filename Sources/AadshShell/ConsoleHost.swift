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
/// on a terminal and only while `NO_COLOR` is unset.
public final class ConsoleHost: HostInterface {
  private let io: ShellIO
  private let interactive: Bool

  /// Creates a host over `io`; `nonInteractive` (`-NonInteractive`) forbids prompting.
  public init(io: ShellIO, nonInteractive: Bool = false) {
    self.io = io
    self.interactive = io.stdinIsTerminal && !nonInteractive
  }

  /// Writes text to standard error for the error stream, else to standard output.
  public func write(_ text: String, to stream: HostStream) {
    if stream == .error { io.writeError(text) } else { io.writeOutput(text) }
  }

  /// The width output is laid out to.
  public var consoleWidth: Int { io.consoleWidth }

  /// True when standard input is a terminal and `-NonInteractive` was not given.
  public var isInteractive: Bool { interactive }

  /// True when the stream's descriptor is a terminal and `NO_COLOR` is unset.
  public func supportsColor(_ stream: HostStream) -> Bool {
    io.colorEnabled(onErrorStream: stream == .error)
  }

  /// Shows `prompt` and reads one line; with `secret`, terminal echo is off while typing.
  public func readLine(prompt: String, secret: Bool) -> String? {
    io.writeOutput(prompt)
    io.flush()
    guard secret, io.stdinIsTerminal else { return io.readLine() }
    let restore = EchoGuard.disable()
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
    guard tcsetattr(0, TCSAFLUSH, &settings) == 0 else { return nil }
    return guardValue
  }

  func restore() {
    var settings = saved
    _ = tcsetattr(0, TCSAFLUSH, &settings)
  }
}
