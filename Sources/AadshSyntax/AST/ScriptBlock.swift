/// A script block: the whole script, a function body or a `{ ... }` literal.
///
/// A body without named blocks is an `end` block with `isUnnamed` set (PowerShell's rule:
/// "a function with no named blocks is an end block").
public final class ScriptBlockAst: Ast, @unchecked Sendable {
  /// `using` statements at the top of a script.
  public let usingStatements: [UsingStatementAst]
  /// `#requires` lines found in the script (only meaningful at script level).
  public let requirements: [RequiresDirective]
  /// Attributes before `param(...)`, e.g. `[CmdletBinding()]`.
  public let attributes: [AttributeAst]
  /// The `param(...)` block, if any.
  public let paramBlock: ParamBlockAst?
  public let dynamicParamBlock: NamedBlockAst?
  public let beginBlock: NamedBlockAst?
  public let processBlock: NamedBlockAst?
  public let endBlock: NamedBlockAst?
  public let cleanBlock: NamedBlockAst?

  public init(
    span: SourceSpan, usingStatements: [UsingStatementAst] = [], requirements: [RequiresDirective] = [],
    attributes: [AttributeAst] = [], paramBlock: ParamBlockAst?, dynamicParamBlock: NamedBlockAst? = nil,
    beginBlock: NamedBlockAst?, processBlock: NamedBlockAst?, endBlock: NamedBlockAst?,
    cleanBlock: NamedBlockAst? = nil
  ) {
    self.usingStatements = usingStatements
    self.requirements = requirements
    self.attributes = attributes
    self.paramBlock = paramBlock
    self.dynamicParamBlock = dynamicParamBlock
    self.beginBlock = beginBlock
    self.processBlock = processBlock
    self.endBlock = endBlock
    self.cleanBlock = cleanBlock
    super.init(span: span)
  }
}

/// Which named block of a script block a `NamedBlockAst` is.
public enum BlockKind: String, Sendable {
  case begin, process, end, clean, dynamicParam = "dynamicparam"
}

/// One of `begin`, `process`, `end`, `clean`, `dynamicparam`, or the unnamed body.
public final class NamedBlockAst: Ast, @unchecked Sendable {
  public let kind: BlockKind
  /// True when the block is the implicit body of a script block without named blocks.
  public let isUnnamed: Bool
  public let statements: [StatementAst]
  /// `trap` statements of this block (also present in `statements`, in order).
  public let traps: [TrapStatementAst]

  public init(span: SourceSpan, kind: BlockKind, isUnnamed: Bool, statements: [StatementAst], traps: [TrapStatementAst] = []) {
    self.kind = kind
    self.isUnnamed = isUnnamed
    self.statements = statements
    self.traps = traps
    super.init(span: span)
  }
}

/// A `{ statements }` body of a statement (`if`, loops, `try`, ...).
public final class StatementBlockAst: Ast, @unchecked Sendable {
  public let statements: [StatementAst]
  public let traps: [TrapStatementAst]
  public init(span: SourceSpan, statements: [StatementAst], traps: [TrapStatementAst] = []) {
    self.statements = statements
    self.traps = traps
    super.init(span: span)
  }
}

/// A `#requires` line, kept as its raw argument text (`-Version 5`, `-Modules MSOnline`).
public struct RequiresDirective: Sendable {
  public let span: SourceSpan
  /// The text after `#requires`.
  public let text: String
  public init(span: SourceSpan, text: String) {
    self.span = span
    self.text = text
  }
}

/// `param( ... )` with its attributes.
public final class ParamBlockAst: Ast, @unchecked Sendable {
  public let attributes: [AttributeAst]
  public let parameters: [ParameterAst]
  public init(span: SourceSpan, attributes: [AttributeAst], parameters: [ParameterAst]) {
    self.attributes = attributes
    self.parameters = parameters
    super.init(span: span)
  }
}

/// One parameter: `[Parameter(Mandatory)][string]$Name = 'x'`.
public final class ParameterAst: Ast, @unchecked Sendable {
  public let name: VariableExpressionAst
  /// Attributes and type constraints, in source order.
  public let attributes: [AttributeBaseAst]
  public let defaultValue: ExpressionAst?
  public init(span: SourceSpan, name: VariableExpressionAst, attributes: [AttributeBaseAst], defaultValue: ExpressionAst?) {
    self.name = name
    self.attributes = attributes
    self.defaultValue = defaultValue
    super.init(span: span)
  }
}
