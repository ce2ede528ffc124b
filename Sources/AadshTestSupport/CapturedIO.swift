import AadshShell

/// A `ShellIO` over strings: standard input from text, standard output and error collected.
public final class CapturedIO {
  /// Everything written to standard output.
  public private(set) var output = ""
  /// Everything written to standard error.
  public private(set) var error = ""
  private var input: [Substring]
  private var inputIndex = 0

  /// Creates streams whose standard input is `stdin`.
  public init(stdin: String = "") {
    self.input = stdin.split(separator: "\n", omittingEmptySubsequences: false)
    if stdin.hasSuffix("\n") { input.removeLast() }
    if stdin.isEmpty { input = [] }
  }

  /// A `ShellIO` writing here; not a terminal, with the given width, environment and directory.
  public func shellIO(
    environment: [String: String] = [:], width: Int = 120, currentDirectory: String = "/",
    stdinIsTerminal: Bool = false
  ) -> ShellIO {
    ShellIO(
      readLine: { [self] in nextLine() },
      readAll: { [self] in restOfInput() },
      writeOutput: { [self] in output += $0 },
      writeError: { [self] in error += $0 },
      environment: environment,
      stdinIsTerminal: stdinIsTerminal,
      consoleWidth: width,
      currentDirectory: currentDirectory)
  }

  private func nextLine() -> String? {
    guard inputIndex < input.count else { return nil }
    defer { inputIndex += 1 }
    var line = input[inputIndex]
    if line.hasSuffix("\r") { line = line.dropLast() }
    return String(line)
  }

  private func restOfInput() -> String {
    guard inputIndex < input.count else { return "" }
    defer { inputIndex = input.count }
    return input[inputIndex...].joined(separator: "\n") + "\n"
  }
}
