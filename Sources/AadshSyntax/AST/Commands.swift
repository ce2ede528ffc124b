/// An element of a pipeline: a command or an expression (only first in a pipeline).
public class CommandBaseAst: Ast, @unchecked Sendable {
  public let redirections: [RedirectionAst]
  public init(span: SourceSpan, redirections: [RedirectionAst]) {
    self.redirections = redirections
    super.init(span: span)
  }
}

/// How a command is invoked: plainly, with `&` (new scope) or with `.` (dot-sourced).
public enum InvocationOperator: Sendable { case none, ampersand, dot }

/// A command: its name (first element) and its parameters and arguments.
///
/// With `&` or `.` the first element may be any expression (`& $sb`, `& 'C:\x.exe'`).
/// Bare words are `StringConstantExpressionAst` with kind `.bareWord`.
public final class CommandAst: CommandBaseAst, @unchecked Sendable {
  public let elements: [CommandElementAst]
  public let invocationOperator: InvocationOperator
  public init(span: SourceSpan, elements: [CommandElementAst], invocationOperator: InvocationOperator, redirections: [RedirectionAst]) {
    self.elements = elements
    self.invocationOperator = invocationOperator
    super.init(span: span, redirections: redirections)
  }

  /// The command name when the first element is a constant string (bare word or quoted).
  public var commandName: String? { (elements.first as? StringConstantExpressionAst)?.value }
}

/// An expression used as a pipeline element (`1..10 | ...`, `$x`, `(Get-X).Name`).
public final class CommandExpressionAst: CommandBaseAst, @unchecked Sendable {
  public let expression: ExpressionAst
  public init(span: SourceSpan, expression: ExpressionAst, redirections: [RedirectionAst]) {
    self.expression = expression
    super.init(span: span, redirections: redirections)
  }
}

/// `-Name`, `-Name:value`. `argument` is set only for the `-Name:value` form; a separate
/// following argument is bound by the binder, which knows whether the parameter is a switch.
public final class CommandParameterAst: CommandElementAst, @unchecked Sendable {
  /// The parameter name without the dash (and without a trailing colon).
  public let parameterName: String
  public let argument: ExpressionAst?
  /// True when written `-Name:` (colon form), with or without an attached argument.
  public let hasColon: Bool
  public init(span: SourceSpan, parameterName: String, argument: ExpressionAst?, hasColon: Bool) {
    self.parameterName = parameterName
    self.argument = argument
    self.hasColon = hasColon
    super.init(span: span)
  }
}

/// The `--%` stop-parsing token with the verbatim rest of the line.
public final class StopParsingArgumentAst: CommandElementAst, @unchecked Sendable {
  public let text: String
  public init(span: SourceSpan, text: String) {
    self.text = text
    super.init(span: span)
  }
}

/// The output streams a redirection can name.
public enum RedirectionStream: Int, Sendable {
  case all = 0, output = 1, error = 2, warning = 3, verbose = 4, debug = 5, information = 6
}

/// A redirection after a command or expression.
public class RedirectionAst: Ast, @unchecked Sendable {
  public let fromStream: RedirectionStream
  public init(span: SourceSpan, fromStream: RedirectionStream) {
    self.fromStream = fromStream
    super.init(span: span)
  }
}

/// `> file`, `>> file`, `2> file`, `*> $null`.
public final class FileRedirectionAst: RedirectionAst, @unchecked Sendable {
  public let location: ExpressionAst
  public let append: Bool
  public init(span: SourceSpan, fromStream: RedirectionStream, location: ExpressionAst, append: Bool) {
    self.location = location
    self.append = append
    super.init(span: span, fromStream: fromStream)
  }
}

/// `2>&1`, `*>&1`, `3>&2`.
public final class MergingRedirectionAst: RedirectionAst, @unchecked Sendable {
  public let toStream: RedirectionStream
  public init(span: SourceSpan, fromStream: RedirectionStream, toStream: RedirectionStream) {
    self.toStream = toStream
    super.init(span: span, fromStream: fromStream)
  }
}
