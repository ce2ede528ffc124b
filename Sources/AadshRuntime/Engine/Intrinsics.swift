/// The intrinsic `.Where({})` and `.ForEach({})` methods every value has, and `.PSObject`.
enum Intrinsics {
  static func items(_ v: PSValue) -> [PSValue] {
    switch v {
    case .null: return []
    case .array(let a): return a.items
    default: return enumerateIfCollection(v) ?? [v]
    }
  }

  /// `.Where({ cond }[, mode[, count]])`: mode Default, First, Last, SkipUntil, Until, Split.
  static func whereMethod(_ target: PSValue, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue {
    guard let first = args.first, case .scriptBlock(let sb) = first.unwrapped else {
      throw Members.noOverload("Where", args.count)
    }
    let mode = args.count > 1 ? PSConvert.toString(args[1]).lowercased() : "default"
    let limit = args.count > 2 ? Int(try PSConvert.toInt32(args[2])) : 0
    let list = items(target)
    func test(_ v: PSValue) throws -> Bool { PSConvert.toBool(try ScriptInvoker.invokeForValue(sb, ctx: ctx, dollarUnder: v, args: [])) }
    var out: [PSValue] = []
    switch mode {
    case "first":
      for v in list where try test(v) {
        out.append(v)
        if out.count >= max(1, limit) { break }
      }
    case "last":
      for v in list where try test(v) { out.append(v) }
      out = Array(out.suffix(max(1, limit)))
    case "skipuntil":
      var on = false
      for v in list {
        if !on, try test(v) { on = true }
        if on { out.append(v) }
      }
    case "until":
      for v in list {
        if try test(v) { break }
        out.append(v)
      }
    case "split":
      var no: [PSValue] = []
      for v in list { if try test(v) { out.append(v) } else { no.append(v) } }
      return .array(PSArray([.array(PSArray(out, kind: .psObjectCollection)), .array(PSArray(no, kind: .psObjectCollection))], kind: .psObjectCollection))
    default:
      for v in list where try test(v) {
        out.append(v)
        if limit > 0 && out.count >= limit { break }
      }
    }
    return .array(PSArray(out, kind: .psObjectCollection))
  }

  /// `.ForEach({ })`, `.ForEach('Prop')`, `.ForEach('Method', args...)`, `.ForEach([type])`.
  static func forEachMethod(_ target: PSValue, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue {
    guard let first = args.first else { throw Members.noOverload("ForEach", 0) }
    let list = items(target)
    let sink = CollectingSink()
    switch first.unwrapped {
    case .scriptBlock(let sb):
      for v in list {
        try ScriptInvoker.invoke(sb, ctx: ctx, dollarUnder: v, args: Array(args.dropFirst()), newScope: false, output: EnumeratingSink(sink))
      }
    case .object(let o) where o.native is TypeObject:
      guard let t = (o.native as? TypeObject)?.type else { break }
      for v in list { sink.items.append(try PSConvert.convert(v, to: t)) }
    default:
      let name = PSConvert.toString(first)
      for v in list {
        if args.count == 2, hasProperty(v, name) {
          try Members.setProperty(v, name, args[1], ctx)
          continue
        }
        if args.count > 1 || !hasProperty(v, name) {
          if args.count == 1, !hasMethod(v, name) {
            sink.items.append(try Members.getProperty(v, name, ctx))
            continue
          }
          sink.items.append(try Members.invokeMethod(v, name, Array(args.dropFirst()), ctx))
        } else {
          let pv = try Members.getProperty(v, name, ctx)
          if case .array(let a) = pv { sink.items += a.items } else { sink.items.append(pv) }
        }
      }
    }
    return .array(PSArray(sink.items, kind: .psObjectCollection))
  }

  static func hasProperty(_ v: PSValue, _ name: String) -> Bool {
    switch v {
    case .object(let o):
      if o.property(name) != nil || o.native?.getProperty(name) != nil { return true }
      return o.baseValue.map { hasProperty($0, name) } ?? false
    case .hashtable(let h): return h.containsKey(.string(name))
    default: return PrimitiveMembers.property(v, name) != nil
    }
  }

  static func hasMethod(_ v: PSValue, _ name: String) -> Bool { true }
}

/// `$obj.PSObject`: `Properties`, `TypeNames`, `BaseObject`, `Members`, `Copy()`.
final class PSObjectView: NativeObject {
  let object: PSObject
  init(_ o: PSObject) { object = o }
  var typeNames: [String] { ["System.Management.Automation.PSObject", "System.Object"] }
  var propertyNames: [String] { ["BaseObject", "Members", "Properties", "Methods", "ImmediateBaseObject", "TypeNames"] }
  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "properties": return .object(PSObject(native: PropertyCollection(object)))
    case "typenames": return .object(PSObject(native: TypeNameCollection(object)))
    case "baseobject", "immediatebaseobject": return object.baseValue ?? .object(object)
    case "members": return .object(PSObject(native: PropertyCollection(object)))
    default: return nil
    }
  }
  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    if name.caseInsensitiveEquals("Copy") {
      let c = PSObject(typeNames: object.typeNames)
      c.properties = object.properties
      c.scriptMethods = object.scriptMethods
      c.baseValue = object.baseValue
      c.native = object.native
      return .object(c)
    }
    return nil
  }
}

/// `$obj.PSObject.Properties`: enumerable, indexable by name, with `Add`/`Remove`/`Match`.
final class PropertyCollection: NativeObject, EnumerableNative, IndexableNative {
  let object: PSObject
  init(_ o: PSObject) { object = o }
  var typeNames: [String] { ["System.Management.Automation.PSMemberInfoIntegratingCollection`1[[System.Management.Automation.PSPropertyInfo]]", "System.Object"] }
  var propertyNames: [String] { [] }
  var elements: [PSValue] {
    object.propertyNames.map { .object(PSObject(native: PropertyInfoObject(object, $0))) }
  }
  func getProperty(_ name: String) -> PSValue? {
    // Member enumeration over the property infos (`.Properties.Name`).
    let vals = elements.compactMap { v -> PSValue? in
      guard case .object(let o) = v else { return nil }
      return o.native?.getProperty(name)
    }
    if vals.isEmpty { return nil }
    return vals.count == 1 ? vals[0] : .array(PSArray(vals))
  }
  func index(_ i: PSValue) throws -> PSValue {
    let name = PSConvert.toString(i)
    guard object.propertyNames.contains(where: { $0.caseInsensitiveEquals(name) }) else { return .null }
    return .object(PSObject(native: PropertyInfoObject(object, name)))
  }
  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    switch name.lowercased() {
    case "add":
      guard let p = arguments.first, case .object(let po) = p, let info = po.native as? NotePropertyInfo else { return .null }
      object.setNote(info.name, info.value)
      return .null
    case "remove":
      guard let n = arguments.first else { return .null }
      object.properties.removeValue(forKey: PSConvert.toString(n).lowercased())
      return .null
    case "item":
      guard let n = arguments.first else { return .null }
      return try index(n)
    case "match":
      let pattern = WildcardPattern(arguments.first.map { PSConvert.toString($0) } ?? "*", ignoreCase: true)
      return .array(PSArray(object.propertyNames.filter { pattern.matches($0) }.map { .object(PSObject(native: PropertyInfoObject(object, $0))) }))
    default: return nil
    }
  }
}

/// One property seen through `.PSObject.Properties`: `Name`, `Value`, `MemberType`, `TypeNameOfValue`.
final class PropertyInfoObject: NativeObject {
  let object: PSObject
  let name: String
  init(_ o: PSObject, _ name: String) {
    object = o
    self.name = name
  }
  var typeNames: [String] { ["System.Management.Automation.PSNoteProperty", "System.Management.Automation.PSPropertyInfo", "System.Object"] }
  var propertyNames: [String] { ["Value", "MemberType", "IsSettable", "IsGettable", "TypeNameOfValue", "Name", "IsInstance"] }
  var value: PSValue { (try? Members.objectProperty(object, name, nil)) ?? .null }
  func getProperty(_ n: String) -> PSValue? {
    switch n.lowercased() {
    case "name": return .string(object.property(name)?.name ?? name)
    case "value": return value
    case "membertype":
      if let p = object.property(name) {
        switch p.kind {
        case .note: return .string("NoteProperty")
        case .script: return .string("ScriptProperty")
        case .alias: return .string("AliasProperty")
        }
      }
      return .string("Property")
    case "issettable", "isgettable", "isinstance": return .bool(true)
    case "typenameofvalue": return .string(Members.typeName(value))
    default: return nil
    }
  }
  func setProperty(_ n: String, _ v: PSValue) throws -> Bool {
    guard n.caseInsensitiveEquals("Value") else { return false }
    try Members.setProperty(.object(object), name, v, nil)
    return true
  }
  func toString() -> String { "\(Members.typeName(value)) \(name)=\(PSConvert.toString(value))" }
}
