import AadshRuntime

/// Makes an enum value object (`ScopedItemOptions`, `CommandTypes`...).
func enumValue(_ type: String, _ name: String, _ value: Int64) -> PSValue {
  .object(PSObject(native: EnumValue(typeName: type, name: name, value: value)))
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
