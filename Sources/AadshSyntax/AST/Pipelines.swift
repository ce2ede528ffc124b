/// A statement that produces pipeline output: a pipeline, a pipeline chain or an assignment.
public class PipelineBaseAst: StatementAst, @unchecked Sendable {}

/// `a | b | c`, optionally ending in `&` (background job).
public final class PipelineAst: PipelineBaseAst, @unchecked Sendable {
  /// The elements; only the first may be a `CommandExpressionAst`.
  public let elements: [CommandBaseAst]
  public let background: Bool
  public init(span: SourceSpan, elements: [CommandBaseAst], background: Bool = false) {
    self.elements = elements
    self.background = background
    super.init(span: span)
  }
}

/// `a && b`, `a || b` (PowerShell 7 pipeline chains); left-associative.
public final class PipelineChainAst: PipelineBaseAst, @unchecked Sendable {
  public enum Operator: String, Sendable { case and = "&&", or = "||" }
  public let left: PipelineBaseAst
  public let right: PipelineAst
  public let op: Operator
  public let background: Bool
  public init(span: SourceSpan, left: PipelineBaseAst, right: PipelineAst, op: Operator, background: Bool = false) {
    self.left = left
    self.right = right
    self.op = op
    self.background = background
    super.init(span: span)
  }
}

/// The assignment operators.
public enum AssignmentOperator: String, Sendable {
  case assign = "=", plus = "+=", minus = "-=", multiply = "*=", divide = "/=", remainder = "%="
  case nullCoalesce = "??="
}

/// `$x = value`, `$a, $b = 1, 2`, `[int]$x += 1`, `$h.Key = ...`, `$a[0] = ...`.
///
/// The right side is a whole statement (a pipeline, or `if`/`switch`/loops whose output is assigned).
public final class AssignmentStatementAst: PipelineBaseAst, @unchecked Sendable {
  public let left: ExpressionAst
  public let op: AssignmentOperator
  public let right: StatementAst
  /// The span of the operator token, for error messages.
  public let operatorSpan: SourceSpan
  public init(span: SourceSpan, left: ExpressionAst, op: AssignmentOperator, right: StatementAst, operatorSpan: SourceSpan) {
    self.left = left
    self.op = op
    self.right = right
    self.operatorSpan = operatorSpan
    super.init(span: span)
  }
}
