/// An instance of a script class: its property values and the object scripts hold.
final class ScriptObject: NativeObject {
  let cls: ScriptClass
  /// Property values by lower-cased name (inherited properties included).
  var values: [String: PSValue] = [:]
  /// The object handed to scripts; kept so `$this` is the same object the caller holds.
  private weak var wrapper: PSObject?

  init(_ cls: ScriptClass) { self.cls = cls }

  /// The instance as a script value (always the same object while anyone holds it).
  var value: PSValue {
    if let w = wrapper { return .object(w) }
    let o = PSObject(native: self)
    wrapper = o
    return .object(o)
  }

  var typeNames: [String] { cls.typeNames }

  var propertyNames: [String] { cls.instanceProperties.filter { !$0.isHidden }.map(\.name) }

  func getProperty(_ name: String) -> PSValue? {
    guard let p = cls.findProperty(name) else { return nil }
    return values[p.key] ?? .null
  }

  func setProperty(_ name: String, _ value: PSValue) throws -> Bool {
    guard let p = cls.findProperty(name) else { return false }
    guard let ctx = ActiveContext.current else {
      values[p.key] = value
      return true
    }
    values[p.key] = try ClassRuntime.convertForSet(value, p, ctx)
    return true
  }

  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    guard let ctx = ActiveContext.current else { return nil }
    return try invoke(name, arguments, ctx)
  }

  /// Calls a method: a declared one (chosen by argument count), else `GetType`, `ToString`,
  /// `Equals` or `GetHashCode`; anything else is `Method invocation failed ...`.
  func invoke(_ name: String, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue {
    let found = cls.overloads(name, isStatic: false)
    if !found.isEmpty {
      let chosen = try ClassRuntime.choose(found, args, name: name, ctx)
      return try ClassRuntime.run(chosen.method, owner: chosen.owner, this: value, args: args, ctx)
    }
    switch name.lowercased() {
    case "gettype" where args.isEmpty: return .object(PSObject(native: TypeObject(cls.type)))
    case "tostring" where args.isEmpty: return .string(cls.name)
    case "equals" where args.count == 1:
      if case .object(let o) = args[0].unwrapped, let other = o.native as? ScriptObject { return .bool(other === self) }
      return .bool(false)
    case "gethashcode" where args.isEmpty: return .int(Int32(truncatingIfNeeded: ObjectIdentifier(self).hashValue))
    default: break
    }
    if ["gettype", "tostring", "equals", "gethashcode"].contains(name.lowercased()) {
      throw Members.noOverload(name, args.count)
    }
    throw Members.methodNotFound(value, name)
  }

  func toString() -> String {
    guard let ctx = ActiveContext.current else { return cls.name }
    let found = cls.overloads("ToString", isStatic: false).filter { $0.method.parameters.isEmpty }
    guard let m = found.first else { return cls.name }
    let v = (try? ClassRuntime.run(m.method, owner: m.owner, this: value, args: [], ctx)) ?? .null
    return PSConvert.toString(v)
  }
}
