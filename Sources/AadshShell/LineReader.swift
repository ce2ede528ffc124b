///
/// This is Lua's `lua_readline` / `lua_saveline` seam: the REPL only reads lines and records history.
public protocol LineReader {
  /// Shows `prompt` and returns the next line without its terminator; `nil` at end of input.
  mutating func readLine(prompt: String) -> String?
  /// Records a complete entry (possibly several lines joined with `\n`) in the history.
  mutating func addHistory(_ line: String)
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

  /// Records `prompt` and returns the next scripted line.
  public mutating func readLine(prompt: String) -> String? {
    prompts.append(prompt)
    return remaining.isEmpty ? nil : remaining.removeFirst()
  }

  /// Records the entry.
  public mutating func addHistory(_ line: String) { history.append(line) }
}
