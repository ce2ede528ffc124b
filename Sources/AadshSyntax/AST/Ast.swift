/// The base of every syntax tree node: a node knows the source span it was parsed from.
///
/// Nodes are immutable after parsing. The tree mirrors PowerShell's `System.Management.Automation.Language`
/// AST (`ScriptBlockAst`, `PipelineAst`, `CommandAst`, `BinaryExpressionAst` ...), so its shape and names
/// can be read side by side with PowerShell's own parser.
public class Ast: @unchecked Sendable {
  /// The source text this node was parsed from.
  public let span: SourceSpan

  /// Creates a node covering `span`.
  public init(span: SourceSpan) { self.span = span }
}

/// A statement: anything that can appear in a statement list.
public class StatementAst: Ast, @unchecked Sendable {}

/// An expression: a value-producing node usable as an operand.
public class ExpressionAst: CommandElementAst, @unchecked Sendable {}

/// An element of a command: the command name, a parameter or an argument.
public class CommandElementAst: Ast, @unchecked Sendable {}

/// A node the parser produced to stand for text it could not parse; it is never evaluated,
/// because a tree with errors is never run.
public final class ErrorStatementAst: StatementAst, @unchecked Sendable {
  /// Whatever sub-trees the parser could still build.
  public let nested: [Ast]
  public init(span: SourceSpan, nested: [Ast] = []) {
    self.nested = nested
    super.init(span: span)
  }
}

/// An expression the parser could not complete; never evaluated.
public final class ErrorExpressionAst: ExpressionAst, @unchecked Sendable {
  public let nested: [Ast]
  public init(span: SourceSpan, nested: [Ast] = []) {
    self.nested = nested
    super.init(span: span)
  }
}
