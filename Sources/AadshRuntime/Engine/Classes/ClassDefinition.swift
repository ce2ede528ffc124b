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
        try define(name: name, baseNames: baseNames, span: span, properties: properties, methods: methods, ctx)
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
    name: String, baseNames: [TypeName], span: SourceSpan, properties: [ClassProperty], methods: [ClassMethod],
    _ ctx: ExecutionContext
  ) throws {
    let registry = ctx.scriptClasses
    var base: ScriptClass? = nil
    var nativeBase: String? = nil
    for (i, b) in baseNames.enumerated() {
      if case .simple(let n) = b, let c = registry.find(n) {
        if base == nil && nativeBase == nil { base = c }
        continue
      }
      guard let t = try resolveBase(b, span: span, ctx) else { continue }
      if i == 0 { nativeBase = try BaseTypes.nativeBase(t, span: typeNameSpan(b, in: span)) }
    }
    let cls = ScriptClass(
      name: name, base: base, nativeBase: nativeBase, members: properties, methods: methods, scope: ctx.currentScope)
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

  /// The .NET type a base type name stands for; `nil` for an interface aadsh does not model.
  /// A name that resolves nowhere is PowerShell's parse-time `Unable to find type [X].`, which
  /// stops the script before it runs, unless the script declares a class of that name (a base
  /// written after the class that uses it, which fails as before).
  static func resolveBase(_ b: TypeName, span: SourceSpan, _ ctx: ExecutionContext) throws -> PSType? {
    do {
      return try Compiler.resolveType(b, ctx)
    } catch let e as RuntimeError {
      if BaseTypes.isKnownInterface(b) { return nil }
      if BaseTypes.isKnownUnsupported(b) { throw BaseTypes.unsupported(b.description, span: span) }
      if case .simple(let n) = b, declaresClass(named: n, in: span.file) { throw e }
      throw BaseTypes.parseError(
        "Unable to find type [\(b.description)].", id: "TypeNotFound", span: typeNameSpan(b, in: span))
    }
  }

  /// True when the script text declares `class <name>` somewhere.
  static func declaresClass(named name: String, in file: SourceFile) -> Bool {
    let text = Array(file.text.lowercased().utf8)
    let word = Array("class".utf8)
    let target = Array(name.lowercased().utf8)
    var i = 0
    while i + word.count < text.count {
      defer { i += 1 }
      guard text[i..<(i + word.count)].elementsEqual(word), i == 0 || !isNameByte(text[i - 1]) else { continue }
      var j = i + word.count
      guard j < text.count, text[j] == 32 || text[j] == 9 else { continue }
      while j < text.count && (text[j] == 32 || text[j] == 9) { j += 1 }
      let end = j + target.count
      guard end <= text.count, text[j..<end].elementsEqual(target) else { continue }
      if end == text.count || !isNameByte(text[end]) { return true }
    }
    return false
  }

  static func isNameByte(_ b: UInt8) -> Bool {
    (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 95 || b == 46 || b >= 128
  }

  /// Where a base type name is written in the class header (the whole header when not found).
  static func typeNameSpan(_ b: TypeName, in span: SourceSpan) -> SourceSpan {
    let bytes = span.file.bytes
    var headerEnd = span.start
    while headerEnd < min(span.end, bytes.count) && bytes[headerEnd] != 123 { headerEnd += 1 }
    var colon = span.start
    while colon < headerEnd && bytes[colon] != 58 { colon += 1 }
    let header = Array(bytes[min(colon, headerEnd)..<headerEnd]).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    var names = [b.description]
    if case .generic(let n, _) = b { names.append(n) }
    if case .array(let e, _) = b { names.append(e.description) }
    for name in names {
      let target = Array(name.lowercased().utf8)
      guard !target.isEmpty, header.count >= target.count else { continue }
      for k in 0...(header.count - target.count) where header[k..<(k + target.count)].elementsEqual(target) {
        return SourceSpan(file: span.file, start: colon + k, end: colon + k + target.count)
      }
    }
    return SourceSpan(file: span.file, start: span.start, end: headerEnd)
  }
}

/// The .NET base types a script class may name, and the errors for the ones it may not.
enum BaseTypes {
  /// What deriving from .NET type `t` gives: the exception type to start from, `nil` for
  /// `System.Object` and interfaces; sealed and unsupported types are errors.
  static func nativeBase(_ t: PSType, span: SourceSpan) throws -> String? {
    if ExceptionHierarchy.isException(t) { return t.fullName }
    if t.kind == .object { return nil }
    if t.userEnumName != nil || t.kind == .string || ClassRuntime.isValueType(t) {
      throw parseError("Cannot inherit from sealed class '\(t.name)'.", id: "SealedBaseClass", span: span)
    }
    if t.baseTypes.isEmpty && isInterfaceName(t.name) { return nil }
    throw unsupported(t.fullName, span: span)
  }

  /// A parse-time error: it ends the script, shown as `ParserError:` at `span`.
  static func parseError(_ message: String, id: String, span: SourceSpan) -> RuntimeError {
    var e = RuntimeError(
      message, errorId: id, category: .parserError, exceptionType: "System.Management.Automation.ParseException",
      span: span)
    e.isScriptTerminating = true
    return e
  }

  /// A .NET base class the runtime cannot derive from: the class is not defined.
  static func unsupported(_ typeName: String, span: SourceSpan) -> RuntimeError {
    RuntimeError(
      "Cannot derive a class from [\(typeName)]: only script classes and exception types can be base classes.",
      errorId: "BaseTypeNotSupported", category: .notImplemented,
      exceptionType: "System.Management.Automation.PSNotSupportedException", targetObject: .string(typeName),
      span: span)
  }

  /// `IComparable`, `IDisposable`, ...: an `I` followed by a capital letter.
  static func isInterfaceName(_ name: String) -> Bool {
    let chars = Array(name)
    return chars.count > 1 && chars[0] == "I" && chars[1].isUppercase
  }

  /// The last part of a type name without namespace or type arguments, lower-cased.
  static func leafName(_ b: TypeName) -> String {
    switch b {
    case .simple(let n): return String(n.split(separator: ".").last ?? Substring(n)).lowercased()
    case .generic(let n, _): return String(n.split(separator: ".").last ?? Substring(n)).lowercased()
    case .array(let e, _): return leafName(e)
    }
  }

  /// .NET interfaces classes commonly implement; accepted and not modelled.
  static func isKnownInterface(_ b: TypeName) -> Bool {
    knownInterfaces.contains(leafName(b))
  }

  static let knownInterfaces: Set<String> = [
    "ivalidatesetvaluesgenerator", "iargumentcompleter", "iargumentcompleterfactory", "idisposable", "icomparable",
    "iequatable", "icomparer", "iequalitycomparer", "ienumerable", "ienumerator", "icloneable", "iformattable",
    "iconvertible",
  ]

  /// PowerShell base classes scripts derive from that the runtime does not model.
  static func isKnownUnsupported(_ b: TypeName) -> Bool {
    knownUnsupported.contains(leafName(b))
  }

  static let knownUnsupported: Set<String> = [
    "validateargumentsattribute", "validateenumeratedargumentsattribute", "argumenttransformationattribute",
    "attribute", "pscmdlet", "cmdlet", "psobject",
  ]
}
