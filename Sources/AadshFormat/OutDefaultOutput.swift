import AadshRuntime

/// Objects in, lines out: view selection (`FormatGenerator`) feeding the line renderer; format
/// records written by Format-* go straight to the renderer (pwsh `OutputManagerInner`).
final class FormattedOutput {
  let generator: FormatGenerator
  let renderer: FormatRenderer

  init(ctx: ExecutionContext, target: LineTarget) {
    let renderer = FormatRenderer(target: target)
    self.renderer = renderer
    self.generator = FormatGenerator(ctx: ctx, request: .automatic, emit: { try renderer.consume($0) })
  }

  /// Formats one object (or renders one format record).
  func write(_ value: PSValue) throws {
    if let m = FormatRecord.message(of: value) {
      try generator.finish()
      try renderer.consume(m)
      return
    }
    if case .array(let a) = value.unwrapped, a.items.contains(where: { FormatRecord.message(of: $0) != nil }) {
      for item in a.items { try write(item) }
      return
    }
    try generator.process(value)
  }

  /// Closes the open block.
  func finish() throws { try generator.finish() }

  /// The console's line target: tables and lists fitted to the console width - 1 (pwsh
  /// `ConsoleLineOutput.ColumnNumber`), colours when the host's output supports them.
  static func consoleTarget(_ ctx: ExecutionContext) -> LineTarget {
    let host = ctx.host
    let width = max(host.consoleWidth - 1, 1)
    return LineTarget(
      tableWidth: width, listWidth: width, color: host.supportsColor(.output),
      emit: { host.write($0 + "\n", to: .output) })
  }

  /// A plain-text target (Out-String, Out-File, `> file`): tables at `width` or the console width,
  /// lists unwrapped unless `width` is given; never coloured.
  static func textTarget(_ ctx: ExecutionContext, width: Int?, emit: @escaping (String) throws -> Void) -> LineTarget {
    LineTarget(tableWidth: width ?? max(ctx.host.consoleWidth, 1), listWidth: width, color: false, emit: emit)
  }

  /// Objects rendered as text, each line followed by a newline (the session's `textFormatter`).
  static func text(_ ctx: ExecutionContext, _ items: [PSValue], width: Int?) -> String {
    var out = ""
    let output = FormattedOutput(ctx: ctx, target: textTarget(ctx, width: width, emit: { out += $0 + "\n" }))
    for item in items { try? output.write(item) }
    try? output.finish()
    return out
  }
}

/// The implicit `Out-Default` at the end of every top-level pipeline: formats objects and writes
/// them to the host as they arrive.
final class OutDefaultOutput: TopLevelOutput {
  let output: FormattedOutput

  init(_ ctx: ExecutionContext) {
    output = FormattedOutput(ctx: ctx, target: FormattedOutput.consoleTarget(ctx))
  }

  func write(_ value: PSValue) throws { try output.write(value) }
  func finish() throws { try output.finish() }
}
