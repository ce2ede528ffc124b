/// Where the REPL gets its lines: a terminal editor, plain standard input, or a script.
///
/// This is Lua's `lua_readline` / `lua_saveline` seam: the REPL only reads lines and records history.
public protocol LineReader {
  /// Shows `prompt` and returns the next line without its terminator; `nil` at end of input.
  mutating func readLine(prompt: String) -> String?
  /// Records a complete entry (possibly several lines joined with `\n`) in the history.
  mutating func addHistory(_ line: String)
  /// Shows `prompt` and reads a line, telling a Ctrl-C apart from the end of input.
  mutating func readInput(prompt: String) -> LineInput
}

/// What a line reader got from the user.
public enum LineInput: Equatable, Sendable {
  /// A line, without its terminator.
  case line(String)
  /// Ctrl-C: the line being typed was abandoned.
  case interrupted
  /// End of input (Ctrl-D on an empty line, or the end of a stream).
  case endOfInput
}

extension LineReader {
  /// Reads with `readLine(prompt:)`; a reader that cannot see Ctrl-C never reports it.
  public mutating func readInput(prompt: String) -> LineInput {
    readLine(prompt: prompt).map { .line($0) } ?? .endOfInput
  }
}

/// A line reader that replays fixed lines and records what the REPL asked: for tests and scripted sessions.
public struct ScriptedLineReader: LineReader {
  /// The lines still to be returned, first one next.
  public private(set) var remaining: [String]
  /// Every prompt shown, in order (including the one answered with end of input).
  public private(set) var prompts: [String] = []
  /// Every history entry recorded.
  public private(set) var history: [String] = []

  /// Creates a reader returning `lines` in order, then end of input.
  public init(lines: [String]) { self.remaining = lines }

  /// The scripted line that stands for Ctrl-C.
  public static let interrupt = "\u{3}"

  /// Records `prompt` and returns the next scripted line (`interrupt` is returned as is).
  public mutating func readLine(prompt: String) -> String? {
    prompts.append(prompt)
    return remaining.isEmpty ? nil : remaining.removeFirst()
  }

  /// Records `prompt` and returns the next scripted line, with `interrupt` read as Ctrl-C.
  public mutating func readInput(prompt: String) -> LineInput {
    guard let line = readLine(prompt: prompt) else { return .endOfInput }
    return line == Self.interrupt ? .interrupted : .line(line)
  }

  /// Records the entry.
  public mutating func addHistory(_ line: String) { history.append(line) }
}
