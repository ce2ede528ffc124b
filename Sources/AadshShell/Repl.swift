import AadshRuntime
import AadshSyntax

/// The interactive loop: read, parse, run, repeat.
///
/// An entry whose parse errors are all incomplete input (`ParseResult.isIncomplete`) continues on
/// the next line after the `>> ` prompt; an empty continuation line ends the entry, which then
/// reports its errors, as pwsh does. A complete entry runs at the global scope through
/// `Runspace.runCommand`. The loop ends at end of input or once `exit` has run.
public struct Repl<Reader: LineReader> {
  /// The prompt shown for continuation lines.
  public static var continuationPrompt: String { ">> " }

  /// The line source; after `run()` it holds whatever state the reader kept (history, prompts).
  public private(set) var reader: Reader
  private let runspace: Runspace
  private let io: ShellIO
  private let prompt: () -> String

  /// Creates a REPL reading from `reader`, running in `runspace`, reporting parse errors on `io`.
  public init(reader: Reader, runspace: Runspace, io: ShellIO, prompt: @escaping () -> String) {
    self.reader = reader
    self.runspace = runspace
    self.io = io
    self.prompt = prompt
  }

  /// The banner shown when the session starts (unless `-NoLogo`).
  public static func banner(tenantPath: String?) -> String {
    var text = CommandLineText.versionLine + "\n"
    if let tenantPath { text += "Tenant: \(tenantPath)\n" }
    return text
  }

  /// Runs until end of input or `exit`; returns the exit code (`exit N`, else 0).
  public mutating func run() -> Int32 {
    while let entry = readEntry() {
      guard let result = entry else { continue }
      runEntry(result)
      if runspace.exitRequested { return runspace.exitCode }
    }
    return 0
  }

  /// Reads lines until they form an entry: `nil` at end of input, `.some(nil)` for a blank entry.
  mutating func readEntry() -> ParseResult?? {
    guard var text = reader.readLine(prompt: prompt()) else { return nil }
    if text.trimmingASCIIWhitespace().isEmpty { return .some(nil) }
    var result = Parser.parse(SourceFile(text: text))
    while result.isIncomplete {
      guard let more = reader.readLine(prompt: Self.continuationPrompt), !more.isEmpty else { break }
      text += "\n" + more
      result = Parser.parse(SourceFile(text: text))
    }
    reader.addHistory(text)
    return .some(result)
  }

  private func runEntry(_ result: ParseResult) {
    if let first = result.errors.first {
      io.writeError(ShellSession.render(first, width: io.consoleWidth))
      return
    }
    _ = runspace.runCommand(result.ast)
  }
}
