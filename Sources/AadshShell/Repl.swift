import AadshRuntime
import AadshSyntax

/// The interactive loop: read, parse, run, repeat.
///
/// An entry whose parse errors are all incomplete input (`ParseResult.isIncomplete`) continues on
/// the next line after the `>> ` prompt; an empty continuation line ends the entry, which then
/// reports its errors, as pwsh does. Ctrl-C abandons the entry being typed. A complete entry runs
/// at the global scope through `Runspace.runCommand`, with Ctrl-C stopping it; it is then added to
/// the line editor's history and to the session history `Get-History` reads. The loop ends at end
/// of input or once `exit` has run.
public struct Repl<Reader: LineReader> {
  /// The prompt shown for continuation lines.
  public static var continuationPrompt: String { ">> " }

  /// The line source; after `run()` it holds whatever state the reader kept (history, prompts).
  public private(set) var reader: Reader
  private let runspace: Runspace
  private let io: ShellIO
  private let prompt: () -> String
  /// Runs before each command (the console host re-reads the terminal width here).
  public var beforeCommand: () -> Void = {}
  /// True for a nested prompt: entries run in the scope of the suspended command, not the global scope.
  public var inCurrentScope = false
  /// Runs a command and tells whether Ctrl-C arrived meanwhile; the default runs it without signals.
  public var execute: (() -> Int32) -> (code: Int32, interrupted: Bool) = { body in (body(), false) }

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

  /// The default prompt, `PS <location>> ` (one more `>` per nested prompt level), or the output of the
  /// session's `prompt` function.
  public static func promptText(_ runspace: Runspace) -> String {
    let context = runspace.context
    guard let function = context.currentScope.lookupFunction("prompt") else {
      let level = (try? PSConvert.toInt32(context.value(of: "NestedPromptLevel"))) ?? 0
      return "PS \(context.location)" + String(repeating: ">", count: Int(max(0, level)) + 1) + " "
    }
    let sink = CollectingSink()
    let lastSuccess = context.lastSuccess
    defer { context.lastSuccess = lastSuccess }
    do {
      try context.invokeScriptBlock(function.scriptBlock, args: [], newScope: true, into: sink)
    } catch {
      return "PS> "
    }
    let text = sink.items.map { PSConvert.toString($0) }.joined()
    return text.isEmpty ? "PS> " : text
  }

  /// Runs until end of input or `exit`; returns the exit code (`exit N`, else 0).
  public mutating func run() -> Int32 {
    if runspace.context.history == nil { runspace.context.history = InMemoryHistory() }
    while let entry = readEntry() {
      guard let (text, result) = entry else { continue }
      runEntry(text, result)
      if runspace.exitRequested { return runspace.exitCode }
    }
    return 0
  }

  /// Reads lines until they form an entry: `nil` at end of input, `.some(nil)` for a blank or abandoned entry.
  mutating func readEntry() -> (String, ParseResult)?? {
    var text: String
    switch reader.readInput(prompt: prompt()) {
    case .endOfInput: return nil
    case .interrupted: return .some(nil)
    case .line(let line): text = line
    }
    if text.trimmingASCIIWhitespace().isEmpty { return .some(nil) }
    var result = Parser.parse(SourceFile(text: text))
    while result.isIncomplete {
      switch reader.readInput(prompt: Self.continuationPrompt) {
      case .interrupted: return .some(nil)
      case .endOfInput: break
      case .line(let more):
        if !more.isEmpty {
          text += "\n" + more
          result = Parser.parse(SourceFile(text: text))
          continue
        }
      }
      break
    }
    reader.addHistory(text)
    return .some((text, result))
  }

  private func runEntry(_ text: String, _ result: ParseResult) {
    let start = PSDateTime.now()
    if let first = result.errors.first {
      reportParseError(first)
      record(text, start: start, status: "Failed")
      return
    }
    beforeCommand()
    let (code, interrupted) = execute { runspace.runCommand(result.ast, inCurrentScope: inCurrentScope) }
    if interrupted { io.writeOutput("\n") }
    record(text, start: start, status: interrupted ? "Stopped" : code == 0 ? "Completed" : "Failed")
  }

  /// Shows a parse error in the concise view (red on a terminal) and records it in `$Error`.
  private func reportParseError(_ error: ParseError) {
    let text = ShellSession.render(error, width: runspace.host.consoleWidth)
    io.writeError(io.colorEnabled(onErrorStream: true) ? ConsoleHost.styled(text, ConsoleHost.errorStyle) : text)
    var runtimeError = RuntimeError(
      error.message, errorId: "ParseException", category: .parserError,
      exceptionType: "System.Management.Automation.ParseException", span: error.span)
    runtimeError.innerMessage = nil
    runspace.context.recordError(ErrorRecord(runtimeError))
    runspace.context.lastSuccess = false
  }

  /// Adds the entry to the session history the history cmdlets read.
  private func record(_ text: String, start: PSDateTime, status: String) {
    guard let history = runspace.context.history as? InMemoryHistory else { return }
    history.append(text, start: start, end: PSDateTime.now(), status: status)
  }
}
