import CLibedit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A line reader on a terminal, through libedit: line editing, arrow-key history, and the history file.
///
/// The history file is read when the first prompt is shown, not at start-up.
public struct LibeditLineReader: LineReader {
  private let history: History
  private var loaded = false
  private var lastEntry: String?

  /// Creates a reader whose entries are saved to `history`.
  public init(history: History) { self.history = history }

  /// Shows `prompt` with libedit and returns the edited line; `nil` on end of input (Ctrl-D).
  public mutating func readLine(prompt: String) -> String? {
    if !loaded { loadHistory() }
    StandardStreams.flushOutput()
    guard let raw = readline(prompt) else { return nil }
    defer { free(raw) }
    return String(cString: raw)
  }

  /// Adds the entry to the editor's history and the file, unless it repeats the previous entry.
  public mutating func addHistory(_ line: String) {
    guard !line.isEmpty, line != lastEntry else { return }
    lastEntry = line
    _ = add_history(line)
    history.append(line)
  }

  private mutating func loadHistory() {
    loaded = true
    using_history()
    let entries = history.load()
    for entry in entries { _ = add_history(entry) }
    lastEntry = entries.last
  }
}
