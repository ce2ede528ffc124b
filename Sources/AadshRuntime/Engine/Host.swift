import AadshSyntax

/// The streams a host renders.
public enum HostStream: Sendable {
  case output, error, warning, verbose, debug, information
}

/// What the runtime needs from whoever shows its output: the console, a test harness, a file.
///
/// This is PowerShell's `PSHostUserInterface` reduced to what aadsh uses (Lua's three-hook seam).
public protocol HostInterface: AnyObject {
  /// Writes already-formatted text (including its newlines) to a stream.
  func write(_ text: String, to stream: HostStream)
  /// The width tables and lists are laid out to (console columns; 120 when unknown).
  var consoleWidth: Int { get }
  /// True when the host may prompt the user (pwsh: unless `-NonInteractive`).
  var isInteractive: Bool { get }
  /// True when VT colour sequences may be written to `stream`.
  func supportsColor(_ stream: HostStream) -> Bool
  /// Reads a line of user input after showing `prompt`; `nil` at end of input. `secret` hides echo.
  func readLine(prompt: String, secret: Bool) -> String?
}
