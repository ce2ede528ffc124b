import AadshSyntax

/// A value type a cmdlet parameter can be declared with; the binder converts arguments to it.
public protocol ParameterValue {
  /// The PowerShell type arguments are converted to (`nil` = bound as is).
  static var psType: PSType? { get }
  /// Extracts the Swift value from an already converted argument.
  static func extract(_ value: PSValue) -> Self?
}

/// A switch parameter's value (`-Force`, `-Force:$false`).
public struct Switch: ParameterValue, Sendable {
  public let isPresent: Bool
  public init(_ isPresent: Bool) { self.isPresent = isPresent }
  public static var psType: PSType? { .bool }
  public static func extract(_ value: PSValue) -> Switch? { Switch(PSConvert.toBool(value)) }
}

extension String: ParameterValue {
  public static var psType: PSType? { .string }
  public static func extract(_ value: PSValue) -> String? { PSConvert.toString(value) }
}
extension Int32: ParameterValue {
  public static var psType: PSType? { .int32 }
  public static func extract(_ value: PSValue) -> Int32? { try? PSConvert.toInt32(value) }
}
extension Int: ParameterValue {
  public static var psType: PSType? { .int32 }
  public static func extract(_ value: PSValue) -> Int? { (try? PSConvert.toInt32(value)).map(Int.init) }
}
extension Double: ParameterValue {
  public static var psType: PSType? { .double }
  public static func extract(_ value: PSValue) -> Double? { try? PSConvert.toDouble(value) }
}
extension Bool: ParameterValue {
  public static var psType: PSType? { .bool }
  public static func extract(_ value: PSValue) -> Bool? { PSConvert.toBool(value) }
}
extension PSValue: ParameterValue {
  public static var psType: PSType? { nil }
  public static func extract(_ value: PSValue) -> PSValue? { value }
}
extension ScriptBlock: ParameterValue {
  public static var psType: PSType? { .scriptBlock }
  public static func extract(_ value: PSValue) -> Self? {
    if case .scriptBlock(let s) = value.unwrapped { return s as? Self }
    return nil
  }
}
extension Array: ParameterValue where Element: ParameterValue {
  public static var psType: PSType? { (Element.psType ?? .object).makeArrayType() }
  public static func extract(_ value: PSValue) -> [Element]? {
    var out: [Element] = []
    switch value.unwrapped {
    case .array(let a):
      for item in a.items {
        guard let e = Element.extract(item) else { return nil }
        out.append(e)
      }
    case .null: return []
    default:
      guard let e = Element.extract(value) else { return nil }
      out.append(e)
    }
    return out
  }
}

/// A typed key naming one parameter of a cmdlet; `call[Self.name]` reads its bound value.
public struct Parameter<Value: ParameterValue>: Sendable {
  public let spec: ParameterSpec
  public init(
    _ name: String, aliases: [String] = [], sets: [ParameterSetName: ParameterSetMembership] = [.all: .init()],
    validations: [ParameterValidation] = [], allowNull: Bool = false, exactType: PSType? = nil,
    transform: (@Sendable (PSValue) throws -> PSValue)? = nil, help: String
  ) {
    var spec = ParameterSpec(
      name, type: Value.psType, aliases: aliases, isSwitch: Value.self == Switch.self, sets: sets,
      validations: validations, allowNull: allowNull, allowEmptyString: allowNull, help: help)
    spec.exactType = exactType
    spec.transform = transform
    self.spec = spec
  }
  public var name: String { spec.name }
}

/// One documented example of a cmdlet: the code, what it shows, and optionally its exact output.
public struct CmdletExample: Sendable {
  public let code: String
  public let remark: String
  public let output: String?
  public init(_ code: String, remark: String, output: String? = nil) {
    self.code = code
    self.remark = remark
    self.output = output
  }
}

/// PowerShell's `ConfirmImpact`, in rising order.
public enum ConfirmImpact: Int, Comparable, CaseIterable, Sendable {
  case none, low, medium, high

  /// The enum's name as PowerShell spells it.
  public var name: String { ["None", "Low", "Medium", "High"][rawValue] }

  /// Reads a value: the name (case-insensitive), its number, or the enum value itself.
  public init?(value: PSValue) {
    switch value.unwrapped {
    case .int(let n):
      guard let impact = ConfirmImpact(rawValue: Int(n)) else { return nil }
      self = impact
    default:
      let text = PSConvert.toString(value).trimmingSpaces()
      guard let impact = Self.allCases.first(where: { $0.name.caseInsensitiveEquals(text) }) else { return nil }
      self = impact
    }
  }

  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// The declaration of a cmdlet: name, parameters, sets, help. Help, syntax and completion are generated from it.
public struct CmdletSignature: Sendable {
  public let name: String
  public let parameters: [ParameterSpec]
  public let defaultSet: ParameterSetName?
  public let outputTypes: [String]
  public let supportsShouldProcess: Bool
  /// How risky the cmdlet's changes are; `$ConfirmPreference` at or below it makes ShouldProcess ask.
  public let confirmImpact: ConfirmImpact
  public let synopsis: String
  public let description: String
  public let examples: [CmdletExample]
  /// The module the cmdlet belongs to (`Microsoft.PowerShell.Utility`, `MSOnline`, ...).
  public let module: String

  public init(
    _ name: String, module: String = "Microsoft.PowerShell.Utility", defaultSet: ParameterSetName? = nil,
    parameters: [ParameterSpec], outputTypes: [String] = [], supportsShouldProcess: Bool = false,
    confirmImpact: ConfirmImpact = .medium, synopsis: String, description: String = "", examples: [CmdletExample] = []
  ) {
    self.name = name
    self.module = module
    self.defaultSet = defaultSet
    self.parameters = parameters
    self.outputTypes = outputTypes
    self.supportsShouldProcess = supportsShouldProcess
    self.confirmImpact = confirmImpact
    self.synopsis = synopsis
    self.description = description
    self.examples = examples
  }
}

/// A cmdlet: a declaration plus begin/process/end, PowerShell's Cmdlet class in Swift.
///
/// A fresh value is made per invocation. `process` runs once per pipeline object (once with no
/// input when the cmdlet is first in the pipeline).
public protocol Cmdlet {
  static var signature: CmdletSignature { get }
  init()
  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws
  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws
  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws
}

extension Cmdlet {
  public mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {}
  public mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {}
  public mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {}
}

/// The parameters bound for one call (and, in `process`, for the current pipeline object).
public final class BoundCall {
  /// Bound values by lower-cased parameter name, converted to each parameter's type.
  public var values: [String: PSValue]
  public var parameterSet: ParameterSetName
  /// The current pipeline object (`$_`), when the command has pipeline input.
  public var currentInput: PSValue?
  /// True while `process` runs for a real pipeline object (not the single no-input call).
  public var hasPipelineInput = false
  /// Names bound from the pipeline for the current object.
  var pipelineBound: [String] = []
  /// Names bound from the pipeline for the previous object (a spare buffer while the next one binds).
  private var previousBound: [String] = []

  init(values: [String: PSValue], parameterSet: ParameterSetName) {
    self.values = values
    self.parameterSet = parameterSet
  }

  /// The bound value of a parameter; for a parameter that is not bound, the type's empty value.
  public subscript<V>(_ p: Parameter<V>) -> V? {
    guard let v = values[p.spec.key] else { return nil }
    return V.extract(v)
  }

  /// The raw bound value. A call binds few parameters, so they are compared by name rather than the
  /// name lower-cased and hashed (cmdlets ask for a value per pipeline object).
  public func raw(_ name: String) -> PSValue? {
    if values.count <= 8 {
      for (key, value) in values where key.caseInsensitiveEquals(name) { return value }
      return nil
    }
    return values[name.asciiLowercased]
  }

  /// The raw bound value of a declared parameter.
  public func raw<V>(_ p: Parameter<V>) -> PSValue? { values[p.spec.key] }

  /// Binds the next pipeline object: `bind` sets the values it binds (listing them in `pipelineBound`),
  /// replacing the previous object's in place; what the previous object bound and this one does not is
  /// removed afterwards, even when binding fails.
  func rebindPipeline<T>(_ bind: () throws -> T) rethrows -> T {
    swap(&pipelineBound, &previousBound)
    pipelineBound.removeAll(keepingCapacity: true)
    defer {
      for k in previousBound where !pipelineBound.contains(k) { values.removeValue(forKey: k) }
    }
    return try bind()
  }

  /// True when the parameter was given (named, positional, splatted or from the pipeline).
  public func isPresent<V>(_ p: Parameter<V>) -> Bool { values[p.spec.key] != nil }

  /// True when a switch parameter is present and not `:$false`.
  public func isSet(_ p: Parameter<Switch>) -> Bool { self[p]?.isPresent ?? false }
}
