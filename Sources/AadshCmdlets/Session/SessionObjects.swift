import AadshRuntime

/// `System.Management.Automation.PSVariable` as `Get-Variable` returns it: a live view of one variable.
final class VariableObject: NativeObject {
  let variable: PSVariable
  init(_ variable: PSVariable) { self.variable = variable }

  var typeNames: [String] { ["System.Management.Automation.PSVariable", "System.Object"] }
  var propertyNames: [String] {
    ["Name", "Description", "Value", "Visibility", "Module", "ModuleName", "Options", "Attributes"]
  }

  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "name": return .string(variable.name)
    case "description": return .string(variable.description)
    case "value": return variable.value
    case "visibility": return enumValue("System.Management.Automation.SessionStateEntryVisibility", "Public", 0)
    case "module": return .null
    case "modulename": return .string("")
    case "options": return ScopedOptions.value(variable.options)
    case "attributes": return .array(PSArray([]))
    default: return nil
    }
  }

  func setProperty(_ name: String, _ value: PSValue) throws -> Bool {
    switch name.lowercased() {
    case "value":
      if variable.options.contains(.readOnly) || variable.options.contains(.constant) {
        throw VariableErrors.notWritable(variable.name)
      }
      variable.value = try variable.typeConstraint.map { try PSConvert.convert(value, to: $0) } ?? value
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
}

/// Makes an enum value object (`ScopedItemOptions`, `CommandTypes`...).
func enumValue(_ type: String, _ name: String, _ value: Int64) -> PSValue {
  .object(PSObject(native: EnumValue(typeName: type, name: name, value: value)))
}

/// `System.Management.Automation.ScopedItemOptions`: names, parsing and display.
enum ScopedOptions {
  static let typeName = "System.Management.Automation.ScopedItemOptions"
  static let names: [(String, PSVariable.Options, Int64)] = [
    ("ReadOnly", .readOnly, 1), ("Constant", .constant, 2), ("Private", .privateScope, 4), ("AllScope", .allScope, 8),
  ]
  static let allNames = "None, ReadOnly, Constant, Private, AllScope, Unspecified"

  /// The options as the enum value scripts see (`None`, `ReadOnly, Private`).
  static func value(_ o: PSVariable.Options) -> PSValue {
    let parts = names.filter { o.contains($0.1) }
    let n = parts.reduce(Int64(0)) { $0 | $1.2 }
    return enumValue(typeName, parts.isEmpty ? "None" : parts.map(\.0).joined(separator: ", "), n)
  }

  /// Parses `-Option` values: names (comma-separated allowed), enum values or numbers.
  static func parse(_ value: PSValue, parameter: String) throws -> PSVariable.Options {
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
  var isStringLike: Bool {
    switch self {
    case .string, .char: return true
    default: return false
    }
  }
}

/// The variable errors pwsh's session state raises (SessionStateStrings.resx).
enum VariableErrors {
  static func notWritable(_ name: String) -> RuntimeError {
    RuntimeError(
      "Cannot overwrite variable \(name) because it is read-only or constant.", errorId: "VariableNotWritable",
      category: .writeError, exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException",
      targetObject: .string(name))
  }
  static func notFound(_ name: String, command: String) -> RuntimeError {
    RuntimeError(
      "Cannot find a variable with the name '\(name)'.",
      errorId: "VariableNotFound,Microsoft.PowerShell.Commands.\(command)",
      category: .objectNotFound, exceptionType: "System.Management.Automation.ItemNotFoundException",
      targetObject: .string(name))
  }
  static func notRemovable(_ name: String, command: String) -> RuntimeError {
    RuntimeError(
      "Cannot remove variable \(name) because it is constant or read-only. If the variable is read-only, try the "
        + "operation again specifying the Force option.",
      errorId: "VariableNotRemovable,Microsoft.PowerShell.Commands.\(command)", category: .writeError,
      exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException", targetObject: .string(name)
    )
  }
  static func notWritable(_ name: String, command: String) -> RuntimeError {
    var e = notWritable(name)
    e.errorId = "VariableNotWritable,Microsoft.PowerShell.Commands.\(command)"
    return e
  }
}

/// Finding variables by name pattern in one scope or in everything visible.
enum VariableLookup {
  /// Variables matching `patterns` (wildcards allowed) in `scope`, or visible from the current scope when `scope` is
  /// nil.
  /// Sorted by name, as Get-Variable lists them.
  static func matching(_ patterns: [String], scope: Scope?, ctx: ExecutionContext) -> [PSVariable] {
    let pats = patterns.map { WildcardPattern($0) }
    var seen: Set<String> = []
    var out: [PSVariable] = []
    let scopes = scope.map { [$0] } ?? ctx.scopeChain
    for (i, s) in scopes.enumerated() {
      for (key, v) in s.variables where !seen.contains(key) {
        if scope == nil && i > 0 && v.options.contains(.privateScope) { continue }
        guard pats.contains(where: { $0.matches(v.name) }) else { continue }
        seen.insert(key)
        out.append(v)
      }
    }
    return out.sorted { $0.name.lowercased() < $1.name.lowercased() }
  }

  /// Resolves `-Scope`, reporting a bad value as a terminating error of the command.
  static func scope(_ spec: String?, _ ctx: CommandContext) throws -> Scope? {
    guard let spec else { return nil }
    do {
      return try ctx.exec.scope(named: spec)
    } catch let e as RuntimeError {
      throw ctx.terminatingError(e)
    }
  }

  /// Applies `-Include`/`-Exclude` filters.
  static func filter(_ vars: [PSVariable], include: [String]?, exclude: [String]?) -> [PSVariable] {
    let inc = (include ?? []).map { WildcardPattern($0) }
    let exc = (exclude ?? []).map { WildcardPattern($0) }
    return vars.filter { v in
      (inc.isEmpty || inc.contains { $0.matches(v.name) }) && !exc.contains { $0.matches(v.name) }
    }
  }
}
