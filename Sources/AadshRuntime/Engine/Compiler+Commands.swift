import AadshSyntax
import Foundation

extension Compiler {
  /// Compiles a command element into a factory that evaluates its arguments, resolves the command
  /// and builds the processor when the pipeline starts.
  static func compileCommand(_ cmd: CommandAst) -> ProcessorFactory {
    let span = cmd.span
    let args = compileArguments(Array(cmd.elements.dropFirst()))
    let op = cmd.invocationOperator
    guard let head = cmd.elements.first else {
      return { _, _ in throw RuntimeError("Empty command.", errorId: "EmptyCommand", span: span) }
    }
    let headValue: Expr
    if let s = head as? StringConstantExpressionAst {
      let v = PSValue.string(s.value)
      headValue = { _ in v }
    } else if let e = head as? ExpressionAst {
      headValue = compileExpression(e)
    } else {
      headValue = { _ in .null }
    }
    let dot = op == .dot
    let cache = ResolutionCache()
    return { ctx, expectingInput in
      let name = try headValue(ctx)
      let argv = try args(ctx)
      let sink = NullSink()
      if case .scriptBlock(let sb) = name.unwrapped {
        return try ScriptBlockProcessor(
          ctx: ctx, span: span, scriptBlock: sb, name: "", args: argv, dotSource: dot, scriptPath: nil,
          expectingInput: expectingInput, downstream: sink)
      }
      var commandName = PSConvert.toString(name)
      if case .object(let o) = name.unwrapped, let n = o.native?.getProperty("Name") { commandName = PSConvert.toString(n) }
      guard let resolved = cache.resolve(commandName, ctx) else {
        throw commandNotFound(commandName, span: span)
      }
      switch resolved {
      case .cmdlet(let info):
        return try CmdletProcessor(ctx: ctx, span: span, info: info, args: argv, expectingInput: expectingInput, downstream: sink)
      case .function(let f):
        return try ScriptBlockProcessor(
          ctx: ctx, span: span, scriptBlock: f.scriptBlock, name: f.name, args: argv, dotSource: dot, scriptPath: nil,
          expectingInput: expectingInput, downstream: sink)
      case .script(let path):
        let sb = try ScriptFiles.load(path, ctx: ctx)
        return try ScriptBlockProcessor(
          ctx: ctx, span: span, scriptBlock: sb, name: (path as NSString).lastPathComponent, args: argv, dotSource: dot,
          scriptPath: path, expectingInput: expectingInput, downstream: sink)
      case .application(let path):
        return ApplicationProcessor(ctx: ctx, span: span, path: path, args: argv)
      }
    }
  }

  /// `The term 'X' is not recognized ...` (CommandNotFoundException).
  static func commandNotFound(_ name: String, span: SourceSpan) -> RuntimeError {
    var e = RuntimeError(
      "The term '\(name)' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      errorId: "CommandNotFoundException", category: .objectNotFound,
      exceptionType: "System.Management.Automation.CommandNotFoundException", targetObject: .string(name), span: span)
    e.commandName = name
    e.commandSpan = span
    return e
  }

  /// Evaluates command arguments: parameters, positional values and splats.
  static func compileArguments(_ elements: [CommandElementAst]) -> (ExecutionContext) throws -> [CommandArgument] {
    enum Piece {
      case parameter(String, Expr?, Bool, SourceSpan)
      case positional(Expr, SourceSpan)
      case verbatim(String, SourceSpan)
      case splat(Expr, SourceSpan)
    }
    let pieces: [Piece] = elements.map { el in
      switch el {
      case let p as CommandParameterAst:
        return .parameter(p.parameterName, p.argument.map { compileExpression($0) }, p.hasColon, p.span)
      case let v as VariableExpressionAst where v.splatted:
        return .splat(compileVariableRead(v), v.span)
      case let s as StopParsingArgumentAst:
        return .verbatim(s.text, s.span)
      case let e as ExpressionAst:
        return .positional(compileExpression(e), e.span)
      default:
        return .positional({ _ in .null }, el.span)
      }
    }
    return { ctx in
      var out: [CommandArgument] = []
      out.reserveCapacity(pieces.count)
      for p in pieces {
        switch p {
        case .parameter(let name, let arg, let colon, let span):
          out.append(.parameter(name: name, value: try arg.map { try $0(ctx) }, hasColon: colon, span: span))
        case .positional(let e, let span):
          out.append(.positional(try e(ctx), span: span))
        case .verbatim(let text, let span):
          out.append(.verbatim(text, span: span))
        case .splat(let e, let span):
          let v = try e(ctx)
          switch v.unwrapped {
          case .hashtable(let h):
            for entry in h.entries {
              out.append(.parameter(name: PSConvert.toString(entry.key), value: entry.value, hasColon: true, span: span))
            }
          case .array(let a):
            for item in a.items { out.append(.positional(item, span: span)) }
          case .null: break
          default: out.append(.positional(v, span: span))
          }
        }
      }
      return out
    }
  }
}

/// Loading and resolving script files.
public enum ScriptFiles {
  /// Reads and parses a `.ps1` file; parse errors are a terminating error with the first error's text.
  static func load(_ path: String, ctx: ExecutionContext) throws -> ScriptBlock {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RuntimeError(
        "Could not find file '\(path)'.", errorId: "FileNotFound", category: .objectNotFound,
        exceptionType: "System.IO.FileNotFoundException", targetObject: .string(path))
    }
    let file = SourceFile(text: String(decoding: data, as: UTF8.self), path: path)
    let result = Parser.parse(file)
    if let first = result.errors.first {
      var e = RuntimeError(first.message, errorId: first.id.rawValue, category: .parserError,
        exceptionType: "System.Management.Automation.ParseException", span: first.span)
      e.isScriptTerminating = true
      e.commandName = nil
      throw e
    }
    return ScriptBlock(ast: result.ast)
  }

  /// A path made absolute against the current location (see `absolutePath(_:base:)`).
  public static func resolvePath(_ p: String, ctx: ExecutionContext) -> String {
    absolutePath(p, base: ctx.location)
  }

  /// The absolute, normalised form of `path` relative to `base`: provider prefixes dropped, `~`
  /// expanded, `\` read as a separator, `.`, `..` and repeated separators folded.
  public static func absolutePath(_ path: String, base: String) -> String {
    var p = path
    if p.hasPrefix("Microsoft.PowerShell.Core\\FileSystem::") {
      p = String(p.dropFirst("Microsoft.PowerShell.Core\\FileSystem::".count))
    } else if p.hasPrefix("FileSystem::") {
      p = String(p.dropFirst("FileSystem::".count))
    }
    if p == "~" || p.hasPrefix("~/") {
      let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
      p = home + p.dropFirst()
    }
    p = p.replacingOccurrences(of: "\\", with: "/")
    if !p.hasPrefix("/") { p = base + "/" + p }
    return normalizePath(p)
  }

  /// Folds `.`, `..` and repeated or trailing separators of an absolute path.
  public static func normalizePath(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }
}

/// Remembers what a command name resolved to at one call site, while no function or alias changes.
final class ResolutionCache {
  var name = ""
  var generation = -1
  var resolved: ResolvedCommand?
  var scope: Scope?

  func resolve(_ name: String, _ ctx: ExecutionContext) -> ResolvedCommand? {
    if let r = resolved, generation == Scope.commandGeneration, name == self.name {
      if let s = scope {
        if ctx.currentScope.chainContains(s) { return r }
      } else {
        return r
      }
    }
    let r = ctx.commands.resolve(name, in: ctx.currentScope, cwd: ctx.location)
    self.name = name
    generation = Scope.commandGeneration
    switch r {
    case .function(let f)?:
      resolved = r
      scope = ctx.currentScope.lookupFunctionWithScope(f.name.lowercased())?.1
      if scope == nil { resolved = nil }
    case .cmdlet?:
      resolved = r
      scope = nil
    default:
      resolved = nil
      scope = nil
    }
    return r
  }
}
