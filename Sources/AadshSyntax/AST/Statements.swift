/// `if (...) { } elseif (...) { } else { }`.
public final class IfStatementAst: StatementAst, @unchecked Sendable {
  public let clauses: [(condition: PipelineBaseAst, body: StatementBlockAst)]
  public let elseClause: StatementBlockAst?
  public init(span: SourceSpan, clauses: [(condition: PipelineBaseAst, body: StatementBlockAst)], elseClause: StatementBlockAst?) {
    self.clauses = clauses
    self.elseClause = elseClause
    super.init(span: span)
  }
}

/// A loop or `switch`, which may carry a `:label`.
public class LabeledStatementAst: StatementAst, @unchecked Sendable {
  /// The label without the colon, or `nil`.
  public let label: String?
  public init(span: SourceSpan, label: String?) {
    self.label = label
    super.init(span: span)
  }
}

/// Flags of a `switch` statement.
public struct SwitchFlags: OptionSet, Sendable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }
  public static let regex = SwitchFlags(rawValue: 1)
  public static let wildcard = SwitchFlags(rawValue: 2)
  public static let exact = SwitchFlags(rawValue: 4)
  public static let caseSensitive = SwitchFlags(rawValue: 8)
  public static let file = SwitchFlags(rawValue: 16)
  public static let parallel = SwitchFlags(rawValue: 32)
}

/// `switch -regex (expr) { cond { } default { } }`; with `-file`, `condition` is the path.
public final class SwitchStatementAst: LabeledStatementAst, @unchecked Sendable {
  public let flags: SwitchFlags
  public let condition: PipelineBaseAst
  /// Clause conditions are parsed in argument mode: bare words are strings.
  public let clauses: [(condition: ExpressionAst, body: StatementBlockAst)]
  public let defaultClause: StatementBlockAst?
  public init(
    span: SourceSpan, label: String?, flags: SwitchFlags, condition: PipelineBaseAst,
    clauses: [(condition: ExpressionAst, body: StatementBlockAst)], defaultClause: StatementBlockAst?
  ) {
    self.flags = flags
    self.condition = condition
    self.clauses = clauses
    self.defaultClause = defaultClause
    super.init(span: span, label: label)
  }
}

/// `foreach ($x in $items) { }` (also `foreach -parallel`, parsed only).
public final class ForEachStatementAst: LabeledStatementAst, @unchecked Sendable {
  public let variable: VariableExpressionAst
  public let condition: PipelineBaseAst
  public let body: StatementBlockAst
  public init(span: SourceSpan, label: String?, variable: VariableExpressionAst, condition: PipelineBaseAst, body: StatementBlockAst) {
    self.variable = variable
    self.condition = condition
    self.body = body
    super.init(span: span, label: label)
  }
}

/// `for (init; cond; step) { }`; every part may be missing.
public final class ForStatementAst: LabeledStatementAst, @unchecked Sendable {
  public let initializer: PipelineBaseAst?
  public let condition: PipelineBaseAst?
  public let iterator: PipelineBaseAst?
  public let body: StatementBlockAst
  public init(span: SourceSpan, label: String?, initializer: PipelineBaseAst?, condition: PipelineBaseAst?, iterator: PipelineBaseAst?, body: StatementBlockAst) {
    self.initializer = initializer
    self.condition = condition
    self.iterator = iterator
    self.body = body
    super.init(span: span, label: label)
  }
}

/// `while (cond) { }`, `do { } while (cond)`, `do { } until (cond)`.
public final class LoopStatementAst: LabeledStatementAst, @unchecked Sendable {
  public enum Kind: Sendable { case whileLoop, doWhile, doUntil }
  public let kind: Kind
  public let condition: PipelineBaseAst
  public let body: StatementBlockAst
  public init(span: SourceSpan, label: String?, kind: Kind, condition: PipelineBaseAst, body: StatementBlockAst) {
    self.kind = kind
    self.condition = condition
    self.body = body
    super.init(span: span, label: label)
  }
}

/// `break [label]`, `continue [label]`; the label is a bare word or an expression.
public final class BreakContinueStatementAst: StatementAst, @unchecked Sendable {
  public let isBreak: Bool
  public let label: ExpressionAst?
  public init(span: SourceSpan, isBreak: Bool, label: ExpressionAst?) {
    self.isBreak = isBreak
    self.label = label
    super.init(span: span)
  }
}

/// `return [pipeline]`, `exit [pipeline]`, `throw [pipeline]`.
public final class FlowStatementAst: StatementAst, @unchecked Sendable {
  public enum Kind: String, Sendable { case returnStatement = "return", exitStatement = "exit", throwStatement = "throw" }
  public let kind: Kind
  public let pipeline: PipelineBaseAst?
  public init(span: SourceSpan, kind: Kind, pipeline: PipelineBaseAst?) {
    self.kind = kind
    self.pipeline = pipeline
    super.init(span: span)
  }
}

/// `catch [T1], [T2] { }`; no types catches everything.
public final class CatchClauseAst: Ast, @unchecked Sendable {
  public let catchTypes: [TypeConstraintAst]
  public let body: StatementBlockAst
  public init(span: SourceSpan, catchTypes: [TypeConstraintAst], body: StatementBlockAst) {
    self.catchTypes = catchTypes
    self.body = body
    super.init(span: span)
  }
}

/// `try { } catch ... { } finally { }`.
public final class TryStatementAst: StatementAst, @unchecked Sendable {
  public let body: StatementBlockAst
  public let catchClauses: [CatchClauseAst]
  public let finallyBlock: StatementBlockAst?
  public init(span: SourceSpan, body: StatementBlockAst, catchClauses: [CatchClauseAst], finallyBlock: StatementBlockAst?) {
    self.body = body
    self.catchClauses = catchClauses
    self.finallyBlock = finallyBlock
    super.init(span: span)
  }
}

/// `trap [T] { }`.
public final class TrapStatementAst: StatementAst, @unchecked Sendable {
  public let trapType: TypeConstraintAst?
  public let body: StatementBlockAst
  public init(span: SourceSpan, trapType: TypeConstraintAst?, body: StatementBlockAst) {
    self.trapType = trapType
    self.body = body
    super.init(span: span)
  }
}

/// `function Name { }`, `function Name($a) { }`, `filter Name { }`.
public final class FunctionDefinitionAst: StatementAst, @unchecked Sendable {
  public let name: String
  public let isFilter: Bool
  public let isWorkflow: Bool
  /// Parameters written in parentheses after the name (`function f($a, $b)`), or `nil`.
  public let parameters: [ParameterAst]?
  public let body: ScriptBlockAst
  public init(span: SourceSpan, name: String, isFilter: Bool, isWorkflow: Bool = false, parameters: [ParameterAst]?, body: ScriptBlockAst) {
    self.name = name
    self.isFilter = isFilter
    self.isWorkflow = isWorkflow
    self.parameters = parameters
    self.body = body
    super.init(span: span)
  }
}

/// `data [-SupportedCommand a,b] { }`, optionally `data name { }`.
public final class DataStatementAst: StatementAst, @unchecked Sendable {
  public let variableName: String?
  public let commandsAllowed: [ExpressionAst]
  public let body: StatementBlockAst
  public init(span: SourceSpan, variableName: String?, commandsAllowed: [ExpressionAst], body: StatementBlockAst) {
    self.variableName = variableName
    self.commandsAllowed = commandsAllowed
    self.body = body
    super.init(span: span)
  }
}

/// `using namespace X`, `using module X`, `using assembly X`.
public final class UsingStatementAst: StatementAst, @unchecked Sendable {
  public enum Kind: String, Sendable { case namespace, module, assembly, type, command }
  public let kind: Kind
  public let name: String
  public let alias: String?
  public init(span: SourceSpan, kind: Kind, name: String, alias: String? = nil) {
    self.kind = kind
    self.name = name
    self.alias = alias
    super.init(span: span)
  }
}

/// `class Name : Base { members }` or `enum Name { A; B = 2 }`.
public final class TypeDefinitionAst: StatementAst, @unchecked Sendable {
  public enum Kind: Sendable { case classType, enumType, interfaceType }
  public let kind: Kind
  public let name: String
  public let attributes: [AttributeAst]
  public let baseTypes: [TypeName]
  public let members: [MemberAst]
  public init(span: SourceSpan, kind: Kind, name: String, attributes: [AttributeAst], baseTypes: [TypeName], members: [MemberAst]) {
    self.kind = kind
    self.name = name
    self.attributes = attributes
    self.baseTypes = baseTypes
    self.members = members
    super.init(span: span)
  }
}

/// A member of a class or enum.
public class MemberAst: Ast, @unchecked Sendable {
  public let name: String
  public init(span: SourceSpan, name: String) {
    self.name = name
    super.init(span: span)
  }
}

/// A class property (`[string]$Name = 'x'`, `static`, `hidden`) or an enum member (`Red = 1`).
public final class PropertyMemberAst: MemberAst, @unchecked Sendable {
  public let propertyType: TypeConstraintAst?
  public let attributes: [AttributeAst]
  public let initialValue: ExpressionAst?
  public let isStatic: Bool
  public let isHidden: Bool
  public init(span: SourceSpan, name: String, propertyType: TypeConstraintAst?, attributes: [AttributeAst], initialValue: ExpressionAst?, isStatic: Bool, isHidden: Bool) {
    self.propertyType = propertyType
    self.attributes = attributes
    self.initialValue = initialValue
    self.isStatic = isStatic
    self.isHidden = isHidden
    super.init(span: span, name: name)
  }
}

/// A class method or constructor: `[void] M([int]$x) { }`, `Name() { }`, `Name() : base() { }`.
public final class FunctionMemberAst: MemberAst, @unchecked Sendable {
  public let returnType: TypeConstraintAst?
  public let attributes: [AttributeAst]
  public let parameters: [ParameterAst]
  public let body: ScriptBlockAst
  public let isStatic: Bool
  public let isHidden: Bool
  public let isConstructor: Bool
  public let baseArguments: [ExpressionAst]
  public init(span: SourceSpan, name: String, returnType: TypeConstraintAst?, attributes: [AttributeAst], parameters: [ParameterAst], body: ScriptBlockAst, isStatic: Bool, isHidden: Bool, isConstructor: Bool, baseArguments: [ExpressionAst] = []) {
    self.returnType = returnType
    self.attributes = attributes
    self.parameters = parameters
    self.body = body
    self.isStatic = isStatic
    self.isHidden = isHidden
    self.isConstructor = isConstructor
    self.baseArguments = baseArguments
    super.init(span: span, name: name)
  }
}
