import AadshRuntime

/// `Get-Member`: lists the properties and methods of objects, once per type name (GetMember.cs).
///
/// Outputs `MemberDefinition` objects (TypeName, Name, MemberType, Definition), sorted by member type
/// and then name, as PowerShell does.
struct GetMember: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject",
    sets: [.all: .init(pipeline: .byValue)],
    help: "Specifies the object whose members are retrieved."
  )
  static let name = Parameter<[String]>(
    "Name",
    sets: [.all: .init(position: 0)],
    validations: [.notNullOrEmpty],
    help: "Specifies the names of one or more members (wildcards allowed)."
  )
  static let memberType = Parameter<[String]>(
    "MemberType",
    aliases: ["Type"],
    validations: [
      .set(
        [
          "AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty", "Properties", "PropertySet",
          "Method", "CodeMethod", "ScriptMethod", "Methods", "ParameterizedProperty", "MemberSet", "Event", "Dynamic",
          "InferredProperty", "All",
        ],
        ignoreCase: true
      )
    ],
    help: "Specifies the member type that this cmdlet gets (Property, NoteProperty, Method, ...)."
  )
  static let view = Parameter<[String]>(
    "View",
    validations: [.set(["Extended", "Adapted", "Base", "All"], ignoreCase: true)],
    help: "Specifies which members are listed: Extended, Adapted, Base or All."
  )
  static let staticMembers = Parameter<Switch>(
    "Static",
    help: "Indicates that this cmdlet gets only the static properties and methods of the object."
  )
  static let force = Parameter<Switch>(
    "Force",
    help: "Adds the intrinsic members and the compiler-generated get_ and set_ methods to the display."
  )

  static let signature = CmdletSignature(
    "Get-Member",
    parameters: [inputObject.spec, name.spec, memberType.spec, view.spec, staticMembers.spec, force.spec],
    outputTypes: ["Microsoft.PowerShell.Commands.MemberDefinition"],
    synopsis: "Gets the properties and methods of objects.",
    examples: [
      .init(
        "[pscustomobject]@{a=1} | Get-Member -MemberType NoteProperty | ForEach-Object Definition",
        remark: "Shows a note property's definition.",
        output: "int a=1\n"
      )
    ]
  )

  var seen: Set<String> = []

  struct Member {
    let name: String
    let type: String
    let definition: String
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let input = ObjectSupport.input(call), !input.isNull else { return }
    let isStatic = call.isSet(Self.staticMembers)
    let typeName = isStatic ? PSType.of(input).fullName : (ObjectSupport.typeNames(of: input).first ?? "System.Object")
    guard seen.insert(typeName).inserted else { return }
    let members = isStatic ? [] : Self.members(of: input, ctx)
    let types = Set((call[Self.memberType] ?? ["All"]).flatMap(Self.expand))
    let views = Set((call[Self.view] ?? ["Adapted", "Extended"]).map { $0.lowercased() })
    let patterns = (call[Self.name] ?? ["*"]).map { WildcardPattern($0) }
    for pattern in patterns {
      let hits = members.filter { m in
        pattern.matches(m.name) && (types.contains("all") || types.contains(m.type.lowercased()))
          && Self.inView(m.type, views)
      }
      .sorted { ($0.type.uppercased(), $0.name.uppercased()) < ($1.type.uppercased(), $1.name.uppercased()) }
      for m in hits {
        try ctx.write(
          ObjectSupport.record(
            "Microsoft.PowerShell.Commands.MemberDefinition",
            fields: [
              ("TypeName", .string(typeName)), ("Name", .string(m.name)), ("MemberType", .string(m.type)),
              ("Definition", .string(m.definition)),
            ],
            text: m.definition
          )
        )
      }
    }
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    if seen.isEmpty {
      try ctx.writeError(
        RuntimeError(
          "You must specify an object for the Get-Member cmdlet.",
          errorId: "NoObjectInGetMember,Microsoft.PowerShell.Commands.GetMemberCommand",
          category: .closeError,
          exceptionType: "System.InvalidOperationException"
        )
      )
    }
  }

  static func expand(_ t: String) -> [String] {
    switch t.lowercased() {
    case "properties": return ["aliasproperty", "codeproperty", "property", "noteproperty", "scriptproperty"]
    case "methods": return ["codemethod", "method", "scriptmethod"]
    default: return [t.lowercased()]
    }
  }

  static func inView(_ type: String, _ views: Set<String>) -> Bool {
    if views.contains("all") { return true }
    let extended = ["aliasproperty", "noteproperty", "scriptproperty", "scriptmethod", "codeproperty", "codemethod"]
    return extended.contains(type.lowercased())
      ? views.contains("extended") : !views.isDisjoint(with: ["adapted", "base"])
  }

  /// The members of a value: extended (note, alias, script) properties, adapted properties and methods.
  static func members(of v: PSValue, _ ctx: CommandContext) -> [Member] {
    var out: [Member] = []
    var base = v
    if case .object(let o) = v {
      for p in o.properties.values {
        switch p.kind {
        case .note(let value):
          let text = value.isNull ? "null" : PSConvert.toString(value)
          out.append(
            Member(
              name: p.name,
              type: "NoteProperty",
              definition: "\(MethodCatalog.displayTypeName(value)) \(p.name)=\(text)"
            )
          )
        case .alias(let target):
          out.append(Member(name: p.name, type: "AliasProperty", definition: "\(p.name) = \(target)"))
        case .script(let getter, let setter):
          var d = "System.Object \(p.name) {get=\(getter.text);"
          if let setter { d += "set=\(setter.text);" }
          out.append(Member(name: p.name, type: "ScriptProperty", definition: d + "}"))
        }
      }
      for m in o.scriptMethods.values {
        out.append(Member(name: m.name, type: "ScriptMethod", definition: "System.Object \(m.name)();"))
      }
      if let b = o.baseValue {
        base = b
      } else if let n = o.native {
        for name in n.propertyNames where !out.contains(where: { $0.name.caseInsensitiveEquals(name) }) {
          let value = n.getProperty(name) ?? .null
          out.append(
            Member(name: name, type: "Property", definition: "\(MethodCatalog.displayTypeName(value)) \(name) {get;}")
          )
        }
        out += MethodCatalog.common().map { Member(name: $0.name, type: "Method", definition: $0.definition) }
        return out
      } else {
        out += MethodCatalog.common().map { Member(name: $0.name, type: "Method", definition: $0.definition) }
        return out
      }
    }
    for name in MemberAccess.propertyNames(base) where !out.contains(where: { $0.name.caseInsensitiveEquals(name) }) {
      let value = MemberAccess.property(base, name, ctx) ?? .null
      out.append(
        Member(name: name, type: "Property", definition: "\(MethodCatalog.displayTypeName(value)) \(name) {get;}")
      )
    }
    if case .string = base {
      out.append(Member(name: "Chars", type: "ParameterizedProperty", definition: "char Chars(int index) {get;}"))
    }
    for m in MethodCatalog.methods(for: base) where !out.contains(where: { $0.name.caseInsensitiveEquals(m.name) }) {
      out.append(Member(name: m.name, type: "Method", definition: m.definition))
    }
    return out
  }
}
