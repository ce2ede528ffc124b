/// An object whose methods the runtime calls with a context: script class instances and views.
protocol ScriptMethodTarget: NativeObject {
  func invoke(_ name: String, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue
}

extension ScriptObject: ScriptMethodTarget {}

/// `([Base]$this)` inside a method: the same instance, with method lookup starting at the base
/// class (how a method calls the implementation it overrides).
final class BaseView: ScriptMethodTarget {
  let object: ScriptObject
  let start: ScriptClass

  init(_ object: ScriptObject, _ start: ScriptClass) {
    self.object = object
    self.start = start
  }

  var typeNames: [String] { object.typeNames }
  var propertyNames: [String] { object.propertyNames }
  func getProperty(_ name: String) -> PSValue? { object.getProperty(name) }
  func setProperty(_ name: String, _ value: PSValue) throws -> Bool { try object.setProperty(name, value) }
  func toString() -> String { object.toString() }

  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    guard let ctx = ActiveContext.current else { return nil }
    return try invoke(name, arguments, ctx)
  }

  func invoke(_ name: String, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue {
    let found = start.overloads(name, isStatic: false)
    guard !found.isEmpty else { return try object.invoke(name, args, ctx) }
    let chosen = try ClassRuntime.choose(found, args, name: name, ctx)
    return try ClassRuntime.run(chosen.method, owner: chosen.owner, this: object.value, args: args, ctx)
  }
}

extension ScriptClasses {
  /// `[Base]$this` in a method of a derived class: a view that calls the base implementations;
  /// `nil` for every other cast.
  static func baseView(_ v: PSValue, _ t: PSType, _ ctx: ExecutionContext) -> PSValue? {
    guard anyDefined, case .object(let o) = v, let obj = ScriptObject.of(o),
      let target = scriptClass(t, ctx), obj.cls !== target, obj.cls.derives(from: target),
      case .object(let this)? = ctx.currentScope.lookup("this")?.value, this === o
    else { return nil }
    return .object(PSObject(native: BaseView(obj, target)))
  }
}
