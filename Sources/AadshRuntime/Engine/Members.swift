import Foundation

/// Member access on values: properties, methods, static members (PowerShell's adapters over .NET
/// members, for the types aadsh implements).
public enum Members {
  static func methodNotFound(_ target: PSValue, _ name: String) -> RuntimeError {
    RuntimeError.invalidOperation(
      "Method invocation failed because [\(typeName(target))] does not contain a method named '\(name)'.",
      errorId: "MethodNotFound", target: target)
  }

  static func typeName(_ v: PSValue) -> String {
    if case .object(let o) = v, o.isCustomObject { return "System.Management.Automation.PSCustomObject" }
    return PSType.of(v).fullName
  }

  /// The value of an extended property.
  public static func propertyValue(_ o: PSObject, _ p: PSProperty) -> PSValue {
    switch p.kind {
    case .note(let v): return v
    case .alias(let target): return (try? getProperty(.object(o), target, nil)) ?? .null
    case .script(let getter, _):
      guard let ctx = ActiveContext.current else { return .null }
      return (try? ScriptInvoker.invokeForValue(getter, ctx: ctx, dollarUnder: nil, args: [], thisValue: .object(o))) ?? .null
    }
  }

  // MARK: Properties

  public static func getProperty(_ target: PSValue, _ name: String, _ ctx: ExecutionContext?) throws -> PSValue {
    if target.isAutomationNull { return try getProperty(.null, name, ctx) }
    switch target {
    case .null, .object: break
    default:
      // The intrinsic members of every value; an array's are its own, not its elements'.
      switch name.lowercased() {
      case "psobject": return .object(PSObject(native: PSObjectView(PSObject.wrapper(of: target))))
      case "pstypenames": return .object(PSObject(native: TypeNameCollection(PSObject.wrapper(of: target))))
      default: break
      }
    }
    switch target {
    case .null:
      let n = name.lowercased()
      return n == "count" || n == "length" ? .int(0) : .null
    case .object(let o): return try objectProperty(o, name, ctx)
    case .hashtable(let h):
      if let v = h[string: name] { return v }
      return hashtableProperty(h, name)
    case .array(let a):
      switch name.lowercased() {
      case "count", "length": return .int(Int32(a.count))
      case "longlength": return .long(Int64(a.count))
      case "rank": return .int(1)
      case "isfixedsize", "isreadonly": return .bool(!a.isResizable && name.lowercased() == "isfixedsize")
      default:
        var out: [PSValue] = []
        for item in a.items {
          let v = try getProperty(item, name, ctx)
          if case .array(let inner) = v { out += inner.items } else if !v.isNull { out.append(v) }
        }
        if out.isEmpty { return .null }
        return out.count == 1 ? out[0] : .array(PSArray(out))
      }
    default:
      if let v = PrimitiveMembers.property(target, name) { return v }
      switch name.lowercased() {
      case "count", "length": return .int(1)
      default: return methodReference(target, name) ?? .null
      }
    }
  }

  /// `'abc'.ToUpper` without parentheses: the method as a value (a PSMethod), `nil` when there is no such method.
  static func methodReference(_ target: PSValue, _ name: String) -> PSValue? {
    guard let m = MethodCatalog.methods(for: target).first(where: { $0.name.caseInsensitiveEquals(name) }) else {
      return nil
    }
    return .object(PSObject(native: MethodReference(target: target, method: m)))
  }

  /// A dictionary's own properties (`Count`, `Keys`, ...); a key of the same name wins over them
  /// except through `psbase`.
  static func hashtableProperty(_ h: PSHashtable, _ name: String) -> PSValue {
    switch name.lowercased() {
    case "psbase": return .object(PSObject(native: DictionaryBase(h)))
    case "count": return .int(Int32(h.count))
    case "keys": return .array(PSArray(h.keys, kind: .collection(h.isOrdered ? "System.Collections.Specialized.OrderedDictionary+OrderedDictionaryKeyValueCollection" : "System.Collections.Hashtable+KeyCollection")))
    case "values": return .array(PSArray(h.values, kind: .collection(h.isOrdered ? "System.Collections.Specialized.OrderedDictionary+OrderedDictionaryKeyValueCollection" : "System.Collections.Hashtable+ValueCollection")))
    case "isreadonly", "isfixedsize", "issynchronized": return .bool(false)
    default: return .null
    }
  }

  static func objectProperty(_ o: PSObject, _ name: String, _ ctx: ExecutionContext?) throws -> PSValue {
    if let p = o.property(name) { return propertyValue(o, p) }
    if let n = o.native, let v = n.getProperty(name) { return v }
    if let b = o.baseValue { return try getProperty(b, name, ctx) }
    switch name.lowercased() {
    case "psobject": return .object(PSObject(native: PSObjectView(o)))
    case "pstypenames": return .object(PSObject(native: TypeNameCollection(o)))
    case "count", "length": return .int(1)
    default: return .null
    }
  }

  public static func setProperty(_ target: PSValue, _ name: String, _ value: PSValue, _ ctx: ExecutionContext?) throws {
    switch target {
    case .object(let o):
      if let p = o.property(name) {
        switch p.kind {
        case .note: o.setNote(p.name, value)
        case .alias(let t): try setProperty(target, t, value, ctx)
        case .script(_, let setter):
          guard let setter, let ctx = ctx ?? ActiveContext.current else { throw propertyNotSettable(name) }
          _ = try ScriptInvoker.invokeForValue(setter, ctx: ctx, dollarUnder: nil, args: [value], thisValue: target)
        }
        return
      }
      if let n = o.native, try n.setProperty(name, value) { return }
      if o.isCustomObject == false, o.native == nil, o.baseValue != nil { throw propertyNotFound(name) }
      if o.native != nil { throw propertyNotFound(name) }
      throw propertyNotFound(name)
    case .hashtable(let h):
      h[string: name] = value
    case .null:
      throw RuntimeError.invalidOperation("The property '\(name)' cannot be found on this object. Verify that the property exists and can be set.", errorId: "PropertyAssignmentException")
    case .array(let a):
      for item in a.items { try setProperty(item, name, value, ctx) }
    default:
      throw propertyNotFound(name)
    }
  }

  static func propertyNotFound(_ name: String) -> RuntimeError {
    RuntimeError.invalidOperation(
      "The property '\(name)' cannot be found on this object. Verify that the property exists and can be set.",
      errorId: "PropertyNotFound")
  }

  static func propertyNotSettable(_ name: String) -> RuntimeError {
    RuntimeError.invalidOperation("'\(name)' is a ReadOnly property.", errorId: "PropertyAssignmentException")
  }

  // MARK: Methods

  public static func invokeMethod(_ target: PSValue, _ name: String, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue {
    let lower = name.lowercased()
    switch lower {
    case "where": return try Intrinsics.whereMethod(target, args, ctx)
    case "foreach": return try Intrinsics.forEachMethod(target, args, ctx)
    default: break
    }
    if target.isNull {
      throw RuntimeError.invalidOperation("You cannot call a method on a null-valued expression.", errorId: "InvokeMethodOnNull")
    }
    let target = target
    if case .object(let o) = target {
      if let m = o.scriptMethods[lower] {
        return try ScriptInvoker.invokeForValue(m.body, ctx: ctx, dollarUnder: nil, args: args, thisValue: target)
      }
      if let s = o.native as? any ScriptMethodTarget { return try s.invoke(name, args, ctx) }
      if let n = o.native {
        do {
          if let v = try n.invokeMethod(name, args) { return v }
        } catch let e as RuntimeError where e.errorId != "MethodInvocationException" && !e.isScriptTerminating {
          throw wrapMethodError(name, args.count, e)
        }
      }
      if lower == "gettype", args.isEmpty, let t = PSType.narrowNumberType(o) {
        return .object(PSObject(native: TypeObject(t)))
      }
      if let b = o.baseValue { return try invokeMethod(b, name, args, ctx) }
    }
    do {
      if let v = try PrimitiveMembers.invoke(target, lower, args, ctx) { return v }
    } catch let e as RuntimeError where e.errorId.hasPrefix("MethodArgument") || e.exceptionType.hasPrefix("System.") && !e.exceptionType.hasPrefix("System.Management") {
      throw wrapMethodError(name, args.count, e)
    }
    switch lower {
    case "gettype": return .object(PSObject(native: TypeObject(PSType.of(target))))
    case "tostring":
      if args.isEmpty { return .string(PSConvert.toString(target)) }
    case "equals":
      guard let other = args.first else { break }
      return .bool(PSCompare.equals(target, other, ignoreCase: false))
    case "gethashcode": return .int(Int32(truncatingIfNeeded: PSConvert.toString(target).hashValue))
    default: break
    }
    // Member enumeration: call the method on each element.
    if case .array(let a) = target {
      var out: [PSValue] = []
      for item in a.items {
        let v = try invokeMethod(item, name, args, ctx)
        if case .array(let inner) = v { out += inner.items } else if !v.isNull { out.append(v) }
      }
      return out.count == 1 ? out[0] : .array(PSArray(out))
    }
    throw methodNotFound(target, name)
  }

  /// `Exception calling "X" with "N" argument(s): "inner message"` (MethodInvocationException).
  static func wrapMethodError(_ name: String, _ count: Int, _ e: RuntimeError) -> RuntimeError {
    var w = RuntimeError(
      "Exception calling \"\(name)\" with \"\(count)\" argument(s): \"\(e.message)\"",
      errorId: e.exceptionType.split(separator: ".").last.map(String.init) ?? "MethodInvocationException",
      category: .notSpecified, exceptionType: "System.Management.Automation.MethodInvocationException")
    w.innerMessage = e.message
    w.innerExceptionType = e.exceptionType
    return w
  }

  /// `Cannot find an overload for "X" and the argument count: "N".`
  static func noOverload(_ name: String, _ count: Int) -> RuntimeError {
    RuntimeError(
      "Cannot find an overload for \"\(name)\" and the argument count: \"\(count)\".",
      errorId: "MethodCountCouldNotFindBest", category: .notSpecified,
      exceptionType: "System.Management.Automation.MethodException")
  }
}

/// The context of the running session, for members that run script (script properties) without one passed in.
enum ActiveContext {
  nonisolated(unsafe) static var current: ExecutionContext?
}

extension ScriptInvoker {
  static func invokeForValue(_ sb: ScriptBlock, ctx: ExecutionContext, dollarUnder: PSValue?, args: [PSValue], thisValue: PSValue) throws -> PSValue {
    let sink = CollectingSink()
    try invoke(sb, ctx: ctx, dollarUnder: dollarUnder, args: args, newScope: true, output: sink, this: thisValue)
    return sink.result
  }
}

/// `$obj.PSTypeNames` / `$obj.PSObject.TypeNames`: a live view of the object's type names
/// (`Insert(0, 'My.Type')` gives the object a registered view).
final class TypeNameCollection: NativeObject, EnumerableNative, IndexableNative {
  let object: PSObject
  init(_ o: PSObject) { object = o }
  var typeNames: [String] { ["System.Collections.ObjectModel.Collection`1[[System.String]]", "System.Object"] }
  var propertyNames: [String] { ["Count"] }
  var elements: [PSValue] { object.typeNames.map { .string($0) } }
  func getProperty(_ name: String) -> PSValue? {
    name.caseInsensitiveEquals("Count") ? .int(Int32(object.typeNames.count)) : nil
  }
  func index(_ i: PSValue) throws -> PSValue { try Indexing.element(elements, i) ?? .null }
  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    let args = arguments.map { PSConvert.toString($0) }
    switch name.lowercased() {
    case "insert":
      guard arguments.count == 2 else { return nil }
      let i = Int(try PSConvert.toInt32(arguments[0]))
      object.typeNames.insert(args[1], at: max(0, min(i, object.typeNames.count)))
      return .null
    case "add":
      guard let n = args.first else { return nil }
      object.typeNames.append(n)
      return .null
    case "remove":
      guard let n = args.first, let i = object.typeNames.firstIndex(of: n) else { return .bool(false) }
      object.typeNames.remove(at: i)
      return .bool(true)
    case "clear":
      object.typeNames.removeAll()
      return .null
    case "contains": return .bool(args.first.map { object.typeNames.contains($0) } ?? false)
    default: return nil
    }
  }
  func toString() -> String { object.typeNames.joined(separator: " ") }
}

extension PSObject {
  /// Type names for a PSObject wrapping `v` (most specific first, ending in `System.Object`).
  public static func typeNames(of v: PSValue) -> [String] {
    if case .object(let o) = v { return o.typeNames }
    let t = PSType.of(v)
    // The class chain only: interfaces (`System.IComparable`) are not type names.
    var names = [t.fullName] + t.baseTypes.filter { !isInterfaceName($0) && $0 != "System.Object" }
    names.append("System.Object")
    return names
  }

  /// True for .NET interface names (`System.Collections.IList`): the last part is `I` and a capital.
  static func isInterfaceName(_ name: String) -> Bool {
    let last = name.split(separator: ".").last.map(Array.init) ?? []
    return last.count > 2 && last[0] == "I" && last[1].isUppercase
  }

  /// The value as a PSObject that can carry note properties: itself if it is one, else a wrapper.
  public static func wrapper(of v: PSValue) -> PSObject {
    if case .object(let o) = v { return o }
    let w = PSObject(typeNames: typeNames(of: v))
    w.baseValue = v
    return w
  }
}

/// `$hashtable.psbase`: the dictionary's own properties, past any key of the same name.
final class DictionaryBase: NativeObject {
  let table: PSHashtable
  init(_ t: PSHashtable) { table = t }
  var typeNames: [String] { PSObject.typeNames(of: .hashtable(table)) }
  var propertyNames: [String] { ["IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count"] }
  func getProperty(_ name: String) -> PSValue? {
    let v = Members.hashtableProperty(table, name)
    return v.isNull && !propertyNames.contains(where: { $0.caseInsensitiveEquals(name) }) ? nil : v
  }
  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    try CollectionMembers.invoke(table, name.lowercased(), arguments)
  }
  func toString() -> String { PSConvert.toString(.hashtable(table)) }
}

/// A method as a value: `Invoke(...)` calls it on the object it came from.
final class MethodReference: NativeObject {
  let target: PSValue
  let method: MethodCatalog.Method
  init(target: PSValue, method: MethodCatalog.Method) {
    self.target = target
    self.method = method
  }
  var typeNames: [String] {
    ["System.Management.Automation.PSMethod", "System.Management.Automation.PSMethodInfo",
     "System.Management.Automation.PSMemberInfo", "System.Object"]
  }
  var propertyNames: [String] { ["OverloadDefinitions", "TypeNameOfValue", "MemberType", "Value", "Name", "IsInstance"] }

  /// The overloads, one definition each (`int IndexOf(char value)`, ...).
  var overloads: [String] {
    var out: [String] = []
    var current = ""
    var depth = 0
    for ch in method.definition {
      if ch == "(" { depth += 1 } else if ch == ")" { depth -= 1 }
      if ch == ",", depth == 0 {
        out.append(current.trimmingSpaces())
        current = ""
      } else {
        current.append(ch)
      }
    }
    if !current.isEmpty { out.append(current.trimmingSpaces()) }
    return out
  }

  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "overloaddefinitions": return .array(PSArray(overloads.map { .string($0) }, kind: .genericList("System.String")))
    case "typenameofvalue": return .string("System.Management.Automation.PSMethod")
    case "membertype": return .object(PSObject(native: EnumValue(typeName: "System.Management.Automation.PSMemberTypes", name: "Method", value: 64)))
    case "value": return .object(PSObject(native: self))
    case "name": return .string(method.name)
    case "isinstance": return .bool(true)
    default: return nil
    }
  }
  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    guard name.caseInsensitiveEquals("Invoke") else { return nil }
    guard let ctx = ActiveContext.current else { return nil }
    return try Members.invokeMethod(target, method.name, arguments, ctx)
  }
  func toString() -> String { method.definition }
}
