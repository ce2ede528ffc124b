import AadshSyntax
import Foundation

/// Builds one pipeline element's processor when the pipeline starts.
typealias ProcessorFactory = (ExecutionContext, Bool) throws -> CommandProcessor

extension Compiler {
  static func compilePipeline(_ p: PipelineAst) -> Stmt {
    if p.elements.count == 1, let ce = p.elements[0] as? CommandExpressionAst, ce.redirections.isEmpty {
      return compileEmit(ce.expression)
    }
    var first: ((ExecutionContext, any OutputSink) throws -> Void)? = nil
    var factories: [ProcessorFactory] = []
    var redirections: [[RedirectionAst]] = []
    for (i, element) in p.elements.enumerated() {
      if i == 0, let ce = element as? CommandExpressionAst {
        let emit = compileEmit(ce.expression)
        if ce.redirections.isEmpty {
          first = emit
        } else {
          let span = ce.span
          factories.append { ctx, _ in ExpressionProcessor(ctx: ctx, span: span, emit: emit) }
          redirections.append(ce.redirections)
        }
        continue
      }
      guard let cmd = element as? CommandAst else { continue }
      factories.append(compileCommand(cmd))
      redirections.append(cmd.redirections)
    }
    let redirectors = redirections.map { compileStreamRedirections($0) }
    return { ctx, out in
      try runPipeline(ctx, out, first: first, factories: factories, redirections: redirectors)
    }
  }

  static func runPipeline(
    _ ctx: ExecutionContext, _ out: any OutputSink, first: ((ExecutionContext, any OutputSink) throws -> Void)?,
    factories: [ProcessorFactory], redirections: [StreamRedirector?]
  ) throws {
    var procs: [CommandProcessor] = []
    procs.reserveCapacity(factories.count)
    for (i, f) in factories.enumerated() {
      procs.append(try f(ctx, first != nil || i > 0))
    }
    var files: [RedirectionFile] = []
    defer { for f in files { f.finish() } }
    for (i, p) in procs.enumerated() {
      p.downstream = i + 1 < procs.count ? procs[i + 1] : out
      p.expectingInput = first != nil || i > 0
      p.pipelineCollectors = i == procs.count - 1 ? ctx.collectors : []
      if let redirect = redirections[i] { try redirect(ctx, p, &files) }
    }
    var lastBegun = -1
    defer { for p in procs { p.withRedirection { p.clean() } } }
    do {
      for p in procs.dropFirst() { p.hasBegun = false }
      for (i, p) in procs.enumerated() {
        try p.withRedirection { try p.begin() }
        try p.finishBegin()
        lastBegun = i
      }
      if let first {
        try first(ctx, procs[0])
      } else if let p0 = procs.first {
        try p0.withRedirection { try p0.processNoInput() }
      }
      for p in procs { try p.withRedirection { try p.end() } }
    } catch let stop as StopUpstream {
      try finishAfterStop(procs, stop)
    }
    _ = lastBegun
    ctx.lastSuccess = !procs.contains { $0.hadError }
  }

  /// Ends the commands from the one that stopped its upstream (Select-Object -First) onwards. A stop can
  /// come while the pipeline is still beginning: commands that have not begun begin first, then take
  /// what was written to them early. A later command may stop its own upstream while ending.
  static func finishAfterStop(_ procs: [CommandProcessor], _ stop: StopUpstream) throws {
    guard var from = procs.firstIndex(where: { ObjectIdentifier($0) == stop.requester }) else { throw stop }
    var ended: Set<ObjectIdentifier> = []
    while true {
      do {
        for p in procs[from...] where !ended.contains(ObjectIdentifier(p)) {
          if !p.hasBegun {
            try p.withRedirection { try p.begin() }
            try p.finishBegin()
          }
          ended.insert(ObjectIdentifier(p))
          try p.withRedirection { try p.end() }
        }
        return
      } catch let again as StopUpstream {
        guard let j = procs.firstIndex(where: { ObjectIdentifier($0) == again.requester }), j >= from else { throw again }
        from = j
      }
    }
  }

  /// An expression statement: writes the value enumerated; `$( )`, `@( )` and `( )` stream their
  /// items; `++`/`--` and `[void]` write nothing.
  static func compileEmit(_ e: ExpressionAst) -> Stmt {
    switch e {
    case let u as UnaryExpressionAst where [.preIncrement, .preDecrement, .postIncrement, .postDecrement].contains(u.op):
      let inc = compileIncrement(u)
      return { ctx, _ in _ = try inc(ctx); ctx.lastSuccess = true }
    case let c as ConvertExpressionAst where c.type.typeName.description.caseInsensitiveEquals("void"):
      let child = compileExpression(c.child)
      return { ctx, _ in _ = try child(ctx) }
    case let s as SubExpressionAst:
      let body = compileStatementList(s.subExpression.statements, traps: s.subExpression.traps)
      return { ctx, out in try body(ctx, out) }
    case let p as ParenExpressionAst:
      if p.pipeline is AssignmentStatementAst {
        let v = compilePipelineValue(p.pipeline)
        return { ctx, out in try v(ctx).forEachEnumerated { try out.write($0) } }
      }
      let stmt = compileStatement(p.pipeline)
      return { ctx, out in try stmt(ctx, EnumeratingSink(out)) }
    case let b as BinaryExpressionAst where b.op == .range:
      let source = compileEnumerable(PipelineAst(span: b.span, elements: [CommandExpressionAst(span: b.span, expression: b, redirections: [])]))
      return { ctx, out in
        try source(ctx) { item in
          try out.write(item)
          return true
        }
        ctx.lastSuccess = true
      }
    default:
      let v = compileExpression(e)
      return { ctx, out in
        let value = try v(ctx)
        switch value {
        case .array(let a): for item in a.items where !item.isAutomationNull { try out.write(item) }
        default:
          if let items = enumerateIfCollection(value) {
            for item in items { try out.write(item) }
          } else {
            try out.write(value)
          }
        }
        ctx.lastSuccess = true
      }
    }
  }

  /// `a && b`, `a || b`: runs the right side depending on `$?` after the left.
  static func compilePipelineChain(_ c: PipelineChainAst) -> Stmt {
    let left = compileStatement(c.left)
    let right = compileStatement(c.right)
    let isAnd = c.op == .and
    return { ctx, out in
      do { try left(ctx, out) } catch let e as RuntimeError {
        try handleStatementError(e, ctx)
      }
      if ctx.lastSuccess == isAnd { try right(ctx, out) }
    }
  }
}

/// Installs one command's redirections on its processor, adding the files it opens.
typealias StreamRedirector = (ExecutionContext, CommandProcessor, inout [RedirectionFile]) throws -> Void

extension Compiler {
  /// Compiles a command's redirections (`2>&1`, `3> file`, `*>> file`, `> $null`), applied in order; `nil`
  /// when there are none. Streams the command does not redirect keep the redirections in force around it.
  static func compileStreamRedirections(_ rs: [RedirectionAst]) -> StreamRedirector? {
    if rs.isEmpty { return nil }
    enum R {
      case merge(RedirectionStream)
      case file(RedirectionStream, Expr, Bool)
    }
    let compiled: [R] = rs.compactMap { r in
      if let m = r as? MergingRedirectionAst { return .merge(m.fromStream) }
      if let f = r as? FileRedirectionAst { return .file(f.fromStream, compileExpression(f.location), f.append) }
      return nil
    }
    return { ctx, proc, files in
      let red = StreamRedirection(inheriting: ctx.redirection)
      func apply(_ stream: RedirectionStream, _ target: StreamTarget) {
        switch stream {
        case .error: red.error = target
        case .warning: red.warning = target
        case .verbose: red.verbose = target
        case .debug: red.debug = target
        case .information: red.information = target
        case .all:
          red.error = target
          red.warning = target
          red.verbose = target
          red.debug = target
          red.information = target
        case .output: break
        }
      }
      var errorsMerged = false
      for r in compiled {
        switch r {
        case .merge(let from):
          apply(from, .output(proc.downstream))
          if from == .error || from == .all { errorsMerged = true }
        case .file(let from, let location, let append):
          let target = try location(ctx)
          let name = target.isNull ? "" : PSConvert.toString(target)
          if name.allSatisfy(\.isWhitespace) {
            if from == .output || from == .all { proc.downstream = NullSink() }
            apply(from, .discard)
            continue
          }
          let file = try RedirectionFile(path: ScriptFiles.resolvePath(name, ctx: ctx), append: append, ctx: ctx)
          files.append(file)
          if from == .output || from == .all { proc.downstream = file }
          apply(from, .outFile(file))
        }
      }
      // Merged errors go wherever the output finally goes (`2>&1 > file` puts both in the file); the other
      // streams keep the output they were merged into (`3>&1 > file` leaves warnings in the pipeline).
      if errorsMerged { red.error = .output(proc.downstream) }
      proc.redirection = red
    }
  }
}

/// Enumerates arrays written by a nested pipeline (`(1,2) | ...` writes 1 and 2).
final class EnumeratingSink: OutputSink {
  let inner: any OutputSink
  init(_ inner: any OutputSink) { self.inner = inner }
  func write(_ value: PSValue) throws {
    if case .array(let a) = value {
      for i in a.items where !i.isAutomationNull { try inner.write(i) }
    } else {
      try inner.write(value)
    }
  }
}

/// An expression with redirections (`"x" > file`) running as the first pipeline element.
final class ExpressionProcessor: CommandProcessor {
  let emit: Stmt
  init(ctx: ExecutionContext, span: SourceSpan, emit: @escaping Stmt) {
    self.emit = emit
    super.init(ctx: ctx, span: span)
  }
  override func processNoInput() throws { try withRedirection { try emit(ctx, downstream) } }
}

/// Values the pipeline enumerates besides arrays: none today (hashtables are one object); kept
/// as the single place to add enumerable native collections.
func enumerateIfCollection(_ v: PSValue) -> [PSValue]? {
  if case .object(let o) = v, let c = o.native as? any EnumerableNative { return c.elements }
  return nil
}

/// A native object the pipeline enumerates (e.g. a `[regex]::Matches` collection).
public protocol EnumerableNative: NativeObject {
  var elements: [PSValue] { get }
}
