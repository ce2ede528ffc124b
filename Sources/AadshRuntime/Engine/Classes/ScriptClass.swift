import AadshSyntax

/// A type named in a class member, resolved on first use (the enum or class it names may be
/// defined after the class that mentions it).
final class LazyType {
  let name: TypeName
  private var resolved: PSType?

  init(_ name: TypeName) { self.name = name }

  /// True for `[void]`.
  var isVoid: Bool {
    let text = name.description.lowercased()
    return text == "void" || text == "system.void"
  }

  /// The resolved type, or `Unable to find type [X].`.
  func get(_ ctx: ExecutionContext) throws -> PSType {
    if let resolved { return resolved }
    let t = try Compiler.resolveType(name, ctx)
    resolved = t
    return t
  }
}

/// A property declared by a script class (instance or static).
final class ClassProperty {
  let name: String
  let key: String
  let type: LazyType?
  let initializer: Expr?
  let isStatic: Bool
  let isHidden: Bool

  init(name: String, type: LazyType?, initializer: Expr?, isStatic: Bool, isHidden: Bool) {
    self.name = name
    self.key = name.lowercased()
    self.type = type
    self.initializer = initializer
    self.isStatic = isStatic
    self.isHidden = isHidden
  }

  /// The type as `Get-Member` and error texts print it (`System.Object` when untyped).
  func typeDisplayName(_ ctx: ExecutionContext) -> String {
    guard let type else { return "System.Object" }
    return (try? type.get(ctx).fullName) ?? type.name.description
  }
}

/// One parameter of a class method or constructor.
struct ClassParameter {
  let name: String
  let key: String
  let type: LazyType?
}

/// A method or constructor declared by a script class, its body compiled once.
final class ClassMethod {
  let name: String
  let parameters: [ClassParameter]
  let returnType: LazyType?
  let body: Stmt
  let isStatic: Bool
  let isHidden: Bool
  let isConstructor: Bool
  /// The `: base(...)` arguments of a constructor, evaluated in the constructor's scope.
  let baseArguments: [Expr]

  init(
    name: String, parameters: [ClassParameter], returnType: LazyType?, body: @escaping Stmt, isStatic: Bool,
    isHidden: Bool, isConstructor: Bool, baseArguments: [Expr]
  ) {
    self.name = name
    self.parameters = parameters
    self.returnType = returnType
    self.body = body
    self.isStatic = isStatic
    self.isHidden = isHidden
    self.isConstructor = isConstructor
    self.baseArguments = baseArguments
  }

  /// The name error texts use: `.ctor` for constructors.
  var reportedName: String { isConstructor ? ".ctor" : name }
}

/// The stored value of a static property.
final class StaticSlot {
  let property: ClassProperty
  var value: PSValue

  init(property: ClassProperty, value: PSValue) {
    self.property = property
    self.value = value
  }
}

/// A method found on a class or one of its bases, with the class that declares it.
struct BoundMethod {
  let method: ClassMethod
  let owner: ScriptClass
}

/// A script-defined class: its members, its base class, its static state and the scope its
/// methods run under.
final class ScriptClass {
  let name: String
  let base: ScriptClass?
  /// Instance properties declared by this class (not its bases).
  let properties: [ClassProperty]
  /// Instance methods declared by this class, by lower-cased name.
  let methods: [String: [ClassMethod]]
  /// Static methods declared by this class, by lower-cased name.
  let staticMethods: [String: [ClassMethod]]
  let constructors: [ClassMethod]
  /// Static properties declared by this class, by lower-cased name.
  var statics: [String: StaticSlot] = [:]
  /// The scope the definition ran in: the parent of every method's scope.
  let scope: Scope
  /// The .NET exception type this class derives from directly (`class E : System.Exception`).
  let nativeBase: String?
  /// Type names of instances: this class, its script base classes, the .NET base classes.
  let typeNames: [String]
  /// The type `[Name]` gives.
  let type: PSType

  init(
    name: String, base: ScriptClass?, nativeBase: String? = nil, members: [ClassProperty], methods: [ClassMethod],
    scope: Scope
  ) {
    self.name = name
    self.base = base
    self.nativeBase = base == nil ? nativeBase : nil
    self.properties = members.filter { !$0.isStatic }
    var instance: [String: [ClassMethod]] = [:]
    var statics: [String: [ClassMethod]] = [:]
    var ctors: [ClassMethod] = []
    for m in methods {
      if m.isConstructor {
        if !m.isStatic { ctors.append(m) }
      } else if m.isStatic {
        statics[m.name.lowercased(), default: []].append(m)
      } else {
        instance[m.name.lowercased(), default: []].append(m)
      }
    }
    self.methods = instance
    self.staticMethods = statics
    self.constructors = ctors
    self.scope = scope
    let inherited = base?.typeNames ?? self.nativeBase.map { ExceptionHierarchy.chain($0) } ?? ["System.Object"]
    let names = [name] + inherited
    self.typeNames = names
    self.type = PSType(fullName: name, kind: .other, baseTypes: Array(names.dropFirst()))
  }

  /// The .NET exception type at the root of the class chain, if the class derives from one.
  var exceptionBase: String? {
    var c: ScriptClass? = self
    while let cur = c {
      if let n = cur.nativeBase { return n }
      c = cur.base
    }
    return nil
  }

  /// Instance properties in display order: this class's own first, then inherited ones.
  var instanceProperties: [ClassProperty] {
    var out = properties
    var c = base
    while let cur = c {
      for p in cur.properties where !out.contains(where: { $0.key == p.key }) { out.append(p) }
      c = cur.base
    }
    return out
  }

  /// The instance property named `name` here or in a base class.
  func findProperty(_ name: String) -> ClassProperty? {
    let key = name.lowercased()
    var c: ScriptClass? = self
    while let cur = c {
      if let p = cur.properties.first(where: { $0.key == key }) { return p }
      c = cur.base
    }
    return nil
  }

  /// The static property named `name` here or in a base class.
  func findStatic(_ name: String) -> StaticSlot? {
    let key = name.lowercased()
    var c: ScriptClass? = self
    while let cur = c {
      if let s = cur.statics[key] { return s }
      c = cur.base
    }
    return nil
  }

  /// The overloads of an instance (or static) method visible on this class: an override hides
  /// the base method with the same number of parameters.
  func overloads(_ name: String, isStatic: Bool) -> [BoundMethod] {
    let key = name.lowercased()
    var out: [BoundMethod] = []
    var c: ScriptClass? = self
    while let cur = c {
      let table = isStatic ? cur.staticMethods : cur.methods
      for m in table[key] ?? [] where !out.contains(where: { $0.method.parameters.count == m.parameters.count }) {
        out.append(BoundMethod(method: m, owner: cur))
      }
      c = cur.base
    }
    return out
  }

  /// True when this class is `other` or derives from it.
  func derives(from other: ScriptClass) -> Bool {
    var c: ScriptClass? = self
    while let cur = c {
      if cur === other { return true }
      c = cur.base
    }
    return false
  }
}

/// The script classes a session has defined, by lower-cased name.
final class ScriptClassRegistry {
  var classes: [String: ScriptClass] = [:]

  /// The class named `name` (case-insensitive), if defined.
  func find(_ name: String) -> ScriptClass? { classes[name.lowercased()] }
}

extension ExecutionContext {
  /// The session's script classes, created on first use.
  var scriptClasses: ScriptClassRegistry {
    if let r = extensions[ScriptClasses.registryKey] as? ScriptClassRegistry { return r }
    let r = ScriptClassRegistry()
    extensions[ScriptClasses.registryKey] = r
    return r
  }
}
