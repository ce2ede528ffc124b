/// A line reader over plain standard input: prints the prompt, reads a line, keeps no history.
public struct PlainLineReader: LineReader {
  private let io: ShellIO

  /// Creates a reader over `io`'s standard input and output.
  public init(io: ShellIO) { self.io = io }

  /// Writes `prompt` to standard output, then reads one line of standard input.
  public mutating func readLine(prompt: String) -> String? {
    io.writeOutput(prompt)
    io.flush()
    return io.readLine()
  }

  /// Plain input keeps no history.
  public mutating func addHistory(_ line: String) {}
}
