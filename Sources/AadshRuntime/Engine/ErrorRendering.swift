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
