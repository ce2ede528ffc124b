/// A PowerShell parser error id, verbatim from PowerShell (`MissingEndCurlyBrace`, `UnexpectedToken`).
public struct ParseErrorID: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }
}

/// One parse error: its id, PowerShell's message text, where it is, and whether more input
/// could fix it (PowerShell's `IncompleteInput`, used by the REPL to show `>> `).
public struct ParseError: Sendable, Error {
  public let id: ParseErrorID
  public let message: String
  public let span: SourceSpan
  /// True iff the error was reported at the end of the input and some suffix could fix it.
  public let isIncomplete: Bool

  public init(id: ParseErrorID, message: String, span: SourceSpan, isIncomplete: Bool = false) {
    self.id = id
    self.message = message
    self.span = span
    self.isIncomplete = isIncomplete
  }
}

/// The result of parsing: a tree (always) and every error found.
public struct ParseResult: Sendable {
  public let ast: ScriptBlockAst
  public let errors: [ParseError]
  public init(ast: ScriptBlockAst, errors: [ParseError]) {
    self.ast = ast
    self.errors = errors
  }

  /// True when the input parsed without errors.
  public var succeeded: Bool { errors.isEmpty }
  /// True when there are errors and every one of them is incomplete input (REPL continuation).
  public var isIncomplete: Bool { !errors.isEmpty && errors.contains(where: \.isIncomplete) && errors.allSatisfy(\.isIncomplete) }
}
