/// An instance of a script class: its property values and the object scripts hold.
final class ScriptObject: NativeObject {
  let cls: ScriptClass
  /// Property values by lower-cased name (inherited properties included).
  var values: [String: PSValue] = [:]
  /// The .NET exception part, for classes deriving from an exception type.
  let exception: ExceptionState?
  /// The object handed to scripts; kept so `$this` is the same object the caller holds.
  private weak var wrapper: PSObject?

  init(_ cls: ScriptClass) {
    self.cls = cls
    self.exception = cls.exceptionBase.map { ExceptionState(baseType: $0) }
  }

  /// The instance as a script value (always the same object while anyone holds it). An
  /// exception-derived instance is wrapped so the runtime also treats it as an exception.
  var value: PSValue {
    if let w = wrapper { return .object(w) }
    let o = PSObject(native: exception == nil ? self : ScriptException(self))
    wrapper = o
    return .object(o)
  }

  var typeNames: [String] { cls.typeNames }

  var propertyNames: [String] {
    let own = cls.instanceProperties.filter { !$0.isHidden }.map(\.name)
    guard exception != nil else { return own }
    return own + Self.exceptionPropertyNames.filter { n in !own.contains { $0.caseInsensitiveEquals(n) } }
  }

  func getProperty(_ name: String) -> PSValue? {
    guard let p = cls.findProperty(name) else { return exceptionProperty(name) }
    return values[p.key] ?? .null
  }

  func setProperty(_ name: String, _ value: PSValue) throws -> Bool {
    guard let p = cls.findProperty(name) else { return try setExceptionProperty(name, value) }
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
  /// `Equals` or `GetHashCode` (and `GetBaseException` for exceptions); anything else is
  /// `Method invocation failed ...`.
  func invoke(_ name: String, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue {
    let found = cls.overloads(name, isStatic: false)
    if !found.isEmpty {
      let chosen = try ClassRuntime.choose(found, args, name: name, ctx)
      return try ClassRuntime.run(chosen.method, owner: chosen.owner, this: value, args: args, ctx)
    }
    switch name.lowercased() {
    case "gettype" where args.isEmpty: return .object(PSObject(native: TypeObject(cls.type)))
    case "tostring" where args.isEmpty: return .string(exception == nil ? cls.name : exceptionText)
    case "equals" where args.count == 1:
      if let other = ScriptObject.of(args[0]) { return .bool(other === self) }
      return .bool(false)
    case "gethashcode" where args.isEmpty: return .int(Int32(truncatingIfNeeded: ObjectIdentifier(self).hashValue))
    case "getbaseexception" where args.isEmpty && exception != nil: return baseException
    default: break
    }
    if ["gettype", "tostring", "equals", "gethashcode"].contains(name.lowercased()) {
      throw Members.noOverload(name, args.count)
    }
    throw Members.methodNotFound(value, name)
  }

  /// `GetBaseException()`: the innermost exception of the chain.
  private var baseException: PSValue {
    var current = value
    for _ in 0..<64 {
      guard let inner = ScriptObject.of(current)?.exception?.inner ?? nativeInner(current), !inner.isNull else {
        return current
      }
      current = inner
    }
    return current
  }

  private func nativeInner(_ v: PSValue) -> PSValue? {
    guard case .object(let o) = v.unwrapped, let x = o.native as? ExceptionObject else { return nil }
    return x.getProperty("InnerException")
  }

  func toString() -> String {
    let plain = exception == nil ? cls.name : exceptionText
    guard let ctx = ActiveContext.current else { return plain }
    let found = cls.overloads("ToString", isStatic: false).filter { $0.method.parameters.isEmpty }
    guard let m = found.first else { return plain }
    let v = (try? ClassRuntime.run(m.method, owner: m.owner, this: value, args: [], ctx)) ?? .null
    return PSConvert.toString(v)
  }
}
