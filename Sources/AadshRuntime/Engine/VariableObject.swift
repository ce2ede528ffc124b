/// `System.Management.Automation.PSVariable` as `Get-Variable` and `$ExecutionContext.SessionState.PSVariable`
/// return it: a live view of one variable.
public final class VariableObject: NativeObject {
  let variable: PSVariable
  weak var ctx: ExecutionContext?
  public init(_ variable: PSVariable, ctx: ExecutionContext?) {
    self.variable = variable
    self.ctx = ctx
  }

  public var typeNames: [String] { ["System.Management.Automation.PSVariable", "System.Object"] }
  public var propertyNames: [String] {
    ["Name", "Description", "Value", "Visibility", "Module", "ModuleName", "Options", "Attributes"]
  }

  public func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "name": return .string(variable.name)
    case "description": return .string(variable.description)
    case "value": return variable.value
    case "visibility":
      return .object(PSObject(native: EnumValue(
        typeName: "System.Management.Automation.SessionStateEntryVisibility", name: "Public", value: 0)))
    case "module": return .null
    case "modulename": return .string("")
    case "options": return ScopedOptions.value(variable.options)
    case "attributes": return .array(PSArray([]))
    default: return nil
    }
  }

  public func setProperty(_ name: String, _ value: PSValue) throws -> Bool {
    switch name.lowercased() {
    case "value":
      if let ctx {
        try ctx.assign(variable, value)
      } else {
        if variable.options.contains(.readOnly) || variable.options.contains(.constant) {
          throw RuntimeError(
            "Cannot overwrite variable \(variable.name) because it is read-only or constant.",
            errorId: "VariableNotWritable", category: .writeError,
            exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException",
            targetObject: .string(variable.name))
        }
        variable.value = try variable.typeConstraint.map { try PSConvert.convert(value, to: $0) } ?? value
      }
      return true
    case "description":
      variable.description = PSConvert.toString(value)
      return true
    case "options":
      variable.options = try ScopedOptions.parse(value, parameter: "Options")
      return true
    default: return false
    }
  }

  public func toString() -> String { "System.Management.Automation.PSVariable" }
}

/// `System.Management.Automation.ScopedItemOptions`: names, parsing and display.
public enum ScopedOptions {
  public static let typeName = "System.Management.Automation.ScopedItemOptions"
  public static let names: [(String, PSVariable.Options, Int64)] = [
    ("ReadOnly", .readOnly, 1), ("Constant", .constant, 2), ("Private", .privateScope, 4), ("AllScope", .allScope, 8),
  ]
  public static let allNames = "None, ReadOnly, Constant, Private, AllScope, Unspecified"

  /// The options as the enum value scripts see (`None`, `ReadOnly, Private`).
  public static func value(_ o: PSVariable.Options) -> PSValue {
    let parts = names.filter { o.contains($0.1) }
    let n = parts.reduce(Int64(0)) { $0 | $1.2 }
    return .object(PSObject(native: EnumValue(
      typeName: typeName, name: parts.isEmpty ? "None" : parts.map(\.0).joined(separator: ", "), value: n)))
  }

  /// Parses `-Option` values: names (comma-separated allowed), enum values or numbers.
  public static func parse(_ value: PSValue, parameter: String) throws -> PSVariable.Options {
    var out: PSVariable.Options = []
    var failed: String?
    value.forEachEnumerated { item in
      if case .object(let o) = item.unwrapped, let e = o.native as? EnumValue {
        for n in names where e.value & n.2 != 0 { out.insert(n.1) }
        return
      }
      if let i = try? PSConvert.toInt64(item), !(item.unwrapped.isStringLike) {
        for n in names where i & n.2 != 0 { out.insert(n.1) }
        return
      }
      for part in PSConvert.toString(item).split(separator: ",") {
        let p = part.trimmingCharacters(in: .whitespaces)
        if p.caseInsensitiveEquals("None") || p.caseInsensitiveEquals("Unspecified") { continue }
        guard let n = names.first(where: { $0.0.caseInsensitiveEquals(p) }) else {
          failed = p
          return
        }
        out.insert(n.1)
      }
    }
    if let failed {
      throw RuntimeError(
        "Cannot bind parameter '\(parameter)'. Cannot convert value \"\(failed)\" to type \"\(typeName)\". Error: "
          + "\"Unable to match the identifier name \(failed) to a valid enumerator name. Specify one of the following "
          + "enumerator names and try again:\n\(allNames)\"",
        errorId: "CannotConvertArgumentNoMessage", category: .invalidArgument,
        exceptionType: "System.Management.Automation.ParameterBindingException")
    }
    return out
  }
}

extension PSValue {
  /// True for strings and chars (which convert to numbers only when they look like one).
  public var isStringLike: Bool {
    switch self {
    case .string, .char: return true
    default: return false
    }
  }
}

