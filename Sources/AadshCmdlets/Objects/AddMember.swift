import AadshRuntime

/// `Add-Member`: adds note, alias, script properties and script methods to an object (AddMember.cs).
///
/// Positional arguments find their set as in pwsh: `Add-Member a 1` is a note property (a string binds
/// to `-NotePropertyName` as it is), `Add-Member NoteProperty a 1` names a member type (member type
/// names are refused as note property names), `Add-Member @{a=1}` takes a dictionary.
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
    exactType: PSType(fullName: "System.Management.Automation.PSMemberTypes", baseTypes: ["System.Enum", "System.ValueType", "System.Object"]),
    transform: { try AddMember.memberTypeName($0) },
    help: "Specifies the type of the member to add (NoteProperty, AliasProperty, ScriptProperty, ScriptMethod)."
  )
  static let name = Parameter<String>(
    "Name",
    sets: [.memberSet: .init(position: 1, mandatory: true)],
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
  static let notePropertyName = Parameter<String>(
    "NotePropertyName",
    sets: [.noteSingle: .init(position: 0, mandatory: true)],
    validations: [
      .check({ AddMember.isReservedNoteName($0) ? AddMember.reservedNoteNameMessage : nil }, positionalFallThrough: true),
      .notNullOrEmpty,
    ],
    transform: { v in
      switch v.unwrapped {
      case .int, .long, .double, .decimal: return .string(PSConvert.toString(v))
      default: return v
      }
    },
    help: "Specifies the note property name."
  )
  static let notePropertyValue = Parameter<PSValue>(
    "NotePropertyValue",
    sets: [.noteSingle: .init(position: 1, mandatory: true)],
    allowNull: true,
    help: "Specifies the note property value."
  )
  static let notePropertyMembers = Parameter<PSValue>(
    "NotePropertyMembers",
    sets: [.noteMulti: .init(position: 0, mandatory: true)],
    validations: [.notNullOrEmpty],
    exactType: PSType(fullName: "System.Collections.IDictionary", baseTypes: ["System.Object"]),
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

  /// The members this call adds, from whichever parameter set was bound.
  func members(_ call: BoundCall, _ ctx: CommandContext) throws -> [Addition] {
    if let m = call.raw("NotePropertyMembers") { return try dictionaryMembers(m, ctx) }
    if let n = call[Self.notePropertyName] { return [.note(n, call.raw("NotePropertyValue") ?? .null)] }
    guard let typeArg = call.raw("MemberType") else { return [] }
    let kind = PSConvert.toString(typeArg)
    let name = call[Self.name] ?? ""
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
    case "MemberSet":
      // The set's members as one object under `name`: `$o.Set.Member`.
      let set = PSObject(typeNames: ["System.Management.Automation.PSMemberSet", "System.Object"])
      value.forEachEnumerated { item in
        if case .object(let o) = item, let note = o.native as? NotePropertyInfo {
          set.add(PSProperty(name: note.name, kind: .note(note.value)))
        }
      }
      return [.note(name, .object(set))]
    case "ScriptMethod":
      guard let body = block(value) else {
        throw notSupported("The value of the Value parameter must be a script block.", ctx)
      }
      return [.method(name, body)]
    default:
      throw notSupported("Cannot add a member with type \"\(kind)\". Specify a different type for the MemberTypes parameter.", ctx)
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

  /// `System.Management.Automation.PSMemberTypes`, as the runtime knows it.
  static let memberTypes = Enums.definition("System.Management.Automation.PSMemberTypes")

  /// The `PSMemberTypes` value a text converts to: a name, a comma-separated list of names, or a number.
  static func memberTypeValue(_ text: String) -> Int64? {
    guard let def = memberTypes, let n = def.parse(text), def.isDefined(n) else { return nil }
    return n
  }

  /// Converts a `-MemberType` argument to the member type's name (its number when it names several).
  static func memberTypeName(_ v: PSValue) throws -> PSValue {
    let text = PSConvert.toString(v)
    guard let n = memberTypeValue(text) else {
      throw RuntimeError(
        "Cannot convert value \"\(text)\" to type \"System.Management.Automation.PSMemberTypes\". Error: \"Unable to "
          + "match the identifier name \(text) to a valid enumerator name. Specify one of the following enumerator "
          + "names and try again:\n" + (memberTypes?.members.map(\.0) ?? []).joined(separator: ", ") + "\"",
        errorId: "InvalidCastFromStringToEnum", category: .invalidArgument)
    }
    return .string(memberTypes?.members.first { $0.1 == n }?.0 ?? String(n))
  }

  /// True for names that convert to a member type Add-Member creates (ValidateNotePropertyNameAttribute).
  static func isReservedNoteName(_ v: PSValue) -> Bool {
    guard case .string(let s) = v.unwrapped, let n = memberTypeValue(s) else { return false }
    return [1, 128, 2, 1024, 8, 32, 256, 16].contains(n)
  }

  static let reservedNoteNameMessage =
    "The parameter NotePropertyName cannot take values that could be converted to the type "
    + "System.Management.Automation.PSMemberTypes. To define the name of a member with those values, use Add-Member, "
    + "and specify the member type."
}

extension ParameterSetName {
  fileprivate static let memberSet: Self = "MemberSet"
  fileprivate static let typeNameSet: Self = "TypeNameSet"
  fileprivate static let noteSingle: Self = "NotePropertySingleMemberSet"
  fileprivate static let noteMulti: Self = "NotePropertyMultiMemberSet"
}
