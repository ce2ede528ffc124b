/// A type as a value: `[int]`, `$x.GetType()`. Prints its full name; has `Name`, `FullName`, `BaseType`.
public final class TypeObject: NativeObject {
  public let type: PSType
  public init(_ type: PSType) { self.type = type }
  public var typeNames: [String] { ["System.RuntimeType", "System.Reflection.TypeInfo", "System.Type", "System.Object"] }
  public var propertyNames: [String] { ["IsPublic", "IsSerial", "Name", "BaseType"] }
  public func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "name": return .string(type.name)
    case "fullname": return .string(type.fullName)
    case "namespace":
      let parts = type.fullName.split(separator: ".")
      return .string(parts.dropLast().joined(separator: "."))
    case "ispublic": return .bool(true)
    case "isserial": return .bool(true)
    case "isarray": return .bool(type.fullName.hasSuffix("[]"))
    case "isenum": return .bool(type.userEnumName != nil)
    case "basetype":
      // A script class (or another type that records its chain) names its base first in `baseTypes`.
      if type.kind == .other, let first = type.baseTypes.first, first != "System.Object",
        !PSObject.isInterfaceName(first), type.userEnumName == nil
      {
        let ctx = ActiveContext.current
        let base = ctx.flatMap { ScriptClasses.resolve(.simple(first), $0) } ?? TypeResolver.resolve(first)
        return .object(PSObject(native: TypeObject(base ?? PSType.named(first))))
      }
      guard let b = TypeObject.baseTypeName(type.fullName) else { return .null }
      return .object(PSObject(native: TypeObject(TypeResolver.resolve(b) ?? PSType.object)))
    default: return nil
    }
  }
  public func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    switch name.lowercased() {
    case "tostring": return .string(type.fullName)
    case "isinstanceoftype": return .bool(arguments.first.map { type.isInstance($0) } ?? false)
    case "getelementtype":
      guard type.fullName.hasSuffix("[]") else { return .null }
      let e = String(type.fullName.dropLast(2))
      return .object(PSObject(native: TypeObject(TypeResolver.resolve(e) ?? PSType.object)))
    default: return nil
    }
  }
  public func toString() -> String { type.fullName }

  static func baseTypeName(_ full: String) -> String? {
    if full == "System.Object" { return nil }
    if full.hasSuffix("[]") { return "System.Array" }
    switch full {
    case "System.Int32", "System.Int64", "System.Double", "System.Decimal", "System.Boolean", "System.Char",
      "System.DateTime", "System.TimeSpan", "System.Guid", "System.Byte", "System.Int16", "System.Single":
      return "System.ValueType"
    default: return "System.Object"
    }
  }
}
