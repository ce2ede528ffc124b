import AadshSyntax

/// Compiles `class Name : Base { ... }`: member bodies once, the type itself each time the
/// statement runs (as PowerShell redefines a class when its definition runs again).
enum ClassDefinition {
  static func compile(_ t: TypeDefinitionAst) -> Stmt {
    let name = t.name
    let span = t.span
    var properties: [ClassProperty] = []
    var methods: [ClassMethod] = []
    for member in t.members {
      if let p = member as? PropertyMemberAst {
        properties.append(compileProperty(p))
      } else if let f = member as? FunctionMemberAst {
        methods.append(compileMethod(f))
      }
    }
    let baseNames = t.baseTypes
    return { ctx, _ in
      try located(span) {
        try define(name: name, baseNames: baseNames, properties: properties, methods: methods, ctx)
      }
    }
  }

  static func compileProperty(_ p: PropertyMemberAst) -> ClassProperty {
    ClassProperty(
      name: p.name, type: p.propertyType.map { LazyType($0.typeName) },
      initializer: p.initialValue.map { Compiler.compileExpression($0) }, isStatic: p.isStatic,
      isHidden: p.isHidden)
  }

  static func compileMethod(_ f: FunctionMemberAst) -> ClassMethod {
    let params = f.parameters.map { p -> ClassParameter in
      let constraint = p.attributes.compactMap { $0 as? TypeConstraintAst }.first
      return ClassParameter(
        name: p.name.path.name, key: p.name.path.name.lowercased(), type: constraint.map { LazyType($0.typeName) })
    }
    let body: Stmt = f.body.endBlock.map { Compiler.compileNamedBlock($0) } ?? { _, _ in }
    return ClassMethod(
      name: f.name, parameters: params, returnType: f.returnType.map { LazyType($0.typeName) }, body: body,
      isStatic: f.isStatic, isHidden: f.isHidden, isConstructor: f.isConstructor,
      baseArguments: f.baseArguments.map { Compiler.compileExpression($0) })
  }

  /// Defines (or redefines) the class in the session and initializes its static properties.
  static func define(
    name: String, baseNames: [TypeName], properties: [ClassProperty], methods: [ClassMethod],
    _ ctx: ExecutionContext
  ) throws {
    let registry = ctx.scriptClasses
    var base: ScriptClass? = nil
    for b in baseNames {
      if case .simple(let n) = b, let c = registry.find(n) {
        if base == nil { base = c }
        continue
      }
      _ = try Compiler.resolveType(b, ctx)
    }
    let cls = ScriptClass(name: name, base: base, members: properties, methods: methods, scope: ctx.currentScope)
    registry.classes[name.lowercased()] = cls
    ScriptClasses.install(name)
    for p in properties where p.isStatic {
      cls.statics[p.key] = StaticSlot(property: p, value: .null)
      cls.statics[p.key]?.value = try ClassRuntime.initialValue(p, owner: cls, this: nil, ctx)
    }
    for m in methods where m.isConstructor && m.isStatic && m.parameters.isEmpty {
      _ = try ClassRuntime.run(m, owner: cls, this: nil, args: [], ctx)
    }
  }
}
