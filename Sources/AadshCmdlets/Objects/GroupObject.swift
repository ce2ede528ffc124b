import AadshRuntime

/// `Group-Object`: groups objects that have the same value for the given properties (Group-Object.cs).
struct GroupObject: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject",
    sets: [.all: .init(pipeline: .byValue)],
    help: "Specifies the objects to group."
  )
  static let property = Parameter<[PSValue]>(
    "Property",
    sets: [.all: .init(position: 0)],
    help: "Specifies the properties (names, script blocks or hashtables with Expression) to group by."
  )
  static let culture = Parameter<String>("Culture", help: "Specifies the culture to use when comparing strings.")
  static let caseSensitive = Parameter<Switch>(
    "CaseSensitive",
    help: "Indicates that this cmdlet's grouping is case-sensitive."
  )
  static let noElement = Parameter<Switch>(
    "NoElement",
    help: "Indicates that this cmdlet omits the members of a group from the results."
  )
  static let asHashTable = Parameter<Switch>(
    "AsHashTable",
    aliases: ["AHT"],
    sets: [.hashTable: .init()],
    help: "Indicates that this cmdlet returns the group as a hash table keyed by the property value."
  )
  static let asString = Parameter<Switch>(
    "AsString",
    sets: [.hashTable: .init()],
    help: "Converts the hash table keys to strings."
  )

  static let signature = CmdletSignature(
    "Group-Object",
    parameters: [
      inputObject.spec, property.spec, culture.spec, caseSensitive.spec, noElement.spec, asHashTable.spec,
      asString.spec,
    ],
    outputTypes: ["Microsoft.PowerShell.Commands.GroupInfo", "System.Collections.Hashtable"],
    synopsis: "Groups objects that contain the same value for specified properties.",
    description: "Outputs one GroupInfo object per distinct property value (Count, Name, Group, Values), sorted by "
      + "key when all keys have one type; or a hashtable keyed by the values with -AsHashTable.",
    examples: [
      .init(
        "'a','b','a' | Group-Object | ForEach-Object { \"$($_.Name)=$($_.Count)\" }",
        remark: "Counts equal strings.",
        output: "a=2\nb=1\n"
      )
    ]
  )

  struct Group {
    var key: OrderKey
    var items: [PSValue]
  }

  var expressions: [PropertyExpression] = []
  var entries: [OrderKey] = []
  var typesDiffer = false
  var keyTypes: [String]?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    if call.isSet(Self.asString) && !call.isSet(Self.asHashTable) {
      throw ctx.terminatingError(
        RuntimeError(
          "The command cannot be run because the AsString parameter requires that you specify the AsHashtable "
            + "parameter.",
          errorId: "ArgumentException,Microsoft.PowerShell.Commands.GroupObjectCommand",
          category: .invalidArgument,
          exceptionType: "System.ArgumentException"
        )
      )
    }
    let props = call[Self.property] ?? []
    expressions = try PropertyExpression.parse(props, keys: [.expression], ctx)
    if call.isSet(Self.asHashTable) && !call.isSet(Self.asString) && expressions.count > 1 {
      throw ctx.terminatingError(
        RuntimeError(
          "The command cannot be run because using the AsHashTable parameter with more than one property requires "
            + "adding the AsString parameter.",
          errorId: "ArgumentException,Microsoft.PowerShell.Commands.GroupObjectCommand",
          category: .invalidArgument,
          exceptionType: "System.ArgumentException"
        )
      )
    }
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let input = ObjectSupport.input(call), !input.isNull else { return }
    let entry = try OrderKey.make(input, expressions, index: entries.count, ctx)
    entries.append(entry)
    if typesDiffer { return }
    let types = (0..<entry.keyCount).map { k -> String in
      if case .value(let v) = entry.key(k), !v.isNull { return ObjectSupport.baseTypeName(v) }
      return ""
    }
    if let known = keyTypes {
      if known != types { typesDiffer = true }
    } else {
      keyTypes = types
    }
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    let width = entries.map(\.keyCount).max() ?? 1
    let comparer = OrderComparer(
      ascending: Array(repeating: true, count: width),
      defaultAscending: true,
      caseSensitive: call.isSet(Self.caseSensitive)
    )
    var groups: [Group] = []
    if !typesDiffer {
      var sorted = entries
      comparer.sort(&sorted)
      for e in sorted {
        if let last = groups.last, comparer.compare(last.key, e) == 0 {
          groups[groups.count - 1].items.append(e.object)
        } else {
          groups.append(Group(key: e, items: [e.object]))
        }
      }
    } else {
      for e in entries {
        if let i = groups.firstIndex(where: { comparer.compare($0.key, e) == 0 }) {
          groups[i].items.append(e.object)
        } else {
          groups.append(Group(key: e, items: [e.object]))
        }
      }
    }
    entries = []
    guard !groups.isEmpty else { return }
    if call.isSet(Self.asHashTable) {
      let table = PSHashtable()
      for g in groups {
        let key: PSValue = call.isSet(Self.asString) ? .string(name(g.key)) : values(g.key).first ?? .null
        table[key.unwrapped] = collection(g.items)
      }
      try ctx.write(.hashtable(table))
      return
    }
    let noElement = call.isSet(Self.noElement)
    for g in groups {
      let fields: [(String, PSValue)] = [
        ("Values", .array(PSArray(values(g.key), kind: .arrayList))),
        ("Count", .int(Int32(g.items.count))),
        ("Group", noElement ? collection([]) : collection(g.items)),
        ("Name", .string(name(g.key))),
      ]
      let info =
        noElement
        ? ObjectSupport.record(Self.noElementType, Self.groupInfoType, fields: fields)
        : ObjectSupport.record(Self.groupInfoType, fields: fields)
      try ctx.write(info)
    }
  }

  static let groupInfoType = "Microsoft.PowerShell.Commands.GroupInfo"
  static let noElementType = "Microsoft.PowerShell.Commands.GroupInfoNoElement"

  func collection(_ items: [PSValue]) -> PSValue {
    .array(PSArray(items, kind: .genericList("System.Management.Automation.PSObject")))
  }

  /// The key values (a missing property counts as `$null`).
  func values(_ key: OrderKey) -> [PSValue] {
    (0..<key.keyCount).map { k in
      if case .value(let v) = key.key(k) { return v }
      return .null
    }
  }

  /// GroupInfo.BuildName: non-null key values joined by `, `; a collection value as `{a, b}`.
  func name(_ key: OrderKey) -> String {
    var parts: [String] = []
    for v in values(key) where !v.isNull {
      if case .array(let a) = v.unwrapped {
        parts.append("{" + a.items.map { PSConvert.toString($0) }.joined(separator: ", ") + "}")
      } else {
        parts.append(PSConvert.toString(v))
      }
    }
    return parts.joined(separator: ", ")
  }
}

extension ParameterSetName {
  fileprivate static let hashTable: Self = "HashTable"
}
