import AadshSyntax

/// Where the rest of the runtime meets script classes: type names, static members,
/// constructors and conversions.
enum ScriptClasses {
  static let registryKey = "aadsh.scriptClasses"
  /// False until a script defines a class, so type lookups skip the registry until then.
  nonisolated(unsafe) static var anyDefined = false

  /// Makes `[Name]` casts and `New-Object Name` reach the session's class of that name.
  static func install(_ name: String) {
    anyDefined = true
    let key = name.lowercased()
    PSConvert.customConverters[key] = { v in
      guard let ctx = ActiveContext.current, let cls = ctx.scriptClasses.find(key) else { return nil }
      return try ClassRuntime.convert(v, to: cls, ctx)
    }
    Constructors.customConstructors[key] = { args, ctx in
      guard let cls = ctx.scriptClasses.find(key) else { throw Members.noOverload("new", args.count) }
      return try ClassRuntime.construct(cls, args, ctx)
    }
  }

  /// The class a type stands for, if it is a script class of this session.
  static func scriptClass(_ type: PSType, _ ctx: ExecutionContext) -> ScriptClass? {
    guard anyDefined, type.userEnumName == nil, let cls = ctx.scriptClasses.find(type.fullName),
      cls.name == type.fullName
    else { return nil }
    return cls
  }

  /// Resolves a type name that mentions a script class (`[C]`, `[C[]]`, `[List[C]]`); `nil`
  /// when it mentions none, leaving the name to the usual resolution.
  static func resolve(_ name: TypeName, _ ctx: ExecutionContext) -> PSType? {
    guard anyDefined, mentionsClass(name, ctx.scriptClasses) else { return nil }
    return resolveParts(name, ctx)
  }

  static func mentionsClass(_ name: TypeName, _ registry: ScriptClassRegistry) -> Bool {
    switch name {
    case .simple(let n): return registry.find(n) != nil
    case .array(let e, _): return mentionsClass(e, registry)
    case .generic(_, let args): return args.contains { mentionsClass($0, registry) }
    }
  }

  static func resolveParts(_ name: TypeName, _ ctx: ExecutionContext) -> PSType? {
    switch name {
    case .simple(let n):
      if let c = ctx.scriptClasses.find(n) { return c.type }
      if let e = ctx.enums[n.lowercased()] { return PSType.userEnum(e.name) }
      return TypeResolver.resolve(name)
    case .array(let e, _): return resolveParts(e, ctx)?.makeArrayType()
    case .generic(let n, let args):
      let resolved = args.compactMap { resolveParts($0, ctx) }
      guard resolved.count == args.count else { return nil }
      return TypeResolver.resolveGeneric(n, resolved)
    }
  }

  /// `[C]::Name`: a static property (here or inherited); `$null` when there is none.
  static func getStatic(_ type: PSType, _ name: String, _ ctx: ExecutionContext) -> PSValue? {
    guard let cls = scriptClass(type, ctx) else { return nil }
    return cls.findStatic(name)?.value ?? .null
  }

  /// `[C]::Name = v`: converts to the property's type; false when `type` is not a script class.
  static func setStatic(_ type: PSType, _ name: String, _ value: PSValue, _ ctx: ExecutionContext) throws -> Bool {
    guard let cls = scriptClass(type, ctx) else { return false }
    guard let slot = cls.findStatic(name) else { throw Members.propertyNotFound(name) }
    slot.value = try ClassRuntime.convertForSet(value, slot.property, ctx)
    return true
  }

  /// `[C]::M(args)`: a static method; `nil` when `type` is not a script class or has no such method
  /// (`new` and the usual fallbacks are then handled by the caller).
  static func invokeStatic(_ type: PSType, _ name: String, _ args: [PSValue], _ ctx: ExecutionContext) throws
    -> PSValue?
  {
    guard let cls = scriptClass(type, ctx) else { return nil }
    let found = cls.overloads(name, isStatic: true)
    if found.isEmpty {
      if name.caseInsensitiveEquals("new") { return try ClassRuntime.construct(cls, args, ctx) }
      throw Members.staticNotFound(type, name)
    }
    let chosen = try ClassRuntime.choose(found, args, name: name, ctx)
    return try ClassRuntime.run(chosen.method, owner: chosen.owner, this: nil, args: args, ctx)
  }
}
