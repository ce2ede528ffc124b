/// A data class of a command module (`Microsoft.Open.AzureAD.Model.PasswordProfile`): typed
/// properties in declaration order, built empty by `New-Object` or `[T]::new()` and filled by
/// assignment, as the module's .NET model classes are.
public struct ModelType: Sendable {
  /// The type of one property: what an assignment converts the value to.
  public enum PropertyType: Sendable {
    case string
    /// `Nullable[bool]`: `$null` until set.
    case nullableBool
    /// `List[string]`.
    case stringList
    /// `List[T]` of another model type (full name).
    case modelList(String)
  }

  /// One property; a secret one is readable by name but never listed, so it is not displayed or exported.
  public struct Property: Sendable {
    public let name: String
    public let type: PropertyType
    public let isSecret: Bool
    public init(_ name: String, _ type: PropertyType, secret: Bool = false) {
      self.name = name
      self.type = type
      self.isSecret = secret
    }
  }

  public let fullName: String
  public let properties: [Property]
  public init(_ fullName: String, _ properties: [Property]) {
    self.fullName = fullName
    self.properties = properties
  }

  /// The short class name (`PasswordProfile`).
  public var name: String { fullName.split(separator: ".").last.map(String.init) ?? fullName }

  /// The type as scripts see it (`[Microsoft.Open.AzureAD.Model.PasswordProfile]`).
  public var psType: PSType { PSType(fullName: fullName, kind: .other, baseTypes: ["System.Object"]) }
}

/// The model types the session knows, by lower-cased full name; registering one makes
/// `New-Object T`, `[T]::new()` and `[T]` work.
public enum ModelTypes {
  static let registry = LockedRegistry<ModelType>()

  /// Registers a model type and its default constructor.
  public static func register(_ type: ModelType) {
    registry[type.fullName.lowercased()] = type
    Constructors.customConstructors[type.fullName.lowercased()] = { args, _ in
      guard args.isEmpty else {
        throw RuntimeError(
          "Cannot find an overload for \"new\" and the argument count: \"\(args.count)\".",
          errorId: "MethodCountCouldNotFindBest", category: .invalidOperation)
      }
      return .object(PSObject(native: ModelObject(type)))
    }
  }

  /// The registered type of that full name.
  public static func find(_ fullName: String) -> ModelType? { registry[fullName.lowercased()] }
}

/// An instance of a model type.
public final class ModelObject: NativeObject {
  public let type: ModelType
  var values: [PSValue]

  public init(_ type: ModelType) {
    self.type = type
    self.values = Array(repeating: .null, count: type.properties.count)
  }

  public var typeNames: [String] { [type.fullName, "System.Object"] }
  public var propertyNames: [String] { type.properties.filter { !$0.isSecret }.map(\.name) }

  func slot(_ name: String) -> Int? { type.properties.firstIndex { $0.name.caseInsensitiveEquals(name) } }

  public func getProperty(_ name: String) -> PSValue? { slot(name).map { values[$0] } }

  public func setProperty(_ name: String, _ value: PSValue) throws -> Bool {
    guard let i = slot(name) else { return false }
    do {
      values[i] = try convert(value.unwrapped, to: type.properties[i].type)
    } catch var e as RuntimeError {
      e.message = "Exception setting \"\(type.properties[i].name)\": \"\(e.message)\""
      e.errorId = "ExceptionWhenSetting"
      e.exceptionType = "System.Management.Automation.SetValueInvocationException"
      throw e
    }
    return true
  }

  func convert(_ v: PSValue, to t: ModelType.PropertyType) throws -> PSValue {
    if v.isNull { return .null }
    switch t {
    case .string: return .string(PSConvert.toString(v))
    case .nullableBool: return .bool(PSConvert.toBool(v))
    case .stringList:
      var items: [PSValue] = []
      v.forEachEnumerated { items.append(.string(PSConvert.toString($0))) }
      return .array(PSArray(items, kind: .genericList("System.String")))
    case .modelList(let element):
      var items: [PSValue] = []
      var bad: PSValue?
      v.forEachEnumerated { item in
        if case .object(let o) = item, let m = o.native as? ModelObject, m.type.fullName == element {
          items.append(item)
        } else if bad == nil {
          bad = item
        }
      }
      if let bad {
        throw RuntimeError(
          "Cannot convert the \"\(PSConvert.toString(bad))\" value of type \"\(PSType.of(bad).fullName)\" to type "
            + "\"System.Collections.Generic.List`1[\(element)]\".",
          errorId: "ConvertToFinalInvalidCastException", category: .invalidArgument,
          exceptionType: "System.Management.Automation.PSInvalidCastException")
      }
      return .array(PSArray(items, kind: .genericList(element)))
    }
  }

  /// The model classes' ToString: `class Name {` and one `  Property: value` line per property.
  public func toString() -> String {
    var lines = ["class \(type.name) {"]
    for (i, p) in type.properties.enumerated() where !p.isSecret {
      lines.append("  \(p.name): " + text(values[i]))
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A value as the generated ToString writes it: a list by its .NET type name, anything else as text.
  func text(_ v: PSValue) -> String {
    if case .array(let a) = v, case .genericList(let element) = a.kind {
      return "System.Collections.Generic.List`1[\(element)]"
    }
    return PSConvert.toString(v)
  }
}
