/// A type name as written in `[...]`: plain, array (`string[]`) or generic (`List[string]`).
public indirect enum TypeName: Sendable, Equatable, CustomStringConvertible {
  /// A simple (possibly dotted) name such as `int` or `System.Collections.Hashtable`.
  case simple(String)
  /// An array type; `rank` is 1 for `T[]`, 2 for `T[,]`.
  case array(TypeName, rank: Int)
  /// A generic type such as `System.Collections.Generic.List[string]`.
  case generic(String, [TypeName])

  /// The name as PowerShell prints it (`System.String[]`, `List[string]`).
  public var description: String {
    switch self {
    case .simple(let n): return n
    case .array(let e, let rank): return e.description + "[" + String(repeating: ",", count: max(0, rank - 1)) + "]"
    case .generic(let n, let args): return n + "[" + args.map(\.description).joined(separator: ",") + "]"
    }
  }
}

/// An attribute or a type constraint in a parameter declaration or before an expression.
public class AttributeBaseAst: Ast, @unchecked Sendable {
  public let typeName: TypeName
  public init(span: SourceSpan, typeName: TypeName) {
    self.typeName = typeName
    super.init(span: span)
  }
}

/// A type constraint `[int]` on a parameter, variable or catch clause.
public final class TypeConstraintAst: AttributeBaseAst, @unchecked Sendable {}

/// An attribute with arguments: `[Parameter(Mandatory, Position = 0)]`, `[ValidateSet('a','b')]`.
public final class AttributeAst: AttributeBaseAst, @unchecked Sendable {
  public let positionalArguments: [ExpressionAst]
  public let namedArguments: [NamedAttributeArgumentAst]
  public init(span: SourceSpan, typeName: TypeName, positionalArguments: [ExpressionAst], namedArguments: [NamedAttributeArgumentAst]) {
    self.positionalArguments = positionalArguments
    self.namedArguments = namedArguments
    super.init(span: span, typeName: typeName)
  }
}

/// `Name = value` inside an attribute; `Mandatory` alone has `expressionOmitted` (means `$true`).
public final class NamedAttributeArgumentAst: Ast, @unchecked Sendable {
  public let argumentName: String
  public let argument: ExpressionAst
  public let expressionOmitted: Bool
  public init(span: SourceSpan, argumentName: String, argument: ExpressionAst, expressionOmitted: Bool) {
    self.argumentName = argumentName
    self.argument = argument
    self.expressionOmitted = expressionOmitted
    super.init(span: span)
  }
}
