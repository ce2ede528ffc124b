/// `left op right`.
public final class BinaryExpressionAst: ExpressionAst, @unchecked Sendable {
  public let op: BinaryOperator
  public let caseSensitivity: CaseSensitivity
  public let left: ExpressionAst
  public let right: ExpressionAst
  /// The operator token, where runtime errors about the operation point.
  public let operatorSpan: SourceSpan
  public init(span: SourceSpan, op: BinaryOperator, caseSensitivity: CaseSensitivity = .defaultInsensitive, left: ExpressionAst, right: ExpressionAst, operatorSpan: SourceSpan) {
    self.op = op
    self.caseSensitivity = caseSensitivity
    self.left = left
    self.right = right
    self.operatorSpan = operatorSpan
    super.init(span: span)
  }
}

/// A prefix or postfix unary operation.
public final class UnaryExpressionAst: ExpressionAst, @unchecked Sendable {
  public let op: UnaryOperator
  public let caseSensitivity: CaseSensitivity
  public let child: ExpressionAst
  public init(span: SourceSpan, op: UnaryOperator, caseSensitivity: CaseSensitivity = .defaultInsensitive, child: ExpressionAst) {
    self.op = op
    self.caseSensitivity = caseSensitivity
    self.child = child
    super.init(span: span)
  }
}

/// `cond ? a : b` (PowerShell 7).
public final class TernaryExpressionAst: ExpressionAst, @unchecked Sendable {
  public let condition: ExpressionAst
  public let ifTrue: ExpressionAst
  public let ifFalse: ExpressionAst
  public init(span: SourceSpan, condition: ExpressionAst, ifTrue: ExpressionAst, ifFalse: ExpressionAst) {
    self.condition = condition
    self.ifTrue = ifTrue
    self.ifFalse = ifFalse
    super.init(span: span)
  }
}

/// A cast `[int]$x`, `[ordered]@{}`, `[pscustomobject]@{}`; also a type constraint on an
/// assignment target (`[int]$x = 5`).
public final class ConvertExpressionAst: ExpressionAst, @unchecked Sendable {
  public let type: TypeConstraintAst
  public let child: ExpressionAst
  public init(span: SourceSpan, type: TypeConstraintAst, child: ExpressionAst) {
    self.type = type
    self.child = child
    super.init(span: span)
  }
}

/// An attribute applied to an expression, e.g. `[ValidateNotNull()]$x = 1` (rare).
public final class AttributedExpressionAst: ExpressionAst, @unchecked Sendable {
  public let attribute: AttributeAst
  public let child: ExpressionAst
  public init(span: SourceSpan, attribute: AttributeAst, child: ExpressionAst) {
    self.attribute = attribute
    self.child = child
    super.init(span: span)
  }
}

/// A `[TypeName]` used as a value (`[math]`, the left side of `::`, the right side of `-is`).
public final class TypeExpressionAst: ExpressionAst, @unchecked Sendable {
  public let typeName: TypeName
  public init(span: SourceSpan, typeName: TypeName) {
    self.typeName = typeName
    super.init(span: span)
  }
}

/// A numeric (or other) literal.
public final class ConstantExpressionAst: ExpressionAst, @unchecked Sendable {
  public let value: LiteralValue
  /// True when this number was a command argument; it then keeps its source spelling
  /// (`Write-Output 0x10` prints `0x10`) while still being a number.
  public let isCommandArgument: Bool
  public init(span: SourceSpan, value: LiteralValue, isCommandArgument: Bool = false) {
    self.value = value
    self.isCommandArgument = isCommandArgument
    super.init(span: span)
  }
}

/// The value of a numeric literal after suffixes and multipliers, typed as PowerShell types it.
public enum LiteralValue: Sendable, Equatable {
  case int32(Int32)
  case int64(Int64)
  case double(Double)
  /// A `d`-suffixed decimal; kept as its normalized decimal text (sign, digits, optional point).
  case decimal(String)
  case uint32(UInt32)
  case uint64(UInt64)
  case int16(Int16)
  case uint16(UInt16)
  case sbyte(Int8)
  case byte(UInt8)
  /// An `n`-suffixed BigInteger literal; decimal digits with optional sign.
  case bigInteger(String)
}

/// How a string literal was written.
public enum StringKind: Sendable {
  case bareWord, singleQuoted, doubleQuoted, singleHereString, doubleHereString
}

/// A string with no expansions: `'text'`, a bare word, or a double-quoted string without `$`.
public final class StringConstantExpressionAst: ExpressionAst, @unchecked Sendable {
  /// The value after escapes are processed.
  public let value: String
  public let kind: StringKind
  public init(span: SourceSpan, value: String, kind: StringKind) {
    self.value = value
    self.kind = kind
    super.init(span: span)
  }
}

/// `"text $var $($expr) more"` or an expandable bare word such as `foo$bar`.
///
/// `parts` alternates literal text and nested expressions in source order; literal text has
/// escapes already processed.
public final class ExpandableStringExpressionAst: ExpressionAst, @unchecked Sendable {
  public enum Part: Sendable {
    case text(String)
    case expression(ExpressionAst)
  }
  public let parts: [Part]
  public let kind: StringKind
  public init(span: SourceSpan, parts: [Part], kind: StringKind) {
    self.parts = parts
    self.kind = kind
    super.init(span: span)
  }
}

/// A variable name with its optional scope or drive qualifier.
public struct VariablePath: Sendable, Equatable {
  /// The full text after `$` (or inside `${}`), e.g. `env:PATH`, `script:count`, `_`.
  public let userPath: String
  /// The qualifier before `:` in lower case (`global`, `script`, `local`, `private`, `using`,
  /// `env`, `variable`, `function`, ...), or `nil`.
  public let qualifier: String?
  /// The name without qualifier.
  public let name: String

  /// A path known to contain no `:`, so without a qualifier.
  init(unqualified userPath: String) {
    self.userPath = userPath
    self.qualifier = nil
    self.name = userPath
  }

  /// Splits `userPath` at the first `:` (when the part before it is a plausible drive/scope name).
  public init(_ userPath: String) {
    self.userPath = userPath
    // Fast path: a path without `:` has no qualifier.
    var scan = userPath
    let hasColon = scan.withUTF8 { $0.contains(UInt8(ascii: ":")) }
    if !hasColon {
      self.qualifier = nil
      self.name = userPath
      return
    }
    let u = userPath.utf8
    var qualifierEnd: String.Index? = nil
    var i = u.startIndex
    while i != u.endIndex {
      let b = u[i]
      if b == UInt8(ascii: ":") {
        if i != u.startIndex { qualifierEnd = i }
        break
      }
      let isNameByte = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b >= 0x80
      if !isNameByte { break }
      i = u.index(after: i)
    }
    if let end = qualifierEnd {
      let q = userPath[..<end]
      if q.utf8.allSatisfy({ $0 < 0x80 }) || q.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
        self.qualifier = q.lowercased()
        self.name = String(userPath[u.index(after: end)...])
        return
      }
    }
    self.qualifier = nil
    self.name = userPath
  }
}

/// `$name`, `${name}`, `$env:X`, or a splat `@name`.
public final class VariableExpressionAst: ExpressionAst, @unchecked Sendable {
  public let path: VariablePath
  public let splatted: Bool
  public init(span: SourceSpan, path: VariablePath, splatted: Bool = false) {
    self.path = path
    self.splatted = splatted
    super.init(span: span)
  }
}

/// `$using:x` in remoting/parallel blocks.
public final class UsingExpressionAst: ExpressionAst, @unchecked Sendable {
  public let child: ExpressionAst
  public init(span: SourceSpan, child: ExpressionAst) {
    self.child = child
    super.init(span: span)
  }
}

/// `expr.Member`, `expr::Member`, `expr?.Member`; the member is a name, a quoted string or an
/// expression (`$o.$name`, `$o.($expr)`).
public class MemberExpressionAst: ExpressionAst, @unchecked Sendable {
  public let expression: ExpressionAst
  public let member: CommandElementAst
  public let isStatic: Bool
  public let nullConditional: Bool
  public init(span: SourceSpan, expression: ExpressionAst, member: CommandElementAst, isStatic: Bool, nullConditional: Bool) {
    self.expression = expression
    self.member = member
    self.isStatic = isStatic
    self.nullConditional = nullConditional
    super.init(span: span)
  }
}

/// `expr.Method(args)`, `[T]::Method(args)`, `expr?.Method(args)`.
public final class InvokeMemberExpressionAst: MemberExpressionAst, @unchecked Sendable {
  public let arguments: [ExpressionAst]
  public let genericTypeArguments: [TypeName]
  public init(span: SourceSpan, expression: ExpressionAst, member: CommandElementAst, arguments: [ExpressionAst], isStatic: Bool, nullConditional: Bool, genericTypeArguments: [TypeName] = []) {
    self.arguments = arguments
    self.genericTypeArguments = genericTypeArguments
    super.init(span: span, expression: expression, member: member, isStatic: isStatic, nullConditional: nullConditional)
  }
}

/// `target[index]`, `target?[index]`.
public final class IndexExpressionAst: ExpressionAst, @unchecked Sendable {
  public let target: ExpressionAst
  public let index: ExpressionAst
  public let nullConditional: Bool
  public init(span: SourceSpan, target: ExpressionAst, index: ExpressionAst, nullConditional: Bool) {
    self.target = target
    self.index = index
    self.nullConditional = nullConditional
    super.init(span: span)
  }
}

/// `a, b, c` (binary comma).
public final class ArrayLiteralAst: ExpressionAst, @unchecked Sendable {
  public let elements: [ExpressionAst]
  public init(span: SourceSpan, elements: [ExpressionAst]) {
    self.elements = elements
    super.init(span: span)
  }
}

/// `@( statements )`: always an array.
public final class ArrayExpressionAst: ExpressionAst, @unchecked Sendable {
  public let subExpression: StatementBlockAst
  public init(span: SourceSpan, subExpression: StatementBlockAst) {
    self.subExpression = subExpression
    super.init(span: span)
  }
}

/// `$( statements )`: the statements' output, unwrapped.
public final class SubExpressionAst: ExpressionAst, @unchecked Sendable {
  public let subExpression: StatementBlockAst
  public init(span: SourceSpan, subExpression: StatementBlockAst) {
    self.subExpression = subExpression
    super.init(span: span)
  }
}

/// `( pipeline )`; the pipeline may also be an assignment (`($x = 5)` outputs 5).
public final class ParenExpressionAst: ExpressionAst, @unchecked Sendable {
  public let pipeline: PipelineBaseAst
  public init(span: SourceSpan, pipeline: PipelineBaseAst) {
    self.pipeline = pipeline
    super.init(span: span)
  }
}

/// `@{ key = value; ... }`; each value is a statement (usually a pipeline).
public final class HashtableAst: ExpressionAst, @unchecked Sendable {
  public let pairs: [(key: ExpressionAst, value: StatementAst)]
  public init(span: SourceSpan, pairs: [(key: ExpressionAst, value: StatementAst)]) {
    self.pairs = pairs
    super.init(span: span)
  }
}

/// `{ ... }` as a value.
public final class ScriptBlockExpressionAst: ExpressionAst, @unchecked Sendable {
  public let scriptBlock: ScriptBlockAst
  public init(span: SourceSpan, scriptBlock: ScriptBlockAst) {
    self.scriptBlock = scriptBlock
    super.init(span: span)
  }
}
