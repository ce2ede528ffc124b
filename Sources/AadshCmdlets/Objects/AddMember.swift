import AadshRuntime

/// `Add-Member`: adds note, alias, script properties and script methods to an object (AddMember.cs).
///
/// The member parameters are read untyped: the binder picks a parameter set by position only, so
/// `Add-Member a 1` or `Add-Member @{a=1}` may land in another set's positions and are normalised here.
/// For the same reason `-Name` and `-NotePropertyValue` are not declared mandatory (pwsh declares them so).
struct AddMember: Cmdlet {
  static let allSets: [ParameterSetName] = [.memberSet, .typeNameSet, .noteSingle, .noteMulti]

  static let inputObject = Parameter<PSValue>(
    "InputObject",
    sets: Dictionary(
      uniqueKeysWithValues: allSets.map { ($0, ParameterSetMembership(mandatory: true, pipeline: .byValue)) }
    ),
    help: "Specifies the object to which the new member is added."
  )
  static let memberType = Parameter<PSValue>(
    "MemberType",
    aliases: ["Type"],
    sets: [.memberSet: .init(position: 0, mandatory: true)],
    help: "Specifies the type of the member to add (NoteProperty, AliasProperty, ScriptProperty, ScriptMethod)."
  )
  static let name = Parameter<PSValue>(
    "Name",
    sets: [.memberSet: .init(position: 1)],
    validations: [.notNullOrEmpty],
    help: "Specifies the name of the member (required with -MemberType)."
  )
  static let value = Parameter<PSValue>(
    "Value",
    sets: [.memberSet: .init(position: 2)],
    allowNull: true,
    help: "Specifies the initial value of the member (the getter of a script property, the target of an alias)."
  )
  static let secondValue = Parameter<PSValue>(
    "SecondValue",
    sets: [.memberSet: .init(position: 3)],
    allowNull: true,
    help: "Specifies optional additional information (the setter of a script property, an alias's conversion type)."
  )
  static let typeName = Parameter<String>(
    "TypeName",
    sets: [.typeNameSet: .init(mandatory: true), .memberSet: .init(), .noteSingle: .init(), .noteMulti: .init()],
    validations: [.notNullOrEmpty],
    help: "Specifies a name for the type, added first to its type names."
  )
  static let force = Parameter<Switch>(
    "Force",
    sets: [.memberSet: .init(), .noteSingle: .init(), .noteMulti: .init()],
    help: "Adds the new member even if the object already has a member with the same name."
  )
  static let passThru = Parameter<Switch>(
    "PassThru",
    sets: Dictionary(uniqueKeysWithValues: allSets.map { ($0, ParameterSetMembership()) }),
    help: "Returns the object with the new member. By default, this cmdlet doesn't generate any output."
  )
  static let notePropertyName = Parameter<PSValue>(
    "NotePropertyName",
    sets: [.noteSingle: .init(position: 0, mandatory: true)],
    validations: [.notNullOrEmpty],
    help: "Specifies the note property name."
  )
  static let notePropertyValue = Parameter<PSValue>(
    "NotePropertyValue",
    sets: [.noteSingle: .init(position: 1)],
    allowNull: true,
    help: "Specifies the note property value."
  )
  static let notePropertyMembers = Parameter<PSValue>(
    "NotePropertyMembers",
    sets: [.noteMulti: .init(position: 0, mandatory: true)],
    validations: [.notNullOrEmpty],
    help: "Specifies a hashtable or ordered dictionary of note property names and values."
  )

  static let signature = CmdletSignature(
    "Add-Member",
    defaultSet: .typeNameSet,
    parameters: [
      inputObject.spec, memberType.spec, name.spec, value.spec, secondValue.spec, typeName.spec, force.spec,
      passThru.spec, notePropertyName.spec, notePropertyValue.spec, notePropertyMembers.spec,
    ],
    synopsis: "Adds custom properties and methods to an instance of a PowerShell object.",
    examples: [
      .init(
        "$o = [pscustomobject]@{a=1}; $o | Add-Member -NotePropertyName b -NotePropertyValue 2; $o.b",
        remark: "Adds a note property.",
        output: "2\n"
      ),
      .init(
        "([pscustomobject]@{a=1} | Add-Member ScriptProperty Twice { $this.a * 2 } -PassThru).Twice",
        remark: "Adds a script property.",
        output: "2\n"
      ),
    ]
  )

  /// One member to add.
  enum Addition {
    case note(String, PSValue)
    case alias(String, String)
    case script(String, ScriptBlock, ScriptBlock?)
    case method(String, ScriptBlock)
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let input = ObjectSupport.input(call) else { return }
    let additions = try members(call, ctx)
    let target = ObjectSupport.asPSObject(input)
    let force = call.isSet(Self.force)
    for a in additions {
      let n = memberName(a)
      if exists(target, n, ctx) {
        guard force else {
          try ctx.writeError(
            RuntimeError(
              "Cannot add a member with the name \"\(n)\" because a member with that name already exists. To overwrite "
                + "the member anyway, add the Force parameter to your command.",
              errorId: "MemberAlreadyExists,Microsoft.PowerShell.Commands.AddMemberCommand",
              category: .invalidOperation,
              exceptionType: "System.InvalidOperationException",
              targetObject: input
            )
          )
          return
        }
        target.properties.removeValue(forKey: n.lowercased())
        target.scriptMethods.removeValue(forKey: n.lowercased())
      }
      switch a {
      case .note(let n, let v): target.add(PSProperty(name: n, kind: .note(v)))
      case .alias(let n, let t): target.add(PSProperty(name: n, kind: .alias(t)))
      case .script(let n, let g, let s): target.add(PSProperty(name: n, kind: .script(getter: g, setter: s)))
      case .method(let n, let body): target.scriptMethods[n.lowercased()] = PSScriptMethod(name: n, body: body)
      }
    }
    if let t = call[Self.typeName] { target.typeNames.insert(t, at: 0) }
    if call.isSet(Self.passThru) {
      if case .object = input { try ctx.write(input) } else { try ctx.write(.object(target)) }
    }
  }

  func memberName(_ a: Addition) -> String {
    switch a {
    case .note(let n, _), .alias(let n, _), .script(let n, _, _), .method(let n, _): return n
    }
  }

  /// True when the object already has a member (extended, adapted or method) with that name.
  func exists(_ o: PSObject, _ name: String, _ ctx: CommandContext) -> Bool {
    if o.property(name) != nil || o.scriptMethods[name.lowercased()] != nil { return true }
    return MemberAccess.propertyNames(.object(o)).contains { $0.caseInsensitiveEquals(name) }
  }

  /// The members this call adds, from whichever parameters the binder filled.
  func members(_ call: BoundCall, _ ctx: CommandContext) throws -> [Addition] {
    if let m = call.raw("NotePropertyMembers") { return try dictionaryMembers(m, ctx) }
    if let n = call.raw("NotePropertyName") {
      if case .hashtable = n.unwrapped, call.raw("NotePropertyValue") == nil { return try dictionaryMembers(n, ctx) }
      return [.note(PSConvert.toString(n), call.raw("NotePropertyValue") ?? .null)]
    }
    guard let typeArg = call.raw("MemberType") else { return [] }
    if case .hashtable = typeArg.unwrapped { return try dictionaryMembers(typeArg, ctx) }
    let typeText = PSConvert.toString(typeArg)
    let byNumber = Self.memberTypeValues.first { String($0.1) == typeText }?.0
    guard let kind = byNumber ?? Self.memberTypes.first(where: { $0.caseInsensitiveEquals(typeText) }) else {
      // `Add-Member name value`: the binder put a note property's name and value in the member set.
      if let v = call.raw("Name"), call.raw("Value") == nil { return [.note(typeText, v)] }
      throw ctx.terminatingError(
        RuntimeError(
          "Cannot bind parameter 'MemberType'. Cannot convert value \"\(typeText)\" to type "
            + "\"System.Management.Automation.PSMemberTypes\". Error: \"Unable to match the identifier name "
            + "\(typeText) to a valid enumerator name. Specify one of the following enumerator names and try again:\n"
            + Self.allMemberTypes.joined(separator: ", ") + "\"",
          errorId: "CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.AddMemberCommand",
          category: .invalidArgument,
          exceptionType: "System.Management.Automation.ParameterBindingException"
        )
      )
    }
    let name = PSConvert.toString(call.raw("Name") ?? .null)
    let value = call.raw("Value") ?? .null
    let second = call.raw("SecondValue")
    switch kind {
    case "NoteProperty": return [.note(name, value)]
    case "AliasProperty":
      if let second, !second.isNull, let type = TypeResolver.resolve(PSConvert.toString(second)) {
        // An alias with a conversion type reads `[type]$this.target`.
        let target = PSConvert.toString(value).split(separator: "'", omittingEmptySubsequences: false)
          .joined(separator: "''")
        let getter = ScriptBlock(ast: try ExecutionContext.parseScript("[\(type.fullName)]($this.'\(target)')"))
        return [.script(name, getter, nil)]
      }
      return [.alias(name, PSConvert.toString(value))]
    case "ScriptProperty":
      let getter = block(value)
      guard let getter else { throw notSupported("The value of the Value parameter must be a script block.", ctx) }
      return [.script(name, getter, second.flatMap(block))]
    default:
      guard let body = block(value) else {
        throw notSupported("The value of the Value parameter must be a script block.", ctx)
      }
      return [.method(name, body)]
    }
  }

  func block(_ v: PSValue) -> ScriptBlock? {
    if case .scriptBlock(let sb) = v.unwrapped { return sb }
    return nil
  }

  func dictionaryMembers(_ v: PSValue, _ ctx: CommandContext) throws -> [Addition] {
    guard case .hashtable(let h) = v.unwrapped else {
      throw notSupported(
        "Cannot convert the \"\(PSConvert.toString(v))\" value to type \"System.Collections.IDictionary\".",
        ctx
      )
    }
    return h.entries.map { .note(PSConvert.toString($0.key), $0.value) }
  }

  func notSupported(_ message: String, _ ctx: CommandContext) -> RuntimeError {
    ctx.terminatingError(
      RuntimeError(
        message,
        errorId: "CannotAddMemberType,Microsoft.PowerShell.Commands.AddMemberCommand",
        category: .invalidOperation,
        exceptionType: "System.InvalidOperationException"
      )
    )
  }

  static let memberTypes = ["NoteProperty", "AliasProperty", "ScriptProperty", "ScriptMethod"]
  /// `PSMemberTypes` values of the member types that can be added (`Add-Member -MemberType 8` is NoteProperty).
  static let memberTypeValues: [(String, Int)] = [
    ("AliasProperty", 1), ("NoteProperty", 8), ("ScriptProperty", 16), ("ScriptMethod", 256),
  ]
  static let allMemberTypes = [
    "AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty", "Properties", "PropertySet",
    "Method", "CodeMethod", "ScriptMethod", "Methods", "ParameterizedProperty", "MemberSet", "Event", "Dynamic",
    "InferredProperty", "All",
  ]
}

extension ParameterSetName {
  fileprivate static let memberSet: Self = "MemberSet"
  fileprivate static let typeNameSet: Self = "TypeNameSet"
  fileprivate static let noteSingle: Self = "NotePropertySingleMemberSet"
  fileprivate static let noteMulti: Self = "NotePropertyMultiMemberSet"
}
