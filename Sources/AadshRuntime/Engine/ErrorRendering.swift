import AadshSyntax

/// Renders error records in PowerShell 7's concise view (`$ErrorView = 'ConciseView'`).
public enum ErrorRendering {
  /// The reason prefix: `ParserError` for parse errors, `Exception` for `throw` (when what is
  /// thrown is a RuntimeException: a thrown .NET exception object shows its category), the
  /// command name for command errors, else the category (or the exception type name when the
  /// category is NotSpecified).
  public static func reason(_ e: RuntimeError) -> String {
    if e.category == .parserError && e.exceptionType == "System.Management.Automation.ParseException" {
      return "ParserError"
    }
    if e.isScriptTerminating && !e.isActionPreferenceStop && ExceptionTypes.isRuntimeException(e) { return "Exception" }
    if let c = e.commandName, !c.isEmpty { return c }
    if e.category != .notSpecified { return e.category.rawValue }
    if e.exceptionType == "System.DivideByZeroException" { return "RuntimeException" }
    return String(e.exceptionType.split(separator: ".").last ?? "RuntimeException")
  }

  /// The concise view text of an error record, ending in a newline.
  ///
  /// Short form (`reason: message`) for errors in single-line interactive input; the located form
  /// (file and line, source line, `~~~` under the failing text) for errors in script files and
  /// multi-line input.
  public static func concise(_ record: ErrorRecord, width: Int, interactive: Bool) -> String {
    let e = record.error
    let r = reason(e)
    guard let span = e.commandSpan ?? e.span else { return "\(r): \(e.message)\n" }
    let multiLine = span.file.lineStarts.count > 1 && !(span.file.lineStarts.count == 2 && span.file.bytes.last == 10)
    if span.file.path == nil && !multiLine { return "\(r): \(e.message)\n" }
    return ConciseErrorView.render(reason: r, message: e.message, span: span, width: width)
  }
}

/// The values of `$ErrorView` (System.Management.Automation.ErrorView).
enum ErrorViewKind: Sendable {
  case normal, category, concise, detailed

  /// The view a `$ErrorView` value names: the enum name (case-insensitive) or its number; anything else is concise.
  init(_ value: PSValue) {
    switch value.unwrapped {
    case .int(let n): self = Self.byNumber(Int(n))
    case .long(let n): self = Self.byNumber(Int(n))
    default:
      switch PSConvert.toString(value).lowercased() {
      case "normalview", "0": self = .normal
      case "categoryview", "1": self = .category
      case "detailedview", "3": self = .detailed
      default: self = .concise
      }
    }
  }

  static func byNumber(_ n: Int) -> ErrorViewKind {
    switch n {
    case 0: return .normal
    case 1: return .category
    case 3: return .detailed
    default: return .concise
    }
  }
}

extension ErrorRendering {
  /// An error record as the error view in `$ErrorView` shows it (PowerShellCore_format_ps1xml.cs, the
  /// ErrorRecord view), ending in a newline. DetailedView shows the concise view.
  public static func render(_ record: ErrorRecord, ctx: ExecutionContext) -> String {
    switch ErrorViewKind(errorView(ctx)) {
    case .normal: return normal(record, ctx: ctx) + "\n"
    case .category: return categoryMessage(record.error) + "\n"
    case .concise, .detailed:
      return ErrorRendering.concise(record, width: ctx.host.consoleWidth, interactive: ctx.scriptPath == nil)
    }
  }

  /// `$ErrorView` as the running code sees it. The script the host runs is, as in pwsh, part of the global
  /// scope: an error reported after it ended still sees the view it set.
  static func errorView(_ ctx: ExecutionContext) -> PSValue {
    let scope = ctx.currentScope === ctx.globalScope ? ctx.hostScriptScope ?? ctx.currentScope : ctx.currentScope
    return scope.lookup("errorview")?.value ?? .null
  }

  /// NormalView: `<command> : ` and the message, the position message, then the CategoryInfo and
  /// FullyQualifiedErrorId lines.
  static func normal(_ record: ErrorRecord, ctx: ExecutionContext) -> String {
    let e = record.error
    var prefix = ""
    var span = e.commandSpan ?? e.span
    if let name = e.commandName, !name.isEmpty {
      if name == "Write-Error", span?.file.path == nil, let script = ctx.scriptPath {
        // Written at the top level of the script the host ran: the record carries the script's invocation,
        // which names the script and has no position.
        prefix = script + " : "
        span = nil
      } else {
        prefix = name + " : "
      }
    }
    var out = prefix + (e.errorDetailsMessage ?? e.message)
    if let span, e.commandName != nil || e.category != .parserError {
      out += "\n" + ConciseErrorView.positionMessage(span: span)
    }
    out += "\n+ CategoryInfo          : " + categoryMessage(e)
    out += "\n+ FullyQualifiedErrorId : " + record.fullyQualifiedErrorId
    return out
  }

  /// `CategoryInfo.GetMessage()`: `<Category>: (<TargetName>:<TargetType>) [<Activity>], <Reason>`, each part
  /// longer than 40 characters shortened to its first and last 19 (ErrorPackage.cs, `Ellipsize`); a reason that
  /// is the exception's type name is kept whole.
  public static func categoryMessage(_ e: RuntimeError) -> String {
    let info = CategoryInfo(error: e)
    let reason = e.categoryReason.map(ellipsize) ?? info.reason
    let head = e.category == .deadlockDetected ? "Deadlock detected" : e.category.rawValue
    let target = ellipsize(info.targetName) + ":" + ellipsize(info.targetType)
    return "\(head): (\(target)) [\(ellipsize(info.activity))], \(reason)"
  }

  /// A category part longer than 40 characters as its first and last 19 around `…`.
  static func ellipsize(_ s: String) -> String {
    guard s.count > 40 else { return s }
    return String(s.prefix(19)) + "\u{2026}" + String(s.suffix(19))
  }
}
