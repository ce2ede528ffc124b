import AadshRuntime

/// `Where-Object`: passes on the objects for which a script block or a property comparison is true
/// (InternalCommands.cs WhereObjectCommand).
///
/// `EqualSet` is the default set: a lone string is `-Property` (`Where-Object Name` = truthiness of `Name`),
/// a script block is `-FilterScript`.
struct WhereObject: Cmdlet {
  /// A comparison switch: parameter name, its set, its `-I*` alias, the operator.
  struct Operator {
    let name: String
    let set: ParameterSetName
    let alias: String?
    let op: Op
    let caseSensitive: Bool
  }

  enum Op {
    case eq, ne, gt, ge, lt, le, like, notLike, match, notMatch, contains, notContains, isIn, notIn, isType, isNotType
    case not
  }

  static let operators: [Operator] = {
    let table: [(String, String, Op)] = [
      ("EQ", "EqualSet", .eq), ("NE", "NotEqualSet", .ne), ("GT", "GreaterThanSet", .gt),
      ("LT", "LessThanSet", .lt), ("GE", "GreaterOrEqualSet", .ge), ("LE", "LessOrEqualSet", .le),
      ("Like", "LikeSet", .like), ("NotLike", "NotLikeSet", .notLike), ("Match", "MatchSet", .match),
      ("NotMatch", "NotMatchSet", .notMatch), ("Contains", "ContainsSet", .contains),
      ("NotContains", "NotContainsSet", .notContains), ("In", "InSet", .isIn), ("NotIn", "NotInSet", .notIn),
    ]
    var out: [Operator] = []
    for (name, set, op) in table {
      out.append(Operator(name: name, set: ParameterSetName(set), alias: "I" + name, op: op, caseSensitive: false))
      out.append(
        Operator(
          name: "C" + name,
          set: ParameterSetName("CaseSensitive" + set),
          alias: nil,
          op: op,
          caseSensitive: true
        )
      )
    }
    out.append(Operator(name: "Is", set: "IsSet", alias: nil, op: .isType, caseSensitive: false))
    out.append(Operator(name: "IsNot", set: "IsNotSet", alias: nil, op: .isNotType, caseSensitive: false))
    out.append(Operator(name: "Not", set: "Not", alias: nil, op: .not, caseSensitive: false))
    return out
  }()

  static let inputObject = Parameter<PSValue>(
    "InputObject",
    sets: [.all: .init(pipeline: .byValue)],
    help: "Specifies the objects to filter."
  )
  static let filterScript = Parameter<ScriptBlock>(
    "FilterScript",
    sets: [.scriptBlockSet: .init(position: 0, mandatory: true)],
    help: "Specifies the script block that's used to filter the objects."
  )
  static let property = Parameter<String>(
    "Property",
    sets: Dictionary(
      uniqueKeysWithValues: operators.map { ($0.set, ParameterSetMembership(position: 0, mandatory: true)) }
    ),
    validations: [.notNullOrEmpty],
    help: "Specifies the name of a property of the input object."
  )
  static let value = Parameter<PSValue>(
    "Value",
    sets: Dictionary(
      uniqueKeysWithValues: operators.filter { $0.op != .not }.map { ($0.set, ParameterSetMembership(position: 1)) }
    ),
    allowNull: true,
    help: "Specifies a property value to compare with."
  )
  static let switches: [ParameterSpec] = operators.map { o in
    Parameter<Switch>(
      o.name,
      aliases: o.alias.map { [$0] } ?? [],
      sets: [o.set: .init(mandatory: o.name != "EQ")],
      help: "Uses the -\(o.name.lowercased()) comparison: the property value is the left operand."
    ).spec
  }

  static let signature = CmdletSignature(
    "Where-Object",
    defaultSet: ParameterSetName("EqualSet"),
    parameters: [inputObject.spec, filterScript.spec, property.spec, value.spec] + switches,
    synopsis: "Selects objects from a collection based on their property values.",
    description: "Selects objects that have particular property values from the collection of objects that are "
      + "passed to it, using a script block or a comparison statement.",
    examples: [
      .init("1..5 | Where-Object { $_ -gt 3 }", remark: "Selects numbers greater than 3.", output: "4\n5\n"),
      .init("'a','bb','ccc' | Where-Object Length -ge 2", remark: "Uses the comparison syntax.", output: "bb\nccc\n"),
    ]
  )

  var script: ScriptBlock?
  /// Collects the script block's output, object after object.
  let scriptOutput = CollectingSink()
  var propertyName = ""
  var op: Operator?
  var operand: PSValue = .bool(true)
  var valueGiven = false

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    if let sb = call[Self.filterScript] {
      script = sb
      return
    }
    propertyName = call[Self.property] ?? ""
    op = Self.operators.first { call.raw($0.name).map(PSConvert.toBool) ?? false }
    if let v = call.raw("Value") {
      operand = v
      valueGiven = true
    }
    if op == nil && valueGiven {
      throw ctx.terminatingError(
        RuntimeError(
          "An operator is required to compare the two specified values. Include a valid operator in the command, and "
            + "then try the command again. For example, Get-Process | Where-Object -Property Name -eq Idle",
          errorId: "OperatorNotSpecified,Microsoft.PowerShell.Commands.WhereObjectCommand",
          category: .invalidArgument,
          exceptionType: "System.Management.Automation.PSArgumentException"
        )
      )
    }
    if let o = op, !valueGiven, o.op != .not, o.name != "EQ" {
      throw ctx.terminatingError(
        RuntimeError(
          "The specified operator requires both the -Property and -Value parameters. Provide values for both "
            + "parameters, and then try the command again.",
          errorId: "ValueNotSpecifiedForWhereObject,Microsoft.PowerShell.Commands.WhereObjectCommand",
          category: .invalidArgument,
          exceptionType: "System.Management.Automation.PSArgumentException"
        )
      )
    }
    if let o = op, o.op == .isType || o.op == .isNotType, case .string(var s) = operand.unwrapped {
      if s.count > 2 && s.hasPrefix("[") && s.hasSuffix("]") { s = String(s.dropFirst().dropLast()) }
      guard let t = TypeResolver.resolve(s) else {
        throw ctx.terminatingError(
          RuntimeError(
            "Cannot convert the \"\(s)\" value of type \"System.String\" to type \"System.Type\".",
            errorId: "InvalidCastFromStringToType",
            category: .invalidArgument,
            exceptionType: "System.Management.Automation.PSInvalidCastException"
          )
        )
      }
      operand = .object(PSObject(native: TypeObject(t)))
    }
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let input = ObjectSupport.input(call) else { return }
    if let script {
      let result = try ctx.invokeForValue(script, dollarUnder: input, reusing: scriptOutput)
      if PSConvert.toBool(result) { try ctx.write(input) }
      return
    }
    let left = lookup(input, ctx)
    do {
      if try compare(left, ctx) { try ctx.write(input) }
    } catch let e as RuntimeError where !e.isScriptTerminating && !e.isActionPreferenceStop {
      let opName = "-" + (op?.name.lowercased() ?? "eq")
      try ctx.writeError(
        RuntimeError(
          "The operation '\(opName)' failed: \(e.message)",
          errorId: "OperatorFailed,Microsoft.PowerShell.Commands.WhereObjectCommand",
          category: .invalidOperation,
          exceptionType: "System.Management.Automation.PSInvalidOperationException",
          targetObject: input
        )
      )
    }
  }

  /// The property's value: a dictionary key first, then a member (wildcards allowed); `$null` if absent.
  func lookup(_ input: PSValue, _ ctx: CommandContext) -> PSValue {
    if input.isNull { return .null }
    if case .hashtable(let h) = input.unwrapped, let v = h[string: propertyName] { return v }
    if WildcardPattern.containsWildcard(propertyName) {
      let pattern = WildcardPattern(propertyName)
      let names = MemberAccess.propertyNames(input).filter { pattern.matches($0) }
      guard names.count == 1 else { return .null }
      return MemberAccess.property(input, names[0], ctx) ?? .null
    }
    return MemberAccess.property(input, propertyName, ctx) ?? .null
  }

  /// Applies the operator with the property value on the left, as the script operators do.
  func compare(_ left: PSValue, _ ctx: CommandContext) throws -> Bool {
    guard let op else { return PSConvert.toBool(left) }
    let ic = !op.caseSensitive
    switch op.op {
    case .not: return !PSConvert.toBool(left)
    case .eq: return PSConvert.toBool(filter(left) { PSCompare.equals($0, operand, ignoreCase: ic) })
    case .ne: return PSConvert.toBool(filter(left) { !PSCompare.equals($0, operand, ignoreCase: ic) })
    case .gt: return PSConvert.toBool(try filter(left) { try PSCompare.compare($0, operand, ignoreCase: ic) > 0 })
    case .ge: return PSConvert.toBool(try filter(left) { try PSCompare.compare($0, operand, ignoreCase: ic) >= 0 })
    case .lt: return PSConvert.toBool(try filter(left) { try PSCompare.compare($0, operand, ignoreCase: ic) < 0 })
    case .le: return PSConvert.toBool(try filter(left) { try PSCompare.compare($0, operand, ignoreCase: ic) <= 0 })
    case .like, .notLike:
      let pattern = WildcardPattern(PSConvert.toString(operand), ignoreCase: ic)
      let want = op.op == .like
      return PSConvert.toBool(filter(left) { pattern.matches(PSConvert.toString($0)) == want })
    case .match, .notMatch:
      let re = try PSRegex.compile(PSConvert.toString(operand), ignoreCase: ic)
      let want = op.op == .match
      if case .array = left.unwrapped {
        return PSConvert.toBool(filter(left) { PSRegex.isMatch(PSConvert.toString($0), re) == want })
      }
      if let m = PSRegex.firstMatch(PSConvert.toString(left), re) {
        ctx.exec.currentScope.variables["matches"] = PSVariable(
          name: "Matches",
          value: .hashtable(PSRegex.matchesHashtable(m))
        )
        return want
      }
      return !want
    case .contains: return contains(left, operand, ic)
    case .notContains: return !contains(left, operand, ic)
    case .isIn: return contains(operand, left, ic)
    case .notIn: return !contains(operand, left, ic)
    case .isType, .isNotType:
      guard case .object(let o) = operand.unwrapped, let t = o.native as? TypeObject else {
        throw RuntimeError(
          "The right operand of '-is' must be a type.",
          errorId: "IsOperatorRequiresType",
          category: .invalidOperation
        )
      }
      return t.type.isInstance(left) == (op.op == .isType)
    }
  }

  /// A scalar left operand gives the comparison's result; an array left operand filters its elements.
  func filter(_ left: PSValue, _ test: (PSValue) throws -> Bool) rethrows -> PSValue {
    if case .array(let a) = left.unwrapped {
      return .list(try a.items.filter(test))
    }
    return .bool(try test(left))
  }

  /// `-contains`: any element of the collection equals the value (a scalar is a one-element collection).
  func contains(_ collection: PSValue, _ item: PSValue, _ ignoreCase: Bool) -> Bool {
    var items = [collection]
    if case .array(let a) = collection.unwrapped { items = a.items }
    return items.contains { PSCompare.equals($0, item, ignoreCase: ignoreCase) }
  }
}

extension ParameterSetName {
  fileprivate static let scriptBlockSet: Self = "ScriptBlockSet"
}
