/// How a value assigned to a type-constrained variable is converted (PowerShell's
/// ArgumentTypeConverterAttribute on a PSVariable), and the engine enums the preference variables
/// are typed to (InitialSessionState gives `$ErrorActionPreference` and friends such a converter).
enum VariableTypes {
  static let enumBases = ["System.Enum", "System.ValueType", "System.Object", "System.IComparable",
                          "System.IFormattable", "System.IConvertible"]

  static let actionPreference = PSType(fullName: ActionPreference.typeName, kind: .other, baseTypes: enumBases)
  static let confirmImpact = PSType(
    fullName: "System.Management.Automation.ConfirmImpact", kind: .other, baseTypes: enumBases)
  static let errorView = PSType(fullName: "System.Management.Automation.ErrorView", kind: .other, baseTypes: enumBases)

  /// The engine enums preference variables hold, by full type name.
  static let engineEnums: [String: EnumDefinition] = {
    func def(_ t: PSType, _ names: [String]) -> (String, EnumDefinition) {
      (t.fullName, EnumDefinition(
        name: t.fullName, members: names.enumerated().map { ($0.element, Int64($0.offset)) }, isFlags: false))
    }
    return Dictionary(uniqueKeysWithValues: [
      def(actionPreference, ["SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend", "Break"]),
      def(confirmImpact, ConfirmImpact.allCases.map(\.name)),
      def(errorView, ["NormalView", "CategoryView", "ConciseView", "DetailedView"]),
    ])
  }()

  /// A value of one of the engine enums by member name (`High`, `ConciseView`).
  static func engineValue(_ t: PSType, _ member: String) -> PSValue {
    guard let def = engineEnums[t.fullName], let m = def.members.first(where: { $0.0 == member }) else {
      return .string(member)
    }
    return def.make(m.1)
  }

  /// Converts a value for a variable constrained to `t`; a failure is the PSInvalidCastException
  /// the conversion raises.
  static func convert(_ value: PSValue, to t: PSType, _ ctx: ExecutionContext) throws -> PSValue {
    if t.kind == .other, let def = engineEnums[t.fullName] {
      if value.isNull {
        throw RuntimeError.invalidCast(
          "Cannot convert null to type \"\(t.fullName)\" due to enumeration values that are not valid. Specify one "
            + "of the following enumeration values and try again. The possible enumeration values are \""
            + def.members.map(\.0).joined(separator: ",") + "\".",
          errorId: "nullToObjectInvalidCast")
      }
      let converted = try def.convert(value)
      if t.fullName == ActionPreference.typeName, Enums.value(converted)?.name == "Suspend" {
        throw RuntimeError.invalidCast(
          "The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more "
            + "information about preference variables, see the Help topic, \"about_Preference_Variables.\"",
          errorId: "InvalidActionPreference", target: converted)
      }
      return converted
    }
    return try Compiler.convertValue(value, to: t, ctx)
  }

  /// The error an assignment to a typed variable raises when the value does not convert and the
  /// variable is held by the session state (script top level, global scope, scope-qualified names):
  /// an ArgumentTransformationMetadataException carrying the conversion's message.
  static func transformationError(_ e: RuntimeError) -> RuntimeError {
    var m = RuntimeError(
      e.message, errorId: "RuntimeException", category: .metadataError,
      exceptionType: "System.Management.Automation.ArgumentTransformationMetadataException", span: e.span)
    m.innerMessage = e.message
    m.innerExceptionType = e.exceptionType
    return m
  }
}
